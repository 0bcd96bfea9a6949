/**
 * Deltagarlista per organisation for one group: which organisations were represented at which
 * held meetings of the group in a period (`attendancePerOrganisation`). The organisations
 * expected are those with a seat in the group's staffing plans (`staffingPlansForGroup`) — a
 * seat that needs someone or has someone — so a municipality that never came, or whose seat
 * is VAKANT, shows up rather than disappearing from the list.
 */
import {
  attendancePerOrganisation,
  organisationMeetingStatusLabels,
  type OrganisationAttendance,
  type OrganisationMeetingStatus,
} from '../meeting/attendance.rules.js';
import { staffingPlansForGroup } from '../runtime/membership.js';
import type { MeetingView, RuntimeState } from '../runtime/state.js';
import type { LocalizedText } from '../shared/localized.js';
import type { Period } from '../shared/primitives.schema.js';
import type { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { byInstant, findRole, groupName, inPeriod, organisationName, personName } from './lookup.js';

export interface AttendanceByOrganisationParams {
  groupId: string;
  /** Only meetings whose Swedish calendar day is within the period. */
  period?: Period;
  /** Only vacancies of this role mark a seat vacant (e.g. the representative role); all when omitted. */
  seatRoleId?: string;
}

export interface AttendanceMeetingLine {
  meetingId: string;
  startsAt: string;
  status: OrganisationMeetingStatus;
  statusLabel: LocalizedText;
  attendeeIds: string[];
  attendeeNames: string[];
}

export interface AttendanceOrganisationRow extends Omit<OrganisationAttendance, 'vacancies' | 'meetings'> {
  vacancies: Array<OrganisationAttendance['vacancies'][number] & { roleName: string | undefined }>;
  meetings: AttendanceMeetingLine[];
}

export interface AttendanceByOrganisationResult {
  groupId: string;
  groupName: string | undefined;
  period: Period | undefined;
  /** The held meetings counted, earliest first. */
  meetings: Array<{ meetingId: string; title: string; startsAt: string }>;
  /** One row per expected organisation, in staffing-plan order. */
  organisations: AttendanceOrganisationRow[];
  /** Organisations that attended none of the held meetings. */
  neverRepresented: string[];
  /** Organisations whose seat lacks holders. */
  vacantSeats: string[];
}

/** The group's plans as one plan, each seat once (a plan reached by two routes counts once). */
function mergedPlan(plans: readonly StaffingPlan[]): StaffingPlan {
  return { entries: [...new Set(plans)].flatMap((p) => p.entries) };
}

export function attendanceByOrganisation(
  state: RuntimeState,
  params: AttendanceByOrganisationParams,
): AttendanceByOrganisationResult {
  const plan = mergedPlan(staffingPlansForGroup(state, params.groupId));
  const expected: string[] = [];
  for (const entry of plan.entries) {
    const id = entry.organisationId;
    if (id !== undefined && (entry.min > 0 || entry.personIds.length > 0) && !expected.includes(id)) expected.push(id);
  }
  const meetings = [...state.meetings.values()]
    .filter((m) => m.context.groupId === params.groupId && inPeriod(m.context.startsAt, params.period))
    .sort(byInstant((m: MeetingView) => m.context.startsAt));
  const rows = attendancePerOrganisation({
    meetings: meetings.map((m) => m.context),
    organisations: expected.map((id) => ({ id, name: organisationName(state, id) ?? id })),
    staffingPlan: plan,
    ...(params.seatRoleId === undefined ? {} : { seatRoleId: params.seatRoleId }),
  }).map(
    (row): AttendanceOrganisationRow => ({
      ...row,
      vacancies: row.vacancies.map((v) => ({ ...v, roleName: findRole(state, v.roleId)?.name })),
      meetings: row.meetings.map((line) => ({
        ...line,
        statusLabel: organisationMeetingStatusLabels[line.status],
        attendeeNames: line.attendeeIds.map((id) => personName(state, id) ?? id),
      })),
    }),
  );
  const held = meetings.filter((m) => m.context.heldAt !== undefined && m.context.cancelledAt === undefined);
  return {
    groupId: params.groupId,
    groupName: groupName(state, params.groupId),
    period: params.period,
    meetings: held.map((m) => ({ meetingId: m.context.id, title: m.context.title, startsAt: m.context.startsAt })),
    organisations: rows,
    neverRepresented: rows.filter((r) => r.neverRepresented).map((r) => r.organisationId),
    vacantSeats: rows.filter((r) => r.seatVacant).map((r) => r.organisationId),
  };
}
