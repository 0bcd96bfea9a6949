/**
 * The memory adapter of the event store port: for tests and Node. Every append runs to the end
 * without awaiting anything, so concurrent appends are serialised by the event loop — the check
 * of the expected version and the write can't interleave.
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
  notify,
  personalRecords,
  toRecord,
} from './store-support.js';

export type MemoryStoreOptions = StoreOptions;

export function createMemoryStore(options: MemoryStoreOptions = {}): EventStore {
  const onError = options.onError ?? defaultOnError;
  const listeners = new Set<StoreListener>();
  /** The log in position order. */
  let log: StoredEvent[] = [];
  let streams = new Map<string, StoredEvent[]>();
  let commands = new Map<string, StoredEvent[]>();
  /** The personal-data part, by person id. */
  let personal = new Map<string, PersonalDataRecord>();
  /** Not reset by `clear`: a position is never given to two events, like IndexedDB's key generator. */
  let lastPosition = 0;
  let closed = false;

  function ensureOpen(what: string): void {
    if (closed) throw closedError(what);
  }

  function applyPersonal({ put, erase }: { put: PersonalDataRecord[]; erase: readonly string[] }): void {
    for (const record of put) personal.set(record.personId, record);
    for (const personId of erase) personal.delete(personId);
  }

  return {
    async append(stream: string, expectedVersion: number, events: readonly NewEvent[], personalData?: PersonalDataChange): Promise<AppendResult> {
      ensureOpen('append');
      checkAppendArguments(stream, expectedVersion, events);
      const change = personalRecords(personalData);
      if (events.length === 0) return { ok: true, events: [], duplicate: false };

      // A retried command comes with the expected version of its first try, now stale:
      // recognise it before comparing versions.
      const earlier = commandIdsOf(events).flatMap((commandId) => commands.get(commandId) ?? []);
      if (earlier.length > 0) {
        const unique = [...new Set(earlier)].sort((a, b) => a.position - b.position);
        return { ok: true, events: copyEvents(unique), duplicate: true };
      }

      const existing = streams.get(stream) ?? [];
      if (existing.length !== expectedVersion) return conflict(stream, expectedVersion, existing.length);

      // Build every record before touching the log: a record that can't be built (data that
      // can't be cloned) throws here and nothing is written.
      const records = events.map((event, index) => toRecord(stream, expectedVersion + index + 1, event));
      const stored: StoredEvent[] = records.map((record, index) => ({ ...record, position: lastPosition + index + 1 }));
      lastPosition += stored.length;
      log.push(...stored);
      streams.set(stream, [...existing, ...stored]);
      for (const event of stored) commands.set(event.commandId, [...(commands.get(event.commandId) ?? []), event]);
      applyPersonal(change);

      notify(listeners, stored, onError);
      return { ok: true, events: copyEvents(stored), duplicate: false };
    },

    async appendBatch(parts: readonly StreamAppend[]): Promise<BatchAppendResult> {
      ensureOpen('append');
      checkBatchArguments(parts);
      const changes = parts.map((part) => personalRecords(part.personalData));

      // Check every part before writing anything: one stale part and nothing is written.
      const versions = new Map<string, number>();
      const plan: Array<{ duplicate: StoredEvent[] } | { stream: string; from: number; events: readonly NewEvent[] }> = [];
      for (const [index, { stream, expectedVersion, events }] of parts.entries()) {
        const earlier = commandIdsOf(events).flatMap((commandId) => commands.get(commandId) ?? []);
        if (earlier.length > 0) {
          plan.push({ duplicate: [...new Set(earlier)].sort((a, b) => a.position - b.position) });
          continue;
        }
        const actual = versions.get(stream) ?? streams.get(stream)?.length ?? 0;
        if (actual !== expectedVersion) return batchConflict(index, stream, expectedVersion, actual);
        versions.set(stream, actual + events.length);
        plan.push({ stream, from: actual, events });
      }

      // Build every record first: data that can't be cloned throws here, before the log changes.
      let position = lastPosition;
      const built = plan.map((step) =>
        'duplicate' in step
          ? step
          : { stored: step.events.map((event, index): StoredEvent => ({ ...toRecord(step.stream, step.from + index + 1, event), position: (position += 1) })) },
      );
      lastPosition = position;
      const written: StoredEvent[] = [];
      const results: StreamAppendOutcome[] = built.map((step, index) => {
        if ('duplicate' in step) return { events: copyEvents(step.duplicate), duplicate: true };
        const first = step.stored[0];
        if (first) {
          applyPersonal(changes[index]!);
          log.push(...step.stored);
          streams.set(first.stream, [...(streams.get(first.stream) ?? []), ...step.stored]);
          for (const event of step.stored) commands.set(event.commandId, [...(commands.get(event.commandId) ?? []), event]);
          written.push(...step.stored);
        }
        return { events: copyEvents(step.stored), duplicate: false };
      });

      notify(listeners, written, onError);
      return { ok: true, results, events: copyEvents(written) };
    },

    async read(stream: string, fromVersion = 1): Promise<StoredEvent[]> {
      ensureOpen('read');
      const from = checkFrom('fromVersion', fromVersion);
      return copyEvents((streams.get(stream) ?? []).filter((event) => event.version >= from));
    },

    async readAll(fromPosition = 1): Promise<StoredEvent[]> {
      ensureOpen('read');
      const from = checkFrom('fromPosition', fromPosition);
      return copyEvents(log.filter((event) => event.position >= from));
    },

    async readPage(fromPosition: number, limit: number): Promise<StoredEvent[]> {
      ensureOpen('read');
      const from = checkFrom('fromPosition', fromPosition);
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Event store: a page's limit must be a whole number ≥ 1, got ${String(limit)}.`);
      // The log is in position order: find the first event at or after `from` by bisection.
      let low = 0;
      let high = log.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (log[middle]!.position < from) low = middle + 1;
        else high = middle;
      }
      return copyEvents(log.slice(low, low + limit));
    },

    async version(stream: string): Promise<number> {
      ensureOpen('read');
      return streams.get(stream)?.length ?? 0;
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

    async readPersonalData(): Promise<PersonalDataRecord[]> {
      ensureOpen('read');
      return structuredClone([...personal.values()]);
    },

    async clear(): Promise<void> {
      ensureOpen('clear');
      log = [];
      streams = new Map();
      commands = new Map();
      personal = new Map();
    },

    async close(): Promise<void> {
      closed = true;
      listeners.clear();
    },
  };
}
