/**
 * Pure rules about meeting dates: when the agenda is due ("senast 2 veckor innan mötet"),
 * whether it was late, when the minutes are due, and how close the agenda deadline is.
 * Days are Swedish calendar days (Europe/Stockholm), so a deadline means the same day for
 * everyone in the network whatever time zone an instant was written in.
 */
import type { LocalizedText } from '../shared/localized.js';
import { addDays, daysBetween, swedishDate } from '../shared/dates.js';
import type { AgendaItem, Meeting, Minutes } from './meeting.schema.js';
import type { MeetingSeries } from './meeting-series.schema.js';

/**
 * Sista dag för agenda: the meeting's Swedish calendar date minus the lead time. An agenda
 * published on this day is still in time.
 */
export function agendaDeadline(startsAt: string, leadTimeDays: number): string {
  return addDays(swedishDate(startsAt), -leadTimeDays);
}

/** Whether an agenda published at `publishedAt` missed the deadline of a meeting at `startsAt`. */
export function isAgendaLate(publishedAt: string, startsAt: string, leadTimeDays: number): boolean {
  return swedishDate(publishedAt) > agendaDeadline(startsAt, leadTimeDays);
}

/**
 * The last day to publish the minutes: the day the meeting was held (or, before it is held,
 * the day it starts) plus the series' `minutesDueDays`.
 */
export function minutesDueDate(heldAtOrStartsAt: string, minutesDueDays: number): string {
  return addDays(swedishDate(heldAtOrStartsAt), minutesDueDays);
}

/** Whether minutes published at `publishedAt` came after their due date. */
export function areMinutesLate(publishedAt: string, heldAtOrStartsAt: string, minutesDueDays: number): boolean {
  return swedishDate(publishedAt) > minutesDueDate(heldAtOrStartsAt, minutesDueDays);
}

/** How close the agenda deadline is, for warnings in the UI. */
export type AgendaDeadlineStatus = 'open' | 'near' | 'passed';

export const agendaDeadlineStatusLabels: Record<AgendaDeadlineStatus, LocalizedText> = {
  open: { sv: 'Agendan kan fortfarande publiceras i tid', en: 'The agenda can still be published in time' },
  near: { sv: 'Sista dag för agendan närmar sig', en: 'The agenda deadline is near' },
  passed: { sv: 'Sista dag för agendan har passerat', en: 'The agenda deadline has passed' },
};

/** "Near" means the deadline is at most this many days away (the deadline day itself included). */
export const AGENDA_DEADLINE_NEAR_DAYS = 3;

/**
 * 'passed' after the deadline day, 'near' from three days before it up to and including the
 * day itself, 'open' before that. `now` comes from the caller; rules never read the clock.
 */
export function agendaDeadlineStatus(
  meeting: Pick<Meeting, 'startsAt'>,
  series: Pick<MeetingSeries, 'agendaLeadTimeDays'>,
  now: string,
): AgendaDeadlineStatus {
  const daysLeft = daysBetween(swedishDate(now), agendaDeadline(meeting.startsAt, series.agendaLeadTimeDays));
  if (daysLeft < 0) return 'passed';
  if (daysLeft <= AGENDA_DEADLINE_NEAR_DAYS) return 'near';
  return 'open';
}

/** The planned length of an agenda in minutes. */
export function agendaDurationMinutes(agenda: readonly Pick<AgendaItem, 'durationMinutes'>[]): number {
  return agenda.reduce((sum, item) => sum + item.durationMinutes, 0);
}

/** The agenda sorted by position (the order the meeting takes the items in). */
export function orderedAgenda<T extends Pick<AgendaItem, 'position'>>(agenda: readonly T[]): T[] {
  return [...agenda].sort((a, b) => a.position - b.position);
}

/**
 * Decision items that the minutes leave without an outcome: no decision, no `decided` text
 * and no escalation recorded under them. The seed asks that minutes show clearly what was
 * decided.
 */
export function decisionItemsWithoutOutcome(
  agenda: readonly AgendaItem[],
  minutes: Pick<Minutes, 'items' | 'decisions' | 'escalations'>,
): AgendaItem[] {
  const settled = new Set([
    ...minutes.items.filter((m) => m.decided !== undefined).map((m) => m.itemId),
    ...minutes.decisions.map((d) => d.itemId),
    ...minutes.escalations.flatMap((e) => (e.itemId === undefined ? [] : [e.itemId])),
  ]);
  return orderedAgenda(agenda).filter((item) => item.kind === 'decision' && !settled.has(item.id));
}
