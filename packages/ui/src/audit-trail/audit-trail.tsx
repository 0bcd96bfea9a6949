/**
 * AuditTrail — händelseloggen: who did what, in which role, when (date and time in Stockholm)
 * and why, oldest first, as core's `auditTrail` reads the stored events (through
 * `@samverkan/react`'s `useAuditTrail`). What an event is called is core's label. Two selects
 * narrow the list to one kind of event or one person; the count of what is shown is announced
 * politely as the filter changes. Each event is a card on a phone and a row where there is room.
 */
import type { Locale, LocalizedText } from '@samverkan/core';
import { useId, useMemo, useState } from 'react';
import { formatDateTime } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';

/** An entry as core's `auditTrail` gives it (the fields shown). */
export interface AuditTrailEntry {
  eventId: string;
  /** The command type the event records, e.g. `publishAgenda`. */
  type: string;
  /** When, as recorded (an ISO instant). */
  at: string;
  /** Who: the person id and name. */
  by: string;
  byName: string;
  /** The role it was done in, as the mandate names it. */
  roleName: string;
  /** What, in both languages (core's label). */
  what: LocalizedText;
  /** Why, where the person gave a reason. */
  why: string | null;
}

export interface AuditTrailProps {
  /** Oldest first. */
  entries: readonly AuditTrailEntry[];
  /** The first read of the log is under way. */
  loading?: boolean;
  /** Why the log could not be read. */
  error?: LocalizedText;
  /** The heading; "Händelselogg" when omitted. */
  heading?: string;
  locale?: Locale;
}

const ALL = 'all';

const text = {
  heading: { sv: 'Händelselogg', en: 'Audit trail' },
  loading: { sv: 'Läser händelseloggen …', en: 'Reading the audit trail …' },
  empty: { sv: 'Inga händelser är registrerade ännu.', en: 'No events have been recorded yet.' },
  none: { sv: 'Inga händelser matchar filtret.', en: 'No events match the filter.' },
  kind: { sv: 'Vad', en: 'What' },
  person: { sv: 'Vem', en: 'Who' },
  all: { sv: 'Alla', en: 'All' },
  when: { sv: 'När', en: 'When' },
  who: { sv: 'Vem', en: 'Who' },
  role: { sv: 'Roll', en: 'Role' },
  what: { sv: 'Vad', en: 'What' },
  why: { sv: 'Varför', en: 'Why' },
  showing: {
    sv: (n: number, total: number) => `Visar ${n} av ${total} händelser.`,
    en: (n: number, total: number) => `Showing ${n} of ${total} events.`,
  },
} as const;

export function AuditTrail({ entries, loading = false, error, heading, locale: localeProp }: AuditTrailProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const [kind, setKind] = useState<string>(ALL);
  const [person, setPerson] = useState<string>(ALL);
  const kinds = useMemo(() => uniqueBy(entries, (e) => e.type).map((e) => ({ id: e.type, label: e.what[locale] })), [entries, locale]);
  const people = useMemo(() => uniqueBy(entries, (e) => e.by).map((e) => ({ id: e.by, label: e.byName })), [entries]);
  // A filter whose choice no longer occurs (the log changed) shows everything again.
  const activeKind = kinds.some((k) => k.id === kind) ? kind : ALL;
  const activePerson = people.some((p) => p.id === person) ? person : ALL;
  const shown = entries.filter((e) => (activeKind === ALL || e.type === activeKind) && (activePerson === ALL || e.by === activePerson));

  return (
    <section className="sv-audit-trail" aria-labelledby={`${id}-heading`} aria-busy={loading || undefined}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {heading ?? text.heading[locale]}
      </h2>
      {error ? (
        <p className="sv-notice" data-variant="danger" role="alert">
          {error[locale]}
        </p>
      ) : null}
      {loading ? (
        <p className="sv-description" role="status">
          {text.loading[locale]}
        </p>
      ) : entries.length === 0 && !error ? (
        <p className="sv-description">{text.empty[locale]}</p>
      ) : null}
      {entries.length > 0 ? (
        <>
          <div className="sv-audit-trail__filters">
            <Filter id={`${id}-kind`} label={text.kind[locale]} all={text.all[locale]} options={kinds} value={activeKind} onChange={setKind} />
            <Filter id={`${id}-person`} label={text.person[locale]} all={text.all[locale]} options={people} value={activePerson} onChange={setPerson} />
          </div>
          <p className="sv-description" role="status" data-testid="audit-trail-count">
            {text.showing[locale](shown.length, entries.length)}
          </p>
          {shown.length === 0 ? (
            <p className="sv-description">{text.none[locale]}</p>
          ) : (
            <ol className="sv-audit-trail__entries" aria-labelledby={`${id}-heading`}>
              {shown.map((e) => (
                <li key={e.eventId} className="sv-audit-trail__entry" data-type={e.type}>
                  <span className="sv-audit-trail__what">{e.what[locale]}</span>
                  <span className="sv-audit-trail__when">
                    <span className="sv-visually-hidden">{text.when[locale]}: </span>
                    <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
                  </span>
                  <span className="sv-audit-trail__who">
                    <span className="sv-visually-hidden">{text.who[locale]}: </span>
                    {e.byName}
                    <span className="sv-audit-trail__role">
                      {' · '}
                      <span className="sv-visually-hidden">{text.role[locale]}: </span>
                      {e.roleName}
                    </span>
                  </span>
                  {e.why ? (
                    <span className="sv-audit-trail__why">
                      <span className="sv-audit-trail__why-label">{text.why[locale]}: </span>
                      {e.why}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </section>
  );
}

interface FilterProps {
  id: string;
  label: string;
  all: string;
  options: readonly { id: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

/** One filter: a native select, compact on a phone and familiar to every keyboard and screen reader. */
function Filter({ id, label, all, options, value, onChange }: FilterProps) {
  return (
    <div className="sv-field sv-audit-trail__filter">
      <label className="sv-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="sv-input sv-audit-trail__select" value={value} onChange={(event) => onChange(event.target.value)}>
        {[{ id: ALL, label: all }, ...options].map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
