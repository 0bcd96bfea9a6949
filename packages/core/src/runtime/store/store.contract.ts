/**
 * The contract every event store adapter must pass (test-only; not exported from index.ts).
 * `describeEventStoreContract` holds the promises of the port in store.ts; adapters that keep
 * data beyond one instance (IndexedDB, later PostgreSQL) also run `describeDurableStoreContract`.
 *
 * Promises tested here beyond the port's doc comments, which the runtime may rely on:
 * - a store's own listeners have been called by the time its `append` resolves;
 * - positions are never reused, not even after `clear`;
 * - a closed store rejects further work; malformed arguments reject (they are not conflicts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BatchAppendResult, EventStore, NewEvent, StoredEvent, StreamAppend } from './store.js';
import { conflictMessage } from './store.js';
import type { StoreOptions } from './store-support.js';

/** Makes a fresh, empty store (a new database for persistent adapters). */
export type MakeStore = (options: StoreOptions) => EventStore | Promise<EventStore>;

let counter = 0;
/** A new event with a unique id and, unless given, a unique command id. */
export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  counter += 1;
  return {
    id: `event-${counter}`,
    type: 'publishAgenda',
    at: '2019-01-10T09:00:00+01:00',
    by: 'person-anna',
    role: 'role-secretary',
    commandId: `command-${counter}`,
    data: { type: 'publishAgenda', items: [{ title: `Item ${counter}` }] },
    ...overrides,
  };
}

/** A batch of `n` events of one command. */
export function batch(n: number, commandId = `command-batch-${(counter += 1)}`): NewEvent[] {
  return Array.from({ length: n }, () => newEvent({ commandId }));
}

function ok(result: Awaited<ReturnType<EventStore['append']>>): StoredEvent[] {
  if (!result.ok) throw new Error(`expected the append to succeed, got ${result.code}: ${result.message.en}`);
  return result.events;
}

