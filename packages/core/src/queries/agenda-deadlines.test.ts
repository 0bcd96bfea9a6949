import { describe, expect, it } from 'vitest';
import { agendaDeadlineStatusLabels } from '../meeting/meeting.rules.js';
import { agendaDeadlines } from './agenda-deadlines.js';
import { F, fyrbodalWorld } from './test-state.js';

const state = fyrbodalWorld().state();

describe('agendaDeadlines', () => {
  it('flags an agenda due today as near with 0 days left', () => {
    const list = agendaDeadlines(state, { now: '2019-03-07T16:00:00+01:00' });
    expect(list).toEqual([
      expect.objectContaining({
        meetingId: F.m2,
        agendaDeadline: '2019-03-07',
        alert: 'near',
        alertLabel: agendaDeadlineStatusLabels.near,
        daysLeft: 0,
        daysLate: null,
        meetingPassed: false,
        agendaItemCount: 2,
        groupName: 'E-hälsonätverket',
      }),
    ]);
  });

  it('flags it passed the day after, counting the days late', () => {
    const [m2] = agendaDeadlines(state, { now: '2019-03-08T08:00:00+01:00' });
    expect(m2).toMatchObject({ meetingId: F.m2, alert: 'passed', alertLabel: agendaDeadlineStatusLabels.passed, daysLeft: null, daysLate: 1 });
    expect(agendaDeadlines(state, { now: '2019-03-12T08:00:00+01:00' })[0]?.daysLate).toBe(5);
  });

  it('uses the Swedish calendar day: 23:30 UTC on the deadline is already the day after', () => {
    expect(agendaDeadlines(state, { now: '2019-03-07T23:30:00Z' })[0]).toMatchObject({ alert: 'passed', daysLate: 1 });
    expect(agendaDeadlines(state, { now: '2019-03-07T22:30:00Z' })[0]).toMatchObject({ alert: 'near', daysLeft: 0 });
  });

  it('starts warning three days before the deadline by default', () => {
    expect(agendaDeadlines(state, { now: '2019-03-04T09:00:00+01:00' })).toEqual([
      expect.objectContaining({ meetingId: F.m2, alert: 'near', daysLeft: 3 }),
    ]);
    expect(agendaDeadlines(state, { now: '2019-03-03T09:00:00+01:00' })).toEqual([]);
  });

  it('takes a wider or narrower window', () => {
    expect(agendaDeadlines(state, { now: '2019-03-03T09:00:00+01:00', nearDays: 4 })[0]).toMatchObject({ alert: 'near', daysLeft: 4 });
    expect(agendaDeadlines(state, { now: '2019-03-06T09:00:00+01:00', nearDays: 0 })).toEqual([]);
    expect(agendaDeadlines(state, { now: '2019-03-07T09:00:00+01:00', nearDays: 0 })).toHaveLength(1);
  });

  it('leaves out published, held and cancelled meetings', () => {
    // In August M4's (moved) deadline is near; M1 (published late and held), M3 (cancelled)
    // and the extra meetings never appear, though their deadlines passed long ago.
    const list = agendaDeadlines(state, { now: '2019-08-20T09:00:00+02:00' });
    const ids = list.map((e) => e.meetingId);
    expect(ids).toEqual([F.m2, F.m4]);
    expect(list[0]).toMatchObject({ alert: 'passed', meetingPassed: true, daysLate: 166 });
    expect(list[1]).toMatchObject({ alert: 'near', daysLeft: 2, agendaDeadline: '2019-08-22' });
  });

  it('filters by group', () => {
    expect(agendaDeadlines(state, { now: '2019-03-07T09:00:00+01:00', groupId: F.chiefs })).toEqual([]);
    expect(agendaDeadlines(state, { now: '2019-03-07T09:00:00+01:00', groupId: F.network })).toHaveLength(1);
  });
});
