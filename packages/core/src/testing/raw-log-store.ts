/**
 * A test-only event store over a plain array that a test may change at will — the stand-in for
 * a log someone edited on disk. Reads hand out the records exactly as they are (also ones no
 * adapter would ever write: `data: null`, a missing or repeated version); appends behave like the
 * memory store's, counting a stream's version as its highest stored version.
 */
import type { AppendResult, EventStore, NewEvent, StoredEvent, StoreListener } from '../runtime/store/store.js';
import { conflictMessage } from '../runtime/store/store.js';

export interface RawLogStore extends EventStore {
  /** The log itself, in position order: change it to tamper. */
  log: StoredEvent[];
}

export function createRawLogStore(initial: readonly StoredEvent[] = []): RawLogStore {
  const listeners = new Set<StoreListener>();
  const store: RawLogStore = {
    log: structuredClone([...initial]),
    async append(stream: string, expectedVersion: number, events: readonly NewEvent[]): Promise<AppendResult> {
      const earlier = store.log.filter((e) => events.some((n) => n.commandId === e.commandId));
      if (earlier.length > 0) return { ok: true, events: structuredClone(earlier), duplicate: true };
      const actual = versionOf(stream);
      if (actual !== expectedVersion) return { ok: false, code: 'CONFLICT', expectedVersion, actualVersion: actual, message: conflictMessage(stream, expectedVersion, actual) };
      let position = Math.max(0, ...store.log.map((e) => e.position));
      const stored = events.map((event, i): StoredEvent => ({ ...structuredClone(event), stream, version: actual + i + 1, position: (position += 1) }));
      store.log.push(...stored);
      for (const listener of listeners) listener(structuredClone(stored));
      return { ok: true, events: structuredClone(stored), duplicate: false };
    },
    async read(stream: string, fromVersion = 1) {
      return structuredClone(store.log.filter((e) => e.stream === stream && e.version >= fromVersion));
    },
    async readAll(fromPosition = 1) {
      return structuredClone(store.log.filter((e) => e.position >= fromPosition));
    },
    async version(stream: string) {
      return versionOf(stream);
    },
    subscribe(listener: StoreListener) {
      const entry: StoreListener = (events) => listener(events);
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    async clear() {
      store.log = [];
    },
    async close() {
      listeners.clear();
    },
  };
  function versionOf(stream: string): number {
    return Math.max(0, ...store.log.filter((e) => e.stream === stream).map((e) => (typeof e.version === 'number' ? e.version : 0)));
  }
  return store;
}