function okBatch(result: BatchAppendResult): Extract<BatchAppendResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the batch to succeed, got ${result.code}: ${result.message.en}`);
  return result;
}

/** The store's batch append (both built-in adapters have one; the port marks it optional). */
function appendBatch(store: EventStore, parts: readonly StreamAppend[]): Promise<BatchAppendResult> {
  if (!store.appendBatch) throw new Error('this adapter has no appendBatch');
  return store.appendBatch(parts);
}

/** Subscribes a listener that records every batch it is called with. */
function collect(store: EventStore): { calls: StoredEvent[][]; unsubscribe: () => void } {
  const calls: StoredEvent[][] = [];
  const unsubscribe = store.subscribe((events) => calls.push(events));
  return { calls, unsubscribe };
}

export function describeEventStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} — event store contract`, () => {
    const open: EventStore[] = [];
    const errors: unknown[] = [];
    async function fresh(): Promise<EventStore> {
      const store = await makeStore({ onError: (error) => errors.push(error) });
      open.push(store);
      return store;
    }
    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
      errors.splice(0);
    });

    it('appends a batch to a new stream with versions 1… and positions 1…, and reads it back', async () => {
      const store = await fresh();
      const input = [newEvent(), newEvent({ reason: 'Late because of the holidays' }), newEvent()];
      const stored = ok(await store.append('meeting:a', 0, input));

      expect(stored.map((event) => [event.stream, event.version, event.position, event.id])).toEqual([
        ['meeting:a', 1, 1, input[0]!.id],
        ['meeting:a', 2, 2, input[1]!.id],
        ['meeting:a', 3, 3, input[2]!.id],
      ]);
      expect(stored[1]).toEqual({ ...input[1], stream: 'meeting:a', version: 2, position: 2 });
      expect(stored[1]!.reason).toBe('Late because of the holidays');
      expect(await store.read('meeting:a')).toEqual(stored);
      expect(await store.readAll()).toEqual(stored);
      expect(await store.version('meeting:a')).toBe(3);
    });

    it('keeps an event’s seal (format, previousHash, hash) exactly as given, in append, batch, read and readAll', async () => {
      const store = await fresh();
      const seal = (n: number) => ({ format: 2, previousHash: String(n).repeat(64), hash: String(n + 1).repeat(64) });
      const single = newEvent(seal(1));
      const [stored] = ok(await store.append('meeting:a', 0, [single]));
      expect(stored).toEqual({ ...single, stream: 'meeting:a', version: 1, position: 1 });
      const inBatch = newEvent(seal(2));
      const written = okBatch(await appendBatch(store, [{ stream: 'meeting:a', expectedVersion: 1, events: [inBatch] }]));
      expect(written.events[0]).toMatchObject(seal(2));
      expect((await store.read('meeting:a')).map((e) => [e.format, e.previousHash, e.hash])).toEqual([
        [2, '1'.repeat(64), '2'.repeat(64)],
        [2, '2'.repeat(64), '3'.repeat(64)],
      ]);
      expect(await store.readAll()).toEqual(await store.read('meeting:a'));
      // An event without a seal (as written before hashes) is stored without one.
      const [plain] = ok(await store.append('meeting:b', 0, [newEvent()]));
      expect(Object.keys(plain!)).not.toContain('hash');
      expect(Object.keys(plain!)).not.toContain('format');
    });

    it('continues a stream at the expected version and orders the whole log across streams', async () => {
      const store = await fresh();
      const a1 = ok(await store.append('meeting:a', 0, batch(2)));
      const b1 = ok(await store.append('mandate:b', 0, batch(1)));
      const a2 = ok(await store.append('meeting:a', 2, batch(2)));

      expect(a2.map((event) => event.version)).toEqual([3, 4]);
      expect((await store.read('meeting:a')).map((event) => event.id)).toEqual([...a1, ...a2].map((event) => event.id));
      expect((await store.read('mandate:b')).map((event) => event.id)).toEqual(b1.map((event) => event.id));
      expect((await store.readAll()).map((event) => [event.position, event.stream, event.version])).toEqual([
        [1, 'meeting:a', 1],
        [2, 'meeting:a', 2],
        [3, 'mandate:b', 1],
        [4, 'meeting:a', 3],
        [5, 'meeting:a', 4],
      ]);
      expect(await store.version('meeting:a')).toBe(4);
      expect(await store.version('mandate:b')).toBe(1);
    });

    it('reads from a version and from a position (inclusive)', async () => {
      const store = await fresh();
      ok(await store.append('meeting:a', 0, batch(3)));
      ok(await store.append('meeting:b', 0, batch(2)));

      expect((await store.read('meeting:a', 2)).map((event) => event.version)).toEqual([2, 3]);
      expect(await store.read('meeting:a', 4)).toEqual([]);
      expect((await store.readAll(3)).map((event) => event.position)).toEqual([3, 4, 5]);
      expect(await store.readAll(6)).toEqual([]);
    });

    it('knows nothing of a stream that was never written', async () => {
      const store = await fresh();
      ok(await store.append('meeting:a', 0, batch(1)));
      expect(await store.read('meeting:unknown')).toEqual([]);
      expect(await store.version('meeting:unknown')).toBe(0);
      // A stream whose name starts like another is its own stream.
      expect(await store.read('meeting:')).toEqual([]);
    });

    it('refuses a stale expected version with CONFLICT and writes nothing of the batch', async () => {
      const store = await fresh();
      const first = ok(await store.append('meeting:a', 0, batch(2)));
      const { calls } = collect(store);

      const stale = await store.append('meeting:a', 1, batch(3));
      expect(stale).toEqual({
        ok: false,
        code: 'CONFLICT',
        expectedVersion: 1,
        actualVersion: 2,
        message: conflictMessage('meeting:a', 1, 2),
      });
      const ahead = await store.append('meeting:a', 5, batch(1));
      expect(ahead).toMatchObject({ ok: false, code: 'CONFLICT', expectedVersion: 5, actualVersion: 2 });
      const newStream = await store.append('meeting:new', 1, batch(1));
      expect(newStream).toMatchObject({ ok: false, code: 'CONFLICT', expectedVersion: 1, actualVersion: 0 });

      expect(await store.read('meeting:a')).toEqual(first);
      expect(await store.readAll()).toEqual(first);
      expect(await store.version('meeting:a')).toBe(2);
      expect(await store.version('meeting:new')).toBe(0);
      expect(calls).toEqual([]);
    });

    it('changes nothing for zero events', async () => {
      const store = await fresh();
      const first = ok(await store.append('meeting:a', 0, batch(1)));
      const { calls } = collect(store);

      expect(await store.append('meeting:a', 1, [])).toEqual({ ok: true, events: [], duplicate: false });
      expect(await store.append('meeting:empty', 0, [])).toEqual({ ok: true, events: [], duplicate: false });

      expect(await store.version('meeting:a')).toBe(1);
      expect(await store.version('meeting:empty')).toBe(0);
      expect(await store.readAll()).toEqual(first);
      expect(calls).toEqual([]);
      // The next real append still gets the next version and position.
      const next = ok(await store.append('meeting:a', 1, batch(1)));
      expect(next.map((event) => [event.version, event.position])).toEqual([[2, 2]]);
    });

    it('records a retried command once and hands back the events it wrote then', async () => {
      const store = await fresh();
      const command = batch(2, 'command-publish-agenda');
      const first = ok(await store.append('meeting:a', 0, command));
      const { calls } = collect(store);

      // The retry comes with the expected version of its first try, now stale: still a duplicate.
      const retry = await store.append('meeting:a', 0, command);
      expect(retry).toEqual({ ok: true, events: first, duplicate: true });
      // Same command id, fresh event ids (a client that rebuilt the events): still recorded once.
      const rebuilt = await store.append('meeting:a', 2, batch(2, 'command-publish-agenda'));
      expect(rebuilt).toEqual({ ok: true, events: first, duplicate: true });
      // One event of a batch carries a recorded command id: nothing of the batch is written.
      const mixed = await store.append('meeting:a', 2, [newEvent(), newEvent({ commandId: 'command-publish-agenda' })]);
      expect(mixed).toEqual({ ok: true, events: first, duplicate: true });

      expect(await store.readAll()).toEqual(first);
      expect(await store.version('meeting:a')).toBe(2);
      expect(calls).toEqual([]);
    });

    it('lets exactly one of 50 concurrent appends with the same expected version win, whole', async () => {
      const store = await fresh();
      ok(await store.append('meeting:a', 0, batch(1)));
      const batches = Array.from({ length: 50 }, () => batch(2));

      const results = await Promise.all(batches.map((events) => store.append('meeting:a', 1, events)));

      const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
      expect(winners).toHaveLength(1);
      const conflicts = results.filter((result) => !result.ok);
      expect(conflicts).toHaveLength(49);
      for (const result of conflicts) expect(result).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 3 });
      const winner = batches[winners[0]!]!;
      const stream = await store.read('meeting:a');
      expect(stream.map((event) => event.version)).toEqual([1, 2, 3]);
      expect(stream.slice(1).map((event) => event.id)).toEqual(winner.map((event) => event.id));
      expect(await store.readAll()).toHaveLength(3);
      expect(await store.version('meeting:a')).toBe(3);
    });

    it('accepts 50 concurrent appends to 50 streams with distinct, contiguous positions', async () => {
      const store = await fresh();
      const results = await Promise.all(Array.from({ length: 50 }, (_, index) => store.append(`meeting:${index}`, 0, batch(2))));

      const stored = results.map(ok);
      // Each batch sits in one piece in the log…
      for (const events of stored) {
        expect(events.map((event) => event.version)).toEqual([1, 2]);
        expect(events[1]!.position).toBe(events[0]!.position + 1);
      }
      // …and together they fill positions 1…100 without a gap or a repeat.
      const positions = stored.flat().map((event) => event.position).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
      expect((await store.readAll()).map((event) => event.position)).toEqual(positions);
      for (let index = 0; index < 50; index += 1) expect(await store.version(`meeting:${index}`)).toBe(2);
    });

    it('records a command once even when the retry races the first try', async () => {
      const store = await fresh();
      const command = batch(2, 'command-racing');
      const results = await Promise.all([store.append('meeting:a', 0, command), store.append('meeting:a', 0, command)]);

      const written = results.filter((result) => result.ok && !result.duplicate);
      const duplicates = results.filter((result) => result.ok && result.duplicate);
      expect(written).toHaveLength(1);
      expect(duplicates).toEqual([{ ok: true, events: ok(written[0]!), duplicate: true }]);
      expect(await store.readAll()).toHaveLength(2);
    });

    it('tells subscribers about every appended batch once, by the time append resolves, until they unsubscribe', async () => {
      const store = await fresh();
      const first = collect(store);
      const second = collect(store);

      const a = ok(await store.append('meeting:a', 0, batch(2)));
      expect(first.calls).toEqual([a]);
      const b = ok(await store.append('meeting:b', 0, batch(1)));
      await store.append('meeting:a', 0, batch(1)); // conflict: no call
      first.unsubscribe();
      const c = ok(await store.append('meeting:a', 2, batch(1)));

      expect(first.calls).toEqual([a, b]);
      expect(second.calls).toEqual([a, b, c]);
      second.unsubscribe();
      second.unsubscribe(); // twice is harmless
      ok(await store.append('meeting:a', 3, batch(1)));
      expect(second.calls).toEqual([a, b, c]);
    });

    it('keeps appending and notifying when a listener throws, and reports the error', async () => {
      const store = await fresh();
      const boom = new Error('listener bug');
      store.subscribe(() => {
        throw boom;
      });
      const after = collect(store);

      const result = await store.append('meeting:a', 0, batch(1));
      expect(result.ok).toBe(true);
      expect(after.calls).toEqual([ok(result)]);
      expect(errors).toEqual([boom]);
      expect(await store.version('meeting:a')).toBe(1);
    });

    it('clears every event and stream; positions are not reused and command ids are forgotten', async () => {
      const store = await fresh();
      const command = batch(1, 'command-seed');
      ok(await store.append('meeting:a', 0, command));
      ok(await store.append('meeting:b', 0, batch(2)));

      await store.clear();
      expect(await store.readAll()).toEqual([]);
      expect(await store.read('meeting:a')).toEqual([]);
      expect(await store.version('meeting:a')).toBe(0);
      expect(await store.version('meeting:b')).toBe(0);

      // Reset to sample data: the same command is written again, at version 1, after every old position.
      const again = ok(await store.append('meeting:a', 0, command));
      expect(again.map((event) => event.version)).toEqual([1]);
      expect(again[0]!.position).toBeGreaterThan(3);
      expect(await store.readAll()).toEqual(again);
    });

    it('hands out copies: mutating what it returns, what listeners get or what was passed in changes nothing', async () => {
      const store = await fresh();
      const input = newEvent({ data: { type: 'publishAgenda', items: [{ title: 'Original' }] } });
      store.subscribe((events) => {
        events[0]!.data.items = 'changed by a listener';
        events.push(events[0]!);
      });
      const stored = ok(await store.append('meeting:a', 0, [input]));
      const snapshot = structuredClone(stored);

      (input.data.items as { title: string }[])[0]!.title = 'Changed input';
      input.id = 'changed';
      stored[0]!.data.items = 'changed result';
      stored[0]!.version = 99;
      stored.pop();
      const read = await store.read('meeting:a');
      read[0]!.data.extra = true;
      read[0]!.stream = 'elsewhere';
      const all = await store.readAll();
      all[0]!.position = 42;

      expect(await store.read('meeting:a')).toEqual(snapshot);
      expect(await store.readAll()).toEqual(snapshot);
      expect(snapshot[0]!.data).toEqual({ type: 'publishAgenda', items: [{ title: 'Original' }] });
      expect(await store.append('meeting:a', 0, [input])).toEqual({ ok: true, events: snapshot, duplicate: true });
    });

    describe('personal data', () => {
      const anna = { personId: 'person-anna', data: { name: 'Anna Ek', contact: { email: 'anna.ek@example.se' } } };
      const bo = { personId: 'person-bo', data: { name: 'Bo Ås' } };

      it('keeps personal data written with an append, apart from the events, and erases it with a later one', async () => {
        const store = await fresh();
        if (!store.readPersonalData) return expect.fail('a store that keeps personal data reads it back');
        ok(await store.append('dataset', 0, batch(1), { put: [anna, bo] }));
        expect(JSON.stringify(await store.readAll())).not.toContain('Anna Ek');
        expect((await store.readPersonalData()).sort((a, b) => a.personId.localeCompare(b.personId))).toEqual([anna, bo]);
        ok(await store.append('dataset', 1, batch(1), { erase: ['person-anna'] }));
        expect(await store.readPersonalData()).toEqual([bo]);
      });

      it('writes personal data only with the events: nothing on a conflict or a retried command', async () => {
        const store = await fresh();
        const first = batch(1);
        ok(await store.append('dataset', 0, first));
        const stale = await store.append('dataset', 0, batch(1), { put: [anna] });
        expect(stale.ok).toBe(false);
        const retried = await store.append('dataset', 1, first, { put: [bo] });
        expect(retried).toMatchObject({ ok: true, duplicate: true });
        expect(await store.readPersonalData!()).toEqual([]);
      });

      it("writes a batch part's personal data with the batch, or none of it", async () => {
        const store = await fresh();
        const refused = await appendBatch(store, [
          { stream: 'dataset', expectedVersion: 0, events: batch(1), personalData: { put: [anna] } },
          { stream: 'meeting:a', expectedVersion: 5, events: batch(1) },
        ]);
        expect(refused.ok).toBe(false);
        expect(await store.readPersonalData!()).toEqual([]);
        okBatch(await appendBatch(store, [{ stream: 'dataset', expectedVersion: 0, events: batch(1), personalData: { put: [anna] } }]));
        expect(await store.readPersonalData!()).toEqual([anna]);
      });

      it('hands out copies and empties the personal data with the log', async () => {
        const store = await fresh();
        const input = structuredClone(anna);
        ok(await store.append('dataset', 0, batch(1), { put: [input] }));
        input.data.name = 'Changed';
        const [read] = await store.readPersonalData!();
        read!.data.name = 'Changed too';
        expect(await store.readPersonalData!()).toEqual([anna]);
        await store.clear();
        expect(await store.readPersonalData!()).toEqual([]);
      });
    });

    describe('batch append', () => {
      it('writes parts to several streams in one batch, continuing each stream, and tells listeners once', async () => {
        const store = await fresh();
        const seed = ok(await store.append('meeting:a', 0, batch(1)));
        const { calls } = collect(store);
        const parts: StreamAppend[] = [
          { stream: 'meeting:a', expectedVersion: 1, events: batch(2) },
          { stream: 'mandate:b', expectedVersion: 0, events: batch(1) },
          // A later part of the same stream expects the version the earlier part leaves.
          { stream: 'meeting:a', expectedVersion: 3, events: batch(1) },
        ];

        const result = okBatch(await appendBatch(store, parts));

        expect(result.results.map((part) => [part.duplicate, part.events.map((event) => [event.stream, event.version, event.position])])).toEqual([
          [false, [['meeting:a', 2, 2], ['meeting:a', 3, 3]]],
          [false, [['mandate:b', 1, 4]]],
          [false, [['meeting:a', 4, 5]]],
        ]);
        expect(result.events).toEqual(result.results.flatMap((part) => part.events));
        expect(result.events.map((event) => event.id)).toEqual(parts.flatMap((part) => part.events.map((event) => event.id)));
        expect(calls).toEqual([result.events]);
        expect(await store.readAll()).toEqual([...seed, ...result.events]);
        expect(await store.version('meeting:a')).toBe(4);
        expect(await store.version('mandate:b')).toBe(1);
        // The next single append continues after the batch.
        expect(ok(await store.append('meeting:a', 4, batch(1))).map((event) => [event.version, event.position])).toEqual([[5, 6]]);
      });

      it('writes nothing of the batch when any part is stale, and names that part', async () => {
        const store = await fresh();
        const seed = ok(await store.append('meeting:a', 0, batch(2)));
        const { calls } = collect(store);

        const lastStale = await appendBatch(store, [
          { stream: 'meeting:b', expectedVersion: 0, events: batch(2) },
          { stream: 'meeting:a', expectedVersion: 2, events: batch(1) },
          { stream: 'meeting:a', expectedVersion: 2, events: batch(1) },
        ]);
        expect(lastStale).toEqual({
          ok: false,
          code: 'CONFLICT',
          index: 2,
          stream: 'meeting:a',
          expectedVersion: 2,
          actualVersion: 3,
          message: conflictMessage('meeting:a', 2, 3),
        });
        const firstStale = await appendBatch(store, [
          { stream: 'meeting:a', expectedVersion: 1, events: batch(1) },
          { stream: 'meeting:c', expectedVersion: 0, events: batch(1) },
        ]);
        expect(firstStale).toMatchObject({ ok: false, code: 'CONFLICT', index: 0, stream: 'meeting:a', expectedVersion: 1, actualVersion: 2 });

        expect(await store.readAll()).toEqual(seed);
        expect(await store.version('meeting:a')).toBe(2);
        expect(await store.version('meeting:b')).toBe(0);
        expect(await store.version('meeting:c')).toBe(0);
        expect(calls).toEqual([]);
        // Nothing of the refused batches took a command id: they can be written now.
        const again = okBatch(await appendBatch(store, [{ stream: 'meeting:a', expectedVersion: 2, events: batch(1) }]));
        expect(again.events.map((event) => event.version)).toEqual([3]);
      });

      it('writes nothing of the batch when the data of one event cannot be stored', async () => {
        const store = await fresh();
        const { calls } = collect(store);
        await expect(
          appendBatch(store, [
            { stream: 'meeting:a', expectedVersion: 0, events: batch(2) },
            { stream: 'meeting:b', expectedVersion: 0, events: [newEvent({ data: { type: 'x', callback: () => 1 } })] },
          ]),
        ).rejects.toThrow(/cannot be stored/);
        expect(await store.readAll()).toEqual([]);
        expect(await store.version('meeting:a')).toBe(0);
        expect(calls).toEqual([]);
      });

      it('does not write a part whose command is already recorded, and hands back its earlier events', async () => {
        const store = await fresh();
        const recorded = ok(await store.append('meeting:a', 0, batch(2, 'command-recorded')));

        const result = okBatch(
          await appendBatch(store, [
            // A retry of the recorded command, with the expected version of its first try.
            { stream: 'meeting:a', expectedVersion: 0, events: batch(2, 'command-recorded') },
            { stream: 'meeting:a', expectedVersion: 2, events: batch(1) },
          ]),
        );
        expect(result.results[0]).toEqual({ events: recorded, duplicate: true });
        expect(result.results[1]!.duplicate).toBe(false);
        expect(result.events).toEqual(result.results[1]!.events);
        expect(result.events.map((event) => [event.version, event.position])).toEqual([[3, 3]]);
        expect(await store.readAll()).toEqual([...recorded, ...result.events]);
      });

      it('changes nothing for an empty batch or empty parts, and rejects one command split over two parts', async () => {
        const store = await fresh();
        const { calls } = collect(store);
        expect(await appendBatch(store, [])).toEqual({ ok: true, results: [], events: [] });
        expect(await appendBatch(store, [{ stream: 'meeting:a', expectedVersion: 0, events: [] }])).toEqual({
          ok: true,
          results: [{ events: [], duplicate: false }],
          events: [],
        });
        await expect(
          appendBatch(store, [
            { stream: 'meeting:a', expectedVersion: 0, events: batch(1, 'command-split') },
            { stream: 'meeting:b', expectedVersion: 0, events: batch(1, 'command-split') },
          ]),
        ).rejects.toThrow(/command-split/);
        await expect(appendBatch(store, [{ stream: 'meeting:a', expectedVersion: -1, events: batch(1) }])).rejects.toThrow(/expected version/);
        expect(await store.readAll()).toEqual([]);
        expect(calls).toEqual([]);
      });

      it('lets exactly one of a batch and a racing append to one of its streams win, the batch whole or not at all', async () => {
        for (let round = 0; round < 10; round += 1) {
          const store = await fresh();
          const parts: StreamAppend[] = [
            { stream: 'meeting:a', expectedVersion: 0, events: batch(2) },
            { stream: 'meeting:b', expectedVersion: 0, events: batch(1) },
          ];
          const [batched, single] = await Promise.all([appendBatch(store, parts), store.append('meeting:b', 0, batch(1))]);

          expect([batched.ok, single.ok].filter(Boolean)).toHaveLength(1);
          const all = await store.readAll();
          if (batched.ok) {
            expect(all.map((event) => event.stream)).toEqual(['meeting:a', 'meeting:a', 'meeting:b']);
            expect(single).toMatchObject({ ok: false, code: 'CONFLICT', actualVersion: 1 });
          } else {
            expect(all.map((event) => event.stream)).toEqual(['meeting:b']);
            expect(batched).toMatchObject({ code: 'CONFLICT', index: 1, stream: 'meeting:b', actualVersion: 1 });
            expect(await store.version('meeting:a')).toBe(0);
          }
        }
      });

      it('writes a few hundred events in one batch with contiguous positions', async () => {
        const store = await fresh();
        const parts: StreamAppend[] = Array.from({ length: 300 }, (_, index) => ({
          stream: `meeting:${index % 30}`,
          expectedVersion: Math.floor(index / 30),
          events: batch(1),
        }));
        const result = okBatch(await appendBatch(store, parts));
        expect(result.events.map((event) => event.position)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
        expect(await store.version('meeting:29')).toBe(10);
        expect((await store.read('meeting:7')).map((event) => event.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      });
    });

    it('rejects malformed arguments instead of answering CONFLICT', async () => {
      const store = await fresh();
      await expect(store.append('meeting:a', -1, batch(1))).rejects.toThrow(/expected version/);
      await expect(store.append('meeting:a', 0.5, batch(1))).rejects.toThrow(/expected version/);
      await expect(store.append('', 0, batch(1))).rejects.toThrow(/stream/);
      await expect(store.append('meeting:a', 0, [newEvent({ commandId: '' })])).rejects.toThrow(/commandId/);
      expect(await store.readAll()).toEqual([]);
    });

    it('refuses work once closed', async () => {
      const store = await fresh();
      ok(await store.append('meeting:a', 0, batch(1)));
      await store.close();
      await store.close(); // twice is harmless
      await expect(store.append('meeting:a', 1, batch(1))).rejects.toThrow(/closed/);
      await expect(store.read('meeting:a')).rejects.toThrow(/closed/);
      await expect(store.readAll()).rejects.toThrow(/closed/);
      await expect(store.version('meeting:a')).rejects.toThrow(/closed/);
    });
  });
}

