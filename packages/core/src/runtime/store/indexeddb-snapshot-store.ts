/// <reference lib="dom" />
/**
 * The IndexedDB adapter of the snapshot store port: its own database beside the event store's
 * (default `samverkan-snapshots`), so the event store's schema and its tests stay as they are,
 * and throwing the cache away (`deleteDatabase`) never touches the log. One object store,
 * `snapshots`, keyed by stream; `replace` is one readwrite transaction (clear, then put every
 * record), so a failed write leaves the previous generation whole.
 */
import type { IndexedDbFactory } from './indexeddb-store.js';
import type { SnapshotRecord, SnapshotStore } from './snapshot-store.js';

export interface IndexedDbSnapshotStoreOptions {
  /** Database name. Default `samverkan-snapshots`. */
  name?: string;
  /** The IndexedDB factory. Default the global `indexedDB` (pass fake-indexeddb's in Node). */
  indexedDB?: IndexedDbFactory;
}

const SNAPSHOTS = 'snapshots';
/** Schema version of the snapshot database. */
const SCHEMA_VERSION = 1;

export function createIndexedDbSnapshotStore(options: IndexedDbSnapshotStoreOptions = {}): SnapshotStore {
  const name = options.name ?? 'samverkan-snapshots';
  const factory = (options.indexedDB ?? (globalThis as { indexedDB?: IndexedDbFactory }).indexedDB) as IDBFactory | undefined;
  if (!factory) throw new Error('Snapshot store: IndexedDB is not available here; pass `indexedDB` (e.g. from fake-indexeddb).');
  let connection: Promise<IDBDatabase> | undefined;
  let closed = false;

  function open(): Promise<IDBDatabase> {
    if (closed) return Promise.reject(new Error('Snapshot store: cannot open the database, the store is closed.'));
    connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory!.open(name, SCHEMA_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(SNAPSHOTS)) request.result.createObjectStore(SNAPSHOTS, { keyPath: 'stream' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrades or deletes the cache: let it; the next call reopens.
        db.onversionchange = () => {
          db.close();
          connection = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        connection = undefined;
        reject(new Error(`Snapshot store: the database «${name}» could not be opened: ${String(request.error?.message ?? request.error)}`));
      };
      request.onblocked = () => undefined;
    });
    return connection;
  }

  async function transact<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => () => T): Promise<T> {
    const db = await open();
    const tx = db.transaction([SNAPSHOTS], mode);
    return new Promise<T>((resolve, reject) => {
      let result: () => T;
      try {
        result = body(tx.objectStore(SNAPSHOTS));
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished.
        }
        reject(error);
        return;
      }
      tx.oncomplete = () => resolve(result());
      tx.onabort = () => reject(new Error(`Snapshot store: the write to «${name}» failed: ${String(tx.error?.message ?? tx.error)}`));
    });
  }

  return {
    readAll: () =>
      transact('readonly', (store) => {
        const request = store.getAll() as IDBRequest<unknown[]>;
        return () => request.result;
      }),
    replace: (records: readonly SnapshotRecord[]) =>
      transact('readwrite', (store) => {
        store.clear();
        for (const record of records) store.put(record);
        return () => undefined;
      }),
    clear: () =>
      transact('readwrite', (store) => {
        store.clear();
        return () => undefined;
      }),
    async close() {
      closed = true;
      const current = connection;
      connection = undefined;
      if (current) (await current.catch(() => undefined))?.close();
    },
  };
}
