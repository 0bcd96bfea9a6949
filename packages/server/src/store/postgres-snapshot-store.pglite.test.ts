// The snapshot store on PGlite, in this thread and on a worker thread of its own (what
// `openDatabase` gives a server without DATABASE_URL).
import { afterAll } from 'vitest';
import { describePostgresSnapshotStore } from './postgres-snapshot-store.suite.js';
import { createPgliteClient } from './pglite-client.js';
import { createPgliteThreadClient } from './pglite-thread-client.js';

const inThread = await createPgliteClient({ dataDir: 'memory://' });
const onThread = await createPgliteThreadClient({ dataDir: 'memory://' });
afterAll(() => Promise.all([inThread.close(), onThread.close()]));

describePostgresSnapshotStore('PGlite', () => inThread);
describePostgresSnapshotStore('PGlite in a worker thread', () => onThread);
