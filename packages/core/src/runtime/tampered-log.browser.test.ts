/// <reference lib="dom" />
// A tampered log in Chromium's own IndexedDB (Vitest browser mode): the same suite as in Node on fake-indexeddb.
import { describeTamperedIndexedDbLog } from './tampered-log.indexeddb.suite.js';

describeTamperedIndexedDbLog({ label: 'Chromium', indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
