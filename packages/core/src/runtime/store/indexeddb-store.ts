/// <reference lib="dom" />
/**
 * The IndexedDB adapter of the event store port: a browser keeps its data across reloads, and
 * several tabs share one log. Each append is one readwrite transaction over `events` and
 * `streams`, so appends — also from other tabs — are serialised by IndexedDB itself; the unique
 * index on [stream, version] is the backstop. Other tabs learn of new events through a
 * BroadcastChannel and read them back from the database.
 */
import type { PersonalDataRecord } from '../../person/personal-data.js';
import type { AppendResult, BatchAppendResult, EventStore, NewEvent, PersonalDataChange, StoredEvent, StoreListener, StreamAppend, StreamAppendOutcome } from './store.js';
import type { StoreOptions } from './store-support.js';
import {
  batchConflict,
  checkAppendArguments,
  checkBatchArguments,
  checkFrom,
  closedError,
  commandIdsOf,
  conflict,
  copyEvents,
  defaultOnError,
  describeError,
  notify,
  personalRecords,
  toRecord,
} from './store-support.js';

/**
 * An IndexedDB factory: the browser's `indexedDB` or fake-indexeddb's. Typed by shape, so the
 * published types don't need the DOM library (a Node consumer compiles without it).
 */
export interface IndexedDbFactory {
  open(name: string, version?: number): object;
  deleteDatabase(name: string): object;
}

/** The `IDBKeyRange` constructor of the same implementation as the factory. */
export interface IndexedDbKeyRange {
  bound(lower: unknown, upper: unknown, lowerOpen?: boolean, upperOpen?: boolean): unknown;
  lowerBound(lower: unknown, open?: boolean): unknown;
}

export interface IndexedDbStoreOptions extends StoreOptions {
  /** Database name; also names the BroadcastChannel. Default `samverkan`. */
  name?: string;
  /** The IndexedDB factory. Default the global `indexedDB` (pass fake-indexeddb's in Node). */
  indexedDB?: IndexedDbFactory;
  /** The key-range constructor of the same implementation. Default the global `IDBKeyRange`. */
  IDBKeyRange?: IndexedDbKeyRange;
  /** Tell other tabs about appends (and hear theirs) over a BroadcastChannel, where one exists. Default true. */
  channel?: boolean;
}

/** Schema version of the database; bump with a migration in `upgrade`. */
const SCHEMA_VERSION = 2;
const EVENTS = 'events';
const STREAMS = 'streams';
/** The personal-data part (version 2): people's names and contact details, by person id. */
const PERSONAL = 'personalData';
const BY_STREAM_VERSION = 'streamVersion';
const BY_COMMAND = 'commandId';

/** A stream's head: its current version. */
interface StreamHead {
  stream: string;
  version: number;
}

/** What one tab tells the others: the positions of the batch it appended (contiguous). */
interface AppendedMessage {
  kind: 'appended';
  from: number;
  to: number;
}

/** The name of the BroadcastChannel of database `name`. */
export function storeChannelName(name: string): string {
  return `samverkan-event-store:${name}`;
}

