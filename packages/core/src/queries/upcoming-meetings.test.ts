import { describe, expect, it } from 'vitest';
import { agendaDeadlineStatusLabels } from '../meeting/meeting.rules.js';
import { meetingStatusLabels } from '../meeting/meeting.schema.js';
import { F, fyrbodalWorld } from './test-state.js';
import { upcomingMeetings } from './upcoming-meetings.js';

const state = fyrbodalWorld().state();
const now = '2019-03-07T12:00:00+01:00';

describe('upcomingMeetings', () => {
  it('lists the meetings ahead soonest first, leaving out held and cancelled ones', () => {
    const list = upcomingMeetings(state, { now });
    // 12 planned meetings: M1 is held, M3 cancelled; the extra meetings are all held.
    expect(list).toHaveLength(10);
    expect(list.map((m) => m.meetingId).slice(0, 3)).toEqual([F.m2, F.m4, 'fyrbodal:mote-2019-10-17']);
    expect(list.map((m) => m.meetingId)).not.toContain(F.m1);
    expect(list.map((m) => m.meetingId)).not.toContain(F.m3);
    const starts = list.map((m) => Date.parse(m.startsAt));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('gives the status and the agenda deadline with how close it is', () => {
    const [m2, m4] = upcomingMeetings(state, { now, limit: 2 });
    expect(m2).toMatchObject({
      title: 'Nätverksmöte 2/2019',
      groupName: 'E-hälsonätverket',
      status: 'collectingItems',
      statusLabel: meetingStatusLabels.collectingItems,
      agendaDeadline: '2019-03-07',
      agendaPublished: false,
      // The deadline is today: still in time, but near.
      agendaDeadlineStatus: 'near',
      agendaDeadlineLabel: agendaDeadlineStatusLabels.near,
      agendaItemCount: 2,
      daysUntil: 14,
      date: '2019-03-21',
    });
    // The moved meeting shows its new day and the deadline recomputed for it.
    expect(m4).toMatchObject({ date: '2019-09-05', agendaDeadline: '2019-08-22', agendaDeadlineStatus: 'open', status: 'planned' });
  });

  it('respects the limit', () => {
    expect(upcomingMeetings(state, { now, limit: 3 })).toHaveLength(3);
    expect(upcomingMeetings(state, { now, limit: 0 })).toEqual([]);
  });

  it('lists a person’s meetings through the groups they belong to', () => {
    expect(upcomingMeetings(state, { now, personId: F.karin })).toHaveLength(10);
    expect(upcomingMeetings(state, { now, personId: 'fyrbodal:nobody' })).toEqual([]);
  });

  it('lists a group’s meetings only', () => {
    expect(upcomingMeetings(state, { now, groupId: F.network })).toHaveLength(10);
    expect(upcomingMeetings(state, { now, groupId: F.chiefs })).toEqual([]);
  });

  it('keeps a meeting of today until it is held, and drops it the next Swedish day', () => {
    const laterThatDay = upcomingMeetings(state, { now: '2019-03-21T15:00:00+01:00' });
    expect(laterThatDay[0]).toMatchObject({ meetingId: F.m2, daysUntil: 0, agendaDeadlineStatus: 'passed' });
    // 23:30 UTC is already 22 March in Sweden.
    expect(upcomingMeetings(state, { now: '2019-03-21T23:30:00Z' })[0]?.meetingId).toBe(F.m4);
  });

  it('says nothing about the deadline once the agenda is published', () => {
    const published = fyrbodalWorld();
    published.send(
      'meeting',
      F.m2,
      { type: 'publishAgenda', by: F.processLeader, at: '2019-03-06T10:00:00+01:00' },
      { type: 'sendInvitations', by: F.processLeader, at: '2019-03-06T11:00:00+01:00' },
    );
    const [m2] = upcomingMeetings(published.state(), { now, limit: 1 });
    expect(m2).toMatchObject({ status: 'invited', agendaPublished: true, agendaLate: false, agendaDeadlineStatus: null, invitationsSent: true });
  });

  it('returns plain serialisable data', () => {
    const list = upcomingMeetings(state, { now, limit: 2 });
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
    expect(list.every((m) => typeof m.statusLabel.sv === 'string' && typeof m.statusLabel.en === 'string')).toBe(true);
  });
});
