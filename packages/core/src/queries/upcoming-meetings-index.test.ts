/**
 * Upcoming meetings for a person or a group are read from the runtime's index of meetings ahead
 * (issue 17), not by scanning every meeting. The index must give exactly what the scan gives —
 * for every person and group of every sample, on several days, and after meetings move on —
 * and an old state keeps answering as it did.
 */
import { describe, expect, it } from 'vitest';
import { meetingsAheadIndexOf } from '../runtime/meetings-ahead-index.js';
import type { RuntimeState } from '../runtime/state.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { sampleReferenceDates } from '../samples/reference-dates.js';
import { upcomingMeetings } from './upcoming-meetings.js';

/** The same state with plain maps: no index, so the query scans. */
const unindexed = (state: RuntimeState): RuntimeState => ({ ...state, meetings: new Map(state.meetings), mandates: new Map(state.mandates) });

const DAY = 86_400_000;
const shift = (at: string, days: number) => new Date(Date.parse(at) + days * DAY).toISOString();

/** Every person and group of the state, on days around `now`: the index's answers and the scan's. */
function compare(state: RuntimeState, now: string) {
  const plain = unindexed(state);
  let compared = 0;
  for (const at of [shift(now, -400), shift(now, -30), now, shift(now, 45)]) {
    for (const person of state.dataset.people) {
      expect(upcomingMeetings(state, { now: at, personId: person.id })).toEqual(upcomingMeetings(plain, { now: at, personId: person.id }));
      compared++;
    }
    for (const group of state.dataset.groups) {
      expect(upcomingMeetings(state, { now: at, groupId: group.id })).toEqual(upcomingMeetings(plain, { now: at, groupId: group.id }));
      expect(upcomingMeetings(state, { now: at, groupId: group.id, limit: 1 })).toEqual(upcomingMeetings(plain, { now: at, groupId: group.id, limit: 1 }));
      compared++;
    }
  }
  return compared;
}

describe('upcoming meetings from the index of meetings ahead', () => {
  for (const sampleId of Object.keys(sampleReferenceDates) as Array<keyof typeof sampleReferenceDates>) {
    it(`give what a scan gives for every person and group of ${sampleId}`, async () => {
      const { runtime } = await createSampleRuntime(sampleId);
      const state = runtime.getState();
      expect(meetingsAheadIndexOf(state.meetings)).toBeDefined();
      expect(compare(state, sampleReferenceDates[sampleId])).toBeGreaterThan(0);
    });
  }

  it('follow meetings as they move on, cancelled or held, and leave an old state as it was', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const now = sampleReferenceDates.fyrbodal;
    const before = runtime.getState();
    const ahead = [...before.meetings.values()].filter((m) => m.status === 'planned' || m.status === 'collectingItems');
    expect(ahead.length).toBeGreaterThan(1);
    const answersBefore = before.dataset.groups.map((g) => upcomingMeetings(before, { now: shift(now, -400), groupId: g.id }));

    const leader = 'fyrbodal:person-001';
    const [first, second] = ahead;
    const cancelled = await runtime.dispatch({ type: 'cancelMeeting', id: 'idx-cancel', by: leader, at: '2019-11-20T12:00:00+01:00', meetingId: first!.id, reason: 'Flyttas till nästa år' });
    expect(cancelled.ok, JSON.stringify(cancelled)).toBe(true);
    const moved = await runtime.dispatch({
      type: 'rescheduleMeeting',
      id: 'idx-move',
      by: leader,
      at: '2019-11-20T12:05:00+01:00',
      meetingId: second!.id,
      startsAt: '2020-02-20T09:00:00+01:00',
      reason: 'Lokalen är upptagen',
    });
    expect(moved.ok, JSON.stringify(moved)).toBe(true);
    const { id: _id, ...template } = second!.context;
    const planned = await runtime.dispatch({
      type: 'planMeeting',
      id: 'idx-plan',
      by: leader,
      at: '2019-11-20T12:10:00+01:00',
      meetingId: 'fyrbodal:mote-extra',
      meeting: { id: 'fyrbodal:mote-extra', seriesId: template.seriesId, groupId: template.groupId, title: 'Extra möte', startsAt: '2020-03-05T09:00:00+01:00', durationMinutes: 60 },
    });
    expect(planned.ok, JSON.stringify(planned)).toBe(true);

    const after = runtime.getState();
    expect(after.meetings.get(first!.id)!.status).toBe('cancelled');
    const all = (state: RuntimeState) => state.dataset.groups.flatMap((g) => upcomingMeetings(state, { now: shift(now, -400), groupId: g.id }).map((m) => m.meetingId));
    expect(all(after)).not.toContain(first!.id);
    expect(all(after)).toContain('fyrbodal:mote-extra');
    expect(all(before)).toContain(first!.id);
    expect(all(before)).not.toContain('fyrbodal:mote-extra');
    compare(after, now);
    expect(before.dataset.groups.map((g) => upcomingMeetings(before, { now: shift(now, -400), groupId: g.id }))).toEqual(answersBefore);
  });
});