export function createIndexedDbStore(options: IndexedDbStoreOptions = {}): EventStore {
  const name = options.name ?? 'samverkan';
  const factory = available(options.indexedDB ?? (globalThis as { indexedDB?: IndexedDbFactory }).indexedDB) as IDBFactory;
  const KeyRange = available(options.IDBKeyRange ?? (globalThis as { IDBKeyRange?: IndexedDbKeyRange }).IDBKeyRange) as typeof IDBKeyRange;
  const onError = options.onError ?? defaultOnError;
  const listeners = new Set<StoreListener>();
  let closed = false;
  /** The open connection, or the promise of it; dropped when the connection goes away so the next call reopens. */
  let connection: Promise<IDBDatabase> | undefined;

  /**
   * Delivery to listeners runs in log order, one step after another, whether a batch was
   * appended here or announced by another tab: `delivered` is the last position listeners have
   * seen (or skipped for want of listeners). A batch that arrives ahead of one still in flight
   * from another tab brings the missing events with it (read from the database), so each
   * stream's events reach listeners in version order and each batch once.
   */
  let delivered: number | undefined;
  /** The last position in the log when the current connection opened: the earliest starting point. */
  let positionAtOpen = 0;
  let delivery: Promise<void> = Promise.resolve();

  function deliver(from: number, to: number, known?: StoredEvent[]): Promise<void> {
    const step = delivery.then(async () => {
      if (closed) return;
      if (delivered === undefined) {
        await open();
        delivered ??= Math.min(positionAtOpen, from - 1);
      }
      if (to <= delivered) return;
      const after = delivered;
      delivered = to;
      if (listeners.size === 0) return;
      // One transaction's events (`from`…`to`) reach listeners as one batch; events of other
      // transactions not yet announced to us come first, split into their appends.
      const groups: StoredEvent[][] = [];
      if (from > after) {
        if (from > after + 1) groups.push(...batchesOf(await readRange(after + 1, from - 1)));
        const own = known && known[0]?.position === from ? known : await readRange(from, to);
        if (own.length > 0) groups.push(own);
      } else {
        groups.push(...batchesOf(await readRange(after + 1, to)));
      }
      for (const group of groups) {
        if (closed) return;
        notify(listeners, group, onError);
      }
    });
    delivery = step.catch((error: unknown) => {
      if (!closed) onError(error);
    });
    return delivery;
  }

  const channel =
    options.channel !== false && typeof BroadcastChannel === 'function' ? new BroadcastChannel(storeChannelName(name)) : undefined;
  if (channel) {
    channel.onmessage = (message: MessageEvent<unknown>) => {
      const range = asAppendedMessage(message.data);
      if (range) void deliver(range.from, range.to);
    };
  }

  function open(): Promise<IDBDatabase> {
    if (closed) return Promise.reject(closedError('open the database'));
    if (connection) return connection;
    const opened: Promise<IDBDatabase> = (async () => {
      const db = await openDatabase(factory, name);
      const dropped = () => {
        if (connection === opened) connection = undefined;
        // A database deleted and created anew counts positions from 1 again.
        delivered = undefined;
      };
      // Another tab wants a newer schema (or deletes the database): let it go ahead; our next
      // call reopens (and fails with a clear VersionError message if this code is now too old).
      db.onversionchange = () => {
        db.close();
        dropped();
      };
      // The browser closed the connection (storage cleared, disk error): reopen on next call.
      db.onclose = dropped;
      try {
        positionAtOpen = await lastPosition(db, name);
      } catch (error) {
        db.close();
        throw error;
      }
      return db;
    })();
    connection = opened;
    opened.catch(() => {
      if (connection === opened) connection = undefined;
    });
    return opened;
  }

  /** Runs `body` in one transaction and resolves with its result once the transaction has committed. */
  async function transact<T>(
    what: string,
    storeNames: string[],
    mode: IDBTransactionMode,
    body: (tx: IDBTransaction) => () => T,
    retried = false,
  ): Promise<T> {
    const db = await open();
    let tx: IDBTransaction;
    try {
      tx = db.transaction(storeNames, mode);
    } catch (error) {
      if (closed) throw closedError(what);
      // The connection closed between opening and starting (another tab's versionchange): reopen once.
      if (!retried && (error as { name?: unknown } | null)?.name === 'InvalidStateError') {
        const current = connection;
        if (current && (await current.catch(() => undefined)) === db && connection === current) connection = undefined;
        return transact(what, storeNames, mode, body, true);
      }
      throw storeError(what, name, error);
    }
    return new Promise<T>((resolve, reject) => {
      let result: () => T;
      try {
        result = body(tx);
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished: nothing to undo.
        }
        reject(storeError(what, name, error));
        return;
      }
      tx.oncomplete = () => {
        try {
          resolve(result());
        } catch (error) {
          reject(error);
        }
      };
      tx.onabort = () => reject(storeError(what, name, tx.error));
    });
  }

  function readRange(from: number, to: number): Promise<StoredEvent[]> {
    return transact('read events another tab appended', [EVENTS], 'readonly', (tx) => {
      const request = tx.objectStore(EVENTS).getAll(KeyRange.bound(from, to)) as IDBRequest<StoredEvent[]>;
      return () => request.result;
    });
  }

  async function append(stream: string, expectedVersion: number, events: readonly NewEvent[], personalData?: PersonalDataChange): Promise<AppendResult> {
    if (closed) throw closedError('append');
    checkAppendArguments(stream, expectedVersion, events);
    if (events.length === 0) return { ok: true, events: [], duplicate: false };
    // Versions are filled in inside the transaction; building the records first means data
    // that can't be cloned fails before anything is written.
    const records = events.map((event) => toRecord(stream, 0, event));
    const change = personalRecords(personalData);

    let result: AppendResult;
    try {
      result = await transact(`append to «${stream}»`, [EVENTS, STREAMS, PERSONAL], 'readwrite', (tx) => {
        const eventStore = tx.objectStore(EVENTS);
        const heads = tx.objectStore(STREAMS);
        let result: AppendResult | undefined;

        // 1. A retried command comes with the expected version of its first try, now stale:
        //    recognise it before comparing versions.
        const commandIds = commandIdsOf(events);
        const earlier: StoredEvent[] = [];
        let pending = commandIds.length;
        for (const commandId of commandIds) {
          const request = eventStore.index(BY_COMMAND).getAll(commandId) as IDBRequest<StoredEvent[]>;
          request.onsuccess = () => {
            earlier.push(...request.result);
            pending -= 1;
            if (pending === 0) afterCommandCheck();
          };
        }

        function afterCommandCheck(): void {
          if (earlier.length > 0) {
            const unique = new Map(earlier.map((event) => [event.position, event]));
            result = { ok: true, events: [...unique.values()].sort((a, b) => a.position - b.position), duplicate: true };
            return;
          }
          // 2. Read the head and compare.
          const headRequest = heads.get(stream) as IDBRequest<StreamHead | undefined>;
          headRequest.onsuccess = () => {
            const actual = headRequest.result?.version ?? 0;
            if (actual !== expectedVersion) {
              result = conflict(stream, expectedVersion, actual);
              return;
            }
            // 3. Add the events (the key generator gives each its position) and move the head.
            const stored: StoredEvent[] = [];
            records.forEach((record, index) => {
              const value = { ...record, version: actual + index + 1 };
              const addRequest = eventStore.add(value);
              addRequest.onsuccess = () => {
                stored[index] = { ...value, position: addRequest.result as number };
              };
            });
            heads.put({ stream, version: actual + records.length } satisfies StreamHead);
            writePersonal(tx, change);
            result = { ok: true, events: stored, duplicate: false };
          };
        }

        return () => {
          if (!result) throw new Error(`Event store: the append to «${stream}» in IndexedDB «${name}» committed without an outcome.`);
          return result;
        };
      });
    } catch (error) {
      // The unique [stream, version] index refused a write: someone else holds that version.
      // (The head said otherwise, so trust the events, not the head, for the actual version.)
      if (isConstraintError(error)) return conflict(stream, expectedVersion, await lastVersionInLog(stream));
      throw error;
    }

    if (result.ok && !result.duplicate) {
      announce(result.events);
      await deliver(result.events[0]!.position, result.events.at(-1)!.position, result.events);
    }
    return result.ok ? { ...result, events: copyEvents(result.events) } : result;
  }

  async function appendBatch(parts: readonly StreamAppend[]): Promise<BatchAppendResult> {
    if (closed) throw closedError('append');
    checkBatchArguments(parts);
    const records = parts.map(({ stream, events }) => events.map((event) => toRecord(stream, 0, event)));
    const changes = parts.map((part) => personalRecords(part.personalData));
    if (records.every((part) => part.length === 0)) return { ok: true, results: parts.map(() => ({ events: [], duplicate: false })), events: [] };

    let result: BatchAppendResult;
    try {
      result = await transact('append a batch', [EVENTS, STREAMS, PERSONAL], 'readwrite', (tx) => {
        const eventStore = tx.objectStore(EVENTS);
        const heads = tx.objectStore(STREAMS);
        let result: BatchAppendResult | undefined;

        // 1. Which parts' commands are already in the log (retries: not written again).
        const earlier = new Map<string, StoredEvent[]>();
        const commandIds = [...new Set(parts.flatMap((part) => commandIdsOf(part.events)))];
        const streams = [...new Set(parts.map((part) => part.stream))];
        let pending = commandIds.length + streams.length;
        const actual = new Map<string, number>();
        const step = () => {
          pending -= 1;
          if (pending === 0) write();
        };
        for (const commandId of commandIds) {
          const request = eventStore.index(BY_COMMAND).getAll(commandId) as IDBRequest<StoredEvent[]>;
          request.onsuccess = () => {
            if (request.result.length > 0) earlier.set(commandId, request.result);
            step();
          };
        }
        // 2. The heads of every stream the batch touches, in the same transaction.
        for (const stream of streams) {
          const request = heads.get(stream) as IDBRequest<StreamHead | undefined>;
          request.onsuccess = () => {
            actual.set(stream, request.result?.version ?? 0);
            step();
          };
        }
        if (pending === 0) write();

        // 3. Check every part in order; only if all fit, add the events and move the heads.
        function write(): void {
          const versions = new Map(actual);
          const duplicates: Array<StoredEvent[] | undefined> = [];
          for (const [index, part] of parts.entries()) {
            const found = commandIdsOf(part.events).flatMap((commandId) => earlier.get(commandId) ?? []);
            if (found.length > 0) {
              duplicates[index] = [...new Map(found.map((event) => [event.position, event])).values()].sort((a, b) => a.position - b.position);
              continue;
            }
            const version = versions.get(part.stream) ?? 0;
            if (version !== part.expectedVersion) {
              result = batchConflict(index, part.stream, part.expectedVersion, version);
              return;
            }
            versions.set(part.stream, version + part.events.length);
          }
          const outcomes: StreamAppendOutcome[] = [];
          const written: StoredEvent[] = [];
          const running = new Map(actual);
          parts.forEach((part, index) => {
            const duplicate = duplicates[index];
            if (duplicate) {
              outcomes[index] = { events: duplicate, duplicate: true };
              return;
            }
            const from = running.get(part.stream) ?? 0;
            const stored: StoredEvent[] = [];
            records[index]!.forEach((record, n) => {
              const value = { ...record, version: from + n + 1 };
              const addRequest = eventStore.add(value);
              addRequest.onsuccess = () => {
                const event = { ...value, position: addRequest.result as number };
                stored[n] = event;
                written.push(event);
              };
            });
            running.set(part.stream, from + part.events.length);
            writePersonal(tx, changes[index]!);
            outcomes[index] = { events: stored, duplicate: false };
          });
          for (const [stream, version] of running) {
            if (version !== actual.get(stream)) heads.put({ stream, version } satisfies StreamHead);
          }
          result = { ok: true, results: outcomes, events: written };
        }

        return () => {
          if (!result) throw new Error(`Event store: a batch append in IndexedDB «${name}» committed without an outcome.`);
          if (result.ok) result.events.sort((a, b) => a.position - b.position);
          return result;
        };
      });
    } catch (error) {
      // The unique [stream, version] index refused a write (a head behind its events): nothing
      // of the batch is stored. Name the first part that does not fit the events in the log.
      if (isConstraintError(error)) {
        const running = new Map<string, number>();
        for (const [index, part] of parts.entries()) {
          const version = running.get(part.stream) ?? (await lastVersionInLog(part.stream));
          if (version !== part.expectedVersion) return batchConflict(index, part.stream, part.expectedVersion, version);
          running.set(part.stream, version + part.events.length);
        }
        return batchConflict(0, parts[0]!.stream, parts[0]!.expectedVersion, await lastVersionInLog(parts[0]!.stream));
      }
      throw error;
    }

    if (result.ok && result.events.length > 0) {
      announce(result.events);
      await deliver(result.events[0]!.position, result.events.at(-1)!.position, result.events);
    }
    return result.ok ? { ok: true, results: result.results.map((outcome) => ({ ...outcome, events: copyEvents(outcome.events) })), events: copyEvents(result.events) } : result;
  }

  /** The highest version of `stream` among the stored events (0 if none). */
  function lastVersionInLog(stream: string): Promise<number> {
    return transact(`read the version of «${stream}»`, [EVENTS], 'readonly', (tx) => {
      const range = KeyRange.bound([stream, 0], [stream, Number.POSITIVE_INFINITY]);
      const request = tx.objectStore(EVENTS).index(BY_STREAM_VERSION).openCursor(range, 'prev');
      let last = 0;
      request.onsuccess = () => {
        last = (request.result?.value as StoredEvent | undefined)?.version ?? 0;
      };
      return () => last;
    });
  }

  function announce(events: readonly StoredEvent[]): void {
    if (!channel || closed || events.length === 0) return;
    const positions = events.map((event) => event.position);
    const message: AppendedMessage = { kind: 'appended', from: Math.min(...positions), to: Math.max(...positions) };
    try {
      channel.postMessage(message);
    } catch (error) {
      onError(error);
    }
  }

  async function version(stream: string): Promise<number> {
    if (closed) throw closedError('read');
    return transact(`read the version of «${stream}»`, [STREAMS], 'readonly', (tx) => {
      const request = tx.objectStore(STREAMS).get(stream) as IDBRequest<StreamHead | undefined>;
      return () => request.result?.version ?? 0;
    });
  }

  /** Every stream head in one read (see `EventStore.heads`). */
  async function heads(): Promise<ReadonlyMap<string, number>> {
    if (closed) throw closedError('read');
    return transact('read the stream heads', [STREAMS], 'readonly', (tx) => {
      const request = tx.objectStore(STREAMS).getAll() as IDBRequest<StreamHead[]>;
      return () => new Map(request.result.filter((head) => typeof head?.stream === 'string').map((head) => [head.stream, head.version]));
    });
  }

  return {
    append,
    appendBatch,
    version,
    heads,

    async readPersonalData(): Promise<PersonalDataRecord[]> {
      if (closed) throw closedError('read');
      return transact('read personal data', [PERSONAL], 'readonly', (tx) => {
        const request = tx.objectStore(PERSONAL).getAll() as IDBRequest<PersonalDataRecord[]>;
        return () => request.result;
      });
    },

    async read(stream: string, fromVersion = 1): Promise<StoredEvent[]> {
      if (closed) throw closedError('read');
      const from = checkFrom('fromVersion', fromVersion);
      return transact(`read «${stream}»`, [EVENTS], 'readonly', (tx) => {
        const range = KeyRange.bound([stream, from], [stream, Number.POSITIVE_INFINITY]);
        const request = tx.objectStore(EVENTS).index(BY_STREAM_VERSION).getAll(range) as IDBRequest<StoredEvent[]>;
        return () => request.result;
      });
    },

    async readAll(fromPosition = 1): Promise<StoredEvent[]> {
      if (closed) throw closedError('read');
      const from = checkFrom('fromPosition', fromPosition);
      return transact('read the log', [EVENTS], 'readonly', (tx) => {
        const request = tx.objectStore(EVENTS).getAll(KeyRange.lowerBound(from)) as IDBRequest<StoredEvent[]>;
        return () => request.result;
      });
    },

    async readPage(fromPosition: number, limit: number): Promise<StoredEvent[]> {
      if (closed) throw closedError('read');
      const from = checkFrom('fromPosition', fromPosition);
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Event store: a page's limit must be a whole number ≥ 1, got ${String(limit)}.`);
      return transact('read the log', [EVENTS], 'readonly', (tx) => {
        const request = tx.objectStore(EVENTS).getAll(KeyRange.lowerBound(from), limit) as IDBRequest<StoredEvent[]>;
        return () => request.result;
      });
    },

    subscribe(listener: StoreListener): () => void {
      if (closed) throw closedError('subscribe');
      const entry: StoreListener = (events) => listener(events);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },

    /** Empties both stores. Positions are not reused afterwards (IndexedDB's key generator keeps counting). */
    async clear(): Promise<void> {
      if (closed) throw closedError('clear');
      await transact('clear the log', [EVENTS, STREAMS, PERSONAL], 'readwrite', (tx) => {
        tx.objectStore(EVENTS).clear();
        tx.objectStore(STREAMS).clear();
        tx.objectStore(PERSONAL).clear();
        return () => undefined;
      });
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      listeners.clear();
      channel?.close();
      const pending = connection;
      connection = undefined;
      if (pending) {
        // Transactions already started still commit; close() waits for them inside IndexedDB.
        await pending.then(
          (db) => db.close(),
          () => undefined,
        );
      }
    },
  };
}

