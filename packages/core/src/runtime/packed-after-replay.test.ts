/**
 * After a start from the log (and before a snapshot generation) the runtime packs what replay
 * noted for recognising duplicates and retries — every event's id and every command's place —
 * into one text per stream, as a start from snapshots keeps them (`packIds`, `packCommands`).
 * What they are for must not change: a retry is answered as the runtime that recorded it answers
 * it, another command under a used id is refused, an event that repeats an id from before the
 * start is found, and a generation written after packing holds what one written without does.
 */
import { describe, expect, it } from 'vitest';
import { ehalsalyftetHistory } from '../samples/history/ehalsalyftet.history.js';
import { samples } from '../samples/index.js';
import type { CommandInput } from './command-input.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { placesIn } from './snapshot-places.test-support.js';
import { createMemorySnapshotStore } from './store/memory-snapshot-store.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EventStore } from './store/store.js';

const start = (store: EventStore, snapshots?: ReturnType<typeof createMemorySnapshotStore>, newId?: () => string, packEvery?: number) =>
  createSamverkan({ store, identity: trustedRecords(), ...(snapshots ? { snapshots } : {}), ...(newId ? { newId } : {}), ...(packEvery ? { replay: { packEvery } } : {}) });


const commands = () => ehalsalyftetHistory.commands() as CommandInput[];

/**
 * eHälsalyftet's dataset and its history up to `cut`, written in one batch by a runtime that
 * started on the empty store (so it noted the commands as it wrote them, nothing packed).
 */
async function written(cut = commands().length) {
  const all = commands();
  const store = createMemoryStore();
  const writer = await start(store);
  const load = { dataset: samples.ehalsalyftet, by: ehalsalyftetHistory.loadedBy, at: ehalsalyftetHistory.loadedAt };
  expect(await writer.dispatchAll(all.slice(0, cut), { load })).toMatchObject({ ok: true });
  return { store, writer, rest: all.slice(cut) };
}
const firstHalf = () => written(Math.floor(commands().length / 2));

describe('what replay noted, packed after a start from the log', () => {
  it('answers every retry as the runtime that recorded the commands does, and refuses another command under a used id', async () => {
    const { store, writer: recording } = await written();
    const restarted = await start(store);
    expect(restarted.startUp.from).toBe('log');
    const clashes: string[] = [];
    for (const command of commands()) {
      const answer = await recording.dispatch(command);
      expect(answer).toMatchObject({ ok: true, duplicate: true });
      expect(await restarted.dispatch(command)).toEqual(answer);
      // Another command under the same id (a note added, where the command has one).
      const other = { ...command, notes: 'Annat innehåll' };
      const refusal = await recording.dispatchUntrusted(other);
      expect(await restarted.dispatchUntrusted(other)).toEqual(refusal);
      if (!refusal.ok && refusal.code === 'CONFLICT') clashes.push(command.id);
    }
    expect(clashes).toContain('ehalsalyftet-h-017');
    expect(await restarted.dispatchAll(commands())).toEqual(await recording.dispatchAll(commands()));
  });

  it('finds an event appended after the start that repeats an id from before it, as a full replay finds it', async () => {
    const { store, rest } = await firstHalf();
    const log = await store.readAll();
    const repeated = log[Math.floor(log.length / 2)]!.id;
    // Started (and packed) before the event is written; it hears of it from the store.
    const listening = await start(store);
    const writer = await start(store, undefined, () => repeated);
    expect(await writer.dispatch(rest[0]!)).toMatchObject({ ok: true });
    const written = (await store.readAll()).at(-1)!;
    expect(written.id).toBe(repeated);
    const damaged = [expect.objectContaining({ stream: written.stream, code: 'duplicate', version: written.version })];
    expect(listening.getState().damaged).toEqual(damaged);
    const full = await start(store);
    expect(full.getState().damaged).toEqual(damaged);
    expect(listening.getState()).toEqual(full.getState());
  });

  it('writes a generation with the ids and places a runtime started after the same commands writes, and starts from it in the same state', async () => {
    const { store, rest } = await firstHalf();
    // Packed the first half at its start; the second half noted as dispatched, not yet packed.
    const packedEarly = createMemorySnapshotStore();
    const runtime = await start(store, packedEarly);
    for (const command of rest) expect(await runtime.dispatch(command)).toMatchObject({ ok: true, duplicate: false });
    expect(await runtime.saveSnapshots()).toMatchObject({ ok: true });
    // The same log replayed whole by a runtime started after it.
    const afterAll = createMemorySnapshotStore();
    const full = await start(store, afterAll);
    expect(await full.saveSnapshots()).toMatchObject({ ok: true });
    expect(placesIn(packedEarly)).toEqual(placesIn(afterAll));
    expect(placesIn(afterAll).length).toBeGreaterThan(10);

    const restarted = await start(store, packedEarly);
    expect(restarted.startUp).toMatchObject({ from: 'snapshots', replayed: 0, rebuilt: 0 });
    expect(restarted.getState()).toEqual(full.getState());
    // Written again after packing twice (at the save and at the start): still the same.
    expect(await runtime.saveSnapshots()).toMatchObject({ ok: true });
    expect(placesIn(packedEarly)).toEqual(placesIn(afterAll));
  });

  it('packs during the replay every few events (a command’s events on both sides of a pack) with the same answers and generation as packing at the end', async () => {
    const { store, writer: recording } = await written();
    const atTheEnd = createMemorySnapshotStore();
    const once = await start(store, atTheEnd);
    expect(await once.saveSnapshots()).toMatchObject({ ok: true });
    for (const packEvery of [1, 2, 7]) {
      const often = createMemorySnapshotStore();
      const runtime = await start(store, often, undefined, packEvery);
      expect(runtime.getState()).toEqual(once.getState());
      for (const command of commands()) expect(await runtime.dispatch(command)).toEqual(await recording.dispatch(command));
      expect(await runtime.saveSnapshots()).toMatchObject({ ok: true });
      expect(placesIn(often)).toEqual(placesIn(atTheEnd));
    }
    await expect(start(store, undefined, undefined, 0.5)).rejects.toThrow(/packEvery/);
  });
});
