/**
 * Deltagarlista per organisation — which municipalities were represented at which meetings.
 * Seed 004 lists the attendance list as a deliverable ("vilka representanter som närvarat vid
 * vilka mötestillfällen") and names two municipalities whose seat is VAKANT; this view shows
 * both: organisations that are never represented, and whether that is because nobody holds
 * their seat.
 */
import type { LocalizedText } from '../shared/localized.js';
import type { Organisation } from '../organisation/organisation.schema.js';
import type { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { vacancies, type Vacancy } from '../staffing/staffing.rules.js';
import { attendingStatuses, type Meeting } from './meeting.schema.js';

/** How an organisation took part in one held meeting. */
export type OrganisationMeetingStatus =
  /** Someone present, or a substitute speaking for it. */
  | 'represented'
  /** Nobody attended, and at least one of its people sent apologies. */
  | 'excused'
  /** Nobody attended; its people are recorded absent. */
  | 'absent'
  /** Nobody from it is on the list at all. */
  | 'notRecorded';

export const organisationMeetingStatusLabels: Record<OrganisationMeetingStatus, LocalizedText> = {
  represented: { sv: 'Representerad', en: 'Represented' },
  excused: { sv: 'Anmält förhinder', en: 'Excused' },
  absent: { sv: 'Frånvarande', en: 'Absent' },
  notRecorded: { sv: 'Inte med på listan', en: 'Not on the list' },
};

export interface OrganisationMeetingAttendance {
  meetingId: string;
  startsAt: string;
  status: OrganisationMeetingStatus;
  /** The people who attended for the organisation (present or as substitutes). */
  attendeeIds: string[];
}

export interface OrganisationAttendance {
  organisationId: string;
  name: string | undefined;
  /** Held meetings counted. */
  meetingsHeld: number;
  /** Held meetings where someone attended for the organisation. */
  meetingsAttended: number;
  /** Held meetings where no one attended for it. */
  meetingsWithoutAttendance: number;
  /** `meetingsAttended / meetingsHeld`, 0–1; `null` when no meeting was held. */
  attendanceRate: number | null;
  /** Held meetings took place and the organisation attended none of them. */
  neverRepresented: boolean;
  /** The organisation's seat in the staffing plan lacks holders (VAKANT). */
  seatVacant: boolean;
  vacancies: Vacancy[];
  /** One line per held meeting, earliest first. */
  meetings: OrganisationMeetingAttendance[];
}

export type AttendedMeeting = Pick<Meeting, 'id' | 'startsAt' | 'attendance'> &
  Partial<Pick<Meeting, 'heldAt' | 'cancelledAt'>>;

export interface AttendancePerOrganisationOptions {
  /** Meetings of the group; only those held (with `heldAt`, not cancelled) count. */
  meetings: readonly AttendedMeeting[];
  /** The organisations expected to attend, e.g. the 14 municipalities; the result keeps this order. */
  organisations: readonly (Pick<Organisation, 'id'> & Partial<Pick<Organisation, 'name'>>)[];
  /** The group's staffing plan, to mark organisations whose seat is vacant. */
  staffingPlan?: StaffingPlan;
  /** Only vacancies of this role count (e.g. the representative role); all roles when omitted. */
  seatRoleId?: string;
}

/**
 * Attendance per expected organisation over the held meetings. Substitutes count for the
 * organisation they represent (the record's `organisationId`). Organisations that are never
 * represented are included with 0 attended, so a silent municipality shows up.
 */
export function attendancePerOrganisation(options: AttendancePerOrganisationOptions): OrganisationAttendance[] {
  const held = options.meetings
    .filter((m) => m.heldAt !== undefined && m.cancelledAt === undefined)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const open = options.staffingPlan
    ? vacancies(options.staffingPlan).filter((v) => options.seatRoleId === undefined || v.roleId === options.seatRoleId)
    : [];

  return options.organisations.map((organisation) => {
    const meetings = held.map((meeting): OrganisationMeetingAttendance => {
      const records = meeting.attendance.filter((r) => r.organisationId === organisation.id);
      const attendeeIds = records.filter((r) => attendingStatuses.includes(r.status)).map((r) => r.personId);
      const status: OrganisationMeetingStatus =
        attendeeIds.length > 0
          ? 'represented'
          : records.some((r) => r.status === 'excused')
            ? 'excused'
            : records.length > 0
              ? 'absent'
              : 'notRecorded';
      return { meetingId: meeting.id, startsAt: meeting.startsAt, status, attendeeIds };
    });
    const attended = meetings.filter((m) => m.status === 'represented').length;
    const seatVacancies = open.filter((v) => v.organisationId === organisation.id);
    return {
      organisationId: organisation.id,
      name: organisation.name,
      meetingsHeld: held.length,
      meetingsAttended: attended,
      meetingsWithoutAttendance: held.length - attended,
      attendanceRate: held.length === 0 ? null : attended / held.length,
      neverRepresented: held.length > 0 && attended === 0,
      seatVacant: seatVacancies.length > 0,
      vacancies: seatVacancies,
      meetings,
    };
  });
}
