/**
 * What replay checks before an event may change state: that the stored record is an event at
 * all, that it is the next version of its stream (none missing, none twice), that its hash
 * matches its fields and chains to the event before it, and that its payload fits its schema.
 * (Whether the record's lifecycle accepts it is checked where it is applied.) The first event of
 * a stream that fails is reported (`StreamDamage`) and nothing of that stream from there on is
 * applied: the record keeps the state it had before, read-only; every other stream goes on.
 *
 * One `ReplayCheck` follows a runtime's whole log, from start-up replay through every append it
 * hears of, and knows each stream's head (its last good version and hash) for sealing the next
 * append.
 */
import * as z from 'zod';
import { AgreementEvent } from '../agreement/agreement.events.js';
import { NewAgreement } from '../agreement/agreement.schema.js';
import { CommunicationPlanEvent } from '../communication/communication-plan.events.js';
import { CommunicationPlan } from '../communication/communication-plan.schema.js';
import { DeliverableEvent } from '../deliverable/deliverable.events.js';
import { Deliverable } from '../deliverable/deliverable.schema.js';
import { MandateEvent } from '../mandate/mandate.events.js';
import { MandateMachineInput } from '../mandate/mandate.schema.js';
import { MeetingEvent } from '../meeting/meeting.events.js';
import { MeetingMachineInput } from '../meeting/meeting.schema.js';
import { DialogueSeminarEvent } from '../seminar/dialogue-seminar.events.js';
import { DialogueSeminarInput } from '../seminar/dialogue-seminar.schema.js';
import { ThemeEvent } from '../seminar/theme.events.js';
import { ThemeInput } from '../seminar/theme.schema.js';
import type { LocalizedText } from '../shared/localized.js';
import { parseWith } from '../shared/validation.js';
import { damagedRefusal, streamDamage, type DamageCode, type StreamDamage } from './damage.js';
import { EVENT_FORMAT, eventHash, GENESIS_HASH, sealEvents } from './event-hash.js';
import type { CommandError } from './errors.js';
import type { AggregateKind } from './state.js';
import { fitsLine, PackedLines } from './packed-lines.js';
import type { StoredEvent, StreamAppend } from './store/store.js';

/** A lifecycle event's schema (its data with `by` and `at`), per kind of record. */
const eventSchemas: Record<AggregateKind, z.ZodType> = {
  mandate: MandateEvent,
  meeting: MeetingEvent,
  theme: ThemeEvent,
  seminar: DialogueSeminarEvent,
  deliverable: DeliverableEvent,
  agreement: AgreementEvent,
  communicationPlan: CommunicationPlanEvent,
};

/** What a record created by a command (`data.create`) starts from, per kind. */
const createSchemas: Record<AggregateKind, z.ZodType> = {
  mandate: MandateMachineInput,
  meeting: MeetingMachineInput,
  theme: ThemeInput,
  seminar: DialogueSeminarInput,
  deliverable: Deliverable,
  agreement: NewAgreement,
  communicationPlan: CommunicationPlan,
};

/** Where a stream stands: its last good version and that event's hash (none for unsealed events). */
export interface StreamHead {
  version: number;
  hash: string | undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const HEX64 = /^[0-9a-f]{64}$/;

const TEXT_FIELDS = ['id', 'type', 'at', 'by', 'role', 'commandId'] as const;

/**
 * Why a stored record is no event, or undefined when its fields are all there and of the right
 * kind. (Asked for every event replayed: nothing is allocated unless something is missing.)
 */
function shapeProblem(e: Partial<StoredEvent>): LocalizedText | undefined {
  let missing: string[] | undefined;
  if (!Number.isInteger(e.version) || (e.version as number) < 1) (missing ??= []).push('version');
  for (const key of TEXT_FIELDS) if (!isText(e[key]) || e[key] === '') (missing ??= []).push(key);
  if (typeof e.data !== 'object' || e.data === null || Array.isArray(e.data)) (missing ??= []).push('data');
  if (e.reason !== undefined && !isText(e.reason)) (missing ??= []).push('reason');
  if (missing === undefined) return undefined;
  return { sv: `fält saknas eller har fel typ: ${missing.join(', ')}`, en: `fields missing or of the wrong type: ${missing.join(', ')}` };
}

export class ReplayCheck {
  private readonly heads = new Map<string, StreamHead>();
  /** Streams written before hashes: applied, reported, read-only. */
  private readonly unsealed = new Set<string>();
  private readonly damage = new Map<string, StreamDamage>();
  /** The ids of accepted events not yet packed, with their stream (for a snapshot's per-stream ids). */
  private ids = new Map<string, string>();
  /**
   * The ids of the events snapshots covered, as the snapshots hold them, and of those packed
   * since (`packIds`): texts per stream, one id per line, in the order accepted.
   */
  private readonly packedIds = new PackedLines();
  private list: readonly StreamDamage[] = [];

  /** Every report, in the order found; a new array after every change (compare by identity). */
  get reports(): readonly StreamDamage[] {
    return this.list;
  }

