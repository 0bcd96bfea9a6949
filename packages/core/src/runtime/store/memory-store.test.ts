import { describeEventStoreContract } from './store.contract.js';
import { createMemoryStore } from './memory-store.js';

describeEventStoreContract('memory store', (options) => createMemoryStore(options));
