/**
 * Where the server keeps its networks: one event store per network, opened on demand. On
 * PostgreSQL (or PGlite) every network is a log in one database; in memory, for tests and a
 * throw-away server, a map of memory stores. A network exists once something was written to its
 * log (its first dataset load, by `createNetwork` or the CLI): a request for any other name does
 * not make one.
 */
import { createMemorySnapshotStore, createMemoryStore, type EventStore, type SnapshotStore } from '@samverkan/core/runtime';
import { createPostgresSnapshotStore } from '../store/postgres-snapshot-store.js';
import { createPostgresStore, type PostgresEventStore } from '../store/postgres-store.js';
import { onMigrated } from '../store/on-migrated.js';
import type { SqlClient } from '../store/sql-client.js';

/** A network's log; a database's store also says where it ends without reading it. */
export type NetworkStore = EventStore & { lastPosition?(): Promise<number> };

export interface NetworkStores {
  /** `postgres`, `pglite` or `memory`. */
  readonly kind: string;
  /** The log of `network` (made if it is new). */
  open(network: string): Promise<NetworkStore>;
  /** Where `network`'s snapshots are kept (a cache beside its log: core checks them against it); none: every load replays the whole log. */
  snapshots?(network: string): SnapshotStore;
  /** Whether `network` has a log with anything in it. */
  exists(network: string): Promise<boolean>;
  /** The networks that exist, by name. */
  list(): Promise<string[]>;
  /** Resolves when the database answers (readiness); rejects otherwise. */
  ping(): Promise<void>;
  /** Closes the database (the stores opened are closed by whoever opened them). */
  close(): Promise<void>;
}

/** A network's name: lower-case letters, digits and dashes, 1–63 characters, as in a URL path. */
export const NETWORK_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The networks of one PostgreSQL or PGlite database (`openDatabase`). `ownsClient`: close the
 * client with the stores (default true).
 */
export function postgresNetworkStores(sql: SqlClient, options: { ownsClient?: boolean; onError?: (error: unknown) => void } = {}): NetworkStores {
  const guard = <T>(what: string, work: () => Promise<T>) => onMigrated(sql, what, work);
  return {
    kind: sql.kind,
    open: (network): Promise<PostgresEventStore> => createPostgresStore({ sql, network, ...(options.onError ? { onError: options.onError } : {}) }),
    snapshots: (network) => createPostgresSnapshotStore({ sql, network }),
    async exists(network) {
      // The store's own table (migrations/0001): a network that was written to has a last position.
      const { rows } = await guard('read the networks', () => sql.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM samverkan.networks WHERE network = $1 AND last_position > 0) AS found', [network]));
      return rows[0]?.found === true;
    },
    async list() {
      const { rows } = await guard('read the networks', () => sql.query<{ network: string }>('SELECT network FROM samverkan.networks WHERE last_position > 0 ORDER BY network'));
      return rows.map((row) => row.network);
    },
    async ping() {
      await guard('reach the database', () => sql.query('SELECT 1'));
    },
    async close() {
      if (options.ownsClient !== false) await sql.close();
    },
  };
}

/** Networks in memory: for tests and a server whose data may go with the process. */
export function memoryNetworkStores(): NetworkStores {
  const stores = new Map<string, EventStore>();
  const snapshotStores = new Map<string, SnapshotStore>();
  return {
    kind: 'memory',
    async open(network) {
      let store = stores.get(network);
      if (!store) {
        store = createMemoryStore();
        stores.set(network, store);
      }
      // The registry closes what it opens; a memory store would lose its log, so hand out a view
      // whose close does nothing.
      return { ...store, close: async () => undefined } as EventStore;
    },
    snapshots(network) {
      let snapshots = snapshotStores.get(network);
      if (!snapshots) {
        snapshots = createMemorySnapshotStore();
        snapshotStores.set(network, snapshots);
      }
      // Kept for the network's next load, as its log is.
      return { ...snapshots, close: async () => undefined };
    },
    async exists(network) {
      const store = stores.get(network);
      return store !== undefined && (await store.readAll()).length > 0;
    },
    async list() {
      const names: string[] = [];
      for (const [network, store] of stores) if ((await store.readAll()).length > 0) names.push(network);
      return names.sort();
    },
    async ping() {},
    async close() {
      stores.clear();
      snapshotStores.clear();
    },
  };
}
