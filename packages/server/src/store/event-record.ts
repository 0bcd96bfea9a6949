/**
 * The event as a row: arguments checked as every adapter checks them, the event turned into the
 * JSON the `event` column keeps (every field the runtime gave, so fields added to events later
 * pass through unchanged), and a row turned back into a StoredEvent.
 */
import type { NewEvent, StoredEvent, StreamAppend } from '@samverkan/core/runtime';

/** A change to the personal-data part, as `append` and a batch part take it. */
export type PersonalDataChange = NonNullable<StreamAppend['personalData']>;

/** The columns of an event row that a read selects. */
export interface EventRow {
  position: number | string;
  stream: string;
  version: number | string;
  /** Selected where appends are told apart (catching up); not part of the event. */
  batch?: number | string;
  event: Record<string, unknown>;
}

/** An event ready to insert: its JSON, and the copy a caller gets back (the same as a later read). */
export interface PreparedEvent {
  commandId: string;
  json: string;
  body: Record<string, unknown>;
}

/** The fields the columns hold, left out of the JSON. */
const KEY_FIELDS = new Set(['stream', 'version', 'position']);

/** The event as the `event` column keeps it. Throws (nothing is written) for data JSON cannot hold. */
export function prepareEvent(stream: string, event: NewEvent): PreparedEvent {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) if (!KEY_FIELDS.has(key)) fields[key] = value;
  const problem = jsonProblem(fields, 'event', new Set());
  if (problem) {
    throw new TypeError(`Event store: an event for «${stream}» cannot be stored (it must be plain JSON data): ${problem}.`);
  }
  const json = JSON.stringify(fields);
  return { commandId: event.commandId, json, body: JSON.parse(json) as Record<string, unknown> };
}

/**
 * A personal-data change as the `personal` JSON of a part: records reduced to their person id and
 * data, ids checked, the data plain JSON. Throws on a malformed change, before anything is written.
 */
export function preparePersonalData(change: PersonalDataChange | undefined): string | undefined {
  if (change === undefined) return undefined;
  const put = (change.put ?? []).map((record) => {
    if (typeof record?.personId !== 'string' || record.personId.length === 0) throw new TypeError('Event store: personal data needs a person id.');
    const problem = jsonProblem(record.data, `personal data of «${record.personId}»`, new Set());
    if (problem) throw new TypeError(`Event store: personal data cannot be stored (it must be plain JSON data): ${problem}.`);
    return { personId: record.personId, data: record.data };
  });
  const erase = change.erase ?? [];
  if (!Array.isArray(erase) || !erase.every((id) => typeof id === 'string')) throw new TypeError('Event store: personal data is erased by person id.');
  return JSON.stringify({ put, erase });
}

export function storedEvent(body: Record<string, unknown>, stream: string, version: number, position: number): StoredEvent {
  return { ...(body as unknown as NewEvent), stream, version, position };
}

export function fromRow(row: EventRow): StoredEvent {
  return storedEvent(row.event, row.stream, Number(row.version), Number(row.position));
}

/** Why `value` can't be stored as JSON as it is, or undefined if it can. */
function jsonProblem(value: unknown, path: string, seen: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
      if (value.includes('\u0000')) return `${path} contains a NUL character (\\u0000)`;
      if (LONE_SURROGATE.test(value)) return `${path} contains a lone UTF-16 surrogate`;
      return undefined;
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path} is ${String(value)}`;
    case 'object': {
      if (value === null) return undefined;
      if (seen.has(value)) return `${path} refers to itself`;
      seen.add(value);
      try {
        if (Array.isArray(value)) {
          for (let index = 0; index < value.length; index += 1) {
            if (!(index in value) || value[index] === undefined) return `${path}[${index}] is empty`;
            const problem = jsonProblem(value[index], `${path}[${index}]`, seen);
            if (problem) return problem;
          }
          return undefined;
        }
        const prototype = Object.getPrototypeOf(value) as unknown;
        if (prototype !== Object.prototype && prototype !== null) return `${path} is a ${(value as object).constructor?.name ?? 'non-plain object'}, not a plain object`;
        for (const [key, item] of Object.entries(value)) {
          if (item === undefined) continue; // left out, as JSON leaves it out
          const problem = jsonProblem(item, `${path}.${key}`, seen);
          if (problem) return problem;
        }
        return undefined;
      } finally {
        seen.delete(value);
      }
    }
    default:
      return `${path} is a ${typeof value}`;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The argument checks every adapter makes (core's store-support does the same for memory and
// IndexedDB): a malformed call is a programming error, thrown, never a CONFLICT.

export function checkAppendArguments(stream: string, expectedVersion: number, events: readonly NewEvent[]): void {
  if (typeof stream !== 'string' || stream.length === 0) throw new TypeError('Event store: the stream name must be a non-empty string.');
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
    throw new RangeError(`Event store: the expected version of «${stream}» must be a whole number ≥ 0, got ${String(expectedVersion)}.`);
  }
  if (!Array.isArray(events)) throw new TypeError(`Event store: the events for «${stream}» must be an array.`);
  for (const event of events) {
    if (typeof event?.commandId !== 'string' || event.commandId.length === 0) {
      throw new TypeError(`Event store: every event for «${stream}» needs a commandId (event ${String(event?.id)}).`);
    }
  }
}

/** Each part as `append` checks it, and no command split over two parts (a command writes to one stream). */
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

/** A `from` argument of read/readAll: a number; below 1 means from the start. */
export function checkFrom(what: string, from: number): number {
  if (typeof from !== 'number' || Number.isNaN(from)) throw new RangeError(`Event store: ${what} must be a number, got ${String(from)}.`);
  return Math.max(1, Math.ceil(from));
}

/** Distinct command ids of a list of events, in order. */
export function commandIdsOf(events: readonly NewEvent[]): string[] {
  return [...new Set(events.map((event) => event.commandId))];
}
