/**
 * AgendaView — dagordningen as the members read it: the items in order with their kind
 * (information, discussion, decision), the time each starts, who presents it and its
 * background text (Markdown, rendered without raw HTML).
 */
import type { AgendaItem } from '@samverkan/core';
import { agendaItemKindLabels, type Locale } from '@samverkan/core/labels';
import { useId } from 'react';
import { formatNumber } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { Markdown } from '../markdown/markdown.js';

export interface AgendaViewProps {
  /** The agenda items (in any order; shown by `position`). */
  items: readonly AgendaItem[];
  /** When the meeting starts (ISO instant), to show each item's start time. */
  startsAt?: string;
  /** Names of the people who propose and present items, by id. */
  people?: Readonly<Record<string, string>>;
  /** The heading; "Dagordning" / "Agenda" when omitted. */
  heading?: string;
  /** Heading level of the component's own heading (2 by default). */
  headingLevel?: 2 | 3 | 4;
  locale?: Locale;
}

const text = {
  agenda: { sv: 'Dagordning', en: 'Agenda' },
  empty: { sv: 'Inga punkter ännu.', en: 'No items yet.' },
  minutes: { sv: 'min', en: 'min' },
  presenter: { sv: 'Föredragande', en: 'Presenter' },
  proposedBy: { sv: 'Föreslagen av', en: 'Proposed by' },
  total: { sv: 'Planerad tid totalt', en: 'Planned time in total' },
} as const;

/** "09:30" in Stockholm for an instant plus minutes. */
function clock(startsAt: string, plusMinutes: number, locale: Locale): string {
  const at = new Date(Date.parse(startsAt) + plusMinutes * 60_000);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }).format(at);
}

export function AgendaView({ items, startsAt, people = {}, heading, headingLevel = 2, locale: localeProp }: AgendaViewProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const Heading = `h${headingLevel}` as 'h2';
  const ItemHeading = `h${Math.min(6, headingLevel + 1)}` as 'h3';
  let offset = 0;
  const total = ordered.reduce((sum, item) => sum + item.durationMinutes, 0);
  return (
    <section className="sv-agenda-view" aria-labelledby={`${id}-heading`}>
      <Heading className="sv-heading" id={`${id}-heading`}>
        {heading ?? text.agenda[locale]}
      </Heading>
      {ordered.length === 0 ? (
        <p className="sv-agenda-view__empty">{text.empty[locale]}</p>
      ) : (
        <ol className="sv-agenda-view__list">
          {ordered.map((item) => {
            const starts = startsAt ? clock(startsAt, offset, locale) : undefined;
            offset += item.durationMinutes;
            const presenter = item.presenter ?? item.proposedBy;
            return (
              <li key={item.id} className="sv-agenda-view__item" data-kind={item.kind}>
                <div className="sv-agenda-view__meta">
                  {starts ? <span className="sv-agenda-view__time">{starts}</span> : null}
                  <span className="sv-badge" data-tone={item.kind === 'decision' ? 'warning' : 'info'}>
                    {agendaItemKindLabels[item.kind][locale]}
                  </span>
                  <span className="sv-agenda-view__duration">
                    {formatNumber(item.durationMinutes, locale)} {text.minutes[locale]}
                  </span>
                </div>
                <ItemHeading className="sv-agenda-view__title">{item.title}</ItemHeading>
                <p className="sv-agenda-view__presenter">
                  {item.presenter ? text.presenter[locale] : text.proposedBy[locale]}: {people[presenter] ?? presenter}
                </p>
                {item.description ? <Markdown source={item.description} headingOffset={headingLevel + 1} /> : null}
              </li>
            );
          })}
        </ol>
      )}
      {ordered.length > 0 ? (
        <p className="sv-agenda-view__total">
          {text.total[locale]}: {formatNumber(total, locale)} {text.minutes[locale]}
        </p>
      ) : null}
    </section>
  );
}
