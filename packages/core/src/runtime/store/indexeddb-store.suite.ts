/// <reference lib="dom" />
/**
 * IndexedDB-specific tests (test-only), run both in Node on fake-indexeddb and in real Chromium:
 * the contracts, plus the database layout, the unique-index backstop and how the store gives way
 * to another tab's schema upgrade or deletion.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexedDbStore, storeChannelName } from './indexeddb-store.js';
import type { EventStore, StoredEvent } from './store.js';
import { batch, describeDurableStoreContract, describeEventStoreContract } from './store.contract.js';

export interface IndexedDbEnvironment {
  /** Where the tests run, for the describe titles. */
  label: string;
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

let databases = 0;
/** A database name no other test uses. */
export function uniqueDatabaseName(): string {
  databases += 1;
  return `samverkan-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${databases}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function describeIndexedDbStore(env: IndexedDbEnvironment): void {
  const { indexedDB, IDBKeyRange } = env;

  describeEventStoreContract(`IndexedDB store (${env.label})`, (options) =>
    createIndexedDbStore({ ...options, name: uniqueDatabaseName(), indexedDB, IDBKeyRange }),
  );
  describeDurableStoreContract(
    `IndexedDB store (${env.label})`,
    (name, options) => createIndexedDbStore({ ...options, name, indexedDB, IDBKeyRange }),
    uniqueDatabaseName,
  );

  describe(`IndexedDB store (${env.label}) — database`, () => {
    const open: EventStore[] = [];
    const raw: IDBDatabase[] = [];
    function store(name: string): EventStore {
      const created = createIndexedDbStore({ name, indexedDB, IDBKeyRange, onError: (error) => expect.fail(String(error)) });
      open.push(created);
      return created;
    }
    async function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
      const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
      if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
      const db = await request(req);
      raw.push(db);
      return db;
    }
    afterEach(async () => {
      for (const db of raw.splice(0)) db.close();
      await Promise.all(open.splice(0).map((created) => created.close()));
    });

    it('lays out one database: events by position with unique [stream, version] and commandId indexes, stream heads, and personal data apart', async () => {
      const name = uniqueDatabaseName();
      const stored = await store(name).append('meeting:a', 0, batch(2, 'command-layout'));
      expect(stored.ok).toBe(true);

      const db = await openRaw(name);
      expect(Array.from({ length: db.objectStoreNames.length }, (_, i) => db.objectStoreNames.item(i)).sort()).toEqual(['events', 'personalData', 'streams']);
      const tx = db.transaction(['events', 'streams'], 'readonly');
      const events = tx.objectStore('events');
      expect(events.keyPath).toBe('position');
      expect(events.autoIncrement).toBe(true);
      expect(events.index('streamVersion').keyPath).toEqual(['stream', 'version']);
      expect(events.index('streamVersion').unique).toBe(true);
      expect(events.index('commandId').keyPath).toBe('commandId');
      expect(await request(events.index('commandId').count('command-layout'))).toBe(2);
      expect(await request(tx.objectStore('streams').get('meeting:a'))).toEqual({ stream: 'meeting:a', version: 2 });
    });

    it('answers CONFLICT from the unique [stream, version] index when a head is behind, writing nothing', async () => {
      const name = uniqueDatabaseName();
      const events = store(name);
      expect((await events.append('meeting:a', 0, batch(2))).ok).toBe(true);
      // Damage the head, as a crashed older version of the app might have left it.
      const db = await openRaw(name);
      await request(db.transaction('streams', 'readwrite').objectStore('streams').put({ stream: 'meeting:a', version: 1 }));

      const result = await events.append('meeting:a', 1, batch(2));
      expect(result).toMatchObject({ ok: false, code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
      expect((await events.readAll()).map((event) => event.version)).toEqual([1, 2]);
    });

    it('reads every stream head in one call, as stored (also when a head no longer fits its events)', async () => {
      const name = uniqueDatabaseName();
      const events = store(name);
      expect(await events.heads!()).toEqual(new Map());
      await events.append('meeting:a', 0, batch(2));
      await events.append('mandate:b', 0, batch(1));
      expect(await events.heads!()).toEqual(new Map([['meeting:a', 2], ['mandate:b', 1]]));
      // The last event of meeting:a removed behind the store's back: the head still says 2.
      const db = await openRaw(name);
      await request(db.transaction('events', 'readwrite').objectStore('events').delete(2));
      expect((await events.heads!()).get('meeting:a')).toBe(2);
      expect(await events.read('meeting:a')).toHaveLength(1);
    });

    it("gives way to another tab's schema upgrade, then says clearly that the database is newer", async () => {
      const name = uniqueDatabaseName();
      const events = store(name);
      expect((await events.append('meeting:a', 0, batch(1))).ok).toBe(true);

      // Another tab opens a newer version: not blocked, because the store closes on versionchange.
      let blocked = false;
      const req = indexedDB.open(name, 3);
      req.onblocked = () => {
        blocked = true;
      };
      const newer = await request(req);
      raw.push(newer);
      expect(blocked).toBe(false);
      expect(newer.version).toBe(3);

      await expect(events.readAll()).rejects.toThrow(/could not .* in IndexedDB «samverkan-test-.*VersionError.*newer version of the app/s);
    });

    it("gives way to another tab deleting the database, then works on the fresh one", async () => {
      const name = uniqueDatabaseName();
      const events = store(name);
      expect((await events.append('meeting:a', 0, batch(1))).ok).toBe(true);

      let blocked = false;
      const req = indexedDB.deleteDatabase(name);
      req.onblocked = () => {
        blocked = true;
      };
      await request(req);
      expect(blocked).toBe(false);

      expect(await events.readAll()).toEqual([]);
      expect(await events.version('meeting:a')).toBe(0);
      expect((await events.append('meeting:a', 0, batch(1))).ok).toBe(true);
    });

    it('names its BroadcastChannel after the database and announces the positions of each batch', async () => {
      const name = uniqueDatabaseName();
      const heard: unknown[] = [];
      const listener = new BroadcastChannel(storeChannelName(name));
      listener.onmessage = (message) => heard.push(message.data);
      try {
        const result = await store(name).append('meeting:a', 0, batch(3));
        expect(result.ok).toBe(true);
        await expect.poll(() => heard, { timeout: 5_000 }).toEqual([{ kind: 'appended', from: 1, to: 3 }]);
      } finally {
        listener.close();
      }
    });

    it("brings another tab's unannounced events to listeners before its own next batch, in log order", async () => {
      const name = uniqueDatabaseName();
      const here = store(name);
      expect(await here.version('meeting:a')).toBe(0); // connected before the other tab writes
      const calls: StoredEvent[][] = [];
      here.subscribe((events) => calls.push(events));
      // The other tab's announcement has not arrived (here: it never will).
      const silent = createIndexedDbStore({ name, indexedDB, IDBKeyRange, channel: false });
      open.push(silent);
      const theirs = await silent.append('meeting:a', 0, batch(2));
      const alsoTheirs = await silent.append('meeting:b', 0, batch(1));

      const ours = await here.append('meeting:a', 2, batch(1));
      expect([theirs.ok, alsoTheirs.ok, ours.ok]).toEqual([true, true, true]);
      expect(calls.map((events) => events.map((event) => [event.stream, event.version, event.position]))).toEqual([
        [
          ['meeting:a', 1, 1],
          ['meeting:a', 2, 2],
        ],
        [['meeting:b', 1, 3]],
        [['meeting:a', 3, 4]],
      ]);
    });

    it('does not broadcast when the channel is switched off', async () => {
      const name = uniqueDatabaseName();
      const heard: unknown[] = [];
      const listener = new BroadcastChannel(storeChannelName(name));
      listener.onmessage = (message) => heard.push(message.data);
      try {
        const quiet = createIndexedDbStore({ name, indexedDB, IDBKeyRange, channel: false });
        open.push(quiet);
        expect((await quiet.append('meeting:a', 0, batch(1))).ok).toBe(true);
        // A store with the channel on appends next: its announcement is the only one heard.
        expect((await store(name).append('meeting:a', 1, batch(1))).ok).toBe(true);
        await expect.poll(() => heard, { timeout: 5_000 }).toEqual([{ kind: 'appended', from: 2, to: 2 }]);
      } finally {
        listener.close();
      }
    });
  });
}
