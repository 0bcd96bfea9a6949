/**
 * The snapshot store port: an optional cache beside the event store, so that a runtime over a
 * long log starts from each stream's state at a version instead of replaying every event. A
 * snapshot is never evidence: the log stays the record, and the runtime checks every snapshot
 * against it on start (its machine version, its schema, the hash of the last event it covers)
 * and rebuilds from the events any stream whose snapshot does not fit.
 *
 * The port is deliberately small — a keyed set of JSON records, replaced as a whole — so that
 * an adapter is a table (`stream` primary key, `record` JSON) or an object store. Adapters:
 * memory (tests, Node) and IndexedDB (its own database beside the event store's).
 */

/**
 * One stored record, as the runtime writes it: plain JSON data keyed by `stream` (the runtime's
 * own record, with the log position the generation covers, is keyed `#runtime`). An adapter
 * keeps the records as given and hands back copies; it never interprets them.
 */
export interface SnapshotRecord {
  stream: string;
  [field: string]: unknown;
}

export interface SnapshotStore {
  /**
   * Every record kept, as stored. The runtime trusts none of it: each record is checked against
   * its schema, the machine version and the log before it is used.
   */
  readAll(): Promise<unknown[]>;
  /**
   * Replaces every record with `records` in one write (all or nothing): the records of one
   * generation, all taken at the same log position. A failed write leaves the old generation.
   * The records share objects with the live runtime: an adapter copies (or serializes) them
   * during the call, before it first awaits anything.
   */
  replace(records: readonly SnapshotRecord[]): Promise<void>;
  /** Removes every record (the next start replays the whole log). */
  clear(): Promise<void>;
  /** Releases resources. */
  close(): Promise<void>;
}
