/** The event store on PostgreSQL (or PGlite): the adapter, the database clients, migrations and the typed errors. */
export type { PostgresEventStore, PostgresStoreOptions } from './postgres-store.js';
export { createPostgresStore, EVENTS_CHANNEL } from './postgres-store.js';
export type { OpenDatabaseOptions } from './open-database.js';
export { openDatabase } from './open-database.js';
export type { SqlClient, SqlNotificationHandler, SqlQueryable } from './sql-client.js';
export type { PgClientOptions } from './pg-client.js';
export { createPgClient } from './pg-client.js';
export type { PgliteClientOptions } from './pglite-client.js';
export { createPgliteClient } from './pglite-client.js';
export type { PgliteThreadClientOptions } from './pglite-thread-client.js';
export { createPgliteThreadClient } from './pglite-thread-client.js';
export type { Migration, MigrationReport } from './migrations.js';
export { ensureMigrated, loadMigrations, migrate } from './migrations.js';
export type { WriteOutcome } from './store-errors.js';
export { EventStoreUnavailableError, isConnectionFailure, isEventStoreUnavailable } from './store-errors.js';
export type { PostgresSnapshotStoreOptions } from './postgres-snapshot-store.js';
export { createPostgresSnapshotStore } from './postgres-snapshot-store.js';
