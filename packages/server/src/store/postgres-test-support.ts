/**
 * The PostgreSQL server the test run started (vitest.global-setup.ts), for the tests on a real
 * PostgreSQL (test-only: no entry point reaches this file).
 */
import { describe, inject, it } from 'vitest';
import type { PostgresClusterInfo } from '../../scripts/postgres-cluster.mjs';
import { runPostgresTool } from '../../scripts/postgres-cluster.mjs';
import type { PostgresEventStore, PostgresStoreOptions } from './postgres-store.js';
import { createPostgresStore } from './postgres-store.js';
import { createPgClient } from './pg-client.js';

/**
 * Declares the tests in `tests` with the server's address, or — when PostgreSQL is missing or
 * did not start — one test that fails with the reason. Never a skip.
 */
export function describeOnPostgres(name: string, tests: (postgres: PostgresClusterInfo) => void): void {
  const postgres = inject('postgres');
  if ('error' in postgres) {
    describe(name, () => {
      it('has a PostgreSQL server to run on', () => {
        throw new Error(postgres.error);
      });
    });
    return;
  }
  tests(postgres);
}

/** A store with a pool of its own (as another server process would have), closed with the store. */
export async function storeWithOwnPool(url: string, options: Omit<PostgresStoreOptions, 'sql'> & { applicationName?: string }): Promise<PostgresEventStore> {
  const sql = createPgClient({ connectionString: url, max: 4, onError: options.onError, applicationName: options.applicationName });
  try {
    const store = await createPostgresStore({ ...options, sql });
    const close = store.close;
    return Object.assign(store, {
      async close() {
        await close();
        await sql.close();
      },
    });
  } catch (error) {
    await sql.close();
    throw error;
  }
}

/** Stops the server (`fast`: sessions are ended and it shuts down cleanly). */
export function stopServer(postgres: PostgresClusterInfo, mode: 'fast' | 'immediate' = 'fast'): void {
  runPostgresTool(postgres, 'pg_ctl', ['stop', '-D', postgres.dataDir, '-m', mode, '-w', '-t', '60']);
}

/** Starts the server again on the same data and port. */
export function startServer(postgres: PostgresClusterInfo): void {
  runPostgresTool(postgres, 'pg_ctl', [
    'start',
    '-D',
    postgres.dataDir,
    '-l',
    postgres.logFile,
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${postgres.port} -k ${postgres.baseDir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
  ]);
}
