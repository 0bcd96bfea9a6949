/// <reference lib="dom" />
/**
 * Loading a sample into IndexedDB (test-only), run in Node on fake-indexeddb and in real
 * Chromium: the whole sample is one write that listeners hear once, the same events as on the
 * memory store, and nothing of it when a history command is refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSamverkan, DATASET_STREAM, type Samverkan } from '../runtime/create-samverkan.js';
import { createIndexedDbStore } from '../runtime/store/indexeddb-store.js';
import { createMemoryStore } from '../runtime/store/memory-store.js';
import type { EventStore, StoredEvent } from '../runtime/store/store.js';
import { fyrbodal } from './fyrbodal.js';
import { sampleHistories } from './history/index.js';
import { createSampleRuntime, loadSample, resetToSample, type SampleId, sampleAdministrators } from './load-sample.js';
import { trustedRecords } from '../runtime/identity.js';

export interface SampleLoadEnvironment {
  label: string;
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

let databases = 0;
const uniqueName = () => `samverkan-sample-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${(databases += 1)}`;
/** An event without its random id, and without its hashes (which cover the id). */
const withoutId = ({ id: _id, hash: _hash, previousHash: _previous, ...rest }: StoredEvent) => rest;
const sampleIds = Object.keys(sampleHistories) as SampleId[];

export function describeSampleLoadInIndexedDb(env: SampleLoadEnvironment): void {
  const { indexedDB, IDBKeyRange } = env;

  describe(`loading a sample into IndexedDB (${env.label})`, () => {
    const open: Array<EventStore | Samverkan> = [];
    function store(name = uniqueName()): EventStore {
      const created = createIndexedDbStore({ name, indexedDB, IDBKeyRange, onError: (error) => expect.fail(String(error)) });
      open.push(created);
      return created;
    }
    afterEach(async () => {
      await Promise.all(open.splice(0).map((item) => item.close()));
    });

    it.each(sampleIds)('writes %s in one batch that listeners hear once, the same events as the memory store', async (sampleId) => {
      const name = uniqueName();
      const events = store(name);
      const storeCalls: StoredEvent[][] = [];
      events.subscribe((batch) => storeCalls.push(batch));
      const runtime = await createSamverkan({ identity: trustedRecords(), store: events });
      let notified = 0;
      // The runtime hears the sample once; it reads the sample's personal data (written by the
      // loader beside the events) before applying it, so the notice comes a moment later.
      const heard = new Promise<void>((resolve) => runtime.subscribe(() => ((notified += 1), resolve())));

      const result = await loadSample(events, sampleId);

      expect(result).toEqual({ ok: true, referenceDate: sampleHistories[sampleId].referenceDate, commands: sampleHistories[sampleId].commands().length });
      const stored = await events.readAll();
      expect(storeCalls).toEqual([stored]);
      await heard;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(notified).toBe(1);
      expect(runtime.getState().dataset.people.every((p) => !p.erased)).toBe(true);
      const inMemory = createMemoryStore();
      await createSampleRuntime(sampleId, inMemory);
      expect(stored.map(withoutId)).toEqual((await inMemory.readAll()).map(withoutId));

      // A later visit replays the database into the same state.
      const reopened = await createSamverkan({ identity: trustedRecords(), store: store(name) });
      open.push(reopened);
      const { dataset: _a, ...replayed } = reopened.getState();
      const { dataset: _b, ...live } = runtime.getState();
      expect(replayed).toEqual(live);
    });

    it('stores nothing of the sample when a history command is refused', async () => {
      const events = store();
      const runtime = await createSamverkan({ identity: trustedRecords(), store: events });
      await runtime.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2018-12-17T08:00:00+01:00' });
      // Someone opened the call for the year's last meeting early: the history's own openCall,
      // far into the history, no longer fits.
      const openCall = sampleHistories.fyrbodal.commands().filter((c) => c.type === 'openCall').at(-1)!;
      const meetingId = openCall.meetingId as string;
      expect((await runtime.dispatch({ type: 'openCall', id: 'other', by: 'fyrbodal:person-001', at: '2018-12-20T09:00:00+01:00', meetingId })).ok).toBe(true);
      const before = await events.readAll();
      const stateBefore = runtime.getState();

      const result = await loadSample(events, 'fyrbodal');

      expect(result).toMatchObject({ ok: false, failed: { command: openCall, error: { code: 'NOT_ALLOWED_NOW' } } });
      // Fifty history commands before it passed their checks, but none of them — nor the sample's dataset — was written.
      expect(sampleHistories.fyrbodal.commands().findIndex((c) => c.id === openCall.id)).toBeGreaterThan(50);
      expect(await events.readAll()).toEqual(before);
      expect(await events.version(DATASET_STREAM)).toBe(1);
      expect(runtime.getState()).toBe(stateBefore);
    });

    it('resets to the sample: the same events again after the commands since, in one batch', async () => {
      const events = store();
      const { runtime } = await createSampleRuntime('dalarna', events);
      open.push(runtime);
      const first = (await events.readAll()).map(withoutId);
      const meetingId = 'dalarna:styrgrupp-2026-12-08';
      const opened = await runtime.dispatch({ type: 'openCall', id: 'since', by: 'dalarna:person-001', at: '2026-11-20T09:00:00+01:00', meetingId });
      expect(opened.ok).toBe(true);
      const storeCalls: StoredEvent[][] = [];
      events.subscribe((batch) => storeCalls.push(batch));

      const result = await resetToSample(events, 'dalarna');

      expect(result.ok).toBe(true);
      const reopened = await createSamverkan({ identity: trustedRecords(), store: events });
      open.push(reopened);
      expect((await events.readAll()).map(withoutId).map(({ position: _p, ...rest }) => rest)).toEqual(first.map(({ position: _p, ...rest }) => rest));
      expect(storeCalls).toHaveLength(1);
      expect(await events.read(`meeting:${meetingId}`)).toEqual([]);
      expect(reopened.getState().meetings.get(meetingId)?.status).toBe('planned');
    });
  });
}
