import { describe, expect, it } from 'vitest';
import {
  fyrbodalMunicipalities,
  fyrbodalRepresentatives,
  fyrbodalStaffingPlan,
} from '../samples/fyrbodal.people.js';
import { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { attendancePerOrganisation, type AttendedMeeting } from './attendance.rules.js';
import type { AttendanceRecord } from './meeting.schema.js';

const plan = StaffingPlan.parse(fyrbodalStaffingPlan);
const org = (name: string) => {
  const found = fyrbodalMunicipalities.find((m) => m.name === name);
  if (!found) throw new Error(name);
  return found;
};
const repOf = (name: string, n = 0) => {
  const found = fyrbodalRepresentatives.filter((r) => r.organisationId === org(name).id)[n];
  if (!found) throw new Error(name);
  return found;
};
const present = (name: string, n = 0): AttendanceRecord => ({
  personId: repOf(name, n).id,
  organisationId: org(name).id,
  status: 'present',
  mode: 'onSite',
});

const heldMeeting = (id: string, startsAt: string, attendance: AttendanceRecord[]): AttendedMeeting => ({
  id,
  startsAt,
  heldAt: startsAt,
  attendance,
});

const meetings: AttendedMeeting[] = [
  heldMeeting('m2', '2026-04-16T09:00:00+02:00', [
    present('Orust'),
    // A substitute from outside the staffing plan speaks for Lysekil.
    { personId: 'fyrbodal:vikarie', organisationId: org('Lysekil').id, status: 'substitute', substituteFor: repOf('Lysekil').id },
    { personId: repOf('Lysekil').id, organisationId: org('Lysekil').id, status: 'excused' },
    { personId: repOf('Tanum').id, organisationId: org('Tanum').id, status: 'absent' },
  ]),
  heldMeeting('m1', '2026-02-12T09:00:00+01:00', [
    present('Orust'),
    present('Orust', 1),
    present('Lysekil'),
    { personId: repOf('Tanum').id, organisationId: org('Tanum').id, status: 'excused' },
  ]),
  // Neither a cancelled nor a not-yet-held meeting counts.
  { id: 'm0', startsAt: '2026-01-15T09:00:00+01:00', cancelledAt: '2026-01-10T09:00:00+01:00', attendance: [] },
  { id: 'm3', startsAt: '2026-06-11T09:00:00+02:00', attendance: [present('Tanum')] },
];

describe('attendancePerOrganisation', () => {
  const rows = attendancePerOrganisation({
    meetings,
    organisations: fyrbodalMunicipalities,
    staffingPlan: plan,
    seatRoleId: 'fyrbodal:kommunrepresentant',
  });
  const row = (name: string) => rows.find((r) => r.organisationId === org(name).id);

  it('lists every expected municipality, in the given order, over the held meetings only', () => {
    expect(rows.map((r) => r.organisationId)).toEqual(fyrbodalMunicipalities.map((m) => m.id));
    expect(rows.every((r) => r.meetingsHeld === 2)).toBe(true);
    expect(row('Orust')?.meetings.map((m) => m.meetingId)).toEqual(['m1', 'm2']);
  });

  it('counts a meeting once however many of its representatives attended', () => {
    expect(row('Orust')).toMatchObject({ meetingsAttended: 2, meetingsWithoutAttendance: 0, attendanceRate: 1 });
    expect(row('Orust')?.meetings[0]?.attendeeIds).toEqual([repOf('Orust').id, repOf('Orust', 1).id]);
  });

  it('counts a substitute for the organisation they represent', () => {
    expect(row('Lysekil')).toMatchObject({ meetingsAttended: 2, attendanceRate: 1, neverRepresented: false });
    expect(row('Lysekil')?.meetings[1]).toMatchObject({ status: 'represented', attendeeIds: ['fyrbodal:vikarie'] });
  });

  it('shows a municipality that sent apologies or stayed away as never represented', () => {
    expect(row('Tanum')).toMatchObject({ meetingsAttended: 0, meetingsWithoutAttendance: 2, attendanceRate: 0, neverRepresented: true });
    expect(row('Tanum')?.meetings.map((m) => m.status)).toEqual(['excused', 'absent']);
    expect(row('Tanum')?.seatVacant).toBe(false);
  });

  it('includes municipalities nobody recorded at all, and marks the vacant seats of Bengtsfors and Åmål', () => {
    expect(row('Strömstad')).toMatchObject({ meetingsAttended: 0, neverRepresented: true, seatVacant: false });
    expect(row('Strömstad')?.meetings.map((m) => m.status)).toEqual(['notRecorded', 'notRecorded']);
    expect(rows.filter((r) => r.seatVacant).map((r) => r.organisationId)).toEqual([org('Bengtsfors').id, org('Åmål').id]);
    expect(row('Åmål')?.vacancies).toEqual([{ roleId: 'fyrbodal:kommunrepresentant', organisationId: org('Åmål').id, missing: 1 }]);
  });

  it('gives no rate and marks nobody as never represented before any meeting is held', () => {
    const none = attendancePerOrganisation({ meetings: [], organisations: [org('Orust')] });
    expect(none).toEqual([
      {
        organisationId: org('Orust').id,
        name: 'Orust',
        meetingsHeld: 0,
        meetingsAttended: 0,
        meetingsWithoutAttendance: 0,
        attendanceRate: null,
        neverRepresented: false,
        seatVacant: false,
        vacancies: [],
        meetings: [],
      },
    ]);
  });

  it('reports a half attendance rate for one meeting out of two', () => {
    const half = attendancePerOrganisation({
      meetings: [meetings[0]!, heldMeeting('m4', '2026-09-10T09:00:00+02:00', [present('Tanum')])],
      organisations: [org('Tanum')],
    });
    expect(half[0]).toMatchObject({ meetingsHeld: 2, meetingsAttended: 1, attendanceRate: 0.5 });
  });
});
