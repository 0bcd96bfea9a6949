// The event store contract on PGlite (in memory): the suite memory and IndexedDB pass. Each
// store is a network of its own in one database, as on a server.
import { describeDurableStoreContract, describeEventStoreContract, describeReadPage, describeReadStreams } from '@samverkan/core/testing';
import { afterAll } from 'vitest';
import { createPostgresStore } from './postgres-store.js';
import { createPgliteClient } from './pglite-client.js';
import { uniqueNetwork } from './store-test-support.js';

const sql = await createPgliteClient({ dataDir: 'memory://' });
afterAll(() => sql.close());

describeEventStoreContract('PostgreSQL store on PGlite', (options) => createPostgresStore({ ...options, sql, network: uniqueNetwork() }));
describeDurableStoreContract('PostgreSQL store on PGlite', (network, options) => createPostgresStore({ ...options, sql, network }), uniqueNetwork);
describeReadPage('PostgreSQL store on PGlite', () => createPostgresStore({ sql, network: uniqueNetwork() }));
describeReadStreams('PostgreSQL store on PGlite', () => createPostgresStore({ sql, network: uniqueNetwork() }));
