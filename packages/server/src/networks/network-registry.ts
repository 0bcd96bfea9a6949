/**
 * One core runtime per network, held by this process while it is used: loaded on demand (from
 * its snapshots and the events after them, or its whole log replayed), and released when nobody
 * has used it for a while and no live stream is open on it (its snapshots written first when
 * due, see `SnapshotSchedule`). Networks are apart: each has its own store, runtime and
 * identity, and nothing one request does reaches another network.
 *
 * Core's runtime is the only writer. Its identity policy reads the request's person from
 * `requestScope` (the session's person, never the body's `by`), and its clock is the server's.
 * The writes of one network in this process take turns (`exclusive`), so two people acting at
 * once on one meeting are both checked against the latest state instead of one of them losing a
 * race to the other; across processes the store's expected versions decide (a `CONFLICT`).
 */
import { createSamverkan, sessionIdentity, type Clock, type EventStore, type Samverkan, type StoredEvent } from '@samverkan/core/runtime';
import { isEventStoreUnavailable } from '../store/store-errors.js';
import { actingPerson, requestScope } from '../server/request-context.js';
import type { Logger } from '../server/logger.js';
import type { NetworkStores } from './network-stores.js';
import { SnapshotSchedule } from './snapshot-schedule.js';

/** A loaded network. */
export interface NetworkHandle {
  readonly name: string;
  readonly runtime: Samverkan;
  readonly store: EventStore;
  /** Runs `work` after this process's other writes to the network have finished. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Hears every append to the network's log (this process's and others'), in log order. */
  onEvents(listener: (events: readonly StoredEvent[]) => void): () => void;
  /**
   * The last log position this process has heard of: a client that reads the state after
   * asking for it and follows the live stream from it misses nothing (at worst it hears again
   * of a change its state already holds).
   */
  position(): number;
}

export interface NetworkRegistryOptions {
  stores: NetworkStores;
  clock: Clock;
  /** A clock of a network's own, where a host runs one (a demo shows each sample as of its own day). */
  clockOf?: ((network: string) => Clock | undefined) | undefined;
  /** Release a network unused for this long (ms). */
  idleMs: number;
  /**
   * Write a network's snapshots once this many events are in its state that its last snapshots
   * do not cover (default 10 000; 0: never). Only where the stores keep snapshots.
   */
  snapshotEveryEvents?: number;
  /** And write them when the network has had no new event for this long (ms, default 30 000). */
  snapshotQuietMs?: number;
  log: Logger;
}

interface Entry {
  handle: NetworkHandle;
  leases: number;
  lastUsed: number;
  /** Writes in flight or waiting (drained at shutdown). */
  writes: Promise<unknown>;
  pendingWrites: number;
  close(): Promise<void>;
}

export class NetworkNotFoundError extends Error {
  override readonly name = 'NetworkNotFoundError';
  constructor(readonly network: string) {
    super(`The network «${network}» does not exist.`);
  }
}

export class NetworkRegistry {
  readonly #options: NetworkRegistryOptions;
  readonly #entries = new Map<string, Promise<Entry>>();
  readonly #sweeper: NodeJS.Timeout;
  #closed = false;

  constructor(options: NetworkRegistryOptions) {
    this.#options = options;
    this.#sweeper = setInterval(() => void this.sweep(), Math.max(250, Math.min(options.idleMs / 2, 60_000)));
    this.#sweeper.unref();
  }

  /** How many networks this process holds now. */
  get loaded(): number {
    return this.#entries.size;
  }

  /** Runs `work` with the network loaded (throws `NetworkNotFoundError` for one that does not exist). */
  async use<T>(network: string, work: (handle: NetworkHandle) => Promise<T>): Promise<T> {
    const { handle, release } = await this.lease(network);
    try {
      return await work(handle);
    } finally {
      release();
    }
  }

