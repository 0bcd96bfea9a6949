/**
 * Sista dag för agenda — meetings whose agenda is not published yet and whose deadline is
 * near or already passed ("senast 2 veckor innan mötet"), with the days left or the days
 * late. The status comes from the meeting rule `agendaDeadlineStatus`; the deadline is the
 * one the meeting carries (recomputed by the machine when the meeting moves).
 */
import {
  AGENDA_DEADLINE_NEAR_DAYS,
  agendaDeadlineStatus,
  agendaDeadlineStatusLabels,
} from '../meeting/meeting.rules.js';
import type { MeetingStatus } from '../meeting/meeting.schema.js';
import type { RuntimeState } from '../runtime/state.js';
import { daysBetween, swedishDate } from '../shared/dates.js';
import type { LocalizedText } from '../shared/localized.js';
import { meetingStatusesBeforePublication } from './agenda-items-awaiting-publication.js';
import { groupName } from './lookup.js';

export interface AgendaDeadlinesParams {
  now: string;
  /**
   * How many days before the deadline count as near (the deadline day included). Defaults to
   * the meeting rule's `AGENDA_DEADLINE_NEAR_DAYS` (3).
   */
  nearDays?: number;
  groupId?: string;
}

export type AgendaDeadlineAlert = 'near' | 'passed';

export interface AgendaDeadlineEntry {
  meetingId: string;
  title: string;
  groupId: string;
  groupName: string | undefined;
  startsAt: string;
  status: MeetingStatus;
  agendaDeadline: string;
  alert: AgendaDeadlineAlert;
  alertLabel: LocalizedText;
  /** Days until the deadline, 0 on the deadline day; `null` once it has passed. */
  daysLeft: number | null;
  /** Days since the deadline; `null` while it has not passed. */
  daysLate: number | null;
  /** The meeting's own day has passed too (it was never published nor held). */
  meetingPassed: boolean;
  agendaItemCount: number;
}

export function agendaDeadlines(state: RuntimeState, params: AgendaDeadlinesParams): AgendaDeadlineEntry[] {
  const today = swedishDate(params.now);
  const nearDays = params.nearDays ?? AGENDA_DEADLINE_NEAR_DAYS;
  const entries: AgendaDeadlineEntry[] = [];
  for (const view of state.meetings.values()) {
    if (!meetingStatusesBeforePublication.includes(view.status)) continue;
    const m = view.context;
    if (params.groupId !== undefined && m.groupId !== params.groupId) continue;
    const ruled = agendaDeadlineStatus(m, { agendaLeadTimeDays: m.agendaLeadTimeDays }, params.now);
    const daysLeft = daysBetween(today, m.agendaDeadline);
    const alert: AgendaDeadlineAlert | undefined =
      ruled === 'passed' ? 'passed' : daysLeft <= nearDays ? 'near' : undefined;
    if (alert === undefined) continue;
    entries.push({
      meetingId: m.id,
      title: m.title,
      groupId: m.groupId,
      groupName: groupName(state, m.groupId),
      startsAt: m.startsAt,
      status: view.status,
      agendaDeadline: m.agendaDeadline,
      alert,
      alertLabel: agendaDeadlineStatusLabels[alert],
      daysLeft: alert === 'passed' ? null : daysLeft,
      daysLate: alert === 'passed' ? -daysLeft : null,
      meetingPassed: swedishDate(m.startsAt) < today,
      agendaItemCount: m.agenda.length,
    });
  }
  return entries.sort(
    (a, b) => (a.agendaDeadline < b.agendaDeadline ? -1 : a.agendaDeadline > b.agendaDeadline ? 1 : 0) || Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );
}