/** The position of the last event in the log (0 if empty). */
function lastPosition(db: IDBDatabase, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    try {
      const tx = db.transaction(EVENTS, 'readonly');
      const request = tx.objectStore(EVENTS).openKeyCursor(null, 'prev');
      let last = 0;
      request.onsuccess = () => {
        last = typeof request.result?.primaryKey === 'number' ? request.result.primaryKey : 0;
      };
      tx.oncomplete = () => resolve(last);
      tx.onabort = () => reject(storeError('read the last position', name, tx.error));
    } catch (error) {
      reject(storeError('read the last position', name, error));
    }
  });
}

/** Splits events read from the log into the batches they were appended in (runs of one stream and command). */
function batchesOf(events: readonly StoredEvent[]): StoredEvent[][] {
  const batches: StoredEvent[][] = [];
  let current: StoredEvent[] = [];
  for (const event of events) {
    const previous = current.at(-1);
    if (previous && (previous.stream !== event.stream || previous.commandId !== event.commandId || previous.version + 1 !== event.version)) {
      batches.push(current);
      current = [];
    }
    current.push(event);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function available<T>(value: T | undefined): T {
  if (value === undefined || value === null) {
    throw new Error('Event store: IndexedDB is not available here; pass options.indexedDB and options.IDBKeyRange (e.g. from fake-indexeddb).');
  }
  return value;
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, SCHEMA_VERSION);
    } catch (error) {
      reject(storeError('open the database', name, error));
      return;
    }
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(storeError('open the database', name, request.error));
    // Another tab holds an older connection open. Our stores close theirs on `versionchange`,
    // so the open goes ahead as soon as they do; until then the request simply waits.
    request.onblocked = () => undefined;
  });
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const events = db.createObjectStore(EVENTS, { keyPath: 'position', autoIncrement: true });
    events.createIndex(BY_STREAM_VERSION, ['stream', 'version'], { unique: true });
    events.createIndex(BY_COMMAND, 'commandId', { unique: false });
    db.createObjectStore(STREAMS, { keyPath: 'stream' });
  }
  if (oldVersion < 2) db.createObjectStore(PERSONAL, { keyPath: 'personId' });
}

