/**
 * The little the event store needs from a PostgreSQL driver, so one store runs on a real
 * PostgreSQL (`pg`) and on PGlite (PostgreSQL in WebAssembly, in this process) alike: queries
 * with `$1` parameters, a transaction on one connection, and LISTEN for notifications.
 */

/** Something to send queries to: the client itself, or the connection of a transaction. */
export interface SqlQueryable {
  /** Runs one statement with `$1`, `$2`, … parameters. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements without parameters (a migration file). */
  script(text: string): Promise<void>;
}

/** What a listener hears on its channel. */
export interface SqlNotificationHandler {
  /** A notification's payload. */
  notify(payload: string): void;
  /**
   * The connection that listens was lost and is back: notifications sent in between are lost,
   * so a listener catches up from what it last saw.
   */
  reconnected(): void;
}

export interface SqlClient extends SqlQueryable {
  /** `postgres` (a PostgreSQL server, through `pg`) or `pglite` (embedded). */
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `work` in one transaction on one connection: COMMIT if it resolves, ROLLBACK if it
   * throws (and the error is thrown on).
   */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Listens on `channel` (one shared LISTEN per client, however many handlers); resolves once
   * notifications on it are heard. Returns a function that stops this handler.
   */
  listen(channel: string, handler: SqlNotificationHandler): Promise<() => void>;
  /** Closes the connections this client opened (not a pool or PGlite it was handed). */
  close(): Promise<void>;
}
