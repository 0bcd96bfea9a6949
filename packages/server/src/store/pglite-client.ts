/**
 * PGlite — PostgreSQL compiled to WebAssembly, running in this process on a data folder — as the
 * embedded database: the server starts without a database server, and the same SQL runs as on
 * a real PostgreSQL. PGlite has one connection and runs one transaction at a time; LISTEN and
 * NOTIFY work within the process.
 */
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlNotificationHandler, SqlQueryable } from './sql-client.js';

export interface PgliteClientOptions {
  /**
   * The data folder (created if missing), or `memory://` for a database that lives only as long
   * as the process. One process at a time may open a folder.
   */
  dataDir?: string;
  /** A PGlite of your own instead (not closed by `close()`). */
  db?: PGlite;
}

export async function createPgliteClient(options: PgliteClientOptions): Promise<SqlClient> {
  if (!options.db && !options.dataDir) throw new TypeError('createPgliteClient: give a dataDir (or memory://) or a PGlite.');
  const ownsDb = !options.db;
  const db = options.db ?? (await PGlite.create(options.dataDir!));
  const channels = new Map<string, { handlers: Set<SqlNotificationHandler>; listening: Promise<unknown> }>();
  let closed = false;

  const on = (target: Pick<PGlite, 'query' | 'exec'>): SqlQueryable => ({
    async query<Row>(text: string, params?: readonly unknown[]) {
      const result = await target.query<Row>(text, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async script(text: string) {
      await target.exec(text);
    },
  });

  return {
    kind: 'pglite',
    ...on(db),

    transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(on(tx)));
    },

    async listen(channel: string, handler: SqlNotificationHandler): Promise<() => void> {
      if (closed) throw new Error('createPgliteClient: the client is closed.');
      let entry = channels.get(channel);
      if (!entry) {
        const handlers = new Set<SqlNotificationHandler>();
        const listening = db.listen(channel, (payload) => {
          for (const each of [...handlers]) each.notify(payload);
        });
        entry = { handlers, listening };
        channels.set(channel, entry);
        const failed = entry;
        listening.catch(() => {
          if (channels.get(channel) === failed) channels.delete(channel);
        });
      }
      entry.handlers.add(handler);
      await entry.listening;
      const { handlers } = entry;
      return () => {
        handlers.delete(handler);
      };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      channels.clear();
      if (ownsDb) await db.close();
    },
  };
}
