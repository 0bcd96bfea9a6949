/**
 * A published state never changes (issue 17): publishing shares unchanged entries with the state
 * before instead of copying every map, and a UI that holds an old state must still see it as it
 * was — after single commands, batches and a replay alike.
 */
import { describe, expect, it } from 'vitest';
import { cmd, startTestNetwork, T } from '../testing/test-network.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import type { RuntimeState } from './state.js';

const plan = (n: number) =>
  cmd({
    type: 'planMeeting',
    by: T.processLeader,
    at: '2030-02-01T09:00:00+01:00',
    meetingId: `t:mote-${n}`,
    meeting: { id: `t:mote-${n}`, groupId: T.steeringGroup, title: `Möte ${n}`, startsAt: `2030-${String(3 + (n % 9)).padStart(2, '0')}-04T13:00:00+01:00`, durationMinutes: 90 },
  });
const openCall = (n: number) => cmd({ type: 'openCall', by: T.processLeader, at: '2030-02-02T09:00:00+01:00', meetingId: `t:mote-${n}` });

/** What a state shows, as plain data: every map's entries in order. */
const contents = (state: RuntimeState) =>
  JSON.stringify(Object.entries(state).map(([key, value]) => [key, value instanceof Map ? [...value.entries()] : value]));

describe('a published state', () => {
  it('stays as it was while later commands and batches publish new ones, which read as a replay does', async () => {
    const { sv, store } = await startTestNetwork();
    const held: Array<{ state: RuntimeState; shown: string }> = [];
    const hold = () => held.push({ state: sv.getState(), shown: contents(sv.getState()) });
    hold();
    // Enough meetings that the maps' shared parts are merged several times along the way.
    for (let n = 0; n < 120; n++) {
      expect((await sv.dispatch(plan(n))).ok).toBe(true);
      if (n % 7 === 0) hold();
    }
    for (let n = 0; n < 120; n += 3) {
      expect((await sv.dispatch(openCall(n))).ok).toBe(true);
      hold();
    }
    const batch = await sv.dispatchAll([...Array.from({ length: 30 }, (_, i) => plan(200 + i)), openCall(1), openCall(200)]);
    expect(batch.ok).toBe(true);
    hold();

    for (const { state, shown } of held) expect(contents(state)).toBe(shown);
    expect(new Set(held.map((h) => h.state)).size).toBe(held.length);

    const replayed = await createSamverkan({ store, identity: trustedRecords() });
    expect(contents(replayed.getState())).toBe(contents(sv.getState()));
    expect([...sv.getState().meetings.keys()].slice(0, 3)).toEqual(['t:mote-0', 't:mote-1', 't:mote-2']);
    expect(sv.getState().meetings.get('t:mote-200')?.status).toBe('collectingItems');
  });

  it('refuses to be changed in place', async () => {
    const { sv } = await startTestNetwork();
    expect((await sv.dispatch(plan(1))).ok).toBe(true);
    const meetings = sv.getState().meetings as Map<string, unknown>;
    expect(() => meetings.set('t:mote-x', {})).toThrow(TypeError);
    expect(() => meetings.delete('t:mote-1')).toThrow(TypeError);
    expect(sv.getState().meetings.has('t:mote-1')).toBe(true);
  });
});