  /** Holds the network loaded until `release` (a live stream). */
  async lease(network: string): Promise<{ handle: NetworkHandle; release: () => void }> {
    if (this.#closed) throw new Error('The network registry is closed.');
    const entry = await this.#load(network);
    entry.leases += 1;
    entry.lastUsed = Date.now();
    let released = false;
    return {
      handle: entry.handle,
      release: () => {
        if (released) return;
        released = true;
        entry.leases -= 1;
        entry.lastUsed = Date.now();
      },
    };
  }

  /** Releases networks idle for longer than `idleMs` (also called by a timer). */
  async sweep(now = Date.now()): Promise<string[]> {
    const released: string[] = [];
    for (const [name, pending] of [...this.#entries]) {
      const entry = await pending.catch(() => undefined);
      if (!entry || entry.leases > 0 || entry.pendingWrites > 0 || now - entry.lastUsed < this.#options.idleMs) continue;
      if (this.#entries.get(name) !== pending) continue;
      this.#entries.delete(name);
      await entry.close();
      released.push(name);
      this.#options.log.info('network released', { network: name });
    }
    return released;
  }

  /** Waits for every write in flight (shutdown), then closes every network. */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweeper);
    const entries = await Promise.all([...this.#entries.values()].map((pending) => pending.catch(() => undefined)));
    await Promise.all(entries.map((entry) => entry?.writes));
    this.#entries.clear();
    await Promise.all(entries.map((entry) => entry?.close()));
  }

  /** Resolves when every write in flight has finished. */
  async drainWrites(): Promise<void> {
    const entries = await Promise.all([...this.#entries.values()].map((pending) => pending.catch(() => undefined)));
    await Promise.all(entries.map((entry) => entry?.writes));
  }

  #load(network: string): Promise<Entry> {
    let pending = this.#entries.get(network);
    if (!pending) {
      pending = this.#open(network);
      this.#entries.set(network, pending);
      // A failed load (a database away, a network that does not exist) is tried again next time.
      pending.catch(() => {
        if (this.#entries.get(network) === pending) this.#entries.delete(network);
      });
    }
    return pending;
  }

  async #open(network: string): Promise<Entry> {
    const { stores, log } = this.#options;
    const clock = this.#options.clockOf?.(network) ?? this.#options.clock;
    if (!(await stores.exists(network))) throw new NetworkNotFoundError(network);
    const started = Date.now();
    const opened = await stores.open(network);
    const store = reportingUnavailability(opened);
    const snapshots = stores.snapshots?.(network);
    let runtime: Samverkan;
    try {
      runtime = await createSamverkan({ store, identity: sessionIdentity(actingPerson), clock, ...(snapshots ? { snapshots } : {}) });
    } catch (error) {
      await opened.close().catch(() => undefined);
      await snapshots?.close().catch(() => undefined);
      throw error;
    }
    const snapshotting = snapshots ? new SnapshotSchedule(network, runtime, this.#options.snapshotEveryEvents ?? 10_000, log, this.#options.snapshotQuietMs) : undefined;
    snapshotting?.heard(runtime.startUp.replayed);
    const listeners = new Set<(events: readonly StoredEvent[]) => void>();
    // Where the log ends, without reading it a second time after the runtime's replay (a store of
    // a long log says so itself).
    let position = opened.lastPosition ? await opened.lastPosition() : ((await opened.readAll()).at(-1)?.position ?? 0);
    const unsubscribe = opened.subscribe((events) => {
      position = Math.max(position, ...events.map((event) => event.position));
      snapshotting?.heard(events.length);
      for (const listener of [...listeners]) {
        try {
          listener(events);
        } catch (error) {
          log.error('live listener failed', { network, error: error as Error });
        }
      }
    });
    const entry: Entry = {
      leases: 0,
      lastUsed: Date.now(),
      writes: Promise.resolve(),
      pendingWrites: 0,
      handle: {
        name: network,
        runtime,
        store,
        exclusive: <T>(work: () => Promise<T>): Promise<T> => {
          entry.pendingWrites += 1;
          const run = entry.writes.then(work, work);
          entry.writes = run.then(
            () => undefined,
            () => undefined,
          );
          return run.finally(() => {
            entry.pendingWrites -= 1;
            entry.lastUsed = Date.now();
          });
        },
        position: () => position,
        onEvents: (listener) => {
          listeners.add(listener);
          return () => {
            listeners.delete(listener);
          };
        },
      },
      close: async () => {
        unsubscribe();
        listeners.clear();
        snapshotting?.stop();
        await snapshotting?.saveIfDue('released');
        await runtime.close();
        await opened.close();
        await snapshots?.close();
      },
    };
    const { from, restored, replayed } = runtime.startUp;
    log.info('network loaded', { network, ms: Date.now() - started, from, restored, replayed, damaged: runtime.getState().damaged.length });
    // In the background: the network answers meanwhile.
    void snapshotting?.saveIfDue('loaded');
    return entry;
  }
}

/**
 * The store as core's runtime sees it: the same, except that a database that cannot be reached
 * is noted in the request's scope before the error goes on to core (which answers it as a
 * `CONFLICT` that wrote nothing) — so the server can answer 503 instead.
 */
function reportingUnavailability(store: EventStore): EventStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          note(error);
          throw error;
        }
        if (result instanceof Promise) return result.catch((error: unknown) => {
          note(error);
          throw error;
        });
        return result;
      };
    },
  });
}

function note(error: unknown): void {
  const scope = requestScope.getStore();
  if (scope && isEventStoreUnavailable(error)) scope.storeFailure = error;
}
