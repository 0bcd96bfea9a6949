// Loading a sample into IndexedDB in Node, on fake-indexeddb (the same suite runs in Chromium in load-sample.browser.test.ts).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describeSampleLoadInIndexedDb } from './load-sample.indexeddb.suite.js';

describeSampleLoadInIndexedDb({ label: 'Node, fake-indexeddb', indexedDB, IDBKeyRange });
