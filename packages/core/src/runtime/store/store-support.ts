/**
 * What every adapter does the same way: building the stored record, copying events across the
 * store boundary, the typed conflict/duplicate answers and calling listeners. Internal to the
 * store folder (not exported from index.ts).
 */
import type { PersonalDataRecord } from '../../person/personal-data.js';
import type { AppendResult, BatchAppendResult, NewEvent, PersonalDataChange, StoredEvent, StoreListener, StreamAppend } from './store.js';
import { conflictMessage } from './store.js';

/** Options every adapter takes. */
export interface StoreOptions {
  /**
   * Where errors go that no caller awaits: a throwing listener, a failed read of events another
   * tab appended. Default `console.error`. A listener's error never breaks an append.
   */
  onError?: (error: unknown) => void;
}

export const defaultOnError = (error: unknown): void => {
  console.error(error);
};

/**
 * The record the log keeps: only the port's fields, the seal (format, previousHash, hash)
 * included where given (a caller's extra properties are dropped),
 * `data` deep-copied so the caller can't change the log by mutating what it passed in.
 */
export function toRecord(stream: string, version: number, event: NewEvent): Omit<StoredEvent, 'position'> {
  const record: Omit<StoredEvent, 'position'> = {
    id: event.id,
    type: event.type,
    at: event.at,
    by: event.by,
    role: event.role,
    commandId: event.commandId,
    data: cloneData(stream, event.data),
    stream,
    version,
  };
  if (event.reason !== undefined) record.reason = event.reason;
  if (event.commandHash !== undefined) record.commandHash = event.commandHash;
  if (event.format !== undefined) record.format = event.format;
  if (event.previousHash !== undefined) record.previousHash = event.previousHash;
  if (event.hash !== undefined) record.hash = event.hash;
  return record;
}

function cloneData(stream: string, data: Record<string, unknown>): Record<string, unknown> {
  try {
    return structuredClone(data);
  } catch (error) {
    throw new Error(`Event store: the data of an event for «${stream}» cannot be stored (it must be plain, structured-cloneable data): ${describeError(error)}`, {
      cause: error,
    });
  }
}

/** Copies handed out so nobody outside can mutate the log. */
export function copyEvents(events: readonly StoredEvent[]): StoredEvent[] {
  return structuredClone(events as StoredEvent[]);
}

/** Rejects malformed arguments (programming errors, not conflicts). */
export function checkAppendArguments(stream: string, expectedVersion: number, events: readonly NewEvent[]): void {
  if (typeof stream !== 'string' || stream.length === 0) throw new TypeError('Event store: the stream name must be a non-empty string.');
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
    throw new RangeError(`Event store: the expected version of «${stream}» must be a whole number ≥ 0, got ${String(expectedVersion)}.`);
  }
  if (!Array.isArray(events)) throw new TypeError(`Event store: the events for «${stream}» must be an array.`);
  for (const event of events) {
    if (typeof event.commandId !== 'string' || event.commandId.length === 0) {
      throw new TypeError(`Event store: every event for «${stream}» needs a commandId (event ${String(event.id)}).`);
    }
  }
}

/**
 * Rejects a malformed batch: each part as `append` would, and one command split over two parts
 * (a command writes to one stream; a batch holds each command once).
 */
export function checkBatchArguments(parts: readonly StreamAppend[]): void {
  if (!Array.isArray(parts)) throw new TypeError('Event store: the parts of a batch must be an array.');
  const owner = new Map<string, number>();
  parts.forEach((part, index) => {
    checkAppendArguments(part?.stream, part?.expectedVersion, part?.events);
    for (const commandId of commandIdsOf(part.events)) {
      const earlier = owner.get(commandId);
      if (earlier !== undefined && earlier !== index) {
        throw new TypeError(`Event store: the command «${commandId}» appears in parts ${earlier} and ${index} of one batch.`);
      }
      owner.set(commandId, index);
    }
  });
}

export function batchConflict(index: number, stream: string, expectedVersion: number, actualVersion: number): BatchAppendResult {
  return { ok: false, code: 'CONFLICT', index, stream, expectedVersion, actualVersion, message: conflictMessage(stream, expectedVersion, actualVersion) };
}

/** A `from` argument of read/readAll: a number, at least 1 (smaller means "from the start"). */
export function checkFrom(what: string, from: number): number {
  if (typeof from !== 'number' || Number.isNaN(from)) throw new RangeError(`Event store: ${what} must be a number, got ${String(from)}.`);
  return Math.max(1, from);
}

export function conflict(stream: string, expectedVersion: number, actualVersion: number): AppendResult {
  return { ok: false, code: 'CONFLICT', expectedVersion, actualVersion, message: conflictMessage(stream, expectedVersion, actualVersion) };
}

/** Distinct command ids of a batch, in order. */
export function commandIdsOf(events: readonly NewEvent[]): string[] {
  return [...new Set(events.map((event) => event.commandId))];
}

/** Calls each listener with its own copy; a throwing listener goes to `onError` and the rest still run. */
export function notify(listeners: ReadonlySet<StoreListener>, events: readonly StoredEvent[], onError: (error: unknown) => void): void {
  if (events.length === 0) return;
  for (const listener of [...listeners]) {
    try {
      listener(copyEvents(events));
    } catch (error) {
      try {
        onError(error);
      } catch {
        // An error handler that throws must not break the append either.
      }
    }
  }
}

export function closedError(what: string): Error {
  return new Error(`Event store: cannot ${what}, the store is closed.`);
}

export function describeError(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return `${typeof name === 'string' ? name : 'Error'}: ${String(message)}`;
  }
  return String(error);
}

/**
 * A personal-data change as the store keeps it: records copied as plain data (so the caller
 * cannot change what was stored), person ids checked. Throws on a malformed change, before
 * anything is written.
 */
export function personalRecords(change: PersonalDataChange | undefined): { put: PersonalDataRecord[]; erase: readonly string[] } {
  if (change === undefined) return { put: [], erase: [] };
  const put = (change.put ?? []).map((record) => {
    if (typeof record?.personId !== 'string' || record.personId.length === 0) throw new TypeError('Event store: personal data needs a person id.');
    return structuredClone({ personId: record.personId, data: record.data });
  });
  const erase = change.erase ?? [];
  if (!erase.every((id) => typeof id === 'string')) throw new TypeError('Event store: personal data is erased by person id.');
  return { put, erase };
}