/** Writes a personal-data change inside an append's transaction. */
function writePersonal(tx: IDBTransaction, change: { put: PersonalDataRecord[]; erase: readonly string[] }): void {
  const personal = tx.objectStore(PERSONAL);
  for (const record of change.put) personal.put(record);
  for (const personId of change.erase) personal.delete(personId);
}

function asAppendedMessage(data: unknown): AppendedMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { kind, from, to } = data as Partial<AppendedMessage>;
  if (kind !== 'appended' || !Number.isInteger(from) || !Number.isInteger(to)) return undefined;
  return { kind, from: from!, to: to! };
}

function isConstraintError(error: unknown): boolean {
  return error instanceof Error && (error.cause as { name?: unknown } | undefined)?.name === 'ConstraintError';
}

/** An Error that says what failed, in which database, and why (QuotaExceededError, VersionError, …). */
function storeError(what: string, database: string, cause: unknown): Error {
  const reason =
    (cause as { name?: unknown } | null)?.name === 'VersionError'
      ? ' (the database was upgraded by a newer version of the app — reload the page)'
      : (cause as { name?: unknown } | null)?.name === 'QuotaExceededError'
        ? ' (the browser has no more storage for this site)'
        : '';
  return new Error(`Event store: could not ${what} in IndexedDB «${database}»: ${cause ? describeError(cause) : 'unknown error'}${reason}`, {
    cause,
  });
}
