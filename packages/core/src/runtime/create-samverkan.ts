/**
 * The runtime: one call that says "this person, in this role, wants to do this now" and
 * either records it or says exactly why not. Every command goes schema → authority → machine
 * transition → append, and is answered with the stored events or a typed error having
 * written nothing. State is the replay of the event log; the same code runs in a browser, in
 * tests and on a server.
 */
import * as z from 'zod';
import { AgreementEvent } from '../agreement/agreement.events.js';
import { CommunicationPlanEvent } from '../communication/communication-plan.events.js';
import { Dataset, type DatasetInput } from '../dataset/dataset.schema.js';
import { NetworkChange, networkChangeTypes, networkEventChanges } from '../dataset/network-change.schema.js';
import { applyNetworkChange, type DirectoryLike } from '../dataset/network-change.rules.js';
import type { Person } from '../person/person.schema.js';
import { DeliverableEvent } from '../deliverable/deliverable.events.js';
import { MandateEvent } from '../mandate/mandate.events.js';
import { MeetingEvent } from '../meeting/meeting.events.js';
import { DialogueSeminarEvent } from '../seminar/dialogue-seminar.events.js';
import type { Theme } from '../seminar/theme.schema.js';
import { ThemeEvent } from '../seminar/theme.events.js';

import { auditLabel } from '../queries/audit-trail.js';
import { commandLabels, type CommandType } from './command-labels.js';
import { commandLimits, datasetLimits } from '../shared/limits.js';
import { toPlainData } from '../shared/plain-data.js';
import { parseWith, summarise } from '../shared/validation.js';
import {
  aggregateKinds,
  datasetAggregates,
  idOfInput,
  parseStream,
  startAggregate,
  step,
  streamOf,
  viewOf,
  type Aggregate,
} from './aggregates.js';
import { indexMeetingsAhead, indexMeetingsAheadChanges } from './meetings-ahead-index.js';
import { PublishedMap } from './published-map.js';
import { ReplayCheck } from './replay-check.js';
import { byId } from './directory-index.js';
import { StagedAggregates, type AggregateLookup } from './staged-aggregates.js';
import { decideAuthority } from './authority.js';
import type { CommandDefinition, MachineEventBody } from './command-definition.js';
import type { CommandInput } from './command-input.js';
import { commandDefinitions, commandTypes } from './commands/index.js';
import { beforeLatest, DEFAULT_TIME_TOLERANCE_MS, resolveEnvelope, systemClock, type Clock, type EnvelopePolicy } from './envelope.js';
import { commandError, type CommandError } from './errors.js';
import type { IdentityPolicy } from './identity.js';
import { decideClear, decideLoad } from './network-administration.js';
import { networkStaffing } from './membership.js';
import { splitPeople, splitPerson, withPersonalData, type PersonalData } from '../person/personal-data.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { sha256HexSync } from '../shared/sha256.js';
import { whyNotNow } from './explain.js';
import { coreWording, type Wording } from './wording.js';
import { referenceIssues } from './references.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';
import type { AggregateKind, AggregateView, MeetingView, RuntimeState } from './state.js';
import type { EventStore, NewEvent, PersonalDataChange, StoredEvent, StreamAppend } from './store/store.js';
import type { SnapshotRecord, SnapshotStore } from './store/snapshot-store.js';
import { readStreams, STREAMS_PER_READ } from './store/read-streams.js';
import {
  type AggregateSnapshotRecord,
  DatasetSnapshotRecord,
  RUNTIME_RECORD,
  RuntimeSnapshotRecord,
  SNAPSHOT_FORMAT,
  StreamSnapshotRecord,
} from './snapshot-record.schema.js';
import { aggregateState, decodeCommands, encodeCommands, eventIdsFit, isPlainSnapshot, machineIdOf, restoreAggregate, type CommandPlace } from './snapshot-records.js';
import { fitsLine, lineAt, PackedLines } from './packed-lines.js';
import { snapshotVersions } from './snapshot-versions.js';

/** How many stored events the start-up replay applies before letting them go. */
const REPLAY_SLICE = 4096;

/**
 * How many events the start-up replay notes one by one before packing them (see `pack`,
 * `ReplayOptions.packEvery`): the maps hold no more than about this many, so a long log's
 * replay does not peak with a map entry per event before they are packed at its end.
 */
const PACK_EVERY = 65_536;

/** The stream that holds the dataset a runtime works on. */
export const DATASET_STREAM = 'dataset';

const eventSchemas: Record<AggregateKind, z.ZodType> = {
  mandate: MandateEvent,
  meeting: MeetingEvent,
  theme: ThemeEvent,
  seminar: DialogueSeminarEvent,
  deliverable: DeliverableEvent,
  agreement: AgreementEvent,
  communicationPlan: CommunicationPlanEvent,
};

export type CommandResult = { ok: true; events: StoredEvent[]; duplicate: boolean } | CommandError;

/**
 * The answer of `dispatchAll`: every command recorded (one result per command, in order) or
 * the first refusal, having written nothing of the batch.
 */
export type DispatchAllResult =
  | {
      ok: true;
      /** One result per command, in the order given (a command already recorded is a `duplicate`). */
      results: Array<Extract<CommandResult, { ok: true }>>;
      /** Every event the batch wrote, the dataset's included, in log order. */
      events: StoredEvent[];
    }
  | {
      ok: false;
      /** The refused command's index in `commands`; -1 when the dataset of `options.load` was refused. */
      index: number;
      error: CommandError;
    };

/**
 * Who loads a dataset and when. `by` and `at` follow the identity policy like a command's:
 * taken from the session and the clock (and refused if they name someone else), or from the
 * record under `trustedRecords()`.
 */
export interface LoadMeta {
  by?: string;
  at?: string;
  /** A retried load with the same id and dataset is recorded once. */
  commandId?: string;
}

/** Options of `dispatchAll`. */
export interface DispatchAllOptions {
  /** A dataset to load before the commands, in the same all-or-nothing write (as `load` does on its own). */
  load?: { dataset: DatasetInput } & LoadMeta;
}

/** The answer of `clear`: emptied, or why not. */
export type ClearResult = { ok: true } | CommandError;

/** The answer of `can`: allowed (in which role) or the typed reason why not. */
export type CanResult = { ok: true; roleId: string; roleName: string } | CommandError;

export interface SamverkanOptions {
  store: EventStore;
  /**
   * Who is acting: `sessionIdentity(() => signedInPersonId)` on a server or a host with its own
   * sign-in, `demoPersonSwitcher()` in a browser-only demo, `trustedRecords()` only to import
   * records that carry their own senders and times. See `IdentityPolicy`.
   */
  identity: IdentityPolicy;
  /**
   * The runtime's clock: every command is dated by it (machines never read a clock; the demo
   * moves this one). Defaults to the system clock.
   */
  clock?: Clock;
  /** How far a command's own `at` may lie from the clock, in milliseconds (default 2 minutes). */
  timeToleranceMs?: number;
  /** Makes event ids; defaults to `crypto.randomUUID`. */
  newId?: () => string;
  /** How the stored log is replayed when the runtime starts; by default all of it in one go. */
  replay?: ReplayOptions;
  /** A region's wording of core's names (`createWording`), used in refusals; core's own by default. */
  wording?: Wording;
  /**
   * Per-stream snapshots to start from (a cache, never evidence): each is checked against the
   * log and the events after it are replayed; one that does not fit is discarded and its stream
   * rebuilt from its events. Written by `saveSnapshots()`. Without it the whole log is replayed.
   */
  snapshots?: SnapshotStore;
}

/** How a runtime started: from the log alone, or from snapshots and the events after them. */
export interface StartUpReport {
  from: 'log' | 'snapshots';
  /** Streams taken from their snapshots. */
  restored: number;
  /** Streams replayed from their events (discarded snapshots, damaged streams; all of them from the log). */
  rebuilt: number;
  /** Snapshots set aside, and why (in English: a diagnostic, not a message for users). */
  discarded: Array<{ stream: string; reason: string }>;
  /** Events read from the log and replayed. */
  replayed: number;
}

/** The answer of `saveSnapshots`. */
export type SaveSnapshotsResult =
  | { ok: true; /** Streams written. */ streams: number; /** The log position they cover. */ position: number }
  | CommandError;

export interface ReplayOptions {
  /**
   * Replays the log in slices of about this many milliseconds, giving the event loop a turn
   * between them (`scheduler.yield` or a 0 ms timer), so a big log in a browser is many short
   * tasks instead of one long one that blocks input. Every event is applied and checked as in
   * a one-shot replay; the resulting state is the same. `0` yields after every event.
   */
  yieldEvery?: number;
  /**
   * How many events the replay notes one by one — their ids and their commands' places, for
   * finding duplicates and retries — before packing them into one text per stream (default
   * 65 536). Lower holds less memory during a long replay, for a little more work.
   */
  packEvery?: number;
}

