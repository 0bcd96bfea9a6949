/**
 * A browser's copy of a network's log on a server: core's `EventStore` port, read-only to the
 * runtime (only the server writes the log), filled from the server — the log read once, then
 * the live stream — and kept in a cache (memory, or IndexedDB for reading while offline). It
 * keeps the server's log positions, so a reconnect asks for exactly what came after.
 */
import type { PersonalDataRecord } from '@samverkan/core';
import type { EventStore, StoredEvent, StoreListener } from '@samverkan/core/runtime';

/** Where a mirror keeps what it received between visits. */
export interface MirrorCache {
  load(): Promise<{ events: StoredEvent[]; personal: PersonalDataRecord[] }>;
  saveEvents(events: readonly StoredEvent[]): Promise<void>;
  savePersonal(records: readonly PersonalDataRecord[]): Promise<void>;
  clear(): Promise<void>;
}

/** A cache that lasts as long as the page. */
export function memoryCache(): MirrorCache {
  let events: StoredEvent[] = [];
  let personal: PersonalDataRecord[] = [];
  return {
    load: async () => structuredClone({ events, personal }),
    saveEvents: async (more) => {
      events = [...events, ...structuredClone([...more])];
    },
    savePersonal: async (records) => {
      personal = structuredClone([...records]);
    },
    clear: async () => {
      events = [];
      personal = [];
    },
  };
}

/** A cache in IndexedDB: the log and the people stay readable offline (one database per network). */
export function indexedDbCache(name: string, factory: IDBFactory = globalThis.indexedDB): MirrorCache {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('events', { keyPath: 'position' });
        request.result.createObjectStore('personal', { keyPath: 'personId' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  async function run<T>(stores: string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => IDBRequest<T> | void): Promise<T | undefined> {
    const db = await open();
    try {
      return await new Promise<T | undefined>((resolve, reject) => {
        const tx = db.transaction(stores, mode);
        const request = body(tx);
        tx.oncomplete = () => resolve(request ? request.result : undefined);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }
  return {
    async load() {
      const events = (await run<StoredEvent[]>(['events'], 'readonly', (tx) => tx.objectStore('events').getAll())) ?? [];
      const personal = (await run<PersonalDataRecord[]>(['personal'], 'readonly', (tx) => tx.objectStore('personal').getAll())) ?? [];
      return { events, personal };
    },
    saveEvents: async (events) => {
      await run(['events'], 'readwrite', (tx) => {
        for (const event of events) tx.objectStore('events').put(event);
      });
    },
    savePersonal: async (records) => {
      await run(['personal'], 'readwrite', (tx) => {
        const store = tx.objectStore('personal');
        store.clear();
        for (const record of records) store.put(record);
      });
    },
    clear: async () => {
      await run(['events', 'personal'], 'readwrite', (tx) => {
        tx.objectStore('events').clear();
        tx.objectStore('personal').clear();
      });
    },
  };
}

const readOnly = () =>
  Promise.reject(new Error('A mirror of a server\'s log is read-only: commands go to the server, which writes the log. / Spegeln av serverns logg kan bara läsas: kommandon går till servern.'));

export interface MirrorStore extends EventStore {
  /** Takes events the server recorded (from its answer to a command, or the live stream); positions already held are skipped. */
  receive(events: readonly StoredEvent[]): Promise<void>;
  /** Replaces the personal data (after the people were read from the server). */
  receivePersonal(records: readonly PersonalDataRecord[]): Promise<void>;
  /** The last log position held (0 when empty). */
  lastPosition(): number;
}

/** A read-only event store that holds what the server sent, in the server's positions. */
export async function createMirrorStore(cache: MirrorCache = memoryCache()): Promise<MirrorStore> {
  const saved = await cache.load();
  let log = [...saved.events].sort((a, b) => a.position - b.position);
  // A cache with a hole (a write that did not finish) is thrown away: the server has it all.
  if (log.some((e, i) => e.position !== i + 1)) {
    log = [];
    await cache.clear();
  }
  let personal = saved.personal;
  const listeners = new Set<StoreListener>();
  const last = () => log.at(-1)?.position ?? 0;

  return {
    append: readOnly,
    appendBatch: readOnly,
    async read(stream, fromVersion = 1) {
      return structuredClone(log.filter((e) => e.stream === stream && e.version >= fromVersion));
    },
    async readAll(fromPosition = 1) {
      return structuredClone(log.filter((e) => e.position >= fromPosition));
    },
    async version(stream) {
      return log.filter((e) => e.stream === stream).length;
    },
    async readPersonalData() {
      return structuredClone(personal);
    },
    subscribe(listener) {
      const entry: StoreListener = (events) => listener(events);
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    clear: readOnly,
    async close() {
      listeners.clear();
    },
    lastPosition: last,
    async receive(events) {
      const fresh = [...events].sort((a, b) => a.position - b.position).filter((e) => e.position > last());
      if (fresh.length === 0) return;
      log = [...log, ...structuredClone(fresh)];
      await cache.saveEvents(fresh).catch(() => undefined);
      for (const listener of [...listeners]) {
        try {
          listener(structuredClone(fresh));
        } catch {
          // A listener that throws must not stop the others.
        }
      }
    },
    async receivePersonal(records) {
      personal = structuredClone([...records]);
      await cache.savePersonal(personal).catch(() => undefined);
    },
  };
}
