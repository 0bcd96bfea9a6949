/**
 * The database a server runs on, chosen by configuration: a PostgreSQL server when a connection
 * string is given (`DATABASE_URL`), else PGlite in a data folder, on a worker thread of its own
 * (`pglite-thread-client.ts`) — so starting the server needs no database server. Either way the schema is brought up to date before it is handed out.
 */
import { ensureMigrated } from './migrations.js';
import { createPgClient } from './pg-client.js';
import { createPgliteThreadClient } from './pglite-thread-client.js';
import type { SqlClient } from './sql-client.js';
import { EventStoreUnavailableError, isConnectionFailure } from './store-errors.js';

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection string (`postgres://…`, typically `DATABASE_URL`). Selects PostgreSQL. */
  url?: string;
  /** Without `url`: PGlite's data folder (created if missing), or `memory://`. */
  dataDir?: string;
  /** Where errors go that no caller awaits (PostgreSQL: a dropped idle connection, a lost LISTEN). */
  onError?: (error: unknown) => void;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<SqlClient> {
  const url = options.url?.trim();
  if (!url && !options.dataDir) throw new TypeError('openDatabase: give a PostgreSQL url (DATABASE_URL) or a PGlite dataDir.');
  const sql = url ? createPgClient({ connectionString: url, onError: options.onError }) : await createPgliteThreadClient({ dataDir: options.dataDir! });
  try {
    await ensureMigrated(sql);
  } catch (error) {
    await sql.close().catch(() => undefined);
    if (isConnectionFailure(error)) throw new EventStoreUnavailableError('prepare the database schema', error);
    throw error;
  }
  return sql;
}
