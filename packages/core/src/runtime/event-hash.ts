/**
 * Tamper evidence for the log. Every event the runtime writes is sealed just before it goes to
 * the store: it carries the event format version, the hash of the event before it in its stream
 * (`previousHash`; 64 zeros for a stream's first event) and its own SHA-256 `hash` over the
 * canonical JSON of all its fields — stream, version, id, type, at, by, role, commandId,
 * commandHash, data, reason, format and previousHash. Changing any field of a stored event,
 * removing one, or copying one elsewhere breaks the chain, and replay reports the stream as
 * damaged. (Cutting events off the end of a stream leaves a sound chain; a store that keeps stream heads shows that, see
 * `EventStore.heads`.) Anyone can check a log without this code: the hash is the SHA-256 of
 * `eventHashInput(event)`, e.g. with WebCrypto or `sha256sum`.
 *
 * Why SHA-256 in pure JS (@noble/hashes, audited) and not WebCrypto's `crypto.subtle.digest`:
 * - `crypto.subtle` exists only in secure contexts, and intranets still serve plain http; the
 *   pure-JS digest works everywhere and gives the same digests (a test compares them with
 *   WebCrypto's), so there is no second path that runs only on some pages.
 * - It is synchronous, so replay, the store subscription and the append paths apply events in
 *   log order exactly as before, with no queue for digests to come back. WebCrypto's digest is a
 *   promise per event: in Node it was 2–3 × slower than the pure-JS digest for events of ~400
 *   bytes (12 100 events: 58–88 ms pure JS, 178 ms WebCrypto in parallel, 457 ms one by one);
 *   in Chromium it was about twice as fast (44 ms against 80–144 ms), i.e. ≈ 5 µs per event
 *   more, which a replay in slices (`replay.yieldEvery`) spreads like every other per-event cost.
 * - In Node (a server) the runtime uses Node's native, synchronous SHA-256 instead
 *   (`fastest-sha256.ts`): the same digests, about ten times faster than pure JS on event-sized
 *   input.
 */
import { canonicalJson } from '../shared/canonical-json.js';
import { fastestSha256Hex } from '../shared/fastest-sha256.js';
import type { NewEvent, StoredEvent } from './store/store.js';

/**
 * The event format the runtime writes. 1: events without hashes, written before events were
 * hash-chained (read, reported as unsealed, and kept read-only). 2: sealed events.
 */
export const EVENT_FORMAT = 2;

/** The `previousHash` of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event its hash covers. */
export type HashedFields = Pick<StoredEvent, 'stream' | 'version' | 'id' | 'type' | 'at' | 'by' | 'role' | 'commandId' | 'commandHash' | 'data' | 'reason' | 'format' | 'previousHash'>;

/** The hashed fields in the order canonical JSON puts them (sorted), each with its quoted name. */
const HASHED_KEYS = (['at', 'by', 'commandHash', 'commandId', 'data', 'format', 'id', 'previousHash', 'reason', 'role', 'stream', 'type', 'version'] as const).map(
  (key) => [key, `${JSON.stringify(key)}:`] as const,
);

/**
 * The text an event's hash is computed over: the canonical JSON of its hashed fields. Written
 * field by field in sorted order, exactly as `canonicalJson` of an object of those fields would
 * be, without making that object and sorting its keys for every event replayed.
 */
export function eventHashInput(event: HashedFields): string {
  let out = '{';
  for (const [key, quoted] of HASHED_KEYS) {
    const value: unknown = event[key];
    if (value === undefined) continue;
    out += (out.length === 1 ? quoted : `,${quoted}`) + canonicalJson(value);
  }
  return out + '}';
}

/** The hash an event's fields give (64 hex digits); undefined for fields no JSON can hold (a cycle, a BigInt). */
export function eventHash(event: HashedFields): string | undefined {
  try {
    return fastestSha256Hex(eventHashInput(event));
  } catch {
    return undefined;
  }
}

/**
 * Seals the events one append adds to `stream` after `expectedVersion`, chained to
 * `previousHash` (the hash of the stream's event at `expectedVersion`; `GENESIS_HASH` for a new
 * stream). Returns new objects; the events given are not changed.
 */
export function sealEvents(stream: string, expectedVersion: number, previousHash: string, events: readonly NewEvent[]): NewEvent[] {
  let previous = previousHash;
  return events.map((event, i) => {
    const { hash: _hash, previousHash: _previous, format: _format, ...fields } = event;
    const unsealed = { ...fields, format: EVENT_FORMAT, previousHash: previous };
    const hash = eventHash({ ...unsealed, stream, version: expectedVersion + i + 1 });
    if (hash === undefined) throw new TypeError(`The data of an event for «${stream}» cannot be written as JSON.`);
    previous = hash;
    return { ...unsealed, hash };
  });
}