  /** The report of a stream that takes no commands (damaged or unsealed), if any. */
  damageOf(stream: string): StreamDamage | undefined {
    return this.damage.get(stream);
  }

  /** The refusal of a command to `stream`, or undefined if it may be written to. */
  refusal(stream: string): CommandError | undefined {
    const damage = this.damage.get(stream);
    return damage ? damagedRefusal(damage) : undefined;
  }

  /** The stream's last good version and hash, for sealing the next append (undefined: never written). */
  head(stream: string): StreamHead | undefined {
    return this.heads.get(stream);
  }

  /** The hash a new event after `version` of `stream` chains to, or undefined if the runtime does not know it. */
  previousHash(stream: string, version: number): string | undefined {
    if (version === 0) return GENESIS_HASH;
    const head = this.heads.get(stream);
    return head?.version === version ? head.hash : undefined;
  }

  /**
   * Seals the events of an append (one part or a batch's parts, in order), each part chained to
   * its stream's head — the head this check knows, the end of an earlier part of the same batch,
   * or `known` (a hash read from the store, keyed `stream#version`). Throws if the head is not
   * known: the append would break its stream's chain.
   */
  seal(parts: readonly StreamAppend[], known?: ReadonlyMap<string, string>): StreamAppend[] {
    const ends = new Map<string, StreamHead>();
    return parts.map((part) => {
      const end = ends.get(part.stream);
      const previous =
        (end?.version === part.expectedVersion ? end.hash : undefined) ??
        known?.get(`${part.stream}#${part.expectedVersion}`) ??
        this.previousHash(part.stream, part.expectedVersion);
      if (previous === undefined) throw new Error(`«${part.stream}» at version ${part.expectedVersion} has no known hash to chain to.`);
      const events = sealEvents(part.stream, part.expectedVersion, previous, part.events);
      ends.set(part.stream, { version: part.expectedVersion + events.length, hash: events.at(-1)?.hash ?? previous });
      return { ...part, events };
    });
  }

  /**
   * The record checks: readable, in sequence, sealed and chained. Returns the event if it may be
   * applied (its payload still to be checked), or undefined having reported why not (or because
   * its stream is already damaged).
   */
  admit(raw: unknown): StoredEvent | undefined {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<StoredEvent>;
    const stream = isText(e.stream) && e.stream !== '' ? e.stream : `?${String(e.position)}`;
    if (this.isStopped(stream)) return undefined;
    const head = this.heads.get(stream);
    const next = (head?.version ?? 0) + 1;
    const shape = shapeProblem(e);
    if (shape) return this.stop(stream, Number.isInteger(e.version) ? (e.version as number) : next, 'unreadable', shape);
    const event = e as StoredEvent;

    if (event.version > next) {
      return this.stop(stream, next, 'missing', {
        sv: `efter version ${next - 1} kommer version ${event.version}`,
        en: `version ${event.version} follows version ${next - 1}`,
      });
    }
    if (event.version < next) {
      return this.stop(stream, event.version, 'duplicate', { sv: `version ${event.version} finns redan`, en: `version ${event.version} is already in the log` });
    }
    if (this.ids.has(event.id) || this.packedIds.has(event.id)) {
      return this.stop(stream, event.version, 'duplicate', { sv: `händelsen ${event.id} finns redan`, en: `the event ${event.id} is already in the log` });
    }

    if (event.format === undefined && event.hash === undefined && event.previousHash === undefined) {
      if (head?.hash !== undefined) {
        return this.stop(stream, event.version, 'tampered', { sv: 'den saknar kontrollsumma fast händelserna före den har en', en: 'it has no hash though the events before it have one' });
      }
      if (!this.unsealed.has(stream)) {
        this.unsealed.add(stream);
        if (!this.damage.has(stream)) this.report(streamDamage(stream, event.version, 'unsealed'));
      }
      return event;
    }
    if (event.format !== EVENT_FORMAT) {
      return this.stop(stream, event.version, 'unknownFormat', {
        sv: `format ${String(event.format)}; den här versionen läser format ${EVENT_FORMAT}`,
        en: `format ${String(event.format)}; this version reads format ${EVENT_FORMAT}`,
      });
    }
    if (!isText(event.hash) || !HEX64.test(event.hash) || !isText(event.previousHash) || !HEX64.test(event.previousHash)) {
      return this.stop(stream, event.version, 'unreadable', { sv: 'kontrollsumman är ogiltig', en: 'its hash is malformed' });
    }
    if (this.unsealed.has(stream) || event.previousHash !== (head?.hash ?? GENESIS_HASH)) {
      return this.stop(stream, event.version, 'tampered', { sv: 'den hänger inte ihop med händelsen före', en: 'it does not chain to the event before it' });
    }
    const computed = eventHash(event);
    if (computed === undefined) return this.stop(stream, event.version, 'unreadable', { sv: 'innehållet går inte att skriva som JSON', en: 'its content cannot be written as JSON' });
    if (computed !== event.hash) {
      return this.stop(stream, event.version, 'tampered', { sv: 'kontrollsumman stämmer inte med innehållet', en: 'its hash does not match its content' });
    }
    return event;
  }

