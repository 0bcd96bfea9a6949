// The event store contract on PGlite in a worker thread of its own (what `openDatabase` gives a
// server without DATABASE_URL): the suite memory, IndexedDB and in-process PGlite pass.
import { describeDurableStoreContract, describeEventStoreContract, describeReadPage, describeReadStreams } from '@samverkan/core/testing';
import { afterAll } from 'vitest';
import { createPgliteThreadClient } from './pglite-thread-client.js';
import { createPostgresStore } from './postgres-store.js';
import { uniqueNetwork } from './store-test-support.js';

const sql = await createPgliteThreadClient({ dataDir: 'memory://' });
afterAll(() => sql.close());

describeEventStoreContract('PostgreSQL store on PGlite in a worker thread', (options) => createPostgresStore({ ...options, sql, network: uniqueNetwork() }));
describeDurableStoreContract('PostgreSQL store on PGlite in a worker thread', (network, options) => createPostgresStore({ ...options, sql, network }), uniqueNetwork);
describeReadPage('PostgreSQL store on PGlite in a worker thread', () => createPostgresStore({ sql, network: uniqueNetwork() }));
describeReadStreams('PostgreSQL store on PGlite in a worker thread', () => createPostgresStore({ sql, network: uniqueNetwork() }));
