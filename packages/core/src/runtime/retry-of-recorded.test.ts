/**
 * A retry is recognised from what the runtime notes of each command — where its events are and
 * their fingerprint — and answered with the events as the store has them (issue 17: the runtime
 * no longer keeps a second copy of every event). A command that wrote several events (a theme
 * brought up to date with its seminars in the same append) answers with all of them, in order,
 * from a live runtime, after a restart and inside a batch alike.
 */
import { describe, expect, it } from 'vitest';
import { ehalsalyftetHistory } from '../samples/history/ehalsalyftet.history.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';

describe('a retry of a command that wrote several events', () => {
  it('is answered with every event it wrote, live, after a restart and in a batch', async () => {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime('ehalsalyftet', store);
    const log = await store.readAll();
    const several = log.filter((e) => e.commandId === 'ehalsalyftet-h-017');
    expect(several.map((e) => e.type)).toEqual(['seminarAdded', 'seminarAdded', 'seminarAdded', 'holdNetworkMeeting']);
    const command = ehalsalyftetHistory.commands().find((c) => c.id === 'ehalsalyftet-h-017')!;

    expect(await runtime.dispatch(command)).toEqual({ ok: true, events: several, duplicate: true });

    const restarted = await createSamverkan({ store, identity: trustedRecords() });
    expect(await restarted.dispatch(command)).toEqual({ ok: true, events: several, duplicate: true });

    const batch = await restarted.dispatchAll([command]);
    expect(batch).toEqual({ ok: true, results: [{ ok: true, events: several, duplicate: true }], events: [] });
    expect(await store.readAll()).toHaveLength(log.length);

    // The same id with other content is still refused, not answered as a duplicate.
    const other = await restarted.dispatchUntrusted({ ...command, notes: 'Annat innehåll' });
    expect(other).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});
