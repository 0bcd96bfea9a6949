// A tampered IndexedDB log in Node, on fake-indexeddb (the same suite runs in Chromium in tampered-log.browser.test.ts).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describeTamperedIndexedDbLog } from './tampered-log.indexeddb.suite.js';

describeTamperedIndexedDbLog({ label: 'Node, fake-indexeddb', indexedDB, IDBKeyRange });
