/**
 * Work on the database that a caller outside the event store does (the list of networks, a
 * network's snapshots): on a migrated schema, and with a database that cannot be reached answered
 * as one (`EventStoreUnavailableError`, the server's 503), not as whatever the driver threw.
 */
import { ensureMigrated } from './migrations.js';
import type { SqlClient } from './sql-client.js';
import { EventStoreUnavailableError, isConnectionFailure } from './store-errors.js';

export async function onMigrated<T>(sql: SqlClient, what: string, work: () => Promise<T>): Promise<T> {
  try {
    // A client from `openDatabase` is migrated already; one made by hand is migrated here, once.
    await ensureMigrated(sql);
    return await work();
  } catch (error) {
    if (isConnectionFailure(error)) throw new EventStoreUnavailableError(what, error);
    throw error;
  }
}
