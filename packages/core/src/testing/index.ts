/**
 * Test kits for code built on core (`@samverkan/core/testing`). Not for production code: it
 * imports `vitest` (an optional peer dependency), so only a test suite run by vitest loads it.
 *
 * The event store contract: every adapter of the `EventStore` port — memory, IndexedDB, and one
 * written elsewhere (a PostgreSQL store in `@samverkan/server`) — runs the same suite.
 */
export type { MakeStore, OpenStore } from '../runtime/store/store.contract.js';
export { batch, describeDurableStoreContract, describeEventStoreContract, newEvent } from '../runtime/store/store.contract.js';
export { describeReadPage } from '../runtime/store/read-page.contract.js';
export { describeReadStreams } from '../runtime/store/read-streams.contract.js';
export { describeSnapshotStoreContract } from '../runtime/store/snapshot-store.contract.js';
