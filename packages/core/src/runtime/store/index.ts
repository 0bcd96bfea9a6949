/** Event stores: the port and its adapters (memory for tests and Node, IndexedDB for browsers). */
export type { AppendResult, BatchAppendResult, EventStore, NewEvent, StoredEvent, StoreListener, StreamAppend, StreamAppendOutcome } from './store.js';
export { conflictMessage } from './store.js';
export type { StoreOptions } from './store-support.js';
export type { MemoryStoreOptions } from './memory-store.js';
export { createMemoryStore } from './memory-store.js';
export type { IndexedDbFactory, IndexedDbKeyRange, IndexedDbStoreOptions } from './indexeddb-store.js';
export { createIndexedDbStore } from './indexeddb-store.js';
export type { SnapshotRecord, SnapshotStore } from './snapshot-store.js';
export { createMemorySnapshotStore } from './memory-snapshot-store.js';
export type { IndexedDbSnapshotStoreOptions } from './indexeddb-snapshot-store.js';
export { createIndexedDbSnapshotStore } from './indexeddb-snapshot-store.js';
