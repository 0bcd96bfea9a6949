/**
 * Minnesanteckningar som väntar — held meetings whose minutes are not yet a public record:
 * waiting to be written, approved (justeras) or published. Each is flagged overdue after its
 * due date, the day it was held plus the series' `minutesDueDays` the meeting was planned with
 * (`minutesDueDate`, `areMinutesLate`); the due day itself is still in time.
 */
import { areMinutesLate, minutesDueDate } from '../meeting/meeting.rules.js';
import type { MeetingStatus } from '../meeting/meeting.schema.js';
import type { RuntimeState } from '../runtime/state.js';
import { daysBetween, swedishDate } from '../shared/dates.js';
import type { LocalizedText } from '../shared/localized.js';
import { groupName, personName } from './lookup.js';

/** What the minutes of a held meeting wait for. */
export type MinutesStep = 'drafting' | 'approval' | 'publication';

export const minutesStepLabels: Record<MinutesStep, LocalizedText> = {
  drafting: { sv: 'Väntar på minnesanteckningar', en: 'Awaiting minutes' },
  approval: { sv: 'Väntar på justering', en: 'Awaiting approval' },
  publication: { sv: 'Väntar på publicering', en: 'Awaiting publication' },
};

const stepOf: Partial<Record<MeetingStatus, MinutesStep>> = {
  held: 'drafting',
  minutesDrafted: 'approval',
  minutesApproved: 'publication',
};

export interface MinutesAwaitingParams {
  now: string;
  groupId?: string;
}

export interface MeetingAwaitingMinutes {
  meetingId: string;
  title: string;
  groupId: string;
  groupName: string | undefined;
  startsAt: string;
  heldAt: string;
  status: MeetingStatus;
  waitingFor: MinutesStep;
  waitingForLabel: LocalizedText;
  /** The last day to publish the minutes. */
  dueDate: string;
  overdue: boolean;
  /** Days past the due date, 0 when not overdue. */
  daysOverdue: number;
  /** Days until the due date, 0 on the day; `null` when overdue. */
  daysLeft: number | null;
  /** Who approved the minutes, once approved. */
  approvedBy: string | undefined;
  approvedByName: string | undefined;
  /** Whether an attendance list has been recorded. */
  attendanceRecorded: boolean;
}

export function minutesAwaiting(state: RuntimeState, params: MinutesAwaitingParams): MeetingAwaitingMinutes[] {
  const today = swedishDate(params.now);
  const out: MeetingAwaitingMinutes[] = [];
  for (const view of state.meetings.values()) {
    const step = stepOf[view.status];
    if (step === undefined) continue;
    const m = view.context;
    if (params.groupId !== undefined && m.groupId !== params.groupId) continue;
    const heldAt = m.heldAt ?? m.startsAt;
    const dueDate = minutesDueDate(heldAt, m.minutesDueDays);
    const overdue = areMinutesLate(params.now, heldAt, m.minutesDueDays);
    const days = daysBetween(today, dueDate);
    out.push({
      meetingId: m.id,
      title: m.title,
      groupId: m.groupId,
      groupName: groupName(state, m.groupId),
      startsAt: m.startsAt,
      heldAt,
      status: view.status,
      waitingFor: step,
      waitingForLabel: minutesStepLabels[step],
      dueDate,
      overdue,
      daysOverdue: overdue ? -days : 0,
      daysLeft: overdue ? null : days,
      approvedBy: m.minutesApprovedBy,
      approvedByName: m.minutesApprovedBy === undefined ? undefined : personName(state, m.minutesApprovedBy),
      attendanceRecorded: m.attendance.length > 0,
    });
  }
  return out.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || Date.parse(a.heldAt) - Date.parse(b.heldAt));
}
