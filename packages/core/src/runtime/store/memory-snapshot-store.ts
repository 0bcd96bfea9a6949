/**
 * The memory adapter of the snapshot store port (tests, Node). Records are kept serialized as
 * JSON, as a database would keep them: what is read back is a fresh copy, and a record that is
 * not plain JSON data is refused at `replace` (nothing is replaced).
 */
import type { SnapshotRecord, SnapshotStore } from './snapshot-store.js';

export function createMemorySnapshotStore(): SnapshotStore & {
  /** The stored records as JSON text, by stream (for tests and diagnostics). */
  raw(): Map<string, string>;
} {
  let records = new Map<string, string>();
  let closed = false;
  const ensureOpen = (what: string) => {
    if (closed) throw new Error(`Snapshot store: cannot ${what}, the store is closed.`);
  };
  return {
    async readAll() {
      ensureOpen('read');
      return [...records.values()].map((text) => JSON.parse(text) as unknown);
    },
    async replace(given: readonly SnapshotRecord[]) {
      ensureOpen('write');
      const next = new Map<string, string>();
      for (const record of given) {
        if (typeof record?.stream !== 'string') throw new TypeError('Snapshot store: every record needs a stream.');
        next.set(record.stream, JSON.stringify(record));
      }
      records = next;
    },
    async clear() {
      ensureOpen('clear');
      records = new Map();
    },
    async close() {
      closed = true;
    },
    raw: () => records,
  };
}