export interface Samverkan {
  /** The names the runtime words its refusals with (a region's overrides over core's), for a UI to use too. */
  readonly wording: Wording;
  /**
   * Records a command or says why not; never throws for bad input. Typed by `CommandInput`, so a
   * misspelt type or field is a compile error; the runtime checks the command all the same.
   */
  dispatch(command: CommandInput): Promise<CommandResult>;
  /** Whether the command would be accepted now, and why not; records nothing. */
  can(command: CommandInput): CanResult;
  /**
   * Records a sequence of commands as one write, or none of them: each is validated, authorised
   * and checked against its lifecycle exactly as `dispatch` would, in order, each seeing the
   * ones before it; the first refusal is answered and nothing is written. Subscribers hear
   * once, at the end. For loading a history (a sample) quickly: one transaction, not hundreds.
   * With a store that has no `appendBatch` the commands are appended one by one after all have
   * been checked, so only a conflict with another writer can stop them part-way.
   */
  dispatchAll(commands: readonly CommandInput[], options?: DispatchAllOptions): Promise<DispatchAllResult>;
  /**
   * `dispatch` for a command whose shape this code does not know: JSON from a request body, a
   * file, a message from another window. Checked exactly as `dispatch` checks a typed command
   * (the runtime trusts neither); its own name, not an overload of `dispatch` taking `unknown`,
   * because such an overload would accept every misspelt command without a word from the
   * compiler. Reach for it only where the input really comes from outside.
   */
  dispatchUntrusted(command: unknown): Promise<CommandResult>;
  /** `can` for a command from outside (see `dispatchUntrusted`). */
  canUntrusted(command: unknown): CanResult;
  /** `dispatchAll` for a list from outside (see `dispatchUntrusted`); anything but an array is refused. */
  dispatchAllUntrusted(commands: unknown, options?: DispatchAllOptions): Promise<DispatchAllResult>;
  /**
   * Loads a dataset (replacing the directory); aggregates it describes start fresh unless their
   * streams exist. The network's administrator's act: the first load of a network by the
   * administrator it names, later ones by a holder of `administerNetwork` who may not hand out
   * a governing authority they lack.
   */
  load(dataset: DatasetInput, meta?: LoadMeta): Promise<CommandResult>;
  /** The current state; a new object after every change, so UIs can compare by identity. */
  getState(): RuntimeState;
  /** Calls `listener` after every change (own commands and other tabs' alike). */
  subscribe(listener: (state: RuntimeState) => void): () => void;
  /** The stored events of one stream: the audit trail of an aggregate. */
  history(stream: string): Promise<StoredEvent[]>;
  /**
   * Every event of every stream in the order the store recorded them (from a log position, when
   * given): the network's whole audit trail, where `history` gives one meeting's or mandate's.
   */
  log(fromPosition?: number): Promise<StoredEvent[]>;
  /**
   * Erases a person's personal data — name, title, contact details, identity claims — from the
   * store's personal-data part (GDPR art. 17), leaving a tombstone («Raderad person») that
   * every view renders; the log keeps the person's opaque id, so who did what still adds up.
   * Needs `erasePersonalData` in the network's staffing and a store that keeps personal data.
   */
  erasePersonalData(personId: string, meta?: LoadMeta & { reason?: string }): Promise<CommandResult>;
  /** Empties the store and the state; the network administrator's act (`administerNetwork`). */
  clear(meta?: Pick<LoadMeta, 'by'>): Promise<ClearResult>;
  /**
   * Writes a snapshot of every sound stream to `options.snapshots`, replacing the ones before, so
   * that the next start replays only the events after them. On demand, not on every append: a
   * generation is a pass over every stream, and the host knows when it is quiet (after start-up,
   * when a tab is hidden, on a server's timer). The records are taken in one synchronous pass,
   * so they all cover the same log position. People's personal data are not written.
   */
  saveSnapshots(): Promise<SaveSnapshotsResult>;
  /** How this runtime started (see `StartUpReport`). */
  readonly startUp: StartUpReport;
  close(): Promise<void>;
}

const emptyDataset = (): Dataset =>
  Dataset.parse({ id: 'empty', name: { sv: 'Tom', en: 'Empty' }, description: { sv: 'Inga data', en: 'No data' }, organisations: [{ id: 'none', name: 'Ingen', kind: 'unit' }] });

function emptyState(dataset: Dataset): RuntimeState {
  return {
    dataset,
    mandates: PublishedMap.of(),
    meetings: PublishedMap.of(),
    themes: PublishedMap.of(),
    seminars: PublishedMap.of(),
    deliverables: PublishedMap.of(),
    agreements: PublishedMap.of(),
    communicationPlans: PublishedMap.of(),
    damaged: [],
  };
}

const mapKey: Record<AggregateKind, keyof Omit<RuntimeState, 'dataset' | 'damaged'>> = {
  mandate: 'mandates',
  meeting: 'meetings',
  theme: 'themes',
  seminar: 'seminars',
  deliverable: 'deliverables',
  agreement: 'agreements',
  communicationPlan: 'communicationPlans',
};

function describeUnknownType(type: unknown): CommandError {
  return commandError(
    'VALIDATION',
    {
      sv: `Okänt kommando ${JSON.stringify(type)}. Kända kommandon: ${commandTypes.join(', ')}.`,
      en: `Unknown command ${JSON.stringify(type)}. Known commands: ${commandTypes.join(', ')}.`,
    },
    { issues: [{ path: ['type'], pathText: 'type', code: 'invalid_value', message: { sv: '«type» är inte ett känt kommando', en: '«type» is not a known command' } }] },
  );
}

/**
 * A command in the log (see `recorded` in `createSamverkan`): where its events are, and their
 * fingerprint. A command's events are one append to one stream: its first event's stream and
 * version, and how many follow it there; `more` holds any others (a log written otherwise).
 */
interface RecordedCommand {
  /** The fingerprint all its events carry; undefined when they differ or carry none. */
  commandHash: string | undefined;
  stream: string;
  version: number;
  /** How many events of the command follow the first one in its stream, version after version. */
  following: number;
  more?: Array<{ stream: string; version: number }>;
}

const parsedMark: unique symbol = Symbol('parsed command');

/** Adds where a recorded command's events are to `places`, per stream (see `CommandPlace`). */
function placesOfCommand(commandId: string, known: RecordedCommand, places: Map<string, CommandPlace[]>): void {
  const hash = known.commandHash ?? null;
  const place = (stream: string, entry: CommandPlace) => {
    let list = places.get(stream);
    if (!list) places.set(stream, (list = []));
    list.push(entry);
  };
  place(known.stream, [commandId, hash, known.version, known.following + 1]);
  for (const more of known.more ?? []) place(more.stream, [commandId, hash, more.version, 1]);
}

/** A command that passed its schema, with the sender and time the runtime gave it. */
interface ParsedCommand {
  [parsedMark]: true;
  def: CommandDefinition;
  command: Record<string, unknown> & { id: string; by: string; at: string; as?: string; type: string };
}

/** A command already through `parseCommand` (dispatchAll parses every command before checking any). */
function isParsed(value: unknown): value is ParsedCommand {
  return typeof value === 'object' && value !== null && parsedMark in value;
}

/**
 * A random event id. `crypto.randomUUID` exists only in secure contexts, and intranets are
 * still served over plain http, so fall back to `getRandomValues`, which exists everywhere.
 */
function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The state after `changed` aggregates moved on: a new object (new identity, so UIs compare by
 * reference) where only the maps of kinds that changed are new, and only changed aggregates
 * get new views. The new maps share the unchanged entries with the previous ones (see
 * `PublishedMap`): publishing costs what changed, not the size of the log.
 */
function deriveState(
  previous: RuntimeState,
  aggregates: AggregateLookup<Aggregate>,
  dataset: Dataset,
  changed: ReadonlySet<string> | 'all',
): RuntimeState {
  const next = { ...previous, dataset } as { -readonly [K in keyof RuntimeState]: RuntimeState[K] };
  if (changed === 'all') {
    const entries = new Map<AggregateKind, Array<[string, AggregateView<unknown, string>]>>(aggregateKinds.map((kind) => [kind, []]));
    for (const a of aggregates.values()) entries.get(a.kind)!.push([a.id, viewOf(a)]);
    for (const [kind, views] of entries) next[mapKey[kind]] = PublishedMap.of(views) as never;
    indexMeetingsAhead(next.meetings);
  } else {
    const changes = new Map<AggregateKind, Array<[string, AggregateView<unknown, string>]>>();
    for (const stream of changed) {
      const a = aggregates.get(stream);
      if (!a) continue;
      let views = changes.get(a.kind);
      if (!views) changes.set(a.kind, (views = []));
      views.push([a.id, viewOf(a)]);
    }
    for (const [kind, views] of changes) {
      const map = previous[mapKey[kind]] as ReadonlyMap<string, AggregateView<unknown, string>>;
      next[mapKey[kind]] = publishedOf(map).with(views) as never;
      if (kind === 'meeting') indexMeetingsAheadChanges(previous.meetings, next.meetings, views.map(([, view]) => view as MeetingView));
    }
  }
  return next;
}

/** A state's map as a published one (a state made elsewhere, e.g. by a test, may hold plain maps). */
function publishedOf<V>(map: ReadonlyMap<string, V>): PublishedMap<string, V> {
  return map instanceof PublishedMap ? (map as PublishedMap<string, V>) : PublishedMap.of(map);
}

/** The event a lifecycle machine takes for a stored event that does not create its record: its data, by whom and when. */
function machineEventOf(event: Pick<NewEvent, 'data' | 'by' | 'at'>): MachineEventBody & { by: string; at: string } {
  return { ...(event.data as MachineEventBody), by: event.by, at: event.at };
}

/**
 * The aggregate after one stored (or staged) event of its stream, or undefined for a stream that
 * is no aggregate. `machineEvent`, when given, is `machineEventOf(event)` already made (replay
 * makes it once, for the payload check and for the machine).
 */
function advance(
  existing: Aggregate | undefined,
  stream: string,
  event: Pick<NewEvent, 'data' | 'by' | 'at'>,
  version: number,
  machineEvent?: MachineEventBody & { by: string; at: string },
): Aggregate | undefined {
  const where = parseStream(stream);
  if (!where) return undefined;
  if ('create' in event.data) return { ...startAggregate(where.kind, where.id, event.data.create), version, lastAt: event.at };
  if (!existing) return undefined;
  const snapshot = step(existing, machineEvent ?? machineEventOf(event));
  return { ...existing, snapshot, version, lastAt: event.at };
}

/** What a command is checked against: the live aggregates and state, or a batch's staged copy. */
interface World {
  aggregates: AggregateLookup<Aggregate> & { set(key: string, value: Aggregate): unknown };
  state: RuntimeState;
  /** The dataset stream's version and latest time as a batch has staged them (the live ones when absent). */
  datasetHead?: { version: number; lastAt: string | undefined };
}

