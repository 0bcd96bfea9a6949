/**
 * MandatePrint — the mandate (*uppdragsbeskrivning*) as the document it is, to print or save as
 * PDF: the title block (diary number, version, date, classification), the fingerprint of the
 * latest approved version (a public record), its sections in the seeds' order, and the version
 * history (Datum, Version, Utfärdare, Förändringsorsak) with the approved versions marked. What
 * it contains is core's `mandatePrintDocument`.
 */
import { deliverableKindLabel, mandateClassificationLabels, textFor, type Locale } from '@samverkan/core/labels';
import type { MandatePrintDocument } from '@samverkan/core/documents';
import { useId, type ReactNode } from 'react';
import { Fingerprint } from '../fingerprint/fingerprint.js';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { Markdown } from '../markdown/markdown.js';
import { PrintDocument } from './print-document.js';

export interface MandatePrintProps {
  /** Core's `mandatePrintDocument(state, mandateId, locale)`. */
  document: MandatePrintDocument;
  locale?: Locale;
}

const text = {
  kind: { sv: 'Uppdragsbeskrivning', en: 'Mandate' },
  diary: { sv: 'Diarienummer', en: 'Diary number' },
  version: { sv: 'Version', en: 'Version' },
  date: { sv: 'Datum', en: 'Date' },
  unit: { sv: 'Gäller för', en: 'Applies to' },
  classification: { sv: 'Informationsklassning', en: 'Classification' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  background: { sv: 'Bakgrund', en: 'Background' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  scope: { sv: 'Avgränsning', en: 'Scope' },
  tasks: { sv: 'Uppdrag', en: 'Tasks' },
  parties: { sv: 'Uppdragsgivare och finansiär', en: 'Commissioner and financier' },
  commissioner: { sv: 'Uppdragsgivare', en: 'Commissioner' },
  financier: { sv: 'Finansiär', en: 'Financier' },
  period: { sv: 'Tidplan', en: 'Period' },
  until: { sv: 'till', en: 'to' },
  roles: { sv: 'Roller', en: 'Roles' },
  deliverables: { sv: 'Leveransobjekt', en: 'Deliverables' },
  followUp: { sv: 'Uppföljning', en: 'Follow-up' },
  history: { sv: 'Versionshistorik', en: 'Version history' },
  issuer: { sv: 'Utfärdare', en: 'Issuer' },
  reason: { sv: 'Förändringsorsak', en: 'Reason for change' },
  approved: { sv: 'fastställd, allmän handling', en: 'approved, public record' },
  notApproved: { sv: 'Ingen version är fastställd ännu.', en: 'No version is approved yet.' },
} as const;

export function MandatePrint({ document: doc, locale: localeProp }: MandatePrintProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const { mandate } = doc;
  const rows = doc.history
    ? doc.history.rows.map((r) => ({ date: r.date, version: r.version, issuer: r.issuerName, reason: r.reason, approved: r.approvedVersion && r.firstOfVersion }))
    : mandate.versionHistory.map((r) => ({ date: r.date, version: r.version, issuer: r.issuer, reason: r.reason, approved: false }));
  const facts: Array<readonly [string, ReactNode]> = [];
  if (mandate.diaryNumber) facts.push([text.diary[locale], mandate.diaryNumber]);
  facts.push([text.version[locale], mandate.version]);
  if (mandate.date) facts.push([text.date[locale], <time dateTime={mandate.date}>{formatDate(mandate.date, locale)}</time>]);
  if (mandate.unit) facts.push([text.unit[locale], mandate.unit]);
  facts.push([text.classification[locale], mandateClassificationLabels[mandate.classification][locale]]);
  const section = (key: string, title: string, body: ReactNode) => (
    <section className="sv-print__section" aria-labelledby={`${id}-${key}`}>
      <h2 className="sv-print__heading" id={`${id}-${key}`}>
        {title}
      </h2>
      {body}
    </section>
  );
  return (
    <PrintDocument
      document="mandate"
      network={doc.network}
      kind={text.kind[locale]}
      title={mandate.title}
      facts={facts}
      status={doc.latestApproved ? <Fingerprint value={doc.latestApproved.fingerprint} version={doc.latestApproved.version} locale={locale} /> : <p className="sv-print__status">{text.notApproved[locale]}</p>}
    >
      {mandate.summary ? section('summary', text.summary[locale], <Markdown source={mandate.summary} headingOffset={2} />) : null}
      {section('background', text.background[locale], <Markdown source={mandate.background} headingOffset={2} />)}
      {section('purpose', text.purpose[locale], <Markdown source={mandate.purpose} headingOffset={2} />)}
      {section(
        'scope',
        text.scope[locale],
        <>
          <Markdown source={mandate.scope.text} headingOffset={2} />
          {mandate.scope.subjectAreas.length > 0 ? (
            <ul>
              {mandate.scope.subjectAreas.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          ) : null}
        </>,
      )}
      {section(
        'tasks',
        text.tasks[locale],
        mandate.tasks.map((area) => (
          <div key={area.area} className="sv-print__item">
            <h3 className="sv-print__item-title">{area.area}</h3>
            <ul>
              {area.items.map((item) => (
                <li key={item}>
                  <Markdown source={item} headingOffset={3} />
                </li>
              ))}
            </ul>
          </div>
        )),
      )}
      {section(
        'parties',
        text.parties[locale],
        <dl className="sv-print__facts">
          <div className="sv-print__fact">
            <dt className="sv-print__term">{text.commissioner[locale]}</dt>
            <dd className="sv-print__value">{mandate.commissioner.name}</dd>
          </div>
          {mandate.financiers.map((f) => (
            <div key={f.id} className="sv-print__fact">
              <dt className="sv-print__term">{text.financier[locale]}</dt>
              <dd className="sv-print__value">
                {f.name}
                {f.note ? ` (${f.note})` : ''}
              </dd>
            </div>
          ))}
        </dl>,
      )}
      {section(
        'period',
        text.period[locale],
        <p>
          <time dateTime={mandate.period.start}>{formatDate(mandate.period.start, locale)}</time>
          {mandate.period.end ? (
            <>
              {' '}
              {text.until[locale]} <time dateTime={mandate.period.end}>{formatDate(mandate.period.end, locale)}</time>
            </>
          ) : null}
        </p>,
      )}
      {mandate.roles.length > 0
        ? section(
            'roles',
            text.roles[locale],
            <ul>
              {mandate.roles.map((r) => (
                <li key={r.id}>{r.name}</li>
              ))}
            </ul>,
          )
        : null}
      {mandate.deliverables.length > 0
        ? section(
            'deliverables',
            text.deliverables[locale],
            <ul>
              {mandate.deliverables.map((d, i) => (
                <li key={`${d.kind}-${i}`}>
                  <strong>{textFor(deliverableKindLabel(d.kind), locale)}</strong>
                  {d.due ? (
                    <>
                      {' '}
                      (<time dateTime={d.due}>{formatDate(d.due, locale)}</time>)
                    </>
                  ) : null}
                  : {d.description}
                </li>
              ))}
            </ul>,
          )
        : null}
      {mandate.followUp ? section('follow-up', text.followUp[locale], <Markdown source={mandate.followUp.description} headingOffset={2} />) : null}
      {section(
        'history',
        text.history[locale],
        <table className="sv-print__table">
          <thead>
            <tr>
              <th scope="col">{text.date[locale]}</th>
              <th scope="col">{text.version[locale]}</th>
              <th scope="col">{text.issuer[locale]}</th>
              <th scope="col">{text.reason[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} data-approved={row.approved || undefined}>
                <td>{row.date ? <time dateTime={row.date}>{formatDate(row.date, locale, 'short')}</time> : '–'}</td>
                <td>
                  {row.version}
                  {row.approved ? ` (${text.approved[locale]})` : ''}
                </td>
                <td>{row.issuer}</td>
                <td>{row.reason ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>,
      )}
    </PrintDocument>
  );
}
