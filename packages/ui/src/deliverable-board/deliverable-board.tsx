/**
 * DeliverableBoard — leveransobjekten per status (planned → drafting → review → approved →
 * published/archived), each card with its kind, due date and, when late, how many days
 * overdue — in words, not colour alone. Overdue is core's derivation from the due date.
 */
import type { Locale } from '@samverkan/core';
import { useId } from 'react';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';

export interface DeliverableCard {
  id: string;
  title: string;
  kindLabel: string;
  /** Due date (a calendar day). */
  due: string;
  /** Days overdue today; `null` when not overdue. */
  daysOverdue: number | null;
}

export interface DeliverableBoardColumn {
  status: string;
  label: string;
  rows: readonly DeliverableCard[];
}

export interface DeliverableBoardProps {
  /** One column per status in lifecycle order (`useDeliverables().columns`). */
  columns: readonly DeliverableBoardColumn[];
  /** The board's heading; "Leveransobjekt" when omitted. */
  heading?: string;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Leveransobjekt', en: 'Deliverables' },
  due: { sv: 'Klart senast', en: 'Due' },
  overdue: { sv: (n: number) => `Försenad ${n} ${n === 1 ? 'dag' : 'dagar'}`, en: (n: number) => `${n} ${n === 1 ? 'day' : 'days'} overdue` },
  none: { sv: 'Inga', en: 'None' },
} as const;

export function DeliverableBoard({ columns, heading, locale: localeProp }: DeliverableBoardProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  return (
    <section className="sv-deliverable-board" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {heading ?? text.heading[locale]}
      </h2>
      <div className="sv-deliverable-board__columns">
        {columns.map((column) => (
          <section key={column.status} className="sv-deliverable-board__column" data-status={column.status} aria-labelledby={`${id}-${column.status}`}>
            <h3 className="sv-deliverable-board__column-title" id={`${id}-${column.status}`}>
              {column.label} <span className="sv-deliverable-board__count">({column.rows.length})</span>
            </h3>
            {column.rows.length === 0 ? (
              <p className="sv-deliverable-board__empty">{text.none[locale]}</p>
            ) : (
              <ul className="sv-deliverable-board__cards">
                {column.rows.map((card) => (
                  <li key={card.id} className="sv-deliverable-board__card" data-overdue={card.daysOverdue !== null}>
                    <span className="sv-deliverable-board__title">{card.title}</span>
                    <span className="sv-deliverable-board__kind">{card.kindLabel}</span>
                    <span className="sv-deliverable-board__due">
                      {text.due[locale]} <time dateTime={card.due}>{formatDate(card.due, locale)}</time>
                    </span>
                    {card.daysOverdue !== null ? (
                      <span className="sv-badge" data-tone="danger">
                        {text.overdue[locale](card.daysOverdue)}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
