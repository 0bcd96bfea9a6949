// The event store contract on a real PostgreSQL (Debian's, started by the test run): the suite
// memory, IndexedDB and PGlite pass. For the durable part, each store has a connection pool of
// its own, as two server processes on one database would.
import { describeDurableStoreContract, describeEventStoreContract, describeReadPage, describeReadStreams } from '@samverkan/core/testing';
import { afterAll } from 'vitest';
import { createPgClient } from './pg-client.js';
import { createPostgresStore } from './postgres-store.js';
import { describeOnPostgres, storeWithOwnPool } from './postgres-test-support.js';
import { uniqueNetwork } from './store-test-support.js';

describeOnPostgres('PostgreSQL store on PostgreSQL', ({ url }) => {
  const sql = createPgClient({ connectionString: url });
  afterAll(() => sql.close());

  describeEventStoreContract('PostgreSQL store on PostgreSQL', (options) => createPostgresStore({ ...options, sql, network: uniqueNetwork() }));
  describeDurableStoreContract('PostgreSQL store on PostgreSQL', (network, options) => storeWithOwnPool(url, { ...options, network }), uniqueNetwork);
  describeReadPage('PostgreSQL store on PostgreSQL', () => createPostgresStore({ sql, network: uniqueNetwork() }));
  describeReadStreams('PostgreSQL store on PostgreSQL', () => createPostgresStore({ sql, network: uniqueNetwork() }));
});
