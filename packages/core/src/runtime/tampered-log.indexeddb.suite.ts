/// <reference lib="dom" />
/**
 * A browser's log edited in the database itself (test-only), run in Node on fake-indexeddb and in
 * real Chromium — the way a visitor, an extension or a broken sync could change it. The cases
 * that only a store with its own stream heads can show: an event removed from the end of a
 * stream, and a copy of an event stored under the next version without moving the head (on main
 * both left the meeting refused with CONFLICT for ever). And the payload cases, through the real
 * adapter: `data: null` and an invalid payload.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSampleRuntime, resetToSample } from '../samples/load-sample.js';
import { createSamverkan, type Samverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createIndexedDbStore } from './store/indexeddb-store.js';
import type { EventStore, StoredEvent } from './store/store.js';

export interface TamperEnvironment {
  label: string;
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

let databases = 0;
const uniqueName = () => `samverkan-tamper-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${(databases += 1)}`;

const leader = 'fyrbodal:person-001'; // Helena Vik, the process leader
const meeting = 'fyrbodal:mote-2019-12-05';
const meetingStream = `meeting:${meeting}`;
const today = '2019-11-20T12:00:00+01:00';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function describeTamperedIndexedDbLog(env: TamperEnvironment): void {
  const { indexedDB, IDBKeyRange } = env;

  describe(`a tampered IndexedDB log (${env.label})`, () => {
    const open: Array<EventStore | Samverkan> = [];
    const raw: IDBDatabase[] = [];
    function store(name: string): EventStore {
      const created = createIndexedDbStore({ name, indexedDB, IDBKeyRange, onError: (error) => expect.fail(String(error)) });
      open.push(created);
      return created;
    }
    afterEach(async () => {
      for (const db of raw.splice(0)) db.close();
      await Promise.all(open.splice(0).map((item) => item.close()));
    });

    /** A database with the fyrbodal sample, and a way to edit its events directly. */
    async function sample(): Promise<{ name: string; edit: (change: (events: IDBObjectStore, log: StoredEvent[]) => void) => Promise<void> }> {
      const name = uniqueName();
      const first = store(name);
      const { runtime } = await createSampleRuntime('fyrbodal', first);
      await runtime.close();
      await first.close();
      const db = await request(indexedDB.open(name));
      raw.push(db);
      return {
        name,
        async edit(change) {
          const log = await request(db.transaction('events').objectStore('events').getAll() as IDBRequest<StoredEvent[]>);
          const tx = db.transaction('events', 'readwrite');
          change(tx.objectStore('events'), log);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onabort = () => reject(tx.error);
          });
        },
      };
    }
    const lastOf = (log: StoredEvent[], stream: string) => log.filter((e) => e.stream === stream).at(-1)!;

    async function expectDamagedButWorking(name: string, version: number, code: string) {
      const sv = await createSamverkan({ identity: trustedRecords(), store: store(name) });
      open.push(sv);
      expect(sv.getState().damaged).toEqual([expect.objectContaining({ stream: meetingStream, version, code })]);
      const refused = await sv.dispatch({ type: 'cancelMeeting', id: `cancel-${Math.random()}`, meetingId: meeting, by: leader, at: today, reason: 'Test' });
      expect(refused).toMatchObject({ ok: false, code: 'DAMAGED' });
      // Another meeting still takes commands.
      expect(await sv.dispatch({ type: 'approveMinutes', id: `approve-${Math.random()}`, meetingId: 'fyrbodal:mote-2019-10-17', by: leader, at: today })).toMatchObject({ ok: true });
      // Reset to the sample: sound again.
      const own = store(name);
      expect(await resetToSample(own, 'fyrbodal')).toMatchObject({ ok: true });
      expect((await createSamverkan({ identity: trustedRecords(), store: own })).getState().damaged).toEqual([]);
      return sv;
    }

    it('reports an event removed from the end of a stream (the head still counts it) instead of CONFLICT for ever', async () => {
      const { name, edit } = await sample();
      let removed = 0;
      await edit((events, log) => {
        const last = lastOf(log, meetingStream);
        removed = last.version;
        events.delete(last.position);
      });
      await expectDamagedButWorking(name, removed, 'missing');
    });

    it('reports a copy of an event stored under the next version (the head not moved) instead of CONFLICT for ever', async () => {
      const { name, edit } = await sample();
      let copied = 0;
      await edit((events, log) => {
        const { position: _position, ...last } = lastOf(log, meetingStream);
        copied = last.version + 1;
        events.add({ ...last, version: copied });
      });
      await expectDamagedButWorking(name, copied, 'duplicate');
    });

    it('reports data: null', async () => {
      const { name, edit } = await sample();
      await edit((events, log) => {
        events.put({ ...log.find((e) => e.stream === meetingStream && e.version === 2)!, data: null });
      });
      await expectDamagedButWorking(name, 2, 'unreadable');
    });

    it('reports an invalid payload (an agenda item of -5 minutes)', async () => {
      const { name, edit } = await sample();
      await edit((events, log) => {
        const event = log.find((e) => e.stream === meetingStream && e.version === 2)!;
        events.put({ ...event, data: { ...event.data, item: { ...(event.data.item as object), durationMinutes: -5 } } });
      });
      await expectDamagedButWorking(name, 2, 'tampered');
    });
  });
}
