/**
 * Deltagarlista att fylla i — who may be at a meeting, each as "not recorded" until the person
 * keeping the attendance says otherwise: the members of the meeting's group (one row per person,
 * for the organisation their seat speaks for), the people the meeting names (chair, secretary,
 * justerare) and anyone already recorded (a substitute). Why "not recorded" and never "present":
 * a list pre-filled as present is approved with people who were not there.
 */
import { attendingStatuses, type AttendanceMode, type AttendanceStatus } from '../meeting/meeting.schema.js';
import { staffingPlansForGroup } from '../runtime/membership.js';
import type { RuntimeState } from '../runtime/state.js';

export interface AttendanceSheetRow {
  personId: string;
  /** The organisation the person speaks for here: their seat's, a substitute's replaced member's, or their own. */
  organisationId: string;
  /** As recorded, or `notRecorded`. */
  status: AttendanceStatus | 'notRecorded';
  substituteFor?: string;
  mode?: AttendanceMode;
  /** Holds a seat in the group (a substitute or a named secretary may not). */
  member: boolean;
}

/** The attendance sheet of a meeting; empty for a meeting that does not exist. */
export function attendanceSheet(state: RuntimeState, meetingId: string): AttendanceSheetRow[] {
  const meeting = state.meetings.get(meetingId)?.context;
  if (!meeting) return [];
  const rows = new Map<string, AttendanceSheetRow>();
  const personOrg = (personId: string) => state.dataset.people.find((p) => p.id === personId)?.organisationId;
  for (const plan of staffingPlansForGroup(state, meeting.groupId)) {
    for (const entry of plan.entries) {
      for (const personId of entry.personIds) {
        if (rows.has(personId)) continue;
        const organisationId = entry.organisationId ?? personOrg(personId);
        if (organisationId !== undefined) rows.set(personId, { personId, organisationId, status: 'notRecorded', member: true });
      }
    }
  }
  for (const personId of [meeting.chairId, meeting.secretaryId, ...(meeting.minutesApproverIds ?? [])]) {
    const organisationId = personId === undefined ? undefined : personOrg(personId);
    if (personId !== undefined && organisationId !== undefined && !rows.has(personId)) rows.set(personId, { personId, organisationId, status: 'notRecorded', member: false });
  }
  for (const record of meeting.attendance) {
    const before = rows.get(record.personId);
    rows.set(record.personId, {
      personId: record.personId,
      organisationId: record.organisationId,
      status: record.status,
      member: before?.member ?? false,
      ...(record.substituteFor === undefined ? {} : { substituteFor: record.substituteFor }),
      ...(record.mode === undefined ? {} : { mode: record.mode }),
    });
  }
  return [...rows.values()];
}

/** How many of a sheet's rows attended (present or as a substitute). */
export function attendingCount(rows: readonly AttendanceSheetRow[]): number {
  return rows.filter((r) => r.status !== 'notRecorded' && attendingStatuses.includes(r.status)).length;
}
