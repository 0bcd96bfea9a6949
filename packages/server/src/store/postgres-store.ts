/**
 * The PostgreSQL adapter of core's event store port, for a real PostgreSQL and for PGlite alike.
 * One database holds many networks; a store is one network's log, and sees nothing of the others.
 *
 * - An append (or a batch) is one call of the database function `samverkan.append`
 *   (migrations/0003), in a transaction of its own or together with other networks' appends
 *   that waited while the last one was written (group commit, `group-commit.ts`). It first locks its network's row, so the appends of one
 *   network run one after another: expected versions are compared with the stream heads the last
 *   commit left, and positions are handed out without gaps in the order appends commit. The
 *   unique (network, stream, version) is the backstop.
 * - Every commit sends a NOTIFY with the network and its positions. Every store on the database —
 *   in this process or another — that has that network open reads the new rows in position order
 *   and tells its listeners, one call per append. A store remembers the last position its
 *   listeners have seen and always reads on from there, so a missed notification (a dropped
 *   connection) is caught up on with the next one, or when the connection comes back.
 * - A database that cannot be reached fails with `EventStoreUnavailableError` (HTTP 503).
 */
import { conflictMessage } from '@samverkan/core/runtime';
import type {
  AppendResult,
  BatchAppendResult,
  EventStore,
  NewEvent,
  StoredEvent,
  StoreListener,
  StreamAppend,
  StreamAppendOutcome,
} from '@samverkan/core/runtime';
import type { PersonalDataRecord } from '@samverkan/core';
import type { EventRow, PersonalDataChange } from './event-record.js';
import { checkAppendArguments, checkBatchArguments, checkFrom, commandIdsOf, fromRow, prepareEvent, preparePersonalData, storedEvent } from './event-record.js';
import type { AppendAnswer } from './append-answer.js';
import { AppendFailure, groupCommitOf } from './group-commit.js';
import { ensureMigrated } from './migrations.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { EventStoreUnavailableError, isConnectionFailure } from './store-errors.js';

export interface PostgresStoreOptions {
  /** The database: `createPgClient` (a PostgreSQL server) or `createPgliteClient` (embedded). */
  sql: SqlClient;
  /** The network whose log this store is; any text of 1–200 characters. */
  network: string;
  /**
   * Where errors go that no caller awaits: a throwing listener, a failed read of events another
   * process appended. Default `console.error`. A listener's error never breaks an append.
   */
  onError?: (error: unknown) => void;
}

/** The port, with the parts this adapter always has. */
export interface PostgresEventStore extends EventStore {
  /** The network this store is the log of. */
  readonly network: string;
  appendBatch(parts: readonly StreamAppend[]): Promise<BatchAppendResult>;
  /** A page of the log (see the port): start-up replay reads a long log a page at a time. */
  readPage(fromPosition: number, limit: number): Promise<StoredEvent[]>;
  /** The position of the network's last event (0 for an empty log), without reading the log. */
  lastPosition(): Promise<number>;
  /** Every stream's head (its version), as the streams table records it. */
  heads(): Promise<ReadonlyMap<string, number>>;
  /** The network's personal-data part (people's names and contact details, kept apart from the log). */
  readPersonalData(): Promise<PersonalDataRecord[]>;
}

/** The channel every store's commits are announced on. */
export const EVENTS_CHANNEL = 'samverkan_events';

/** What a commit announces: which network, and the positions it wrote (contiguous). */
interface AppendedNotice {
  network: string;
  from: number;
  to: number;
}

/** The highest version or position a read can ask for (PostgreSQL's bigint would hold more; JavaScript numbers do not). */
const MAX_NUMBER = Number.MAX_SAFE_INTEGER;

const defaultOnError = (error: unknown): void => {
  console.error(error);
};

