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

const adapters: Array<[string, () => SnapshotStore]> = [
  ['memory', () => createMemorySnapshotStore()],
  ['IndexedDB (fake-indexeddb)', () => createIndexedDbSnapshotStore({ name: uniqueDatabaseName(), indexedDB })],
];

describe.each(adapters)('snapshot store: %s', (_label, make) => {
  it('keeps records as given, hands out copies, and replaces them as a whole', async () => {
    const store = make();
    expect(await store.readAll()).toEqual([]);
    const a = { stream: 'meeting:a', version: 2, state: { value: 'planned', context: { items: [1, 2] } } };
    await store.replace([a, { stream: '#runtime', position: 7 }]);
    const read = (await store.readAll()) as Array<{ stream: string }>;
    expect(read.sort((x, y) => x.stream.localeCompare(y.stream))).toEqual([{ stream: '#runtime', position: 7 }, a]);
    (read[1] as typeof a).state.context.items.push(3);
    a.state.context.items.push(4);
    expect(((await store.readAll()) as Array<typeof a>).find((r) => r.stream === 'meeting:a')?.state.context.items).toEqual([1, 2]);

    await store.replace([{ stream: 'meeting:b' }]);
    expect(await store.readAll()).toEqual([{ stream: 'meeting:b' }]);
    await store.clear();
    expect(await store.readAll()).toEqual([]);
    await store.close();
    await expect(store.readAll()).rejects.toThrow(/closed/);
  });
});

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
