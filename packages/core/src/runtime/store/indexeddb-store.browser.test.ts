/// <reference lib="dom" />
// The IndexedDB store in real Chromium (Vitest browser mode, vitest.browser.config.ts): the same
// suite as in Node on fake-indexeddb, against the browser's own IndexedDB and BroadcastChannel.
import { describe, expect, it } from 'vitest';
import { describeIndexedDbStore } from './indexeddb-store.suite.js';

describe('browser environment', () => {
  it('runs in Chromium with its own IndexedDB and BroadcastChannel', () => {
    expect(navigator.userAgent).toMatch(/Chrome\/\d+/);
    expect(typeof window).toBe('object');
    expect(globalThis.indexedDB).toBeInstanceOf(IDBFactory);
    expect(typeof BroadcastChannel).toBe('function');
  });
});

describeIndexedDbStore({ label: 'Chromium', indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
