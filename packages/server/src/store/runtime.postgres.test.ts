// Core's runtime on the PostgreSQL store, as two server processes would run it: each with its own
// pool on one database. A command accepted by one reaches the other's state live; two commands
// on one meeting at once give one success and one CONFLICT, never two versions.
import { createSamverkan, sessionIdentity } from '@samverkan/core/runtime';
import type { Samverkan } from '@samverkan/core/runtime';
import { fyrbodal } from '@samverkan/core/samples';
import { afterAll, expect, it, vi } from 'vitest';
import type { PostgresEventStore } from './postgres-store.js';
import { describeOnPostgres, storeWithOwnPool } from './postgres-test-support.js';
import { uniqueNetwork } from './store-test-support.js';

const meetingId = 'fyrbodal:mote-2019-01-24';
const leader = 'fyrbodal:person-001';
const representative = 'fyrbodal:person-003';

describeOnPostgres('core runtime on the PostgreSQL store — two processes', ({ url }) => {
  const stores: PostgresEventStore[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  async function runtime(network: string, person: () => string, now: () => string): Promise<Samverkan> {
    const store = await storeWithOwnPool(url, { network });
    stores.push(store);
    return createSamverkan({ store, identity: sessionIdentity(person), clock: now });
  }

  it('follows the other process live, and gives one success and one CONFLICT for commands at once on one meeting', async () => {
    const network = uniqueNetwork();
    let now = '2019-01-01T08:00:00+01:00';
    let signedInA = leader;
    const a = await runtime(network, () => signedInA, () => now);
    const loaded = await a.load(fyrbodal);
    expect(loaded.ok).toBe(true);

    const b = await runtime(network, () => representative, () => now);
    expect(b.getState().meetings.get(meetingId)?.status).toBe('planned');

    now = '2019-01-02T09:00:00+01:00';
    expect((await a.dispatch({ type: 'openCall', id: 'call', meetingId })).ok).toBe(true);
    // B's state follows without B reading anything itself.
    await vi.waitFor(() => expect(b.getState().meetings.get(meetingId)?.status).toBe('collectingItems'), { timeout: 10_000 });

    // Both propose an item at once, from the same version of the meeting.
    now = '2019-01-03T10:00:00+01:00';
    signedInA = representative;
    const item = (n: number) => ({ id: `p${n}`, title: `Punkt ${n}`, kind: 'discussion' as const, durationMinutes: 20 });
    const version = a.getState().meetings.get(meetingId)!.version;
    const [fromA, fromB] = await Promise.all([
      a.dispatch({ type: 'proposeAgendaItem', id: 'propose-a', meetingId, item: item(1) }),
      b.dispatch({ type: 'proposeAgendaItem', id: 'propose-b', meetingId, item: item(2) }),
    ]);
    const results = [fromA, fromB];
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.code)).toEqual(['CONFLICT']);

    // Both processes end on the same meeting, one version further; the loser tries again and wins.
    await vi.waitFor(() => {
      expect(a.getState().meetings.get(meetingId)?.version).toBe(version + 1);
      expect(b.getState().meetings.get(meetingId)?.version).toBe(version + 1);
    });
    const [loser, again] = fromA.ok ? [b, 'propose-b-again'] : [a, 'propose-a-again'];
    expect((await loser.dispatch({ type: 'proposeAgendaItem', id: again, meetingId, item: item(3) })).ok).toBe(true);
    await vi.waitFor(() => {
      expect(a.getState().meetings.get(meetingId)?.version).toBe(version + 2);
      expect(b.getState().meetings.get(meetingId)?.version).toBe(version + 2);
    });
    expect(a.getState().meetings.get(meetingId)?.context).toEqual(b.getState().meetings.get(meetingId)?.context);
  });
});
