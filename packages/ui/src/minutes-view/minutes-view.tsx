/**
 * MinutesView — minnesanteckningar as seed 004 asks for them: per agenda item what was
 * informed, discussed and decided, then the decisions, the actions (who, by when) and the
 * decisions escalated to the commissioner. Texts are Markdown rendered without raw HTML.
 */
import type { AgendaItem, Minutes } from '@samverkan/core';
import { agendaItemKindLabels, escalationTargetLabels, type Locale } from '@samverkan/core/labels';
import { useId } from 'react';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';
import { Markdown } from '../markdown/markdown.js';
import { Fingerprint } from '../fingerprint/fingerprint.js';

export interface MinutesViewProps {
  /** The meeting's agenda: the minutes follow its order. */
  agenda: readonly AgendaItem[];
  minutes: Minutes;
  /** Names of people by id (action owners, who approved). */
  people?: Readonly<Record<string, string>>;
  /** Who approved (justerade) the minutes, and when. */
  approvedBy?: string;
  approvedAt?: string;
  /**
   * The SHA-256 fingerprint of the published minutes (core's `minutesFingerprint`), shown so a
   * reader can check a printed or exported copy against the log; omitted before publication.
   */
  fingerprint?: string;
  /** The heading; "Minnesanteckningar" when omitted. */
  heading?: string;
  locale?: Locale;
}

const text = {
  minutes: { sv: 'Minnesanteckningar', en: 'Minutes' },
  informed: { sv: 'Informerades', en: 'Informed' },
  discussed: { sv: 'Diskuterades', en: 'Discussed' },
  decided: { sv: 'Beslutades', en: 'Decided' },
  decisions: { sv: 'Beslut', en: 'Decisions' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
  action: { sv: 'Åtgärd', en: 'Action' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  due: { sv: 'Klart senast', en: 'Due' },
  escalations: { sv: 'Eskalerat', en: 'Escalated' },
  to: { sv: 'Till', en: 'To' },
  why: { sv: 'Skäl', en: 'Reason' },
  approved: { sv: 'Justerade av', en: 'Approved by' },
  draft: { sv: 'Utkast – inte justerade', en: 'Draft – not approved' },
  nothing: { sv: 'Inget antecknat.', en: 'Nothing recorded.' },
} as const;

export function MinutesView({ agenda, minutes, people = {}, approvedBy, approvedAt, fingerprint, heading, locale: localeProp }: MinutesViewProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  const titleOf = (itemId: string | undefined) => ordered.find((i) => i.id === itemId)?.title;
  const name = (personId: string) => people[personId] ?? personId;
  return (
    <article className="sv-minutes-view" aria-labelledby={`${id}-heading`} data-approved={approvedAt !== undefined}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {heading ?? text.minutes[locale]}
      </h2>
      <p className="sv-minutes-view__approval" data-approved={approvedAt !== undefined}>
        {approvedAt ? `${text.approved[locale]} ${approvedBy ? name(approvedBy) : ''} ${formatDateTime(approvedAt, locale)}` : text.draft[locale]}
      </p>
      {fingerprint ? <Fingerprint value={fingerprint} locale={locale} /> : null}
      <ol className="sv-minutes-view__items">
        {ordered.map((item) => {
          const m = minutes.items.find((x) => x.itemId === item.id);
          return (
            <li key={item.id} className="sv-minutes-view__item" data-kind={item.kind}>
              <h3 className="sv-minutes-view__item-title">
                {item.title} <span className="sv-badge">{agendaItemKindLabels[item.kind][locale]}</span>
              </h3>
              {m ? (
                <dl className="sv-minutes-view__notes">
                  {(['informed', 'discussed', 'decided'] as const).map((part) =>
                    m[part] ? (
                      <div key={part} className="sv-minutes-view__note" data-part={part}>
                        <dt className="sv-minutes-view__term">{text[part][locale]}</dt>
                        <dd className="sv-minutes-view__text">
                          <Markdown source={m[part]} headingOffset={3} />
                        </dd>
                      </div>
                    ) : null,
                  )}
                </dl>
              ) : (
                <p className="sv-description">{text.nothing[locale]}</p>
              )}
            </li>
          );
        })}
      </ol>
      {minutes.decisions.length > 0 ? (
        <section className="sv-minutes-view__section" aria-labelledby={`${id}-decisions`}>
          <h3 className="sv-subheading" id={`${id}-decisions`}>
            {text.decisions[locale]}
          </h3>
          <ol className="sv-minutes-view__decisions">
            {minutes.decisions.map((d) => (
              <li key={d.id} className="sv-minutes-view__decision">
                {titleOf(d.itemId) ? <span className="sv-minutes-view__ref">{titleOf(d.itemId)}: </span> : null}
                <Markdown source={d.text} headingOffset={3} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {minutes.actions.length > 0 ? (
        <ScrollRegion label={text.actions[locale]} locale={locale}>
          <table className="sv-table sv-minutes-view__actions">
            <caption className="sv-table__caption">{text.actions[locale]}</caption>
            <thead>
              <tr>
                <th scope="col" className="sv-table__column">
                  {text.action[locale]}
                </th>
                <th scope="col" className="sv-table__column">
                  {text.owner[locale]}
                </th>
                <th scope="col" className="sv-table__column">
                  {text.due[locale]}
                </th>
              </tr>
            </thead>
            <tbody>
              {minutes.actions.map((a) => (
                <tr key={a.id} className="sv-table__row">
                  <td className="sv-table__cell">
                    <Markdown source={a.text} headingOffset={3} />
                  </td>
                  <td className="sv-table__cell">{name(a.ownerId)}</td>
                  <td className="sv-table__cell">
                    <time dateTime={a.due}>{formatDate(a.due, locale)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {minutes.escalations.length > 0 ? (
        <section className="sv-minutes-view__section" aria-labelledby={`${id}-escalations`}>
          <h3 className="sv-subheading" id={`${id}-escalations`}>
            {text.escalations[locale]}
          </h3>
          <ul className="sv-minutes-view__escalations">
            {minutes.escalations.map((e) => (
              <li key={e.id} className="sv-notice sv-minutes-view__escalation" data-variant="warning">
                <p className="sv-minutes-view__escalation-to">
                  {text.to[locale]}: {escalationTargetLabels[e.to][locale]}
                  {titleOf(e.itemId) ? ` · ${titleOf(e.itemId)}` : ''}
                </p>
                <Markdown source={e.text} headingOffset={3} />
                <p className="sv-minutes-view__escalation-why">
                  {text.why[locale]}: {e.reason}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