/**
 * Opens the log of `network`: applies the schema migrations (once per client), registers the
 * network and starts hearing other processes' appends. Rejects with
 * `EventStoreUnavailableError` when the database cannot be reached.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresEventStore> {
  const { sql, network } = options;
  const onError = options.onError ?? defaultOnError;
  if (typeof network !== 'string' || network.length === 0 || network.length > 200) {
    throw new TypeError(`Event store: the network must be a text of 1–200 characters, got ${JSON.stringify(network)}.`);
  }

  const listeners = new Set<StoreListener>();
  let closed = false;

  /** Runs `work`, turning a lost database into the typed error. */
  async function guard<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isConnectionFailure(error)) throw new EventStoreUnavailableError(what, error);
      throw error;
    }
  }

  // ── delivery to listeners ──────────────────────────────────────────────────────────────────
  // One step after another, in log order: `delivered` is the last position listeners have been
  // told about (or that was skipped because nobody listened). Every step reads on from there.
  let delivered = 0;
  let opened!: () => void;
  let delivery: Promise<void> = new Promise<void>((resolve) => {
    opened = resolve;
  });

  function enqueue(step: () => Promise<void>): Promise<void> {
    const next = delivery.then(step).catch((error: unknown) => report(error));
    delivery = next;
    return next;
  }

  function report(error: unknown): void {
    try {
      onError(error);
    } catch {
      // An error handler that throws must not break delivery.
    }
  }

  function tell(events: readonly StoredEvent[]): void {
    if (events.length === 0) return;
    for (const listener of [...listeners]) {
      try {
        listener(structuredClone(events as StoredEvent[]));
      } catch (error) {
        report(error);
      }
    }
  }

  /** Reads the events after `delivered` (up to `to`, if given) and tells listeners, one call per append. */
  async function catchUp(to?: number): Promise<void> {
    if (closed || (to !== undefined && to <= delivered)) return;
    if (listeners.size === 0) {
      delivered = to ?? (await lastPosition());
      return;
    }
    const { rows } = await guard('read new events', () =>
      sql.query<EventRow>(
        'SELECT position, stream, version, batch, event FROM samverkan.events WHERE network = $1 AND position > $2 AND position <= $3 ORDER BY position',
        [network, delivered, to ?? MAX_NUMBER],
      ),
    );
    for (const group of byAppend(rows)) {
      if (closed) return;
      delivered = group.at(-1)!.position;
      tell(group);
    }
  }

  /** After this store's own commit: events other stores committed before it first, then its own. */
  function deliverOwn(events: readonly StoredEvent[]): Promise<void> {
    return enqueue(async () => {
      const from = events[0]!.position;
      const to = events.at(-1)!.position;
      if (closed || to <= delivered) return;
      if (listeners.size > 0 && from > delivered + 1) {
        try {
          await catchUp(from - 1);
        } catch (error) {
          // The database went away right after this commit: the events before it can't be read
          // now. Reported; this store's own append still reaches its listeners.
          report(error);
        }
      }
      delivered = to;
      tell(events);
    });
  }

  function heard(payload: string): void {
    const notice = asNotice(payload);
    if (notice?.network !== network) return;
    const follow = () => void enqueue(() => catchUp(notice.to));
    // A notice heard while this store's own appends wait for their answers may announce one of
    // them (PGlite sends it before the answer). Followed once they are answered and their delivery
    // is queued, it then reads nothing: no read of the log per own append.
    if (ownWrites > 0) afterOwnWrites.push(follow);
    else follow();
  }

  /** This store's appends whose answer is not back yet, and what waits for them (see `heard`). */
  let ownWrites = 0;
  let afterOwnWrites: Array<() => void> = [];

  /** `write`, with the delivery of what it wrote queued before any notice heard meanwhile is followed. */
  async function writeOwn(parts: readonly StreamAppend[]): Promise<{ result: Written; delivered: Promise<void> }> {
    ownWrites += 1;
    try {
      const result = await write(parts);
      return { result, delivered: result.ok && result.written.length > 0 ? deliverOwn(result.written) : Promise.resolve() };
    } finally {
      ownWrites -= 1;
      if (ownWrites === 0 && afterOwnWrites.length > 0) {
        const waiting = afterOwnWrites;
        afterOwnWrites = [];
        for (const follow of waiting) follow();
      }
    }
  }

  async function lastPosition(): Promise<number> {
    const { rows } = await guard('read the log position', () =>
      sql.query<{ last_position: number | string }>('SELECT last_position FROM samverkan.networks WHERE network = $1', [network]),
    );
    return Number(rows[0]?.last_position ?? 0);
  }

  const commits = groupCommitOf(sql, EVENTS_CHANNEL);

  // ── opening ────────────────────────────────────────────────────────────────────────────────
  await guard('prepare the database schema', () => ensureMigrated(sql));
  await guard('register the network', () => sql.query('INSERT INTO samverkan.networks (network) VALUES ($1) ON CONFLICT (network) DO NOTHING', [network]));
  // Listen first, then read where the log is: whatever commits after the read is announced to us.
  const stopListening = await guard('listen for appends', () =>
    sql.listen(EVENTS_CHANNEL, {
      notify: heard,
      reconnected: () => void enqueue(() => catchUp()),
    }),
  );
  try {
    delivered = await lastPosition();
  } catch (error) {
    stopListening();
    throw error;
  }
  opened();

  function ensureOpen(what: string): void {
    if (closed) throw new Error(`Event store: cannot ${what}, the store is closed.`);
  }

  // ── writing ────────────────────────────────────────────────────────────────────────────────
  type Written =
    | { ok: true; outcomes: StreamAppendOutcome[]; written: StoredEvent[] }
    | { ok: false; index: number; stream: string; expectedVersion: number; actualVersion: number };

  /**
   * One call of `samverkan.append` (migrations/0003), which locks the network, recognises
   * retried commands, compares versions, inserts and announces — in a transaction of its own or
   * in one with other networks' appends made at the same time (`group-commit.ts`).
   */
  async function write(parts: readonly StreamAppend[]): Promise<Written> {
    // Every event is turned into JSON before the transaction: data that can't be stored throws here.
    const prepared = parts.map((part) => part.events.map((event: NewEvent) => prepareEvent(part.stream, event)));
    const personal = parts.map((part) => preparePersonalData(part.personalData));
    const payload = `[${parts
      .map(
        (part, index) =>
          `{"stream":${JSON.stringify(part.stream)},"expected":${part.expectedVersion},"commands":${JSON.stringify(commandIdsOf(part.events))},"events":[${prepared[index]!.map((event) => event.json).join(',')}]${personal[index] ? `,"personal":${personal[index]}` : ''}}`,
      )
      .join(',')}]`;
    let answer: AppendAnswer;
    try {
      answer = await commits.append(network, payload);
    } catch (failure) {
      const error = failure instanceof AppendFailure ? failure.cause : failure;
      if (isConnectionFailure(error)) {
        // Broken during COMMIT, the append may be in the log or not; a retry with the same
        // command id finds out (it is answered as a duplicate if it was written).
        throw new EventStoreUnavailableError('append', error, failure instanceof AppendFailure && failure.committing ? 'unknown' : 'not-written');
      }
      if (isUniqueViolation(error)) return conflictFromLog(parts);
      throw error;
    }

    if ('conflict' in answer) {
      const { index, stream, expected, actual } = answer.conflict;
      return { ok: false, index, stream, expectedVersion: expected, actualVersion: actual };
    }
    let position = Number(answer.first) - 1;
    const written: StoredEvent[] = [];
    const outcomes: StreamAppendOutcome[] = parts.map((part, index) => {
      const outcome = answer.parts[index]!;
      if ('duplicate' in outcome) return { events: outcome.duplicate.map(fromRow), duplicate: true };
      const events = prepared[index]!.map((event, offset) => storedEvent(event.body, part.stream, outcome.from + offset + 1, (position += 1)));
      written.push(...events);
      return { events, duplicate: false };
    });
    if (written.length !== answer.written) {
      throw new Error(`Event store: the database wrote ${answer.written} events of «${network}» where ${written.length} were expected.`);
    }
    return { ok: true, outcomes, written };
  }

  /** Locks the network's row (appends to one network wait for each other here) and returns its last position. */
  async function lockNetwork(tx: SqlQueryable): Promise<number> {
    const locked = await tx.query<{ last_position: number | string }>('SELECT last_position FROM samverkan.networks WHERE network = $1 FOR NO KEY UPDATE', [network]);
    if (locked.rows[0]) return Number(locked.rows[0].last_position);
    // The row is made when the store opens; made again if someone removed it meanwhile.
    const made = await tx.query<{ last_position: number | string }>(
      'INSERT INTO samverkan.networks (network) VALUES ($1) ON CONFLICT (network) DO UPDATE SET network = excluded.network RETURNING last_position',
      [network],
    );
    return Number(made.rows[0]!.last_position);
  }

  /**
   * The unique (network, stream, version) refused a row: a stream head behind its events (edited
   * by hand). Answer CONFLICT for the first part that does not fit the events in the log.
   */
  async function conflictFromLog(parts: readonly StreamAppend[]): Promise<Written> {
    const running = new Map<string, number>();
    for (const [index, part] of parts.entries()) {
      const actual = running.get(part.stream) ?? (await lastVersionInLog(part.stream));
      if (actual !== part.expectedVersion) return { ok: false, index, stream: part.stream, expectedVersion: part.expectedVersion, actualVersion: actual };
      running.set(part.stream, actual + part.events.length);
    }
    const first = parts[0]!;
    return { ok: false, index: 0, stream: first.stream, expectedVersion: first.expectedVersion, actualVersion: await lastVersionInLog(first.stream) };
  }

  async function lastVersionInLog(stream: string): Promise<number> {
    const { rows } = await guard(`read the version of «${stream}»`, () =>
      sql.query<{ version: number | null }>('SELECT max(version) AS version FROM samverkan.events WHERE network = $1 AND stream = $2', [network, stream]),
    );
    return Number(rows[0]?.version ?? 0);
  }

  // ── the port ───────────────────────────────────────────────────────────────────────────────
  return {
    network,

    async append(stream: string, expectedVersion: number, events: readonly NewEvent[], personalData?: PersonalDataChange): Promise<AppendResult> {
      ensureOpen('append');
      checkAppendArguments(stream, expectedVersion, events);
      preparePersonalData(personalData); // a malformed change throws even when there is nothing to write
      if (events.length === 0) return { ok: true, events: [], duplicate: false };
      const { result, delivered } = await writeOwn([{ stream, expectedVersion, events, ...(personalData ? { personalData } : {}) }]);
      if (!result.ok) {
        return { ok: false, code: 'CONFLICT', expectedVersion, actualVersion: result.actualVersion, message: conflictMessage(stream, expectedVersion, result.actualVersion) };
      }
      const outcome = result.outcomes[0]!;
      await delivered;
      return outcome.duplicate ? { ok: true, events: outcome.events, duplicate: true } : { ok: true, events: outcome.events, duplicate: false };
    },

    async appendBatch(parts: readonly StreamAppend[]): Promise<BatchAppendResult> {
      ensureOpen('append');
      checkBatchArguments(parts);
      if (parts.length === 0) return { ok: true, results: [], events: [] };
      const { result, delivered } = await writeOwn(parts);
      if (!result.ok) {
        const { index, stream, expectedVersion, actualVersion } = result;
        return { ok: false, code: 'CONFLICT', index, stream, expectedVersion, actualVersion, message: conflictMessage(stream, expectedVersion, actualVersion) };
      }
      await delivered;
      return { ok: true, results: result.outcomes, events: structuredClone(result.written) };
    },

    async read(stream: string, fromVersion = 1): Promise<StoredEvent[]> {
      ensureOpen('read');
      const from = checkFrom('fromVersion', fromVersion);
      if (from > MAX_NUMBER) return [];
      const { rows } = await guard(`read «${stream}»`, () =>
        sql.query<EventRow>('SELECT position, stream, version, batch, event FROM samverkan.events WHERE network = $1 AND stream = $2 AND version >= $3 ORDER BY version', [
          network,
          stream,
          Math.min(from, 2 ** 31 - 1),
        ]),
      );
      return rows.map(fromRow);
    },

    async readAll(fromPosition = 1): Promise<StoredEvent[]> {
      ensureOpen('read');
      const from = checkFrom('fromPosition', fromPosition);
      if (from > MAX_NUMBER) return [];
      const { rows } = await guard('read the log', () =>
        sql.query<EventRow>('SELECT position, stream, version, batch, event FROM samverkan.events WHERE network = $1 AND position >= $2 ORDER BY position', [network, from]),
      );
      return rows.map(fromRow);
    },

    lastPosition(): Promise<number> {
      ensureOpen('read');
      return lastPosition();
    },

    async readPage(fromPosition: number, limit: number): Promise<StoredEvent[]> {
      ensureOpen('read');
      const from = checkFrom('fromPosition', fromPosition);
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Event store: a page's limit must be a whole number ≥ 1, got ${String(limit)}.`);
      if (from > MAX_NUMBER) return [];
      const { rows } = await guard('read the log', () =>
        sql.query<EventRow>('SELECT position, stream, version, batch, event FROM samverkan.events WHERE network = $1 AND position >= $2 ORDER BY position LIMIT $3', [network, from, limit]),
      );
      return rows.map(fromRow);
    },

    /** Every stream asked in one statement, an index lookup each (`unique (network, stream, version)`). */
    async readStreams(wanted: ReadonlyArray<readonly [stream: string, fromVersion: number]>): Promise<StoredEvent[][]> {
      ensureOpen('read');
      const streams = wanted.map(([stream]) => stream);
      const versions = wanted.map(([, fromVersion]) => Math.min(checkFrom('fromVersion', fromVersion), 2_147_483_647));
      const lists: StoredEvent[][] = wanted.map(() => []);
      if (wanted.length === 0) return lists;
      const { rows } = await guard('read the streams', () =>
        sql.query<EventRow & { asked: number | string }>(
          `SELECT w.asked, e.position, e.stream, e.version, e.batch, e.event
             FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS w (stream, version, asked)
             JOIN samverkan.events e ON e.network = $1 AND e.stream = w.stream AND e.version >= w.version
            ORDER BY w.asked, e.version`,
          [network, streams, versions],
        ),
      );
      for (const row of rows) lists[Number(row.asked) - 1]!.push(fromRow(row));
      return lists;
    },

    async version(stream: string): Promise<number> {
      ensureOpen('read');
      const { rows } = await guard(`read the version of «${stream}»`, () =>
        sql.query<{ version: number }>('SELECT version FROM samverkan.streams WHERE network = $1 AND stream = $2', [network, stream]),
      );
      return Number(rows[0]?.version ?? 0);
    },

    async heads(): Promise<ReadonlyMap<string, number>> {
      ensureOpen('read');
      const { rows } = await guard('read the stream heads', () =>
        sql.query<{ stream: string; version: number }>('SELECT stream, version FROM samverkan.streams WHERE network = $1 ORDER BY stream', [network]),
      );
      return new Map(rows.map((row) => [row.stream, Number(row.version)]));
    },

    async readPersonalData(): Promise<PersonalDataRecord[]> {
      ensureOpen('read');
      const { rows } = await guard('read the personal data', () =>
        sql.query<{ person_id: string; data: PersonalDataRecord['data'] }>('SELECT person_id, data FROM samverkan.personal_data WHERE network = $1 ORDER BY person_id', [network]),
      );
      return rows.map((row) => ({ personId: row.person_id, data: row.data }));
    },

    subscribe(listener: StoreListener): () => void {
      ensureOpen('subscribe');
      // A wrapper, so subscribing the same function twice gives two independent subscriptions.
      const entry: StoreListener = (events) => listener(events);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },

    /** Removes the network's events, stream heads, personal data and snapshots; its positions go on counting. */
    async clear(): Promise<void> {
      ensureOpen('clear');
      await guard('clear the log', () =>
        sql.transaction(async (tx) => {
          await lockNetwork(tx);
          await tx.query('DELETE FROM samverkan.events WHERE network = $1', [network]);
          await tx.query('DELETE FROM samverkan.streams WHERE network = $1', [network]);
          await tx.query('DELETE FROM samverkan.personal_data WHERE network = $1', [network]);
          // A snapshot of a log that is gone describes nothing (migrations/0006).
          await tx.query('DELETE FROM samverkan.snapshots WHERE network = $1', [network]);
        }),
      );
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      listeners.clear();
      stopListening();
    },
  };
}

/** Rows read from the log, split into the appends that wrote them. */
function byAppend(rows: readonly EventRow[]): StoredEvent[][] {
  const groups: StoredEvent[][] = [];
  let current: StoredEvent[] = [];
  let batch: number | undefined;
  for (const row of rows) {
    if (batch !== undefined && Number(row.batch) !== batch) {
      groups.push(current);
      current = [];
    }
    batch = Number(row.batch);
    current.push(fromRow(row));
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function asNotice(payload: string): AppendedNotice | undefined {
  try {
    const { network, from, to } = JSON.parse(payload) as Partial<AppendedNotice>;
    if (typeof network !== 'string' || !Number.isInteger(from) || !Number.isInteger(to)) return undefined;
    return { network, from: from!, to: to! };
  } catch {
    return undefined;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
