/**
 * The event store port. Each aggregate (a mandate, a meeting, …) is a stream of events;
 * state is the replay of its stream. Adapters: memory (tests, Node) and IndexedDB (a browser
 * keeps its data across reloads); later PostgreSQL on a server. Every adapter keeps the same
 * promises, which `store.contract.ts` tests for all of them.
 */
import type { PersonalDataRecord } from '../../person/personal-data.js';
import type { LocalizedText } from '../../shared/localized.js';

/** An event as the runtime hands it to the store, before it has a place in the log. */
export interface NewEvent {
  /** Unique id of the event. */
  id: string;
  /** Command type that produced it, e.g. `publishAgenda` — what the audit trail shows. */
  type: string;
  /** When it happened (ISO instant from the command). */
  at: string;
  /** Who did it (person id). */
  by: string;
  /** In which role (role id), or `system` for events the runtime derives. */
  role: string;
  /** The command that produced it; a retried command with the same id is recorded once. */
  commandId: string;
  /** The payload: for lifecycle events, the machine event without `by` and `at`. */
  data: Record<string, unknown>;
  /** Why, where a person gave a reason (late publication, rejection, …); for the audit trail. */
  reason?: string;
  /**
   * SHA-256 of the command's content (all but its id and time), the same on every event the
   * command wrote: a retry with the same id is recognised only if its content is the same.
   */
  commandHash?: string;
  /**
   * The event format (2 since events are hash-chained). Absent on events written before it:
   * those are format 1. A store keeps it as given.
   */
  format?: number;
  /** SHA-256 (64 hex digits) of the stream's previous event; 64 zeros for its first. Kept as given. */
  previousHash?: string;
  /** SHA-256 (64 hex digits) of this event's fields and `previousHash`, set by the runtime. Kept as given. */
  hash?: string;
}

/** An event in the log. */
export interface StoredEvent extends NewEvent {
  /** The stream (aggregate) it belongs to, e.g. `meeting:fyrbodal:mote-2019-01-24`. */
  stream: string;
  /** 1-based position in its stream. */
  version: number;
  /** 1-based position in the whole log; orders events across streams. */
  position: number;
}

export type AppendResult =
  | { ok: true; events: StoredEvent[]; duplicate: false }
  /** The command was already recorded; these are the events it wrote then. Nothing new written. */
  | { ok: true; events: StoredEvent[]; duplicate: true }
  | { ok: false; code: 'CONFLICT'; expectedVersion: number; actualVersion: number; message: LocalizedText };

/**
 * A change to the personal-data part of the store, written in the same transaction as the
 * events it goes with: people's names and contact details put when a dataset is loaded, and
 * erased when someone's personal data are erased. Records are plain data keyed by person id.
 */
export interface PersonalDataChange {
  put?: readonly PersonalDataRecord[];
  erase?: readonly string[];
}

/** One part of a batch append: events for one stream, at the version the caller expects it to be at. */
export interface StreamAppend {
  stream: string;
  /** The stream's version before this part (0 for a new stream), counting earlier parts of the same batch. */
  expectedVersion: number;
  events: readonly NewEvent[];
  /** Personal data written with this part, all or nothing with the batch (stores that keep personal data). */
  personalData?: PersonalDataChange;
}

/** What one part of a successful batch append did. */
export type StreamAppendOutcome =
  | { events: StoredEvent[]; duplicate: false }
  /** Its command was already recorded: these are the events it wrote then; nothing new written. */
  | { events: StoredEvent[]; duplicate: true };

export type BatchAppendResult =
  | {
      ok: true;
      /** One outcome per part, in the order given. */
      results: StreamAppendOutcome[];
      /** Every event written by this batch, in log order (positions are contiguous). */
      events: StoredEvent[];
    }
  | {
      ok: false;
      code: 'CONFLICT';
      /** The part whose expected version was stale. */
      index: number;
      stream: string;
      expectedVersion: number;
      actualVersion: number;
      message: LocalizedText;
    };

/** A listener for events appended by anyone (this runtime, another tab, another process). */
export type StoreListener = (events: StoredEvent[]) => void;