  /**
   * Why an admitted event's payload does not fit its schema (undefined if it does). `machineEvent`
   * is the event's data with `by` and `at`, if the caller has already made it.
   */
  payloadProblem(kind: AggregateKind, event: StoredEvent, machineEvent?: Record<string, unknown>): LocalizedText | undefined {
    const create = 'create' in event.data;
    if (create && event.version !== 1) return { sv: 'en handling skapas bara av sin första händelse', en: 'a record is created only by its first event' };
    const schema = create ? createSchemas[kind] : eventSchemas[kind];
    const input = create ? event.data.create : (machineEvent ?? { ...event.data, by: event.by, at: event.at });
    if (schema.safeParse(input).success) return undefined;
    const parsed = parseWith(schema, input);
    return parsed.ok ? undefined : parsed.message;
  }

  /** Records that an admitted event was applied: the stream moves on. */
  accept(event: StoredEvent): void {
    this.heads.set(event.stream, { version: event.version, hash: event.hash });
    this.ids.set(event.id, event.stream);
  }

  /** Reports an admitted event that could not be applied; its stream stops before it. */
  reject(event: StoredEvent, code: DamageCode, detail?: LocalizedText): void {
    this.stop(event.stream, event.version, code, detail);
  }

  /**
   * Compares the heads a store keeps with the streams replayed: a head ahead of the events read
   * (which were read after the heads) means events were removed from the end of its stream.
   */
  compareHeads(storeHeads: ReadonlyMap<string, number>): void {
    for (const [stream, version] of storeHeads) {
      if (this.isStopped(stream)) continue;
      const replayed = this.heads.get(stream)?.version ?? 0;
      if (version > replayed) {
        this.stop(stream, replayed + 1, 'missing', {
          sv: `lagret anger version ${version} men loggen slutar vid version ${replayed}`,
          en: `the store says version ${version} but the log ends at version ${replayed}`,
        });
      }
    }
  }

  /**
   * Takes a stream as a snapshot found it — its head and the ids of its events, one per line
   * (checked by the caller: one per version) — instead of replaying its events: from here it
   * goes on exactly as after their replay. The ids are kept as that one text, not one by one.
   */
  restore(stream: string, head: StreamHead, eventIds: string): void {
    this.heads.set(stream, head);
    this.packedIds.add(stream, eventIds);
  }

  /**
   * Moves the ids of accepted events into one text per stream, as a snapshot start keeps them:
   * after replaying a million events their map was about a hundred megabytes of a runtime's
   * heap, and what a snapshot generation built beside it did not fit a 1.2 GB heap. An id that
   * cannot be a line (a line break in it) stays in the map. Duplicates are found as before.
   */
  packIds(): void {
    if (this.ids.size === 0) return;
    const byStream = this.unpackedByStream();
    // A new map rather than clear(): a cleared map keeps its table as large as it grew.
    this.ids = new Map();
    for (const [stream, ids] of byStream) {
      const fit = ids.filter(fitsLine);
      if (fit.length > 0) this.packedIds.add(stream, fit.join('\n'));
      if (fit.length < ids.length) for (const id of ids) if (!fitsLine(id)) this.ids.set(id, stream);
    }
  }

  /**
   * The ids of every accepted event, by stream, in the order accepted, one per line (for
   * snapshots); undefined for a stream whose ids cannot all be lines (it is rebuilt, not
   * snapshotted). Packed texts are joined, not split and joined again.
   */
  eventIdsByStream(): Map<string, string | undefined> {
    const out = new Map<string, string | undefined>();
    const join = (stream: string, text: string) => {
      const before = out.get(stream);
      out.set(stream, before === undefined ? text : `${before}\n${text}`);
    };
    for (const [stream, text] of this.packedIds.entries()) if (text !== '') join(stream, text);
    for (const [stream, ids] of this.unpackedByStream()) {
      if (ids.every(fitsLine)) join(stream, ids.join('\n'));
      else out.set(stream, undefined);
    }
    return out;
  }

  /** The ids not yet packed, by stream, in the order accepted. */
  private unpackedByStream(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [id, stream] of this.ids) {
      let ids = out.get(stream);
      if (!ids) out.set(stream, (ids = []));
      ids.push(id);
    }
    return out;
  }

  /** Forgets everything (the log was cleared). */
  clear(): void {
    this.heads.clear();
    this.unsealed.clear();
    this.damage.clear();
    this.ids.clear();
    this.packedIds.clear();
    this.list = [];
  }

  /** Whether nothing more of `stream` is applied. */
  private isStopped(stream: string): boolean {
    const damage = this.damage.get(stream);
    return damage !== undefined && damage.code !== 'unsealed';
  }

  private stop(stream: string, version: number, code: DamageCode, detail?: LocalizedText): undefined {
    this.report(streamDamage(stream, version, code, detail));
    return undefined;
  }

  /** One report per stream: real damage replaces an `unsealed` notice. */
  private report(damage: StreamDamage): void {
    this.damage.set(damage.stream, damage);
    this.list = [...this.list.filter((d) => d.stream !== damage.stream), damage];
  }
}
