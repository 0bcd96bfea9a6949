// The snapshot store adapters keep the same promises: records kept as given (copies handed
// out), replaced as a whole, cleared; and a runtime over IndexedDB starts from IndexedDB snapshots.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSampleRuntime } from '../../samples/load-sample.js';
import { createSamverkan } from '../create-samverkan.js';
import { trustedRecords } from '../identity.js';
import { createIndexedDbSnapshotStore } from './indexeddb-snapshot-store.js';
import { createIndexedDbStore } from './indexeddb-store.js';
import { uniqueDatabaseName } from './indexeddb-store.suite.js';
import { createMemorySnapshotStore } from './memory-snapshot-store.js';
import type { SnapshotStore } from './snapshot-store.js';
import { describeSnapshotStoreContract } from './snapshot-store.contract.js';

const adapters: Array<[string, () => SnapshotStore]> = [
  ['memory', () => createMemorySnapshotStore()],
  ['IndexedDB (fake-indexeddb)', () => createIndexedDbSnapshotStore({ name: uniqueDatabaseName(), indexedDB })],
];

for (const [label, make] of adapters) describeSnapshotStoreContract(`snapshot store: ${label}`, make);

describe('snapshots over IndexedDB', () => {
  it('a runtime on an IndexedDB log starts from IndexedDB snapshots in the state a full replay gives', async () => {
    const store = createIndexedDbStore({ name: uniqueDatabaseName(), indexedDB, IDBKeyRange, channel: false });
    await createSampleRuntime('orebro', store);
    const snapshots = createIndexedDbSnapshotStore({ name: uniqueDatabaseName(), indexedDB });
    const first = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(first.startUp.from).toBe('log');
    expect(await first.saveSnapshots()).toMatchObject({ ok: true });
    const again = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(again.startUp).toMatchObject({ from: 'snapshots', rebuilt: 0, replayed: 0, discarded: [] });
    expect(again.getState()).toEqual(first.getState());
    await store.close();
    await snapshots.close();
  });
});
