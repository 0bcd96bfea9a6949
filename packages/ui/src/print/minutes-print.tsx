/**
 * MinutesPrint — the minutes (*minnesanteckningar*) to print or save as PDF: who was present,
 * per agenda item what was informed, discussed and decided, the actions and what was escalated,
 * then the approval (*justering*) and — once published, a public record — the record's SHA-256
 * fingerprint, so a printed copy can be checked against the log. What it contains is core's
 * `minutesDocument`; a draft prints marked as a draft.
 */
import { agendaItemKindLabels, escalationTargetLabels, type Locale } from '@samverkan/core/labels';
import type { MinutesDocument } from '@samverkan/core/documents';
import { useId, type ReactNode } from 'react';
import { Fingerprint } from '../fingerprint/fingerprint.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { Markdown } from '../markdown/markdown.js';
import { PrintDocument } from './print-document.js';

export interface MinutesPrintProps {
  /** Core's `minutesDocument(state, meetingId, locale)`. */
  minutes: MinutesDocument;
  locale?: Locale;
}

const text = {
  kind: { sv: 'Minnesanteckningar', en: 'Minutes' },
  group: { sv: 'Grupp', en: 'Group' },
  when: { sv: 'Tid', en: 'When' },
  place: { sv: 'Plats', en: 'Place' },
  present: { sv: 'Närvarande', en: 'Present' },
  nobody: { sv: 'Ingen närvaro registrerad.', en: 'No attendance recorded.' },
  items: { sv: 'Punkter', en: 'Items' },
  informed: { sv: 'Informerades', en: 'Informed' },
  discussed: { sv: 'Diskuterades', en: 'Discussed' },
  decided: { sv: 'Beslutades', en: 'Decided' },
  decisions: { sv: 'Beslut', en: 'Decisions' },
  nothing: { sv: 'Inget antecknat.', en: 'Nothing recorded.' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
  action: { sv: 'Åtgärd', en: 'Action' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  due: { sv: 'Klart senast', en: 'Due' },
  escalations: { sv: 'Eskalerat', en: 'Escalated' },
  to: { sv: 'Till', en: 'To' },
  why: { sv: 'Skäl', en: 'Reason' },
  approval: { sv: 'Justering', en: 'Approval' },
  approvedBy: { sv: 'Justerade av', en: 'Approved by' },
  published: { sv: 'Publicerade', en: 'Published' },
  draft: { sv: 'Utkast – ej justerade', en: 'Draft – not approved' },
  notPublished: { sv: 'Justerade men inte publicerade: ännu inte en allmän handling.', en: 'Approved but not published: not yet a public record.' },
  publicRecord: { sv: 'Allmän handling. Jämför fingeravtrycket med loggen för att kontrollera en kopia.', en: 'Public record. Compare the fingerprint with the log to check a copy.' },
} as const;

export function MinutesPrint({ minutes, locale: localeProp }: MinutesPrintProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const facts: Array<readonly [string, ReactNode]> = [
    [text.group[locale], minutes.groupName],
    [text.when[locale], <time dateTime={minutes.heldAt ?? minutes.startsAt}>{formatDateTime(minutes.heldAt ?? minutes.startsAt, locale)}</time>],
  ];
  if (minutes.place) facts.push([text.place[locale], minutes.place]);
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
      document="minutes"
      network={minutes.network}
      kind={text.kind[locale]}
      title={minutes.title}
      facts={facts}
      status={
        minutes.state === 'draft' ? (
          <p className="sv-print__status" data-variant="warning">
            {text.draft[locale]}
          </p>
        ) : null
      }
    >
      {section(
        'present',
        text.present[locale],
        minutes.present.length === 0 ? (
          <p>{text.nobody[locale]}</p>
        ) : (
          <ul className="sv-print__names">
            {minutes.present.map((p) => (
              <li key={`${p.organisation}|${p.name}`}>
                {p.name}, {p.organisation}
              </li>
            ))}
          </ul>
        ),
      )}
      {section(
        'items',
        text.items[locale],
        <ol className="sv-print__items">
          {minutes.items.map((item) => (
            <li key={item.number} className="sv-print__item" data-kind={item.kind}>
              <h3 className="sv-print__item-title">
                <span className="sv-print__number">{item.number}.</span> {item.title}{' '}
                <span className="sv-print__kind">({agendaItemKindLabels[item.kind][locale]})</span>
              </h3>
              {item.informed || item.discussed || item.decided ? (
                <dl className="sv-print__notes">
                  {(['informed', 'discussed', 'decided'] as const).map((part) =>
                    item[part] ? (
                      <div key={part} className="sv-print__note">
                        <dt className="sv-print__term">{text[part][locale]}</dt>
                        <dd className="sv-print__value">
                          <Markdown source={item[part]} headingOffset={3} />
                        </dd>
                      </div>
                    ) : null,
                  )}
                </dl>
              ) : (
                <p>{text.nothing[locale]}</p>
              )}
              {item.decisions.length > 0 ? (
                <div className="sv-print__decisions">
                  <p className="sv-print__term">{text.decisions[locale]}</p>
                  <ul>
                    {item.decisions.map((d) => (
                      <li key={d}>
                        <Markdown source={d} headingOffset={3} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          ))}
        </ol>,
      )}
      {minutes.actions.length > 0
        ? section(
            'actions',
            text.actions[locale],
            <table className="sv-print__table">
              <thead>
                <tr>
                  <th scope="col">{text.action[locale]}</th>
                  <th scope="col">{text.owner[locale]}</th>
                  <th scope="col">{text.due[locale]}</th>
                </tr>
              </thead>
              <tbody>
                {minutes.actions.map((a, i) => (
                  <tr key={i}>
                    <td>
                      <Markdown source={a.text} headingOffset={3} />
                    </td>
                    <td>{a.owner}</td>
                    <td>
                      <time dateTime={a.due}>{formatDate(a.due, locale)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>,
          )
        : null}
      {minutes.escalations.length > 0
        ? section(
            'escalations',
            text.escalations[locale],
            <ul className="sv-print__escalations">
              {minutes.escalations.map((e, i) => (
                <li key={i} className="sv-print__item">
                  <p className="sv-print__term">
                    {text.to[locale]}: {escalationTargetLabels[e.to][locale]}
                    {e.item ? ` · ${e.item}` : ''}
                  </p>
                  <Markdown source={e.text} headingOffset={3} />
                  <p>
                    {text.why[locale]}: {e.reason}
                  </p>
                </li>
              ))}
            </ul>,
          )
        : null}
      {section(
        'approval',
        text.approval[locale],
        <div className="sv-print__approval" data-state={minutes.state}>
          {minutes.approvedAt ? (
            <p>
              {text.approvedBy[locale]} {minutes.approvedBy ?? ''} <time dateTime={minutes.approvedAt}>{formatDateTime(minutes.approvedAt, locale)}</time>.
            </p>
          ) : (
            <p>{text.draft[locale]}</p>
          )}
          {minutes.publishedAt ? (
            <p>
              {text.published[locale]} <time dateTime={minutes.publishedAt}>{formatDateTime(minutes.publishedAt, locale)}</time>. {text.publicRecord[locale]}
            </p>
          ) : minutes.state === 'approved' ? (
            <p>{text.notPublished[locale]}</p>
          ) : null}
          {minutes.fingerprint ? <Fingerprint value={minutes.fingerprint} locale={locale} /> : null}
        </div>,
      )}
    </PrintDocument>
  );
}
