import { describe, expect, it } from 'vitest';
import { organisationMeetingStatusLabels } from '../meeting/attendance.rules.js';
import { attendanceByOrganisation } from './attendance-by-organisation.js';
import { F, fyrbodalWorld } from './test-state.js';

const state = fyrbodalWorld().state();
const spring = { start: '2019-01-01', end: '2019-02-28' };

describe('attendanceByOrganisation', () => {
  const result = attendanceByOrganisation(state, { groupId: F.network, period: spring });
  const row = (id: string) => result.organisations.find((o) => o.organisationId === id)!;

  it('counts the group’s held meetings in the period, not the cancelled or planned ones', () => {
    expect(result.groupName).toBe('E-hälsonätverket');
    expect(result.meetings.map((m) => m.meetingId)).toEqual([F.m1, F.x1, F.x2, F.x3]);
  });

  it('expects every organisation with a seat, in staffing-plan order, but not a seat nobody needs', () => {
    // The association (commissioner, process leader) and the 14 municipalities; VästKom's
    // financier seat has min 0 and no holder.
    expect(result.organisations).toHaveLength(15);
    expect(result.organisations[0]).toMatchObject({ organisationId: F.association, name: 'Fyrbodals kommunalförbund' });
    expect(result.organisations[1]?.organisationId).toBe('fyrbodal:bengtsfors');
    expect(result.organisations.map((o) => o.organisationId)).not.toContain('fyrbodal:vastkom');
  });

  it('shows vacant seats that were never represented', () => {
    expect(result.vacantSeats).toEqual(['fyrbodal:bengtsfors', 'fyrbodal:amal']);
    expect(row('fyrbodal:bengtsfors')).toMatchObject({
      name: 'Bengtsfors',
      meetingsHeld: 4,
      meetingsAttended: 0,
      neverRepresented: true,
      seatVacant: true,
      vacancies: [{ roleId: 'fyrbodal:kommunrepresentant', roleName: 'Kommunrepresentant', missing: 1 }],
    });
    expect(result.neverRepresented).toEqual(expect.arrayContaining(['fyrbodal:bengtsfors', 'fyrbodal:amal', 'fyrbodal:lysekil']));
    expect(result.neverRepresented).not.toContain('fyrbodal:dals-ed');
  });

  it('counts attendance per organisation, a substitute for the one replaced', () => {
    expect(row('fyrbodal:dals-ed')).toMatchObject({ meetingsAttended: 3, attendanceRate: 0.75, neverRepresented: false, seatVacant: false });
    expect(row('fyrbodal:munkedal').meetingsAttended).toBe(1);
    expect(row('fyrbodal:munkedal').meetings[0]).toMatchObject({ meetingId: F.m1, status: 'represented', attendeeNames: ['Emma Strand'] });
    expect(row(F.association).meetingsAttended).toBe(2);
    expect(row('fyrbodal:stromstad').meetings.map((m) => m.status)).toEqual(['notRecorded', 'notRecorded', 'represented', 'notRecorded']);
  });

  it('tells excused from absent from not on the list', () => {
    const first = (id: string) => row(id).meetings[0]!;
    expect(first('fyrbodal:fargelanda')).toMatchObject({ status: 'represented', attendeeIds: [F.jonas] });
    expect(first('fyrbodal:mellerud')).toMatchObject({ status: 'excused', statusLabel: organisationMeetingStatusLabels.excused });
    expect(first('fyrbodal:lysekil')).toMatchObject({ status: 'absent', attendeeIds: [] });
    expect(first('fyrbodal:tanum')).toMatchObject({ status: 'notRecorded' });
  });

  it('limits the meetings to the period, on the Swedish calendar day', () => {
    const february = attendanceByOrganisation(state, { groupId: F.network, period: { start: '2019-02-01', end: '2019-02-28' } });
    expect(february.meetings.map((m) => m.meetingId)).toEqual([F.x2, F.x3]);
    expect(february.organisations.find((o) => o.organisationId === 'fyrbodal:dals-ed')).toMatchObject({ meetingsHeld: 2, meetingsAttended: 1 });
    const lastDayOfJanuary = attendanceByOrganisation(state, { groupId: F.network, period: { start: '2019-01-31', end: '2019-01-31' } });
    expect(lastDayOfJanuary.meetings.map((m) => m.meetingId)).toEqual([F.x1]);
  });

  it('counts every held meeting without a period, and none for a group without meetings', () => {
    expect(attendanceByOrganisation(state, { groupId: F.network }).meetings).toHaveLength(4);
    const unknown = attendanceByOrganisation(state, { groupId: 'fyrbodal:okand-grupp' });
    expect(unknown).toMatchObject({ meetings: [], organisations: [], neverRepresented: [], vacantSeats: [] });
  });

  it('marks only the vacancies of the seat role when one is given', () => {
    const byOther = attendanceByOrganisation(state, { groupId: F.network, period: spring, seatRoleId: 'fyrbodal:processledare' });
    expect(byOther.vacantSeats).toEqual([]);
  });
});
