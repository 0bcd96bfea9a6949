// IndexedDB store in Node, on fake-indexeddb (the same suite runs in Chromium in indexeddb-store.browser.test.ts).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIndexedDbStore } from './indexeddb-store.js';
import { describeIndexedDbStore, uniqueDatabaseName } from './indexeddb-store.suite.js';
import { batch } from './store.contract.js';
import { describeReadPage } from './read-page.contract.js';

describeIndexedDbStore({ label: 'Node, fake-indexeddb', indexedDB, IDBKeyRange });
describeReadPage('IndexedDB store (Node, fake-indexeddb)', () => createIndexedDbStore({ name: uniqueDatabaseName(), indexedDB, IDBKeyRange, channel: false }));

describe('IndexedDB store (Node) — defaults', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('uses the global indexedDB and IDBKeyRange when none are passed', async () => {
    vi.stubGlobal('indexedDB', indexedDB);
    vi.stubGlobal('IDBKeyRange', IDBKeyRange);
    const name = uniqueDatabaseName();
    const store = createIndexedDbStore({ name });
    expect((await store.append('meeting:a', 0, batch(1))).ok).toBe(true);
    await store.close();

    // The same database, reached through the explicit factory.
    const same = createIndexedDbStore({ name, indexedDB, IDBKeyRange });
    expect(await same.version('meeting:a')).toBe(1);
    await same.close();
  });

  it('says so when there is no IndexedDB', () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(() => createIndexedDbStore({ name: uniqueDatabaseName() })).toThrow(/IndexedDB is not available/);
  });
});
