import { describe, expect, it } from 'vitest';
import { minutesAwaiting, minutesStepLabels } from './minutes-awaiting.js';
import { F, fyrbodalWorld } from './test-state.js';

const state = fyrbodalWorld().state();
const now = '2019-03-07T12:00:00+01:00';

describe('minutesAwaiting', () => {
  it('lists held meetings by what their minutes wait for, earliest due first', () => {
    const list = minutesAwaiting(state, { now });
    expect(list.map((m) => [m.meetingId, m.waitingFor, m.dueDate])).toEqual([
      [F.m1, 'approval', '2019-02-07'],
      [F.x2, 'publication', '2019-02-26'],
      [F.x3, 'drafting', '2019-03-07'],
    ]);
    // X1's minutes are published: nothing waits.
    expect(list.map((m) => m.meetingId)).not.toContain(F.x1);
  });

  it('flags minutes past their due date, and not those due today', () => {
    const [m1, x2, x3] = minutesAwaiting(state, { now });
    expect(m1).toMatchObject({ overdue: true, daysOverdue: 28, daysLeft: null, waitingForLabel: minutesStepLabels.approval });
    expect(x2).toMatchObject({ overdue: true, daysOverdue: 9, approvedBy: F.karin, approvedByName: 'Karin Ekdahl' });
    expect(x3).toMatchObject({ overdue: false, daysOverdue: 0, daysLeft: 0, attendanceRecorded: false, status: 'held' });
  });

  it('counts the due date from the day the meeting was held, on the Swedish calendar day', () => {
    // M1 was held 24 January; with 14 days the minutes are due 7 February.
    const onDueDay = minutesAwaiting(state, { now: '2019-02-07T23:59:00+01:00' }).find((m) => m.meetingId === F.m1);
    expect(onDueDay).toMatchObject({ heldAt: '2019-01-24T09:05:00+01:00', overdue: false, daysLeft: 0 });
    // 23:30 UTC on 7 February is 00:30 on 8 February in Sweden.
    const dayAfter = minutesAwaiting(state, { now: '2019-02-07T23:30:00Z' }).find((m) => m.meetingId === F.m1);
    expect(dayAfter).toMatchObject({ overdue: true, daysOverdue: 1 });
  });

  it('stops listing a meeting once its minutes are published', () => {
    const world = fyrbodalWorld().send(
      'meeting',
      F.m1,
      { type: 'approveMinutes', by: F.karin, at: '2019-03-08T09:00:00+01:00' },
      { type: 'publishMinutes', by: F.processLeader, at: '2019-03-08T10:00:00+01:00' },
    );
    expect(minutesAwaiting(world.state(), { now }).map((m) => m.meetingId)).toEqual([F.x2, F.x3]);
  });

  it('filters by group', () => {
    expect(minutesAwaiting(state, { now, groupId: F.chiefs })).toEqual([]);
    expect(minutesAwaiting(state, { now, groupId: F.network })).toHaveLength(3);
  });
});