export async function createSamverkan(options: SamverkanOptions): Promise<Samverkan> {
  const { store } = options;
  if (options.identity === undefined) {
    throw new TypeError('createSamverkan: «identity» saknas — säg vem som agerar (sessionIdentity, demoPersonSwitcher eller trustedRecords). / «identity» is missing — say who is acting (sessionIdentity, demoPersonSwitcher or trustedRecords).');
  }
  const policy: EnvelopePolicy = {
    identity: options.identity,
    clock: options.clock ?? systemClock,
    toleranceMs: options.timeToleranceMs ?? DEFAULT_TIME_TOLERANCE_MS,
  };
  const newId = options.newId ?? randomId;
  const wording = options.wording ?? coreWording;
  const aggregates = new Map<string, Aggregate>();
  /**
   * Every command in the log, by id, for recognising a retry: where its events are and the
   * fingerprint they share — not the events themselves (the store has them; a national log's
   * second copy of every event cost about half a kilobyte each). A retry's events are read back.
   */
  let recorded = new Map<string, RecordedCommand>();
  /**
   * The commands snapshots covered, as they hold them, and those packed since (`packCommands`):
   * texts of places per stream (see `CommandPlace`), looked up by command id. A command found
   * here and not in `recorded` is known only from them; one that gets events after them is
   * copied into `recorded`, whole.
   */
  const packedCommands = new PackedLines(true);
  /** One string per stream name for the places above, not one per event. */
  const streamNames = new Map<string, string>();
  const listeners = new Set<(state: RuntimeState) => void>();
  let dataset = emptyDataset();
  let state = emptyState(dataset);
  let lastPosition = 0;
  /** Whether a dataset has been loaded: the first load is the genesis of the network. */
  let datasetLoaded = false;
  /** When the dataset stream's latest event happened. */
  let datasetLastAt: string | undefined;
  /**
   * The personal-data part as this runtime knows it (names, contact details, by person id), and
   * the dataset as the log holds it (people without personal data), to put them together again
   * after an erasure. A store without that part keeps people whole in the log.
   */
  const keepsPersonalData = typeof store.readPersonalData === 'function';
  const personal = new Map<string, PersonalData>();
  let datasetInLog: unknown;
  async function readPersonal(): Promise<void> {
    if (!keepsPersonalData) return;
    const records = await store.readPersonalData!();
    personal.clear();
    for (const record of records) if (typeof record?.personId === 'string') personal.set(record.personId, record.data);
  }

  /** Checks every stored event before it is applied; knows each stream's head and what is damaged. */
  const check = new ReplayCheck();

  /** Whether a dataset from the log names people whose personal data this runtime has not read. */
  function lacksPersonalData(inLog: unknown): boolean {
    const people = (inLog as { people?: unknown } | undefined)?.people;
    return Array.isArray(people) && people.some((p) => typeof p?.id === 'string' && !('name' in p) && !p.erased && !personal.has(p.id));
  }

  /** Publishes a new state object (see `deriveState`), with the damage reports as they stand. */
  function publish(changed: ReadonlySet<string> | 'all' = 'all') {
    state = deriveState(state, aggregates, dataset, changed);
    if (state.damaged !== check.reports) state = { ...state, damaged: check.reports };
  }

  function notify() {
    for (const listener of listeners) {
      try {
        listener(state);
      } catch {
        // A broken listener must not stop the others or the runtime.
      }
    }
  }

  function resetFromDataset(loaded: Dataset) {
    dataset = loaded;
    for (const { kind, id, input } of datasetAggregates(loaded)) {
      const stream = streamOf(kind, id);
      if (!aggregates.has(stream)) aggregates.set(stream, startAggregate(kind, id, input));
    }
  }

  /**
   * While a batch is being written: the aggregate each of its events leads to, as staged when
   * the batch was checked (keyed by stream and version, and used only for the very event, by
   * id), so that applying the stored batch does not run the machines again.
   */
  let staged: Map<string, { eventId: string; aggregate: Aggregate }> | undefined;

  /**
   * Applies stored events in log order; events already applied are skipped. Each is checked
   * first (`ReplayCheck`: readable, next in its stream, hash and chain, payload schema) and must
   * be accepted by its record's lifecycle; the first that fails is reported and its stream stays
   * as it was before it, while the other streams go on.
   */
  function apply(events: readonly StoredEvent[]): Set<string> | 'all' | undefined {
    const touched = new Set<string>();
    let all = false;
    const damagedBefore = check.reports;
    for (const e of events) {
      if (!(e?.position > lastPosition)) continue;
      lastPosition = e.position;
      const event = check.admit(e);
      if (!event) continue;
      if (event.stream === DATASET_STREAM) {
        const erasing = event.type === 'erasePersonalData';
        if (erasing && typeof event.data.personId !== 'string') {
          check.reject(event, 'invalid', { sv: 'raderingen saknar person', en: 'the erasure names no person' });
          continue;
        }
        if (erasing) personal.delete(event.data.personId as string);
        let inLog: unknown = erasing ? datasetInLog : event.data.dataset;
        if (networkChangeTypes.has(event.type)) {
          // A directory change: its data checked against its schema, then applied to the dataset as it stands.
          const change = parseWith(NetworkChange, event.data);
          if (!change.ok || change.value.type !== networkEventChanges[event.type]) {
            check.reject(event, 'invalid', change.ok ? { sv: 'händelsens typ och data skiljer sig åt', en: "the event's type and data differ" } : change.message);
            continue;
          }
          const applied = datasetInLog === undefined ? undefined : applyNetworkChange(datasetInLog as DirectoryLike, { ...change.value, at: event.at });
          if (!applied?.ok) {
            check.reject(event, 'notApplicable', applied?.reason ?? { sv: 'ingen datamängd är inläst', en: 'no dataset is loaded' });
            continue;
          }
          inLog = applied.dataset;
        }
        const parsed = parseWith(Dataset, withPersonalData(inLog, personal));
        if (!parsed.ok) {
          check.reject(event, 'invalid', parsed.message);
          continue;
        }
        datasetInLog = inLog;
        resetFromDataset(parsed.value);
        datasetLoaded = true;
        datasetLastAt = event.at;
        all = true;
      } else {
        const where = parseStream(event.stream);
        if (!where) {
          check.reject(event, 'unknownRecord', { sv: 'strömmen hör inte till någon sorts handling', en: 'the stream belongs to no kind of record' });
          continue;
        }
        const machineEvent = 'create' in event.data ? undefined : machineEventOf(event);
        const problem = check.payloadProblem(where.kind, event, machineEvent);
        if (problem) {
          check.reject(event, 'invalid', problem);
          continue;
        }
        const existing = aggregates.get(event.stream);
        const known = staged?.get(`${event.stream}#${event.version}`);
        const next = known?.eventId === event.id ? known.aggregate : advance(existing, event.stream, event, event.version, machineEvent);
        if (!next) {
          check.reject(event, 'unknownRecord', { sv: 'den finns inte i datamängden och skapades inte av sin första händelse', en: 'it is not in the dataset and was not created by its first event' });
          continue;
        }
        if (existing && next.snapshot === existing.snapshot) {
          check.reject(event, 'notApplicable', { sv: `i tillståndet «${String(existing.snapshot.value)}»`, en: `in the state «${String(existing.snapshot.value)}»` });
          continue;
        }
        aggregates.set(event.stream, next);
        touched.add(event.stream);
      }
      check.accept(event);
      record(event);
    }
    if (check.reports !== damagedBefore && !all) for (const d of check.reports) touched.add(d.stream);
    return all ? 'all' : touched.size > 0 ? touched : undefined;
  }

  /**
   * The hash of `stream`'s event at `version` where the store is ahead of this runtime (another
   * tab appended it), so that an append right after it chains to it; empty where the runtime knows.
   */
  async function headHashes(stream: string, version: number): Promise<ReadonlyMap<string, string>> {
    if (check.previousHash(stream, version) !== undefined) return new Map();
    const [event] = await store.read(stream, version);
    return event?.version === version && typeof event.hash === 'string' ? new Map([[`${stream}#${version}`, event.hash]]) : new Map();
  }

  let catchingUp: Promise<void> | undefined;
  async function catchUp(options: { personalData?: boolean } = {}) {
    catchingUp ??= (async () => {
      // Another writer loaded people this runtime has no personal data for: read it first.
      if (options.personalData) await readPersonal();
      const touched = apply(await store.readAll(lastPosition + 1));
      if (touched) {
        publish(touched);
        notify();
      }
    })().finally(() => {
      catchingUp = undefined;
    });
    return catchingUp;
  }

  /**
   * Where a command's events are, from the packed places (merged in the order the streams were
   * restored, as `record` would have noted them), or undefined if they name no such command.
   */
  function packedCommand(commandId: string): RecordedCommand | undefined {
    let known: RecordedCommand | undefined;
    packedCommands.find(commandId, (stream, text, start) => {
      const [[, commandHash, version, count]] = decodeCommands(lineAt(text, start), Number.MAX_SAFE_INTEGER) as [CommandPlace];
      if (!known) {
        known = { commandHash: commandHash ?? undefined, stream, version, following: count - 1 };
        return;
      }
      if (known.commandHash !== (commandHash ?? undefined)) known.commandHash = undefined;
      for (let n = 0; n < count; n++) (known.more ??= []).push({ stream, version: version + n });
    });
    return known;
  }

  /**
   * Moves the commands in `recorded` into packed places, one text per stream, as a snapshot start
   * keeps them (at a million events the map was a few hundred megabytes of the heap). Those it
   * cannot pack stay: one the packed places already name (its events since are in `recorded`,
   * whole), one whose id or fingerprint cannot be a line. Retries and clashes are answered as
   * before (a retry's events are read back in log order, whichever place is found first).
   */
  function packCommands(): void {
    if (recorded.size === 0) return;
    const kept = new Map<string, RecordedCommand>();
    const byStream = new Map<string, CommandPlace[]>();
    for (const [commandId, known] of recorded) {
      if (!fitsLine(commandId) || (known.commandHash !== undefined && !fitsLine(known.commandHash)) || packedCommands.has(commandId)) {
        kept.set(commandId, known);
        continue;
      }
      placesOfCommand(commandId, known, byStream);
    }
    // A new map rather than clear(): a cleared map keeps its table as large as it grew.
    recorded = kept;
    for (const [stream, places] of byStream) packedCommands.add(stream, encodeCommands(places)!);
  }

  /** Packs what replay noted for recognising duplicates and retries (see `packIds`, `packCommands`). */
  function pack(): void {
    check.packIds();
    packCommands();
  }

  /** Packs once `packEvery` more events are replayed since the last time (during the start-up replay). */
  function packIfMany(replayed: number): void {
    sinceLastPack += replayed;
    if (sinceLastPack < packEvery) return;
    pack();
    sinceLastPack = 0;
  }

  /** A command in the log, by id (see `recorded`). */
  function recordedAs(commandId: string): RecordedCommand | undefined {
    return recorded.get(commandId) ?? packedCommand(commandId);
  }

  /**
   * Starts from the snapshots where they fit the log: each stream's record is checked (schema,
   * generation, machine and its version, the hash of the event it ends at, read from the store)
   * and a stream whose record does not fit is rebuilt from its events — with the dataset stream,
   * whose loads start the records it describes — as are damaged streams, which are never
   * snapshotted. Returns false, having changed nothing, where the generation as a whole is of no
   * use (no runtime record, or the dataset's record does not fit: another log); the whole log is
   * then replayed.
   */
  async function restoreSnapshots(snapshots: SnapshotStore): Promise<boolean> {
    const setAside = (reason: string): false => {
      startUp.discarded.push({ stream: RUNTIME_RECORD, reason });
      return false;
    };
    let raw: unknown[];
    try {
      raw = await snapshots.readAll();
    } catch (error) {
      return setAside(`the snapshots could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!Array.isArray(raw) || raw.length === 0) return false;
    const runtimeRecord = raw.find((r) => (r as { stream?: unknown } | null)?.stream === RUNTIME_RECORD);
    const header = RuntimeSnapshotRecord.safeParse(runtimeRecord);
    if (!header.success) return setAside('no readable runtime record');
    const { position, generation } = header.data;
    // A stream whose name was not readable in the log cannot be read back by name: replay it all.
    if (header.data.rebuild.some((stream) => stream.startsWith('?'))) return setAside('a damaged stream has no readable name');
    const listed = new Set(header.data.streams);
    const records = new Map<string, StreamSnapshotRecord>();
    const discard = new Map<string, string>();
    /** Whether a record's event ids and commands agree with its version and hash. */
    const placesFit = (record: StreamSnapshotRecord): boolean =>
      eventIdsFit(record.eventIds, record.version) && decodeCommands(record.commands, record.version) !== undefined && (record.version === 0) === (record.hash === null);
    const disagree = 'its version, hash, event ids and commands disagree';
    for (const r of raw) {
      const stream = (r as { stream?: unknown } | null)?.stream;
      if (stream === RUNTIME_RECORD || typeof stream !== 'string' || !listed.has(stream)) continue;
      const parsed = StreamSnapshotRecord.safeParse(r);
      if (!parsed.success) discard.set(stream, 'it does not fit the snapshot schema');
      else if (parsed.data.generation !== generation || parsed.data.position !== position) discard.set(stream, 'it belongs to another generation');
      // The dataset's ids and commands are read now: without them nothing is restored. Every
      // other stream's are read as it is restored, so that a million of them are not all held
      // at once (garbage collection over them was most of a start at a million events).
      else if (stream === DATASET_STREAM && !placesFit(parsed.data)) discard.set(stream, disagree);
      else {
        // The state as read, not the checked copy (the same values): zod writes a record's keys
        // one by one, which leaves every context a dictionary-mode object, about three times the
        // memory of the one JSON gives and slower to read. (Not where a key is `__proto__`,
        // which the copy leaves out.)
        const read = (r as AggregateSnapshotRecord).state;
        if (parsed.data.kind !== 'dataset' && !Object.hasOwn(read.context, '__proto__') && !Object.hasOwn(Object(read.value), '__proto__')) parsed.data.state = read;
        records.set(stream, parsed.data);
      }
    }
    raw = [];
    for (const stream of listed) if (!records.has(stream) && !discard.has(stream)) discard.set(stream, 'its record is missing');

    const aggregatesOf = new Map<string, Aggregate>();
    let datasetRecord: DatasetSnapshotRecord | undefined;
    let datasetParsed: Dataset | undefined;
    for (const [stream, record] of records) {
      if (record.kind === 'dataset') {
        if (stream !== DATASET_STREAM || record.machine !== machineIdOf('dataset') || record.machineVersion !== snapshotVersions.dataset) {
          discard.set(stream, 'it was written for another version of the dataset');
          continue;
        }
        if (record.state.loaded) {
          const parsed = parseWith(Dataset, withPersonalData(record.state.inLog, personal));
          if (!parsed.ok) {
            discard.set(stream, 'its dataset does not fit the dataset schema');
            continue;
          }
          datasetParsed = parsed.value;
        }
        datasetRecord = record;
        continue;
      }
      const aggregate = restoreAggregate(record);
      if (typeof aggregate === 'string') discard.set(stream, aggregate);
      else aggregatesOf.set(stream, aggregate);
    }
    // The log under each snapshot: the event it ends at must be there with the same hash, and
    // nothing after it in its stream may lie at or below the generation's position (read in the
    // same call: the events from that version on). Every stream's in a few calls where the store
    // can (`readStreams`): a database answering one round trip per stream took most of a start.
    const checked = [...records].filter(([stream]) => !discard.has(stream));
    // A page of streams at a time, so that the events read back are not all held at once.
    for (let start = 0; start < checked.length; start += STREAMS_PER_READ) {
      const page = checked.slice(start, start + STREAMS_PER_READ);
      const under = await readStreams(store, page.map(([stream, record]) => [stream, Math.max(1, record.version)] as const));
      for (const [index, [stream, record]] of page.entries()) {
        const [event, ...after] = under[index]!;
        if (record.version > 0 && (event?.version !== record.version || event.hash !== record.hash || !(event.position <= position))) {
          discard.set(stream, 'the log does not hold the event it ends at');
        } else if ((record.version === 0 ? [event, ...after] : after).some((e) => e !== undefined && !(e.position > position))) {
          discard.set(stream, 'the log holds events of its stream it does not cover');
        }
      }
    }
    if (discard.has(DATASET_STREAM)) {
      for (const [stream, reason] of discard) startUp.discarded.push({ stream, reason });
      return setAside('the dataset’s snapshot does not fit: the generation is of another log');
    }

    const rebuild = new Set([...header.data.rebuild, ...discard.keys()]);
    // A stream the store counts (where it keeps heads) that the generation does not know, with
    // events at or below its position: written around the runtime; rebuilt, never missed.
    for (const stream of storeHeads?.keys() ?? []) {
      if (listed.has(stream) || rebuild.has(stream)) continue;
      const [first] = await store.read(stream, 1);
      if (first !== undefined && !(first.position > position)) {
        rebuild.add(stream);
        discard.set(stream, 'the generation does not know its stream');
      }
    }
    // Records the dataset describes start from its loads: rebuilding any stream replays them too.
    if (rebuild.size > 0) rebuild.add(DATASET_STREAM);
    for (const [stream, reason] of discard) startUp.discarded.push({ stream, reason });

    const intern = (stream: string) => {
      let name = streamNames.get(stream);
      if (name === undefined) streamNames.set(stream, (name = stream));
      return name;
    };
    // The dataset's record last: a stream discarded on the way means the dataset is rebuilt too.
    const datasetLast = [...records.keys()].filter((stream) => stream !== DATASET_STREAM);
    if (records.has(DATASET_STREAM)) datasetLast.push(DATASET_STREAM);
    for (const stream of datasetLast) {
      const record = records.get(stream)!;
      if (rebuild.has(stream)) continue;
      if (!placesFit(record)) {
        discard.set(stream, disagree);
        startUp.discarded.push({ stream, reason: disagree });
        rebuild.add(stream).add(DATASET_STREAM);
        continue;
      }
      const name = intern(stream);
      const aggregate = aggregatesOf.get(stream);
      if (aggregate) aggregates.set(name, aggregate);
      if (record.version > 0) check.restore(name, { version: record.version, hash: record.hash ?? undefined }, record.eventIds);
      packedCommands.add(name, record.commands);
      startUp.restored += 1;
    }
    if (!rebuild.has(DATASET_STREAM) && datasetRecord) {
      datasetInLog = datasetRecord.state.inLog;
      datasetLoaded = datasetRecord.state.loaded;
      datasetLastAt = datasetRecord.lastAt;
      if (datasetParsed) dataset = datasetParsed;
    }
    // The rebuilt streams' events up to the snapshots' position, in log order, through `apply`
    // as in a full replay (so damage is found again, and reported in the same order).
    const events = (await Promise.all([...rebuild].map((stream) => store.read(stream))))
      .flat()
      .filter((e) => e.position <= position)
      .sort((a, b) => a.position - b.position);
    apply(events);
    startUp.replayed += events.length;
    startUp.rebuilt = rebuild.size;
    lastPosition = position;
    startUp.from = 'snapshots';
    return true;
  }

  /** The records of a snapshot generation: every sound stream and the runtime's own (see `saveSnapshots`). */
  function snapshotRecords(): SnapshotRecord[] {
    const generation = newId();
    const position = lastPosition;
    const damaged = new Set(check.reports.map((d) => d.stream));
    const idsOf = check.eventIdsByStream();
    /** Per stream, its commands' places as lines; undefined where one cannot be a line. */
    const commandsOf = new Map<string, string | undefined>();
    const join = (stream: string, text: string | undefined) => {
      if (commandsOf.has(stream) && commandsOf.get(stream) === undefined) return;
      const before = commandsOf.get(stream);
      commandsOf.set(stream, text === undefined || before === undefined ? text : `${before}\n${text}`);
    };
    // The packed places, as they are, but of commands with events since (those are in `recorded`, whole).
    const since = new Set([...recorded.keys()].filter((commandId) => packedCommands.has(commandId)));
    for (const [stream, text] of packedCommands.entries()) {
      const lines = since.size === 0 ? text : text.split('\n').filter((line) => !since.has(line.slice(0, line.indexOf('\t')))).join('\n');
      if (lines !== '') join(stream, lines);
    }
    const places = new Map<string, CommandPlace[]>();
    for (const [commandId, known] of recorded) placesOfCommand(commandId, known, places);
    for (const [stream, list] of places) join(stream, encodeCommands(list));
    /** The fields every stream's record has, or undefined where its ids cannot be written as lines. */
    const common = (stream: string, version: number) => {
      const eventIds = idsOf.has(stream) ? idsOf.get(stream) : '';
      const commands = commandsOf.has(stream) ? commandsOf.get(stream) : '';
      if (eventIds === undefined || commands === undefined) return undefined;
      return { format: SNAPSHOT_FORMAT, generation, stream, version, hash: version === 0 ? null : (check.head(stream)?.hash ?? null), position, eventIds, commands };
    };
    const records: SnapshotRecord[] = [];
    const streams: string[] = [];
    const rebuild = [...damaged];
    for (const [stream, aggregate] of aggregates) {
      if (damaged.has(stream)) continue;
      const fields = common(stream, aggregate.version);
      if (!fields || !isPlainSnapshot(aggregate.snapshot)) {
        rebuild.push(stream);
        continue;
      }
      records.push({
        ...fields,
        kind: aggregate.kind,
        machine: machineIdOf(aggregate.kind),
        machineVersion: snapshotVersions[aggregate.kind],
        ...(aggregate.lastAt !== undefined ? { lastAt: aggregate.lastAt } : {}),
        state: aggregateState(aggregate),
      });
      streams.push(stream);
    }
    const datasetFields = common(DATASET_STREAM, check.head(DATASET_STREAM)?.version ?? 0);
    if (!datasetFields) rebuild.push(DATASET_STREAM);
    else if (!damaged.has(DATASET_STREAM)) {
      records.push({
        ...datasetFields,
        kind: 'dataset',
        machine: machineIdOf('dataset'),
        machineVersion: snapshotVersions.dataset,
        ...(datasetLastAt !== undefined ? { lastAt: datasetLastAt } : {}),
        // As the log holds it: without personal data where the store keeps those apart.
        state: { inLog: datasetInLog ?? null, loaded: datasetLoaded },
      });
      streams.push(DATASET_STREAM);
    }
    records.push({ format: SNAPSHOT_FORMAT, stream: RUNTIME_RECORD, generation, position, streams, rebuild });
    return records;
  }

  async function saveSnapshots(): Promise<SaveSnapshotsResult> {
    if (!options.snapshots) {
      return commandError('VALIDATION', {
        sv: 'Körningen har ingen lagring för ögonblicksbilder: ange «snapshots» till createSamverkan.',
        en: 'The runtime has no snapshot store: pass «snapshots» to createSamverkan.',
      });
    }
    const position = lastPosition;
    // Packed first: the records then share the packed texts instead of holding a second copy.
    pack();
    const records = snapshotRecords();
    try {
      await options.snapshots.replace(records);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return commandError('CONFLICT', { sv: `Ögonblicksbilderna kunde inte sparas: ${detail}.`, en: `The snapshots could not be saved: ${detail}.` });
    }
    return { ok: true, streams: records.length - 1, position };
  }

  // Replay the log (from the snapshots' position, where they fit), then follow what others
  // append. The stream heads a store keeps are read first: every event they count is then in
  // the log read after them.
  const startUp: StartUpReport = { from: 'log', restored: 0, rebuilt: 0, discarded: [], replayed: 0 };
  const yieldEvery = options.replay?.yieldEvery;
  if (yieldEvery !== undefined && !(yieldEvery >= 0 && Number.isFinite(yieldEvery))) throw new RangeError(`replay.yieldEvery must be a number of milliseconds ≥ 0 (was ${yieldEvery})`);
  const packEvery = options.replay?.packEvery ?? PACK_EVERY;
  if (!(Number.isInteger(packEvery) && packEvery >= 1)) throw new RangeError(`replay.packEvery must be a whole number of events ≥ 1 (was ${packEvery})`);
  let sinceLastPack = 0;
  /** A page of the replay: never more events than are packed at a time. */
  const pageSize = Math.min(REPLAY_SLICE, packEvery);
  const storeHeads = await store.heads?.();
  await readPersonal();
  if (options.snapshots) await restoreSnapshots(options.snapshots);
  if (yieldEvery === undefined && store.readPage) {
    // A page at a time, so that no copy of the whole log is held (at a million events it was
    // gigabytes, and garbage collection over it most of the replay's time). The same events in
    // the same order.
    for (let from = lastPosition + 1; ; ) {
      const page = await store.readPage(from, pageSize);
      if (page.length === 0) break;
      apply(page);
      packIfMany(page.length);
      startUp.replayed += page.length;
      const last = page.at(-1)?.position;
      if (typeof last === 'number' && last >= from) {
        from = last + 1;
        continue;
      }
      // A page that does not end at a position (a record without one): the rest in one read.
      const rest = await store.readAll(from);
      apply(rest);
      startUp.replayed += rest.length;
      break;
    }
  } else if (yieldEvery === undefined) {
    // A slice at a time, each let go of once applied, so that the copy of a long log the store
    // gives is not held whole until the end. The same events in the same order.
    const log: Array<StoredEvent | undefined> = await store.readAll(lastPosition + 1);
    startUp.replayed += log.length;
    for (let start = 0; start < log.length; start += pageSize) {
      const end = Math.min(log.length, start + pageSize);
      const slice = log.slice(start, end) as StoredEvent[];
      log.fill(undefined, start, end);
      apply(slice);
      packIfMany(slice.length);
    }
  } else {
    const log = await store.readAll(lastPosition + 1);
    startUp.replayed += log.length;
    let sliceStarted = performance.now();
    for (let i = 0; i < log.length; i++) {
      apply([log[i]!]);
      packIfMany(1);
      if (i + 1 < log.length && performance.now() - sliceStarted >= yieldEvery) {
        await yieldToEventLoop();
        sliceStarted = performance.now();
      }
    }
    // What others appended while this runtime yielded: read right before subscribing, in the
    // same task, so no event falls between the replay and the subscription.
    apply(await store.readAll(lastPosition + 1));
  }
  // From the log alone, every stream was built from its events.
  if (startUp.from === 'log') startUp.rebuilt = aggregates.size + (check.head(DATASET_STREAM) ? 1 : 0);
  if (storeHeads) check.compareHeads(storeHeads);
  pack();
  publish();
  const unsubscribe = store.subscribe((events) => {
    const first = events[0];
    const newPeople =
      keepsPersonalData &&
      events.some(
        (e) =>
          e.stream === DATASET_STREAM &&
          ((e.type === 'loadDataset' && lacksPersonalData(e.data.dataset)) || (e.data.type === 'addPerson' && lacksPersonalData({ people: [e.data.person] }))),
      );
    if ((first && first.position > lastPosition + 1) || newPeople) {
      void catchUp({ personalData: newPeople });
      return;
    }
    const touched = apply(events);
    if (touched) {
      publish(touched);
      notify();
    }
  });

  interface Plan {
    stream: string;
    expectedVersion: number;
    events: NewEvent[];
    roleId: string;
    roleName: string;
    /** A directory change's personal data (a person added), written with its event. */
    personalData?: PersonalDataChange;
    /** The dataset after a directory change, for a batch's staged state. */
    dataset?: Dataset;
  }

  /** The dataset stream's version and latest time as `world` has them. */
  function datasetHeadOf(world: World): { version: number; lastAt: string | undefined } {
    return world.datasetHead ?? { version: check.head(DATASET_STREAM)?.version ?? 0, lastAt: datasetLastAt };
  }

  /**
   * A directory change (a person added, a group set up or closed, a seat filled …): checked like
   * any command — references, sender, authority, the command's own rule, time — and then applied
   * to the dataset as it stands, whose result must be a valid dataset; nothing invalid is written.
   * A person's personal data go to the store's personal-data part, never into the event.
   */
  function prepareNetworkChange(def: CommandDefinition, command: ParsedCommand['command'], world: World): Plan | CommandError {
    const { state } = world;
    const damaged = check.refusal(DATASET_STREAM);
    if (damaged) return damaged;
    const ctx = { state, aggregate: undefined };
    const dangling = referenceIssues(command, def, ctx);
    if (dangling.length > 0) return commandError('VALIDATION', summarise(dangling), { issues: dangling });
    if (!byId(state.dataset.people, command.by)) {
      return commandError('NOT_FOUND', { sv: `Personen «${command.by}» finns inte.`, en: `The person «${command.by}» does not exist.` }, { by: command.by });
    }
    const missing = def.found?.(command, ctx);
    if (missing) return missing;
    const authority = def.authority(command, ctx);
    const decision = decideAuthority(state, command.by, authority, def.scope(command, ctx), command.as, wording.authority(authority));
    if (!decision.ok) return commandError('NOT_AUTHORISED', decision.message, { authority, holders: decision.holders });
    const refused = def.check?.(command, ctx);
    if (refused) return refused;
    const head = datasetHeadOf(world);
    const backwards = beforeLatest(command.at, head.lastAt, '«dataset»');
    if (backwards) return backwards;

    const change = def.event!(command, ctx) as NetworkChange;
    const applied = applyNetworkChange(state.dataset as unknown as DirectoryLike, { ...change, at: command.at });
    if (!applied.ok) return commandError('NOT_ALLOWED_NOW', applied.reason);
    const parsed = parseWith(Dataset, applied.dataset);
    if (!parsed.ok) return commandError('VALIDATION', parsed.message, { issues: parsed.issues });

    let data: Record<string, unknown> = change;
    let personalData: PersonalDataChange | undefined;
    if (change.type === 'addPerson' && keepsPersonalData) {
      // A person's name and contact details go to the personal-data part, never into the event.
      const { inLog, personal: own } = splitPerson(change.person as Person);
      data = { ...change, person: inLog };
      personalData = { put: [{ personId: inLog.id, data: own }] };
    }
    const reason = def.reason?.(command);
    return {
      stream: DATASET_STREAM,
      expectedVersion: head.version,
      roleId: decision.roleId,
      roleName: decision.roleName,
      dataset: parsed.value,
      ...(personalData ? { personalData } : {}),
      events: [{ id: newId(), type: def.type, by: command.by, at: command.at, role: decision.roleId, commandId: command.id, ...(reason ? { reason } : {}), data }],
    };
  }

  /**
   * Plain data → shape → who and when (the identity policy and the clock) → schema. The input is
   * first copied as plain data: a hostile value (a throwing getter, a Proxy, deep nesting, a huge
   * string) is `VALIDATION` here, and nothing after reads the caller's object again.
   */
  function parseCommand(input: unknown): ParsedCommand | CommandError {
    const plain = toPlainData(input, commandLimits);
    if (!plain.ok) return commandError('VALIDATION', plain.message, { issues: plain.issues });
    const raw = plain.value;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return commandError('VALIDATION', { sv: 'Ett kommando måste vara ett objekt.', en: 'A command must be an object.' }, {
        issues: [{ path: [], pathText: '', code: 'invalid_type', message: { sv: 'Indata måste vara ett objekt', en: 'The input must be an object' } }],
      });
    }
    // Only a text names a command: `String()` of another value may throw (an object whose
    // `toString` is no function) or turn it into a name (`['addPerson']`).
    const type = (raw as { type?: unknown }).type;
    const def: CommandDefinition | undefined = typeof type === 'string' ? commandDefinitions.get(type) : undefined;
    if (!def) return describeUnknownType(type);
    const envelope = resolveEnvelope(raw as { by?: unknown; at?: unknown }, policy);
    if ('ok' in envelope) return envelope;
    const parsed = parseWith(def.schema, { ...raw, by: envelope.by, at: envelope.at });
    if (!parsed.ok) return commandError('VALIDATION', parsed.message, { issues: parsed.issues });
    return { [parsedMark]: true, def, command: parsed.value as ParsedCommand['command'] };
  }

  /**
   * Schema → authority → machine transition; returns what to append, or why not. Never throws:
   * anything that still goes wrong while checking is `VALIDATION`, so `can` and `dispatch`
   * always give the same answer.
   */
  function prepare(raw: unknown | ParsedCommand, world: World = { aggregates, state }): Plan | CommandError {
    try {
      return prepareChecked(raw, world);
    } catch {
      return commandError('VALIDATION', { sv: 'Kommandot kunde inte prövas.', en: 'The command could not be checked.' });
    }
  }

  function prepareChecked(raw: unknown | ParsedCommand, world: World): Plan | CommandError {
    const parsedCommand = isParsed(raw) ? raw : parseCommand(raw);
    if ('ok' in parsedCommand) return parsedCommand;
    const { def, command } = parsedCommand;
    if (def.kind === 'network') return prepareNetworkChange(def, command, world);
    const { state } = world;
    const kind = def.kind;

    const id = def.target(command);
    const stream = streamOf(kind, id);
    // A damaged record takes no commands, whoever sends them and whatever its state.
    const damaged = check.refusal(stream);
    if (damaged) return damaged;
    const aggregate = world.aggregates.get(stream);
    const ctx = { state, aggregate };
    const dangling = referenceIssues(command, def, ctx);
    if (dangling.length > 0) return commandError('VALIDATION', summarise(dangling), { issues: dangling });

    if (!byId(state.dataset.people, command.by)) {
      return commandError('NOT_FOUND', { sv: `Personen «${command.by}» finns inte.`, en: `The person «${command.by}» does not exist.` }, { by: command.by });
    }
    if (!def.creates && !aggregate) {
      return commandError('NOT_FOUND', { sv: `«${id}» finns inte.`, en: `«${id}» does not exist.` }, { stream });
    }

    const authority = def.authority(command, ctx);
    const decision = decideAuthority(state, command.by, authority, def.scope(command, ctx), command.as, wording.authority(authority));
    if (!decision.ok) return commandError('NOT_AUTHORISED', decision.message, { authority, holders: decision.holders });
    if (def.creates && aggregate) {
      return commandError('CONFLICT', { sv: `«${id}» finns redan.`, en: `«${id}» already exists.` }, { stream });
    }
    const refused = def.check?.(command, ctx);
    if (refused) return refused;
    const backwards = beforeLatest(command.at, aggregate?.lastAt, `«${id}»`);
    if (backwards) return backwards;

    const base = { by: command.by, at: command.at, role: decision.roleId, commandId: command.id };
    const reason = def.reason?.(command);
    const withReason = reason ? { reason } : {};

    if (def.creates) {
      const created = def.creates(command, ctx);
      if ('missing' in created) return commandError('NOT_FOUND', created.missing, { stream });
      if (idOfInput(kind, created.input) !== id) {
        const message = { sv: `Id:t i kommandot («${id}») och i dokumentet skiljer sig åt.`, en: `The id in the command («${id}») and in the document differ.` };
        return commandError('VALIDATION', message, { issues: [{ path: [`${kind}Id`], pathText: `${kind}Id`, code: 'custom', message }] });
      }
      try {
        startAggregate(kind, id, created.input);
      } catch (error) {
        return commandError('VALIDATION', { sv: `«${id}» kunde inte skapas: ${String(error)}`, en: `«${id}» could not be created: ${String(error)}` });
      }
      return {
        stream,
        expectedVersion: 0,
        roleId: decision.roleId,
        roleName: decision.roleName,
        events: [{ id: newId(), type: def.type, ...base, ...withReason, data: { create: created.input as Record<string, unknown> } }],
      };
    }

    let target = aggregate!;
    const events: NewEvent[] = [];
    // A theme learns of its seminars' progress when it is next acted on, in the same append.
    if (kind === 'theme') {
      for (const sync of themeSync(target, world.aggregates)) {
        events.push({ id: newId(), type: sync.type, ...base, role: 'system', data: sync });
        target = { ...target, snapshot: step(target, { ...sync, by: base.by, at: base.at }), version: target.version };
      }
    }
    const body = def.event!(command, ctx);
    const machineEvent = { ...body, by: command.by, at: command.at };
    const checked = parseWith(eventSchemas[kind], machineEvent);
    if (!checked.ok) return commandError('VALIDATION', checked.message, { issues: checked.issues });
    if (!target.snapshot.can(machineEvent)) {
      const nameOf = (personId: string) => state.dataset.people.find((p) => p.id === personId)?.name ?? personId;
      const label = Object.hasOwn(commandLabels, def.type) ? wording.command(def.type as CommandType) : auditLabel(def.type);
      const why = whyNotNow(target, machineEvent, label, nameOf);
      return commandError('NOT_ALLOWED_NOW', why.message, { state: why.state, allowedIn: why.allowedIn });
    }
    events.push({ id: newId(), type: def.type, ...base, ...withReason, data: body });
    return { stream, expectedVersion: aggregate!.version, roleId: decision.roleId, roleName: decision.roleName, events };
  }

  /** The events that bring a theme's list of seminars up to date, where its state takes them. */
  function themeSync(theme: Aggregate, aggregates: AggregateLookup<Aggregate>): MachineEventBody[] {
    const known = new Map((theme.snapshot.context as Theme).seminars.map((s) => [s.seminarId, s.status]));
    const out: MachineEventBody[] = [];
    let snapshot = theme.snapshot;
    for (const s of aggregates.values()) {
      if (s.kind !== 'seminar' || (s.snapshot.context as { themeId: string }).themeId !== theme.id) continue;
      const status = String(s.snapshot.value);
      const candidates: MachineEventBody[] = [];
      if (!known.has(s.id)) candidates.push({ type: 'seminarAdded', seminarId: s.id });
      if (known.get(s.id) !== status && status !== 'planned') candidates.push({ type: 'seminarStatusChanged', seminarId: s.id, status });
      for (const c of candidates) {
        const event = { ...c, by: 'system', at: '1970-01-01T00:00:00Z' };
        if (snapshot.can(event)) {
          snapshot = step({ ...theme, snapshot }, event);
          out.push(c);
        }
      }
    }
    return out;
  }

  function toCanResult(plan: Plan | CommandError): CanResult {
    return 'ok' in plan ? plan : { ok: true, roleId: plan.roleId, roleName: plan.roleName };
  }

  /**
   * The fingerprint of a command's content — everything but its id and time — kept on its events,
   * so a retry (same id, same content, same sender) is recognised and anything else with the
   * same id is refused instead of being answered as a duplicate.
   */
  function fingerprintOf(command: Record<string, unknown>): string {
    const { id: _id, at: _at, ...content } = command;
    // Synchronous (pure-JS SHA-256): a command is checked and written without a turn of the
    // event loop in between, and a batch of a thousand commands needs no thousand awaits.
    return sha256HexSync(canonicalJson(content));
  }

  /** The answer to a command whose id is already in the log: the same command, or a refusal. */
  function answerRetry(earlier: readonly StoredEvent[], fingerprint: string, commandId: string): CommandResult {
    if (earlier.length > 0 && earlier.every((e) => e.commandHash === fingerprint)) return { ok: true, events: [...earlier], duplicate: true };
    return sameIdOtherCommand(commandId);
  }

  /** Notes an applied event under its command (see `recorded`). */
  function record(event: StoredEvent): void {
    let stream = streamNames.get(event.stream);
    if (stream === undefined) streamNames.set(event.stream, (stream = event.stream));
    let known = recorded.get(event.commandId);
    if (!known && (known = packedCommand(event.commandId))) recorded.set(event.commandId, known);
    if (!known) {
      recorded.set(event.commandId, { commandHash: event.commandHash, stream, version: event.version, following: 0 });
      return;
    }
    if (known.commandHash !== event.commandHash) known.commandHash = undefined;
    if (!known.more && stream === known.stream && event.version === known.version + known.following + 1) known.following += 1;
    else (known.more ??= []).push({ stream, version: event.version });
  }

  /** Whether a command with this fingerprint is a retry of the recorded one (as `answerRetry` decides on its events). */
  function isRetryOf(earlier: RecordedCommand, fingerprint: string): boolean {
    return earlier.commandHash === fingerprint;
  }

  /** The stored events of a recorded command, read back from the store in log order. */
  async function eventsOf(earlier: RecordedCommand): Promise<StoredEvent[]> {
    const out: StoredEvent[] = [];
    const streams = new Map<string, Set<number>>();
    const places = [{ stream: earlier.stream, version: earlier.version }, ...(earlier.more ?? [])];
    for (let n = 1; n <= earlier.following; n++) places.push({ stream: earlier.stream, version: earlier.version + n });
    for (const { stream, version } of places) {
      let versions = streams.get(stream);
      if (!versions) streams.set(stream, (versions = new Set()));
      versions.add(version);
    }
    for (const [stream, versions] of streams) {
      const first = Math.min(...versions);
      for (const event of await store.read(stream, first)) if (versions.has(event.version)) out.push(event);
    }
    return out.sort((a, b) => a.position - b.position);
  }

  /** The answer to a command whose id is already in the log (see `answerRetry`). */
  async function answerRecorded(earlier: RecordedCommand, fingerprint: string, commandId: string): Promise<CommandResult> {
    return isRetryOf(earlier, fingerprint) ? { ok: true, events: await eventsOf(earlier), duplicate: true } : sameIdOtherCommand(commandId);
  }

  /** A command id already used by another command. */
  function sameIdOtherCommand(commandId: string): CommandError {
    return commandError(
      'CONFLICT',
      {
        sv: `Ett annat kommando med id «${commandId}» är redan registrerat. Ett nytt kommando behöver ett nytt id; bara ett oförändrat kommando kan skickas igen.`,
        en: `Another command with the id «${commandId}» is already recorded. A new command needs a new id; only an unchanged command can be sent again.`,
      },
      { commandId },
    );
  }

  async function dispatch(raw: unknown): Promise<CommandResult> {
    try {
      const parsed = parseCommand(raw);
      if ('ok' in parsed) return parsed;
      const fingerprint = fingerprintOf(parsed.command);
      const earlier = recordedAs(parsed.command.id);
      if (earlier) return await answerRecorded(earlier, fingerprint, parsed.command.id);
      const plan = prepare(parsed);
      if ('ok' in plan) return plan;
      const events = plan.events.map((e) => ({ ...e, commandHash: fingerprint }));
      const [sealed] = check.seal([{ stream: plan.stream, expectedVersion: plan.expectedVersion, events }]);
      // A person's personal data count from just before the append (listeners may hear the event
      // before it resolves) and are undone if nothing was written.
      const undo = changePersonal(plan.personalData);
      let result: Awaited<ReturnType<EventStore['append']>>;
      try {
        result = await store.append(plan.stream, plan.expectedVersion, sealed!.events, plan.personalData);
      } catch (error) {
        undo();
        throw error;
      }
      if (!result.ok || result.duplicate) undo();
      if (!result.ok) {
        void catchUp();
        return commandError('CONFLICT', result.message, {
          stream: plan.stream,
          expectedVersion: result.expectedVersion,
          actualVersion: result.actualVersion,
        });
      }
      // Another writer recorded a command with this id first (a retry racing itself, or a clash).
      if (result.duplicate) return answerRetry(result.events, fingerprint, parsed.command.id);
      const touched = apply(result.events);
      if (touched) {
        publish(touched);
        notify();
      }
      return { ok: true, events: result.events, duplicate: false };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return commandError('CONFLICT', {
        sv: `Kommandot kunde inte sparas: ${detail}. Inget skrevs.`,
        en: `The command could not be stored: ${detail}. Nothing was written.`,
      });
    }
  }

  /** The event that loads a dataset, or why it may not be loaded (by whom, when). */
  async function prepareLoad(
    input: DatasetInput,
    meta: LoadMeta,
    world: World,
  ): Promise<{ event: NewEvent; parsed: Dataset; personalData?: PersonalDataChange; duplicate?: StoredEvent[] } | CommandError> {
    const envelope = resolveEnvelope({ by: meta.by, at: meta.at }, policy);
    if ('ok' in envelope) return envelope;
    // A dataset is copied as plain data within its own limits first, as a command is.
    const plain = toPlainData(input, datasetLimits);
    if (!plain.ok) return commandError('VALIDATION', plain.message, { issues: plain.issues });
    const parsed = parseWith(Dataset, plain.value);
    if (!parsed.ok) return commandError('VALIDATION', parsed.message, { issues: parsed.issues });
    const commandId = meta.commandId ?? newId();
    const fingerprint = fingerprintOf({ type: 'loadDataset', by: envelope.by, dataset: parsed.value });
    const earlier = recordedAs(commandId);
    if (earlier) {
      if (!isRetryOf(earlier, fingerprint)) return sameIdOtherCommand(commandId);
      const events = await eventsOf(earlier);
      return { event: events[0]!, parsed: parsed.value, duplicate: events };
    }
    const decision = decideLoad(world.state, envelope.by, parsed.value, !datasetLoaded);
    if (!decision.ok) return commandError('NOT_AUTHORISED', decision.message, { authority: 'administerNetwork', holders: decision.holders });
    const backwards = beforeLatest(envelope.at, datasetLastAt, '«dataset»');
    if (backwards) return backwards;
    // People reach the log without their personal data; that goes to the store's personal-data
    // part, and the personal data of people no longer in the network goes away (minimisation).
    const split = keepsPersonalData ? splitPeople(parsed.value) : undefined;
    const staying = new Set(parsed.value.people.map((p) => p.id));
    const personalData: PersonalDataChange | undefined = split && {
      put: split.records,
      erase: [...personal.keys()].filter((id) => !staying.has(id)),
    };
    return {
      parsed: parsed.value,
      ...(personalData ? { personalData } : {}),
      event: {
        id: newId(),
        type: 'loadDataset',
        by: envelope.by,
        at: envelope.at,
        role: decision.roleId,
        commandId,
        commandHash: fingerprint,
        // The parsed value, never the raw input: what is stored is what was checked.
        data: { dataset: (split?.dataset ?? parsed.value) as unknown as Record<string, unknown> },
      },
    };
  }

  async function dispatchAll(given: unknown, options: DispatchAllOptions = {}): Promise<DispatchAllResult> {
    let current = -1;
    try {
      const notAList = () => ({ ok: false as const, index: -1, error: commandError('VALIDATION', { sv: 'Kommandona måste vara en lista.', en: 'The commands must be an array.' }) });
      if (!Array.isArray(given)) return notAList();
      // A plain copy of the list first: a hostile one (a Proxy that throws) is bad input, not a failed write.
      let list: unknown[];
      try {
        list = Array.from(given);
      } catch {
        return notAList();
      }
      const commands: readonly unknown[] = list;
      const parts: StreamAppend[] = [];
      /** The part each command wrote, or the events an earlier recording of it wrote. */
      const outcome: Array<{ part: number; duplicate: boolean } | { recorded: RecordedCommand }> = [];
      const partOfCommand = new Map<number, number>();
      const hints = new Map<string, { eventId: string; aggregate: Aggregate }>();

      // Check everything first, against a staged copy of the state: the live state and the
      // store stay untouched until the whole batch has passed.
      const world: World = { aggregates: new StagedAggregates(aggregates), state };
      const { load } = options;
      let withLoad = false;
      /** The hash of the dataset stream's head, where the store is ahead of this runtime. */
      let known: ReadonlyMap<string, string> | undefined;
      /** The personal data the batch's dataset brings. */
      let personalChange: PersonalDataChange | undefined;
      if (load) {
        const { dataset: input, ...meta } = load;
        const prepared = await prepareLoad(input, meta, world);
        if ('ok' in prepared) return { ok: false, index: -1, error: prepared };
        if (!prepared.duplicate) {
          const refused = check.refusal(DATASET_STREAM);
          if (refused) return { ok: false, index: -1, error: refused };
          withLoad = true;
          const expectedVersion = await store.version(DATASET_STREAM);
          known = await headHashes(DATASET_STREAM, expectedVersion);
          world.aggregates = new StagedAggregates(aggregates);
          for (const { kind, id, input: start } of datasetAggregates(prepared.parsed)) {
            const stream = streamOf(kind, id);
            if (!world.aggregates.has(stream)) world.aggregates.set(stream, startAggregate(kind, id, start));
          }
          world.state = deriveState(state, world.aggregates, prepared.parsed, 'all');
          world.datasetHead = { version: expectedVersion + 1, lastAt: prepared.event.at };
          parts.push({ stream: DATASET_STREAM, expectedVersion, events: [prepared.event], ...(prepared.personalData ? { personalData: prepared.personalData } : {}) });
          personalChange = prepared.personalData;
        }
      }
      // Every command through its schema, with its sender, time and fingerprint, before any is
      // checked against the state.
      const parsedCommands = commands.map((raw) => {
        const parsed = parseCommand(raw);
        return 'ok' in parsed ? parsed : { parsed, fingerprint: fingerprintOf(parsed.command) };
      });
      // From here to the write nothing awaits, so no other change can slip in between.
      const firstOf = new Map<string, { index: number; fingerprint: string }>();
      for (const [index, entry] of parsedCommands.entries()) {
        current = index;
        if ('ok' in entry) return { ok: false, index, error: entry };
        const { parsed, fingerprint } = entry;
        const commandId = parsed.command.id;
        const earlier = recordedAs(commandId);
        if (earlier) {
          if (!isRetryOf(earlier, fingerprint)) return { ok: false, index, error: sameIdOtherCommand(commandId) };
          outcome.push({ recorded: earlier });
          continue;
        }
        const first = firstOf.get(commandId);
        if (first) {
          if (first.fingerprint !== fingerprint) return { ok: false, index, error: sameIdOtherCommand(commandId) };
          outcome.push({ part: partOfCommand.get(first.index)!, duplicate: true });
          continue;
        }
        const plan = prepare(parsed, world);
        if ('ok' in plan) return { ok: false, index, error: plan };
        const sealed = plan.events.map((e) => ({ ...e, commandHash: fingerprint }));
        let aggregate = world.aggregates.get(plan.stream);
        sealed.forEach((event, n) => {
          const version = plan.expectedVersion + n + 1;
          aggregate = advance(aggregate, plan.stream, event, version);
          if (aggregate) hints.set(`${plan.stream}#${version}`, { eventId: event.id, aggregate });
        });
        if (aggregate) world.aggregates.set(plan.stream, aggregate);
        if (plan.dataset) {
          // A directory change: the staged state has its dataset; no record moved.
          world.state = deriveState(world.state, world.aggregates, plan.dataset, new Set());
          world.datasetHead = { version: plan.expectedVersion + 1, lastAt: parsed.command.at };
          personalChange = mergePersonal(personalChange, plan.personalData);
        } else {
          world.state = deriveState(world.state, world.aggregates, world.state.dataset, new Set([plan.stream]));
        }
        firstOf.set(commandId, { index, fingerprint });
        partOfCommand.set(index, parts.length);
        outcome.push({ part: parts.length, duplicate: false });
        parts.push({ stream: plan.stream, expectedVersion: plan.expectedVersion, events: sealed, ...(plan.personalData ? { personalData: plan.personalData } : {}) });
      }
      current = -1;

      // One write for the whole batch; subscribers hear once (through the store's listener).
      const sealed = check.seal(parts, known);
      let written: Array<{ events: StoredEvent[]; duplicate: boolean }>;
      let events: StoredEvent[];
      staged = hints;
      // The batch's personal data count from now, so that applying its dataset (which listeners
      // may hear before the append resolves) finds the names; undone unless the write succeeds.
      const undoPersonal = changePersonal(personalChange);
      let writtenAll = false;
      try {
        if (store.appendBatch) {
          const result = sealed.length === 0 ? { ok: true as const, results: [], events: [] } : await store.appendBatch(sealed);
          if (!result.ok) {
            void catchUp();
            const index = withLoad && result.index === 0 ? -1 : outcome.findIndex((o) => 'part' in o && o.part === result.index);
            return {
              ok: false,
              index,
              error: commandError('CONFLICT', result.message, { stream: result.stream, expectedVersion: result.expectedVersion, actualVersion: result.actualVersion }),
            };
          }
          written = result.results;
          events = result.events;
        } else {
          written = [];
          events = [];
          for (const [index, part] of sealed.entries()) {
            const result = await store.append(part.stream, part.expectedVersion, part.events, part.personalData);
            if (!result.ok) {
              void catchUp();
              return {
                ok: false,
                index: outcome.findIndex((o) => 'part' in o && o.part === index),
                error: commandError('CONFLICT', result.message, { stream: part.stream, expectedVersion: result.expectedVersion, actualVersion: result.actualVersion }),
              };
            }
            written.push(result);
            if (!result.duplicate) events.push(...result.events);
          }
        }
        writtenAll = true;
        const touched = apply(events);
        if (touched) {
          publish(touched);
          notify();
        }
      } finally {
        if (!writtenAll) undoPersonal();
        staged = undefined;
      }
      // Commands recorded before the batch answer with their events as the store has them.
      const results = await Promise.all(
        outcome.map(async (o): Promise<Extract<CommandResult, { ok: true }>> =>
          'recorded' in o
            ? { ok: true, events: await eventsOf(o.recorded), duplicate: true }
            : { ok: true, events: written[o.part]!.events, duplicate: o.duplicate || written[o.part]!.duplicate },
        ),
      );
      return { ok: true, results, events };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        index: current,
        error: commandError('CONFLICT', {
          sv: `Kommandona kunde inte sparas: ${detail}. Inget skrevs.`,
          en: `The commands could not be stored: ${detail}. Nothing was written.`,
        }),
      };
    }
  }

  async function load(input: DatasetInput, meta: LoadMeta = {}): Promise<CommandResult> {
    try {
      const prepared = await prepareLoad(input, meta, { aggregates, state });
      if ('ok' in prepared) return prepared;
      if (prepared.duplicate) return { ok: true, events: prepared.duplicate, duplicate: true };
      const refused = check.refusal(DATASET_STREAM);
      if (refused) return refused;
      const version = await store.version(DATASET_STREAM);
      const [sealed] = check.seal([{ stream: DATASET_STREAM, expectedVersion: version, events: [prepared.event] }], await headHashes(DATASET_STREAM, version));
      return await appendToDataset(sealed!.events, version, prepared.personalData);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return commandError('CONFLICT', { sv: `Data kunde inte läsas in: ${detail}. Inget skrevs.`, en: `The data could not be loaded: ${detail}. Nothing was written.` });
    }
  }

  /**
   * Appends to the dataset stream with a personal-data change in the same write. The change
   * counts in this runtime from just before the append (listeners may hear the event before
   * the append resolves) and is undone if nothing was written.
   */
  async function appendToDataset(events: readonly NewEvent[], version: number, change: PersonalDataChange | undefined): Promise<CommandResult> {
    const undo = changePersonal(change);
    let result: Awaited<ReturnType<EventStore['append']>>;
    try {
      result = await store.append(DATASET_STREAM, version, events, change);
    } catch (error) {
      undo();
      throw error;
    }
    if (!result.ok) {
      undo();
      return commandError('CONFLICT', result.message, { stream: DATASET_STREAM });
    }
    if (result.duplicate) {
      undo();
      return answerRetry(result.events, events[0]!.commandHash!, events[0]!.commandId);
    }
    publish(apply(result.events) ?? new Set());
    notify();
    return { ok: true, events: result.events, duplicate: false };
  }

  /** Two personal-data changes as one, in order (a batch's load and the people its commands add). */
  function mergePersonal(a: PersonalDataChange | undefined, b: PersonalDataChange | undefined): PersonalDataChange | undefined {
    if (!a) return b;
    if (!b) return a;
    return { put: [...(a.put ?? []), ...(b.put ?? [])], erase: [...(a.erase ?? []), ...(b.erase ?? [])] };
  }

  /** Applies a personal-data change to this runtime's copy; returns how to undo it. */
  function changePersonal(change: PersonalDataChange | undefined): () => void {
    if (!change) return () => undefined;
    const before = new Map(personal);
    for (const record of change.put ?? []) personal.set(record.personId, record.data);
    for (const personId of change.erase ?? []) personal.delete(personId);
    return () => {
      personal.clear();
      for (const [id, data] of before) personal.set(id, data);
    };
  }

  async function erasePersonalData(personId: string, meta: LoadMeta & { reason?: string } = {}): Promise<CommandResult> {
    try {
      const envelope = resolveEnvelope({ by: meta.by, at: meta.at }, policy);
      if ('ok' in envelope) return envelope;
      if (typeof envelope.by !== 'string' || !state.dataset.people.some((p) => p.id === envelope.by)) {
        return commandError('NOT_FOUND', { sv: `Personen «${String(envelope.by)}» finns inte.`, en: `The person «${String(envelope.by)}» does not exist.` });
      }
      const decision = decideAuthority(state, envelope.by, 'erasePersonalData', { plans: networkStaffing(state) });
      if (!decision.ok) return commandError('NOT_AUTHORISED', decision.message, { authority: 'erasePersonalData', holders: decision.holders });
      const person = state.dataset.people.find((p) => p.id === personId);
      if (!person) return commandError('NOT_FOUND', { sv: `Personen «${personId}» finns inte.`, en: `The person «${personId}» does not exist.` }, { personId });
      if (person.erased) {
        return commandError('NOT_ALLOWED_NOW', { sv: `Personuppgifterna för «${personId}» är redan raderade.`, en: `The personal data of «${personId}» are already erased.` }, { personId });
      }
      if (!keepsPersonalData) {
        return commandError('NOT_ALLOWED_NOW', {
          sv: 'Den här lagringen håller personuppgifterna i loggen och kan inte radera dem utan att skriva om den. Använd en lagring med en del för personuppgifter.',
          en: 'This store keeps personal data inside the log and cannot erase them without rewriting it. Use a store with a personal-data part.',
        });
      }
      const reason = typeof meta.reason === 'string' && meta.reason.trim() !== '' ? meta.reason.trim().slice(0, 2_000) : undefined;
      const commandId = meta.commandId ?? newId();
      const fingerprint = fingerprintOf({ type: 'erasePersonalData', by: envelope.by, personId });
      const earlier = recordedAs(commandId);
      if (earlier) return await answerRecorded(earlier, fingerprint, commandId);
      const refused = check.refusal(DATASET_STREAM);
      if (refused) return refused;
      const backwards = beforeLatest(envelope.at, datasetLastAt, '«dataset»');
      if (backwards) return backwards;
      const event: NewEvent = {
        id: newId(),
        type: 'erasePersonalData',
        by: envelope.by,
        at: envelope.at,
        role: decision.roleId,
        commandId,
        commandHash: fingerprint,
        // The id only: the event says whose data went, never what they were.
        data: { personId },
        ...(reason ? { reason } : {}),
      };
      const version = await store.version(DATASET_STREAM);
      const [sealed] = check.seal([{ stream: DATASET_STREAM, expectedVersion: version, events: [event] }], await headHashes(DATASET_STREAM, version));
      return await appendToDataset(sealed!.events, version, { erase: [personId] });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return commandError('CONFLICT', { sv: `Personuppgifterna kunde inte raderas: ${detail}. Inget ändrades.`, en: `The personal data could not be erased: ${detail}. Nothing was changed.` });
    }
  }

  async function clear(meta: Pick<LoadMeta, 'by'> = {}): Promise<ClearResult> {
    const envelope = resolveEnvelope({ by: meta.by }, policy);
    if ('ok' in envelope) return envelope;
    if (typeof envelope.by !== 'string') {
      return commandError('VALIDATION', { sv: '«by» saknas: säg vem som tömmer nätverket.', en: '«by» is missing: say who empties the network.' });
    }
    const decision = decideClear(state, envelope.by);
    if (!decision.ok) return commandError('NOT_AUTHORISED', decision.message, { authority: 'administerNetwork', holders: decision.holders });
    await store.clear();
    // The snapshots describe the log just emptied: gone with it (a cache, and the next start's).
    await options.snapshots?.clear();
    check.clear();
    aggregates.clear();
    recorded.clear();
    packedCommands.clear();
    streamNames.clear();
    personal.clear();
    datasetInLog = undefined;
    lastPosition = 0;
    datasetLoaded = false;
    datasetLastAt = undefined;
    dataset = emptyDataset();
    state = emptyState(dataset);
    publish();
    notify();
    return { ok: true };
  }

  function can(command: unknown): CanResult {
    try {
      return toCanResult(prepare(command));
    } catch (error) {
      return commandError('VALIDATION', { sv: `Kommandot kunde inte prövas: ${String(error)}`, en: `The command could not be checked: ${String(error)}` });
    }
  }

  return {
    wording,
    dispatch,
    dispatchAll,
    can,
    // The same checks as the typed methods: only the compile-time type differs.
    dispatchUntrusted: dispatch,
    dispatchAllUntrusted: dispatchAll,
    canUntrusted: can,
    load,
    erasePersonalData,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    history: (stream) => store.read(stream),
    log: (fromPosition) => store.readAll(fromPosition),
    clear,
    saveSnapshots,
    startUp,
    close: async () => {
      unsubscribe();
      listeners.clear();
    },
  };
}

