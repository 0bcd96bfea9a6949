import { describeEventStoreContract } from './store.contract.js';
import { describeReadPage } from './read-page.contract.js';
import { createMemoryStore } from './memory-store.js';

describeEventStoreContract('memory store', (options) => createMemoryStore(options));
describeReadPage('memory store', () => createMemoryStore());
