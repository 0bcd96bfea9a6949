/**
 * YearPlan — one year of a meeting series on the calendar: the twelve months as grids, the
 * Swedish days off (core's calendar), the series' meetings marked with their lifecycle state,
 * and, when core was asked for one, its proposed dates with why a date moved. Every mark has a
 * shape and a word, never colour alone; arrow keys move through the year (react-aria's
 * calendar, in `sv-SE`), Enter shows what the day holds, and the same facts stand in a list
 * below for anyone who does not use the grid. It decides nothing: states, warnings and moves
 * come from core through `@samverkan/react`'s `useYearPlan`.
 */
import type { Locale, LocalizedText, SwedishDayOff } from '@samverkan/core';
import { CalendarDate, GregorianCalendar, getDayOfWeek, parseDate } from '@internationalized/date';
import { useId, useMemo, useState } from 'react';
import { Calendar, CalendarCell, CalendarGrid, CalendarGridBody, CalendarGridHeader, CalendarHeaderCell } from 'react-aria-components';
import { formatDate } from '../i18n/format.js';
import { localeTags, useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

/** A meeting of the series as `useYearPlan` gives it. */
export interface YearPlanMeetingEntry {
  meetingId: string;
  title: string;
  /** The Swedish calendar day (`YYYY-MM-DD`). */
  date: string;
  status: string;
  statusLabel: LocalizedText;
  agendaLate?: boolean;
  lateReason?: string;
  cancelledReason?: string;
  minutesOverdue?: boolean;
}

/** A date of core's proposal (`planSeriesYear`). */
export interface YearPlanProposedDate {
  date: string;
  movedFrom?: string;
  reason?: LocalizedText;
}

export interface YearPlanProps {
  year: number;
  /** E.g. the series' name, "Möte för nätverk". */
  seriesName?: string;
  meetings: readonly YearPlanMeetingEntry[];
  daysOff: readonly SwedishDayOff[];
  /** Core's proposed dates, or its refusal in both languages. */
  proposal?: { ok: true; value: readonly YearPlanProposedDate[] } | { ok: false; message: LocalizedText };
  /** Today's Swedish calendar day, marked in the grid. */
  today?: string;
  locale?: Locale;
}

const text = {
  heading: { sv: (y: number) => `Årsplan ${y}`, en: (y: number) => `Year plan ${y}` },
  calendar: { sv: 'Kalender', en: 'Calendar' },
  legend: { sv: 'Teckenförklaring', en: 'Key' },
  meeting: { sv: 'Möte', en: 'Meeting' },
  cancelled: { sv: 'Inställt möte', en: 'Cancelled meeting' },
  dayOff: { sv: 'Helgdag eller ledig afton', en: 'Public holiday or day off' },
  proposed: { sv: 'Föreslaget datum', en: 'Proposed date' },
  today: { sv: 'I dag', en: 'Today' },
  hint: {
    sv: 'Piltangenterna flyttar mellan dagar, Page Up och Page Down mellan månader. Enter visar vad dagen innehåller.',
    en: 'The arrow keys move between days, Page Up and Page Down between months. Enter shows what the day holds.',
  },
  chosen: { sv: 'Vald dag', en: 'Chosen day' },
  nothing: { sv: 'Inget möte och ingen ledig dag.', en: 'No meeting and no day off.' },
  choose: { sv: 'Välj en dag i kalendern för att se vad den innehåller.', en: 'Choose a day in the calendar to see what it holds.' },
  meetings: { sv: 'Möten', en: 'Meetings' },
  noMeetings: { sv: 'Serien har inga möten under året.', en: 'The series has no meetings this year.' },
  date: { sv: 'Datum', en: 'Date' },
  title: { sv: 'Möte', en: 'Meeting' },
  status: { sv: 'Läge', en: 'State' },
  notes: { sv: 'Att observera', en: 'Notes' },
  late: { sv: 'Agendan publicerades sent', en: 'The agenda went out late' },
  overdue: { sv: 'Minnesanteckningarna är försenade', en: 'The minutes are overdue' },
  daysOff: { sv: 'Lediga dagar', en: 'Days off' },
  proposal: { sv: 'Förslag till mötesdatum', en: 'Proposed meeting dates' },
  movedFrom: { sv: 'flyttat från', en: 'moved from' },
  refused: { sv: 'Inget förslag:', en: 'No proposal:' },
} as const;

interface DayFacts {
  meetings: YearPlanMeetingEntry[];
  dayOff: SwedishDayOff | undefined;
  proposed: YearPlanProposedDate | undefined;
}

function monthName(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
}

const gregorian = () => new GregorianCalendar();

export function YearPlan({ year, seriesName, meetings, daysOff, proposal, today, locale: localeProp }: YearPlanProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const facts = useMemo(() => {
    const byDate = new Map<string, DayFacts>();
    const at = (date: string) => {
      let f = byDate.get(date);
      if (!f) {
        f = { meetings: [], dayOff: undefined, proposed: undefined };
        byDate.set(date, f);
      }
      return f;
    };
    for (const m of meetings) at(m.date).meetings.push(m);
    for (const d of daysOff) at(d.date).dayOff = d;
    if (proposal?.ok) for (const p of proposal.value) at(p.date).proposed = p;
    return byDate;
  }, [meetings, daysOff, proposal]);
  const first = new CalendarDate(year, 1, 1);
  const last = new CalendarDate(year, 12, 31);
  const [selected, setSelected] = useState<CalendarDate | null>(null);
  const focusStart = meetings[0] ? parseDate(meetings[0].date) : first;
  const chosen = selected ? facts.get(selected.toString()) : undefined;
  const heading = `${text.heading[locale](year)}${seriesName ? ` – ${seriesName}` : ''}`;

  return (
    <section className="sv-year-plan" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {heading}
      </h2>
      <h3 className="sv-visually-hidden" id={`${id}-legend`}>
        {text.legend[locale]}
      </h3>
      <ul className="sv-year-plan__legend" aria-labelledby={`${id}-legend`}>
        <li className="sv-year-plan__legend-item">
          <span className="sv-year-plan__day" data-meeting="" aria-hidden="true">
            5
          </span>
          {text.meeting[locale]}
        </li>
        <li className="sv-year-plan__legend-item">
          <span className="sv-year-plan__day" data-meeting="" data-state="cancelled" aria-hidden="true">
            5
          </span>
          {text.cancelled[locale]}
        </li>
        <li className="sv-year-plan__legend-item">
          <span className="sv-year-plan__day" data-day-off="" aria-hidden="true">
            5
          </span>
          {text.dayOff[locale]}
        </li>
        {proposal?.ok ? (
          <li className="sv-year-plan__legend-item">
            <span className="sv-year-plan__day" data-proposed="" aria-hidden="true">
              5
            </span>
            {text.proposed[locale]}
          </li>
        ) : null}
      </ul>
      <p className="sv-description" id={`${id}-hint`}>
        {text.hint[locale]}
      </p>
      <Calendar
        className="sv-year-plan__calendar"
        aria-label={`${heading}, ${text.calendar[locale]}`}
        aria-describedby={`${id}-hint`}
        visibleDuration={{ months: 12 }}
        minValue={first}
        maxValue={last}
        defaultFocusedValue={focusStart}
        value={selected}
        onChange={setSelected}
        createCalendar={gregorian}
      >
        <div className="sv-year-plan__months">
          {Array.from({ length: 12 }, (_, i) => (
            <div key={i} className="sv-year-plan__month">
              <h3 className="sv-year-plan__month-name">{monthName(year, i + 1, locale)}</h3>
              <CalendarGrid className="sv-year-plan__grid" offset={{ months: i }} weekdayStyle="short">
                <CalendarGridHeader>{(day) => <CalendarHeaderCell className="sv-year-plan__weekday">{day}</CalendarHeaderCell>}</CalendarGridHeader>
                <CalendarGridBody>
                  {(date) => {
                    const f = facts.get(date.toString());
                    const meeting = f?.meetings[0];
                    return (
                      <CalendarCell date={date} className="sv-year-plan__cell">
                        {({ formattedDate, isOutsideMonth }) =>
                          isOutsideMonth ? null : (
                            <span
                              className="sv-year-plan__day"
                              data-meeting={meeting ? '' : undefined}
                              data-state={meeting?.status}
                              data-day-off={f?.dayOff ? '' : undefined}
                              data-proposed={f?.proposed ? '' : undefined}
                              data-weekend={getDayOfWeek(date, 'sv-SE') >= 5 || undefined}
                              data-today={date.toString() === today || undefined}
                            >
                              {formattedDate}
                            </span>
                          )
                        }
                      </CalendarCell>
                    );
                  }}
                </CalendarGridBody>
              </CalendarGrid>
            </div>
          ))}
        </div>
      </Calendar>
      <div className="sv-year-plan__details" aria-live="polite" data-testid="year-plan-details">
        {selected ? (
          <>
            <h3 className="sv-subheading">
              {text.chosen[locale]}: {formatDate(selected.toString(), locale)}
            </h3>
            <DayDetails facts={chosen} locale={locale} />
          </>
        ) : (
          <p className="sv-description">{text.choose[locale]}</p>
        )}
      </div>

      <h3 className="sv-subheading" id={`${id}-meetings`}>
        {text.meetings[locale]}
      </h3>
      {meetings.length === 0 ? (
        <p className="sv-description">{text.noMeetings[locale]}</p>
      ) : (
        <ScrollRegion label={text.meetings[locale]} locale={locale}>
          <table className="sv-table sv-year-plan__table" aria-labelledby={`${id}-meetings`}>
            <thead>
              <tr>
                <th className="sv-table__column" scope="col">
                  {text.date[locale]}
                </th>
                <th className="sv-table__column" scope="col">
                  {text.title[locale]}
                </th>
                <th className="sv-table__column" scope="col">
                  {text.status[locale]}
                </th>
                <th className="sv-table__column" scope="col">
                  {text.notes[locale]}
                </th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.meetingId} className="sv-table__row" data-state={m.status}>
                  <td className="sv-table__cell">
                    <time dateTime={m.date}>{formatDate(m.date, locale)}</time>
                  </td>
                  <th className="sv-table__cell" scope="row">
                    {m.title}
                  </th>
                  <td className="sv-table__cell">{m.statusLabel[locale]}</td>
                  <td className="sv-table__cell">
                    <MeetingNotes meeting={m} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {proposal ? (
        <>
          <h3 className="sv-subheading" id={`${id}-proposal`}>
            {text.proposal[locale]}
          </h3>
          {proposal.ok ? (
            <ol className="sv-year-plan__list" aria-labelledby={`${id}-proposal`}>
              {proposal.value.map((p) => (
                <li key={p.date} className="sv-year-plan__list-item" data-moved={p.movedFrom ? '' : undefined}>
                  <time dateTime={p.date}>{formatDate(p.date, locale)}</time>
                  {p.movedFrom ? (
                    <span className="sv-badge" data-tone="warning">
                      {text.movedFrom[locale]} {formatDate(p.movedFrom, locale)}
                      {p.reason ? `: ${p.reason[locale]}` : ''}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="sv-notice" data-variant="danger">
              {text.refused[locale]} {proposal.message[locale]}
            </p>
          )}
        </>
      ) : null}

      <h3 className="sv-subheading" id={`${id}-days-off`}>
        {text.daysOff[locale]}
      </h3>
      <ul className="sv-year-plan__list" aria-labelledby={`${id}-days-off`}>
        {daysOff.map((d) => (
          <li key={d.date} className="sv-year-plan__list-item">
            <time dateTime={d.date}>{formatDate(d.date, locale)}</time> {d.name[locale]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function MeetingNotes({ meeting, locale }: { meeting: YearPlanMeetingEntry; locale: Locale }) {
  const notes: { key: string; tone: 'warning' | 'danger'; text: string }[] = [];
  if (meeting.cancelledReason) notes.push({ key: 'cancelled', tone: 'danger', text: meeting.cancelledReason });
  if (meeting.agendaLate) notes.push({ key: 'late', tone: 'warning', text: `${text.late[locale]}${meeting.lateReason ? `: ${meeting.lateReason}` : ''}` });
  if (meeting.minutesOverdue) notes.push({ key: 'overdue', tone: 'danger', text: text.overdue[locale] });
  if (notes.length === 0) return null;
  return (
    <ul className="sv-year-plan__notes">
      {notes.map((n) => (
        <li key={n.key} className="sv-badge" data-tone={n.tone}>
          {n.text}
        </li>
      ))}
    </ul>
  );
}

function DayDetails({ facts, locale }: { facts: DayFacts | undefined; locale: Locale }) {
  if (!facts || (facts.meetings.length === 0 && !facts.dayOff && !facts.proposed)) {
    return <p className="sv-description">{text.nothing[locale]}</p>;
  }
  return (
    <ul className="sv-year-plan__list">
      {facts.dayOff ? <li className="sv-year-plan__list-item">{`${text.dayOff[locale]}: ${facts.dayOff.name[locale]}`}</li> : null}
      {facts.meetings.map((m) => (
        <li key={m.meetingId} className="sv-year-plan__list-item">
          {`${m.title} – ${m.statusLabel[locale]}`}
          <MeetingNotes meeting={m} locale={locale} />
        </li>
      ))}
      {facts.proposed ? (
        <li className="sv-year-plan__list-item">
          {text.proposed[locale]}
          {facts.proposed.movedFrom
            ? ` (${text.movedFrom[locale]} ${formatDate(facts.proposed.movedFrom, locale)}${facts.proposed.reason ? `: ${facts.proposed.reason[locale]}` : ''})`
            : ''}
        </li>
      ) : null}
    </ul>
  );
}
