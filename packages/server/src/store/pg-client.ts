/**
 * A real PostgreSQL through `pg`: a pool for queries and transactions, and one connection of
 * its own for LISTEN, which reconnects by itself when the server goes away (a restart, a
 * fail-over of a managed database) and tells its handlers so they catch up on what they missed.
 */
import pg from 'pg';
import type { SqlClient, SqlNotificationHandler, SqlQueryable } from './sql-client.js';

export interface PgClientOptions {
  /** `postgres://user:password@host:port/database` — typically `DATABASE_URL`. */
  connectionString?: string;
  /** A pool of your own instead (not closed by `close()`). Its options open the LISTEN connection. */
  pool?: pg.Pool;
  /** Connections in the pool. Default 10. */
  max?: number;
  /**
   * How long to wait for a connection before failing, in ms. Default 5000: while the database
   * is down a request fails quickly (503) instead of hanging.
   */
  connectionTimeoutMillis?: number;
  /** Shown in `pg_stat_activity`. Default `samverkan`. */
  applicationName?: string;
  /** Where errors go that no caller awaits (an idle connection dropped, LISTEN lost). Default `console.error`. */
  onError?: (error: unknown) => void;
}

/** Delays between attempts to get the LISTEN connection back, in ms (the last one repeats). */
const RECONNECT_DELAYS = [50, 100, 250, 500, 1000, 2000, 5000];

export function createPgClient(options: PgClientOptions): SqlClient {
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  if (!options.pool && !options.connectionString) throw new TypeError('createPgClient: give a connectionString or a pool.');
  const ownsPool = !options.pool;
  const pool =
    options.pool ??
    new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
      application_name: options.applicationName ?? 'samverkan',
    });
  // An idle connection that the server drops emits 'error' on the pool; unhandled, it would end
  // the process. The pool has already discarded it; the next query opens a fresh one.
  const onPoolError = (error: Error) => onError(error);
  pool.on('error', onPoolError);

  let closed = false;
  const channels = new Map<string, Set<SqlNotificationHandler>>();
  /** The LISTEN connection (or the attempt to make it); undefined while none is wanted or one is being awaited. */
  let connection: Promise<pg.Client> | undefined;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let listening: Promise<void> = Promise.resolve();

  /** Opens a connection and LISTENs on every channel; once it is lost, a new one is scheduled. */
  async function openListener(): Promise<pg.Client> {
    // TCP keepalive: a connection that only listens sends nothing, so without it a peer that
    // vanished without closing (a network partition) would go unnoticed.
    const client = new pg.Client({ ...pool.options, keepAlive: true, application_name: `${options.applicationName ?? 'samverkan'} (listen)` });
    let up = false;
    let lost = false;
    const loseConnection = (error?: unknown) => {
      if (lost) return;
      lost = true;
      client.end().catch(() => undefined);
      // Only a connection that was up is replaced here; a failed attempt is its caller's to handle.
      if (!up || closed) return;
      if (error !== undefined) onError(error);
      connection = undefined;
      scheduleReconnect(0);
    };
    client.on('error', (error) => loseConnection(error));
    client.on('end', () => loseConnection());
    client.on('notification', (message) => {
      for (const handler of [...(channels.get(message.channel) ?? [])]) handler.notify(message.payload ?? '');
    });
    try {
      await client.connect();
      for (const channel of channels.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    up = true;
    return client;
  }

  function scheduleReconnect(attempt: number): void {
    if (closed || reconnectTimer) return;
    const delay = RECONNECT_DELAYS[Math.min(attempt, RECONNECT_DELAYS.length - 1)]!;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      if (closed) return;
      const next = openListener();
      connection = next;
      next.then(
        (client) => {
          if (closed) {
            void client.end().catch(() => undefined);
            return;
          }
          // Notifications sent while the connection was down are lost: every handler catches up.
          for (const handlers of channels.values()) for (const handler of [...handlers]) handler.reconnected();
        },
        (error: unknown) => {
          if (connection === next) connection = undefined;
          if (closed) return;
          onError(error);
          scheduleReconnect(attempt + 1);
        },
      );
    }, delay);
  }

  /** Queries on the pool or on one connection; a script (no parameters) goes as a simple query, which may hold several statements. */
  const on = (target: pg.Pool | pg.PoolClient): SqlQueryable => ({
    async query<Row>(text: string, params?: readonly unknown[]) {
      const result = await target.query(text, params as unknown[] | undefined);
      return { rows: result.rows as Row[] };
    },
    async script(text: string) {
      await target.query(text);
    },
  });

  return {
    kind: 'postgres',
    ...on(pool),

    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A connection that breaks between two statements emits 'error' on the client, which the
      // pool no longer watches while it is checked out: keep it from ending the process. The
      // next statement on it fails, and the pool drops it on release.
      const onClientError = (error: Error) => {
        broken = error;
      };
      client.on('error', onClientError);
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection is gone (or in a state nobody should reuse): the pool drops it.
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.off('error', onClientError);
        client.release(broken);
      }
    },

    listen(channel: string, handler: SqlNotificationHandler): Promise<() => void> {
      // One at a time, so a second handler on a channel is not told "listening" before the
      // first one's LISTEN has reached the server.
      const step = listening.then(() => listenNow(channel, handler));
      listening = step.then(
        () => undefined,
        () => undefined,
      );
      return step;
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      clearTimeout(reconnectTimer);
      const pending = connection;
      connection = undefined;
      if (pending) await pending.then((client) => client.end()).catch(() => undefined);
      // The pool's error listener stays: a connection the server ends while the pool closes
      // (a database dropped WITH (FORCE), a shutdown) still reports through it.
      if (ownsPool) await pool.end();
    },
  };

  async function listenNow(channel: string, handler: SqlNotificationHandler): Promise<() => void> {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new TypeError(`createPgClient: «${channel}» is not a channel name this client listens on.`);
    if (closed) throw new Error('createPgClient: the client is closed.');
    const isNewChannel = !channels.has(channel);
    const handlers = channels.get(channel) ?? new Set<SqlNotificationHandler>();
    channels.set(channel, handlers);
    handlers.add(handler);
    const stop = () => {
      handlers.delete(handler);
    };
    // The connection was lost and a new one is on its way: it LISTENs on every channel and
    // tells every handler to catch up, this one too.
    if (!connection && reconnectTimer) return stop;
    try {
      if (!connection) {
        const first = openListener();
        connection = first;
        first.catch(() => {
          if (connection === first) connection = undefined;
        });
      }
      const client = await connection;
      if (isNewChannel) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      if (reconnectTimer) return stop; // lost meanwhile: the reconnection covers this channel
      stop();
      if (handlers.size === 0) channels.delete(channel);
      throw error;
    }
    return stop;
  }
}
