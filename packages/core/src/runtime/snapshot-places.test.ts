/**
 * A start from snapshots keeps the event ids and command places of the streams it restores as
 * the snapshots hold them (one text per stream, see `PackedLines`), not one by one. What they
 * are for must not change: an event after the snapshots that repeats an id from before them is
 * found, a retry of a command recorded before them is recognised — also a command whose events
 * lie on both sides — and a generation written by a runtime that started from snapshots knows
 * all of it again.
 */
import { describe, expect, it } from 'vitest';
import { ehalsalyftetHistory } from '../samples/history/ehalsalyftet.history.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createRawLogStore } from '../testing/raw-log-store.js';
import type { CommandInput } from './command-input.js';
import { createSamverkan } from './create-samverkan.js';
import { eventHash } from './event-hash.js';
import { trustedRecords } from './identity.js';
import { placesIn } from './snapshot-places.test-support.js';
import { createMemorySnapshotStore } from './store/memory-snapshot-store.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EventStore, StoredEvent } from './store/store.js';

const start = (store: EventStore, snapshots?: ReturnType<typeof createMemorySnapshotStore>) => createSamverkan({ store, identity: trustedRecords(), ...(snapshots ? { snapshots } : {}) });


/**
 * Snapshots of `store` written by a runtime that itself started from snapshots (a second
 * generation), checked to hold the same event ids and command places as the first.
 */
async function secondGeneration(store: EventStore) {
  const snapshots = createMemorySnapshotStore();
  expect(await (await start(store, snapshots)).saveSnapshots()).toMatchObject({ ok: true });
  const first = placesIn(snapshots);
  const restored = await start(store, snapshots);
  expect(restored.startUp).toMatchObject({ from: 'snapshots', rebuilt: 0 });
  expect(await restored.saveSnapshots()).toMatchObject({ ok: true });
  expect(placesIn(snapshots)).toEqual(first);
  return snapshots;
}

/** eHälsalyftet's log with a second generation of snapshots taken halfway, and the rest of the log after them. */
async function snapshottedAtHalf() {
  const memory = createMemoryStore();
  const { runtime } = await createSampleRuntime('ehalsalyftet', memory);
  await runtime.close();
  const log = await memory.readAll();
  const half = log[Math.floor(log.length / 2)]!.position;
  const store = createRawLogStore(log.filter((e) => e.position <= half));
  const snapshots = await secondGeneration(store);
  store.log.push(...structuredClone(log.filter((e) => e.position > half)));
  return { half, store, snapshots };
}

/** Seals `events` again (after a test changed them) and every later event of their streams. */
function reseal(log: StoredEvent[], stream: string): void {
  let previous: string | undefined;
  for (const e of log.filter((x) => x.stream === stream).sort((a, b) => a.version - b.version)) {
    if (previous !== undefined) e.previousHash = previous;
    e.hash = eventHash(e)!;
    previous = e.hash;
  }
}

describe('event ids and command places kept as the snapshots hold them', () => {
  it('a retry of a command recorded before the snapshots, with several events, is answered with all of them, also from a second generation', async () => {
    const store = createMemoryStore();
    await createSampleRuntime('ehalsalyftet', store);
    const several = (await store.readAll()).filter((e) => e.commandId === 'ehalsalyftet-h-017');
    expect(several).toHaveLength(4);
    const command = ehalsalyftetHistory.commands().find((c) => c.id === 'ehalsalyftet-h-017')!;
    const snapshots = await secondGeneration(store);
    const restored = await start(store, snapshots);
    expect(restored.startUp.from).toBe('snapshots');
    expect(await restored.dispatch(command)).toEqual({ ok: true, events: several, duplicate: true });
    expect(await restored.dispatchAll([command])).toEqual({ ok: true, results: [{ ok: true, events: several, duplicate: true }], events: [] });
    expect(await restored.dispatchUntrusted({ ...command, notes: 'Annat innehåll' })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('an event after the snapshots that repeats an id from before them is reported as a full replay reports it, also from a second generation', async () => {
    const { half, store, snapshots } = await snapshottedAtHalf();
    const before = store.log.find((e) => e.position <= half && e.version > 1)!;
    const after = store.log.find((e) => e.position > half && e.stream !== before.stream)!;
    after.id = before.id;
    reseal(store.log, after.stream);
    const full = await start(store);
    expect(full.getState().damaged).toEqual([expect.objectContaining({ stream: after.stream, code: 'duplicate', version: after.version })]);
    const fromSnapshots = await start(store, snapshots);
    expect(fromSnapshots.startUp.from).toBe('snapshots');
    expect(fromSnapshots.getState()).toEqual(full.getState());
  });

  it('a command whose events lie on both sides of the snapshots is recorded whole: retried and snapshotted again as after a full replay', async () => {
    const { half, store, snapshots } = await snapshottedAtHalf();
    // An event after the snapshots written under the command of one before them (a log written otherwise).
    // (With the same fingerprint, so that a retry of that command is answered with both events.)
    const ids = new Set(ehalsalyftetHistory.commands().map((c) => c.id));
    const before = store.log.find((e) => e.position <= half && e.version > 1 && ids.has(e.commandId))!;
    const after = store.log.find((e) => e.position > half && e.stream !== before.stream)!;
    after.commandId = before.commandId;
    after.commandHash = before.commandHash;
    reseal(store.log, after.stream);
    const full = await start(store);
    expect(full.getState().damaged).toEqual([]);
    const fromSnapshots = await start(store, snapshots);
    expect(fromSnapshots.startUp).toMatchObject({ from: 'snapshots', rebuilt: 0 });
    expect(fromSnapshots.getState()).toEqual(full.getState());

    const command = ehalsalyftetHistory.commands().find((c) => c.id === before.commandId) as CommandInput;
    expect(command).toBeDefined();
    const answer = await full.dispatch(command);
    expect(await fromSnapshots.dispatch(command)).toEqual(answer);
    const events = (await store.readAll()).filter((e) => e.commandId === before.commandId);
    expect(events.map((e) => e.position)).toEqual([before.position, after.position]);
    expect(answer).toEqual({ ok: true, events, duplicate: true });

    // Snapshots written now, by the runtime started from snapshots, know the command's places on both sides.
    expect(await fromSnapshots.saveSnapshots()).toMatchObject({ ok: true });
    const restarted = await start(store, snapshots);
    expect(restarted.startUp).toMatchObject({ from: 'snapshots', replayed: 0, rebuilt: 0 });
    expect(await restarted.dispatch(command)).toEqual(answer);
    expect(restarted.getState()).toEqual(full.getState());
    const fromFull = createMemorySnapshotStore();
    expect(await (await start(store, fromFull)).saveSnapshots()).toMatchObject({ ok: true });
    expect(placesIn(snapshots).map(([stream, ids]) => [stream, ids])).toEqual(placesIn(fromFull).map(([stream, ids]) => [stream, ids]));
  });
});