/** Opens a store on the named database (the same name twice means the same data). */
export type OpenStore = (name: string, options: StoreOptions) => EventStore | Promise<EventStore>;

/** For adapters whose data outlives one instance: reopening, and two instances on one database (two tabs). */
export function describeDurableStoreContract(name: string, openStore: OpenStore, uniqueName: () => string): void {
  describe(`${name} — durable store contract`, () => {
    const open: EventStore[] = [];
    async function opened(database: string): Promise<EventStore> {
      const store = await openStore(database, { onError: (error) => expect.fail(String(error)) });
      open.push(store);
      return store;
    }
    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
    });

    it('keeps the events after close and reopen: streams, versions, positions and command ids', async () => {
      const database = uniqueName();
      const first = await opened(database);
      const a = ok(await first.append('meeting:a', 0, batch(2, 'command-kept')));
      const b = ok(await first.append('meeting:b', 0, batch(1)));
      await first.close();

      const reopened = await opened(database);
      expect(await reopened.readAll()).toEqual([...a, ...b]);
      expect(await reopened.read('meeting:a')).toEqual(a);
      expect(await reopened.version('meeting:a')).toBe(2);
      expect(await reopened.append('meeting:a', 0, batch(1, 'command-kept'))).toEqual({ ok: true, events: a, duplicate: true });
      expect(await reopened.append('meeting:a', 1, batch(1))).toMatchObject({ ok: false, code: 'CONFLICT', actualVersion: 2 });
      const next = ok(await reopened.append('meeting:a', 2, batch(1)));
      expect(next.map((event) => [event.version, event.position])).toEqual([[3, 4]]);
    });

    it('keeps databases of different names apart', async () => {
      const one = await opened(uniqueName());
      const other = await opened(uniqueName());
      ok(await one.append('meeting:a', 0, batch(1)));
      expect(await other.readAll()).toEqual([]);
      expect(await other.version('meeting:a')).toBe(0);
    });

    it("keeps a batch across reopen, and delivers it to the other instance's subscribers in one call", async () => {
      const database = uniqueName();
      const tabA = await opened(database);
      const tabB = await opened(database);
      const inB = collect(tabB);
      const result = okBatch(
        await appendBatch(tabA, [
          { stream: 'meeting:a', expectedVersion: 0, events: batch(2) },
          { stream: 'meeting:b', expectedVersion: 0, events: batch(1) },
          { stream: 'meeting:a', expectedVersion: 2, events: batch(1) },
        ]),
      );
      await vi.waitFor(() => expect(inB.calls).toEqual([result.events]), { timeout: 5_000 });
      await tabA.close();

      const reopened = await opened(database);
      expect(await reopened.readAll()).toEqual(result.events);
      expect(await reopened.version('meeting:a')).toBe(3);
      expect(await reopened.version('meeting:b')).toBe(1);
    });

    it('serialises appends of two instances on one database (two tabs): one wins, the other gets CONFLICT', async () => {
      const database = uniqueName();
      const tabA = await opened(database);
      const tabB = await opened(database);
      const results = await Promise.all([
        ...Array.from({ length: 10 }, () => tabA.append('meeting:a', 0, batch(2))),
        ...Array.from({ length: 10 }, () => tabB.append('meeting:a', 0, batch(2))),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toHaveLength(19);
      expect(await tabA.read('meeting:a')).toEqual(await tabB.read('meeting:a'));
      expect(await tabB.version('meeting:a')).toBe(2);
    });

    it("delivers one instance's appends to the other's subscribers, once each, and not back to itself", async () => {
      const database = uniqueName();
      const tabA = await opened(database);
      const tabB = await opened(database);
      const inA = collect(tabA);
      const inB = collect(tabB);

      const first = ok(await tabA.append('meeting:a', 0, batch(2)));
      await vi.waitFor(() => expect(inB.calls).toEqual([first]), { timeout: 5_000 });
      const second = ok(await tabA.append('meeting:b', 0, batch(1)));
      const fromB = ok(await tabB.append('meeting:a', 2, batch(1)));
      await vi.waitFor(() => expect(inB.calls).toEqual([first, second, fromB]), { timeout: 5_000 });
      await vi.waitFor(() => expect(inA.calls).toEqual([first, second, fromB]), { timeout: 5_000 });

      // After unsubscribing, nothing more arrives.
      inB.unsubscribe();
      const probe = collect(tabB);
      const third = ok(await tabA.append('meeting:a', 3, batch(1)));
      const fourth = ok(await tabA.append('meeting:a', 4, batch(1)));
      await vi.waitFor(() => expect(probe.calls).toEqual([third, fourth]), { timeout: 5_000 });
      expect(inB.calls).toEqual([first, second, fromB]);
      expect(inA.calls).toEqual([first, second, fromB, third, fourth]);
    });
  });
}
