/**
 * The PostgreSQL adapter of core's snapshot store port (PostgreSQL and PGlite alike): one
 * network's snapshot generation in `samverkan.snapshots` (migrations/0006), so that a server
 * loading a network with a long log starts from each stream's state instead of replaying every
 * event. The runtime trusts none of it (it checks every record against the log), so the table
 * is a cache: replaced as a whole, deleted with the log.
 *
 * A generation is large (at a million events, tens of thousands of records and a few hundred MB
 * of JSON), so it is written and read in pages — written in one transaction (all or nothing),
 * read in one snapshot of the database (a generation another process replaces meanwhile is
 * never read half old, half new).
 */
import type { SnapshotRecord, SnapshotStore } from '@samverkan/core/runtime';
import { onMigrated } from './on-migrated.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';

export interface PostgresSnapshotStoreOptions {
  sql: SqlClient;
  /** The network whose snapshots these are (its row in `samverkan.networks` is made if new). */
  network: string;
  /** Records per statement when writing and reading (default 1 000). */
  pageSize?: number;
}

export function createPostgresSnapshotStore({ sql, network, pageSize = 1_000 }: PostgresSnapshotStoreOptions): SnapshotStore {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`Snapshot store: pageSize must be a whole number ≥ 1 (was ${pageSize}).`);
  let closed = false;
  const ensureOpen = (what: string) => {
    if (closed) throw new Error(`Snapshot store: cannot ${what}, the store is closed.`);
  };

  const guard = <T>(what: string, work: () => Promise<T>) => onMigrated(sql, what, work);

  const remove = (tx: SqlQueryable) => tx.query('DELETE FROM samverkan.snapshots WHERE network = $1', [network]);

  return {
    async readAll() {
      ensureOpen('read');
      return guard('read the snapshots', () =>
        sql.transaction(async (tx) => {
          // Every page from one snapshot of the database: one generation, whoever writes meanwhile.
          await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
          const records: unknown[] = [];
          let after = '';
          for (;;) {
            // As text, parsed here: the rows cross to PGlite's thread and back as strings.
            const { rows } = await tx.query<{ stream: string; record: string }>(
              'SELECT stream, record::text AS record FROM samverkan.snapshots WHERE network = $1 AND stream > $2 ORDER BY stream LIMIT $3',
              [network, after, pageSize],
            );
            for (const row of rows) records.push(JSON.parse(row.record) as unknown);
            if (rows.length < pageSize) return records;
            after = rows.at(-1)!.stream;
          }
        }),
      );
    },

    async replace(given: readonly SnapshotRecord[]) {
      ensureOpen('write');
      // Serialized before the first await (the records are the live runtime's); one record per
      // stream, the last given winning, as the memory adapter keeps them.
      const texts = new Map<string, string>();
      for (const record of given) {
        if (typeof record?.stream !== 'string' || record.stream === '') throw new TypeError('Snapshot store: every record needs a stream.');
        texts.set(record.stream, JSON.stringify(record));
      }
      const rows = [...texts];
      await guard('write the snapshots', () =>
        sql.transaction(async (tx) => {
          await tx.query('INSERT INTO samverkan.networks (network) VALUES ($1) ON CONFLICT (network) DO NOTHING', [network]);
          await remove(tx);
          for (let start = 0; start < rows.length; start += pageSize) {
            const page = rows.slice(start, start + pageSize);
            await tx.query(
              'INSERT INTO samverkan.snapshots (network, stream, record) SELECT $1, stream, record::json FROM unnest($2::text[], $3::text[]) AS page (stream, record)',
              [network, page.map(([stream]) => stream), page.map(([, text]) => text)],
            );
          }
        }),
      );
    },

    async clear() {
      ensureOpen('clear');
      await guard('clear the snapshots', () => remove(sql));
    },

    async close() {
      closed = true;
    },
  };
}
