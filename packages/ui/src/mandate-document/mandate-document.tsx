/**
 * MandateDocument — the uppdragsbeskrivning as the document it is: title block with diary
 * number, version and classification, then its sections in the seeds' order, and the version
 * history table (Datum, Version, Utfärdare, Förändringsorsak) with the approved integer
 * versions marked as public records.
 */
import type { Mandate } from '@samverkan/core';
import { deliverableKindLabel, mandateClassificationLabels, roleDisplayName, textFor, type Locale } from '@samverkan/core/labels';
import type { MandateVersionHistory } from '@samverkan/core/runtime';
import { useId, type ReactNode } from 'react';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';
import { Markdown } from '../markdown/markdown.js';
import { Fingerprint } from '../fingerprint/fingerprint.js';

export interface MandateDocumentProps {
  mandate: Mandate;
  /**
   * The version history (core's `mandateVersionHistory`); the mandate's own table when omitted.
   * The SHA-256 fingerprint of the latest approved version is shown with its version number.
   */
  history?: MandateVersionHistory;
  locale?: Locale;
}

const text = {
  diary: { sv: 'Diarienummer', en: 'Diary number' },
  version: { sv: 'Version', en: 'Version' },
  date: { sv: 'Datum', en: 'Date' },
  unit: { sv: 'Gäller för', en: 'Applies to' },
  classification: { sv: 'Informationsklassning', en: 'Classification' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  background: { sv: 'Bakgrund', en: 'Background' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  scope: { sv: 'Avgränsning', en: 'Scope' },
  subjectAreas: { sv: 'Ämnesområden', en: 'Subject areas' },
  tasks: { sv: 'Uppdrag', en: 'Tasks' },
  commissioner: { sv: 'Uppdragsgivare', en: 'Commissioner' },
  financiers: { sv: 'Finansiär', en: 'Financier' },
  period: { sv: 'Tidplan', en: 'Period' },
  until: { sv: 'till', en: 'to' },
  roles: { sv: 'Roller', en: 'Roles' },
  meetings: { sv: 'Mötesfrekvens', en: 'Meetings' },
  perYear: { sv: 'möten per år; agendan senast', en: 'meetings a year; agenda at least' },
  daysBefore: { sv: 'dagar före', en: 'days before' },
  deliverables: { sv: 'Leveransobjekt', en: 'Deliverables' },
  followUp: { sv: 'Uppföljning', en: 'Follow-up' },
  history: { sv: 'Versionshistorik', en: 'Version history' },
  issuer: { sv: 'Utfärdare', en: 'Issuer' },
  reason: { sv: 'Förändringsorsak', en: 'Reason for change' },
  approved: { sv: 'Fastställd – allmän handling', en: 'Approved – public record' },
} as const;

export function MandateDocument({ mandate, history, locale: localeProp }: MandateDocumentProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const rows = history
    ? history.rows.map((r, i) => ({ key: `${i}`, date: r.date, version: r.version, issuer: r.issuerName, reason: r.reason, approved: r.approvedVersion && r.firstOfVersion }))
    : mandate.versionHistory.map((r, i) => ({ key: `${i}`, date: r.date, version: r.version, issuer: r.issuer, reason: r.reason, approved: false }));
  // The fingerprint of the latest approved version (a public record), named by its version.
  const approved = history?.rows.filter((r) => r.firstOfVersion && r.approval).at(-1);
  const section = (key: string, title: string, body: ReactNode) => (
    <section className="sv-mandate-document__section" aria-labelledby={`${id}-${key}`}>
      <h3 className="sv-mandate-document__section-title" id={`${id}-${key}`}>
        {title}
      </h3>
      {body}
    </section>
  );
  return (
    <article className="sv-mandate-document" aria-labelledby={`${id}-title`} data-classification={mandate.classification}>
      <header className="sv-mandate-document__header">
        <h2 className="sv-heading" id={`${id}-title`}>
          {mandate.title}
        </h2>
        <dl className="sv-mandate-document__meta">
          {mandate.diaryNumber ? (
            <div className="sv-mandate-document__meta-item">
              <dt>{text.diary[locale]}</dt>
              <dd>{mandate.diaryNumber}</dd>
            </div>
          ) : null}
          <div className="sv-mandate-document__meta-item">
            <dt>{text.version[locale]}</dt>
            <dd>{mandate.version}</dd>
          </div>
          {mandate.date ? (
            <div className="sv-mandate-document__meta-item">
              <dt>{text.date[locale]}</dt>
              <dd>
                <time dateTime={mandate.date}>{formatDate(mandate.date, locale)}</time>
              </dd>
            </div>
          ) : null}
          {mandate.unit ? (
            <div className="sv-mandate-document__meta-item">
              <dt>{text.unit[locale]}</dt>
              <dd>{mandate.unit}</dd>
            </div>
          ) : null}
          <div className="sv-mandate-document__meta-item">
            <dt>{text.classification[locale]}</dt>
            <dd>
              <span className="sv-badge" data-tone={mandate.classification === 'public' ? 'success' : 'warning'}>
                {mandateClassificationLabels[mandate.classification][locale]}
              </span>
            </dd>
          </div>
        </dl>
        {approved?.approval ? <Fingerprint value={approved.approval.hash} version={approved.version} locale={locale} /> : null}
      </header>
      {mandate.summary ? section('summary', text.summary[locale], <Markdown source={mandate.summary} headingOffset={3} />) : null}
      {section('background', text.background[locale], <Markdown source={mandate.background} headingOffset={3} />)}
      {section('purpose', text.purpose[locale], <Markdown source={mandate.purpose} headingOffset={3} />)}
      {section(
        'scope',
        text.scope[locale],
        <>
          <Markdown source={mandate.scope.text} headingOffset={3} />
          {mandate.scope.subjectAreas.length > 0 ? (
            <ul className="sv-mandate-document__list" aria-label={text.subjectAreas[locale]}>
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
          <div key={area.area} className="sv-mandate-document__task-area">
            <h4 className="sv-mandate-document__task-title">{area.area}</h4>
            <ul className="sv-mandate-document__list">
              {area.items.map((item) => (
                <li key={item}>
                  <Markdown source={item} headingOffset={4} />
                </li>
              ))}
            </ul>
          </div>
        )),
      )}
      {section(
        'parties',
        text.commissioner[locale],
        <dl className="sv-mandate-document__meta">
          <div className="sv-mandate-document__meta-item">
            <dt>{text.commissioner[locale]}</dt>
            <dd>{mandate.commissioner.name}</dd>
          </div>
          {mandate.financiers.map((f) => (
            <div key={f.id} className="sv-mandate-document__meta-item">
              <dt>{text.financiers[locale]}</dt>
              <dd>
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
            <ul className="sv-mandate-document__list">
              {mandate.roles.map((r) => (
                <li key={r.id}>{roleDisplayName(r, locale)}</li>
              ))}
            </ul>,
          )
        : null}
      {mandate.meetings.length > 0
        ? section(
            'meetings',
            text.meetings[locale],
            <ul className="sv-mandate-document__list">
              {mandate.meetings.map((s) => (
                <li key={s.id}>
                  {s.name}: {s.cadence.meetingsPerYear} {text.perYear[locale]} {s.agendaLeadTimeDays} {text.daysBefore[locale]}
                </li>
              ))}
            </ul>,
          )
        : null}
      {mandate.deliverables.length > 0
        ? section(
            'deliverables',
            text.deliverables[locale],
            <ul className="sv-mandate-document__list">
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
      {mandate.followUp ? section('follow-up', text.followUp[locale], <Markdown source={mandate.followUp.description} headingOffset={3} />) : null}
      <section className="sv-mandate-document__section" aria-labelledby={`${id}-history`}>
        <h3 className="sv-mandate-document__section-title" id={`${id}-history`}>
          {text.history[locale]}
        </h3>
        <ScrollRegion label={text.history[locale]} locale={locale}>
          <table className="sv-table sv-mandate-document__history" aria-labelledby={`${id}-history`}>
            <thead>
<tr>
              <th scope="col" className="sv-table__column">
                {text.version[locale]}
              </th>
              <th scope="col" className="sv-table__column">{text.date[locale]}</th>
              <th scope="col" className="sv-table__column">{text.issuer[locale]}</th>
              <th scope="col" className="sv-table__column">{text.reason[locale]}</th>
            </tr>
</thead>
            <tbody>
{rows.map((row) => (
                <tr key={row.key} className="sv-table__row" data-approved={row.approved || undefined}>
                  <th scope="row" className="sv-table__cell">
                    {row.version}
                    {row.approved ? <span className="sv-mandate-document__approved"> · {text.approved[locale]}</span> : null}
                  </th>
                  <td className="sv-table__cell">{row.date ? <time dateTime={row.date}>{formatDate(row.date, locale)}</time> : '–'}</td>
                  <td className="sv-table__cell">{row.issuer}</td>
                  <td className="sv-table__cell">{row.reason ?? '–'}</td>
                </tr>
              ))}
</tbody>
          </table>
        </ScrollRegion>
      </section>
    </article>
  );
}