export interface EventStore {
  /**
   * Appends `events` to `stream` if its current version is `expectedVersion` (0 for a new
   * stream). All or nothing: a stale expected version returns `CONFLICT` and writes nothing;
   * zero events change nothing; events whose `commandId` is already in the log are not
   * written again (the earlier events are returned with `duplicate: true`).
   */
  append(stream: string, expectedVersion: number, events: readonly NewEvent[], personalData?: PersonalDataChange): Promise<AppendResult>;
  /**
   * Appends several parts (to one or many streams) as one write — loading a sample's history
   * in one transaction instead of hundreds. All or nothing: the parts are checked in order
   * against each stream's version (a part's expected version counts the parts before it in the
   * same batch), and one stale part answers `CONFLICT` and writes nothing of the batch. A part
   * whose command is already in the log is not written again (`duplicate: true`, with the
   * earlier events). Listeners hear the whole batch in one call. Optional, so that adapters
   * written before it still fit the port; both built-in stores have it.
   */
  appendBatch?(parts: readonly StreamAppend[]): Promise<BatchAppendResult>;
  /** The events of a stream from `fromVersion` (inclusive, default 1), in order. */
  read(stream: string, fromVersion?: number): Promise<StoredEvent[]>;
  /** Every event in the log from `fromPosition` (inclusive, default 1), in log order. */
  readAll(fromPosition?: number): Promise<StoredEvent[]>;
  /**
   * At most `limit` events of the log from `fromPosition` (inclusive), in log order: a page, so
   * that replaying a long log never holds a copy of all of it (at a million events `readAll`'s
   * copy is gigabytes). An empty page means there are no more. Optional: a runtime over a store
   * without it replays from `readAll`.
   */
  readPage?(fromPosition: number, limit: number): Promise<StoredEvent[]>;
  /**
   * The events of several streams, each from its version — what `read(stream, fromVersion)`
   * gives for each pair, one list per pair, in the order asked — in one call: a start from
   * snapshots checks the log under every stream's snapshot, and a database answers tens of
   * thousands of streams in a few queries instead of one round trip each. Optional: without it
   * the runtime reads the streams one by one (see `readStreams` in read-streams.ts).
   */
  readStreams?(wanted: ReadonlyArray<readonly [stream: string, fromVersion: number]>): Promise<StoredEvent[][]>;
  /** The current version of a stream (0 if it does not exist). */
  version(stream: string): Promise<number>;
  /**
   * The version every stream's head records, where the store keeps heads apart from the events
   * (IndexedDB's `streams`, a server's stream table). Replay compares them with the events it
   * read: a head ahead of its events means events were removed from the end of a stream (which
   * the hash chain alone cannot show); a head behind them means events were added around the
   * store. Optional: a store whose version is counted from its events has nothing to compare.
   */
  heads?(): Promise<ReadonlyMap<string, number>>;
  /**
   * The personal-data part: people's names, titles, contact details and identity claims, kept
   * apart from the log so that they can be erased without rewriting an event. A store that has
   * this part takes `personalData` with `append` and `appendBatch` and writes it in the same
   * transaction (a change is applied only if the events are written, never with a duplicate
   * or a conflict); a store without it keeps people whole inside the log, and the runtime
   * refuses to erase anyone's personal data there. Optional, for adapters written before it.
   */
  readPersonalData?(): Promise<PersonalDataRecord[]>;
  /** Calls `listener` with every batch appended after subscribing; returns an unsubscribe. */
  subscribe(listener: StoreListener): () => void;
  /** Removes every event and all personal data (reset to sample data starts here). */
  clear(): Promise<void>;
  /** Releases resources (database connections, channels). */
  close(): Promise<void>;
}

/** The message of a stale expected version, in both languages. */
export function conflictMessage(stream: string, expected: number, actual: number): LocalizedText {
  return {
    sv: `Någon annan hann före: «${stream}» är på version ${actual}, inte ${expected}. Läs in igen och försök på nytt.`,
    en: `Someone else got there first: «${stream}» is at version ${actual}, not ${expected}. Reload and try again.`,
  };
}
