/**
 * The runtime: one call that says "this person, in this role, wants to do this now" and
 * either records it or says exactly why not. Every command goes schema → authority → machine
 * transition → append, and is answered with the stored events or a typed error having
 * written nothing. State is the replay of the event log; the same code runs in a browser, in
 * tests and on a server.
 */
import * as z from 'zod';
import { AgreementEvent } from '../agreement/agreement.events.js';
import { Dataset, type DatasetInput } from '../dataset/dataset.schema.js';
import { DeliverableEvent } from '../deliverable/deliverable.events.js';
import { MandateEvent } from '../mandate/mandate.events.js';
import { MeetingEvent } from '../meeting/meeting.events.js';
import { DialogueSeminarEvent } from '../seminar/dialogue-seminar.events.js';
import type { Theme } from '../seminar/theme.schema.js';
import { ThemeEvent } from '../seminar/theme.events.js';

import { auditLabel } from '../queries/audit-trail.js';
import { commandLabels, type CommandType } from './command-labels.js';
import { commandLimits } from '../shared/limits.js';
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
import { decideAuthority } from './authority.js';
import type { CommandDefinition, MachineEventBody } from './command-definition.js';
import { commandDefinitions, commandTypes } from './commands/index.js';
import { commandError, type CommandError } from './errors.js';
import { whyNotNow } from './explain.js';
import { referenceIssues } from './references.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';
import type { AggregateKind, AggregateView, RuntimeState } from './state.js';
import type { EventStore, NewEvent, StoredEvent, StreamAppend } from './store/store.js';

/** The stream that holds the dataset a runtime works on. */
export const DATASET_STREAM = 'dataset';

const eventSchemas: Record<AggregateKind, z.ZodType> = {
  mandate: MandateEvent,
  meeting: MeetingEvent,
  theme: ThemeEvent,
  seminar: DialogueSeminarEvent,
  deliverable: DeliverableEvent,
  agreement: AgreementEvent,
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

/** Options of `dispatchAll`. */
export interface DispatchAllOptions {
  /** A dataset to load before the commands, in the same all-or-nothing write (as `load` does on its own). */
  load?: { dataset: DatasetInput; by: string; at: string; commandId?: string };
}

/** The answer of `can`: allowed (in which role) or the typed reason why not. */
export type CanResult = { ok: true; roleId: string; roleName: string } | CommandError;

export interface SamverkanOptions {
  store: EventStore;
  /** Makes event ids; defaults to `crypto.randomUUID`. */
  newId?: () => string;
  /** How the stored log is replayed when the runtime starts; by default all of it in one go. */
  replay?: ReplayOptions;
}

export interface ReplayOptions {
  /**
   * Replays the log in slices of about this many milliseconds, giving the event loop a turn
   * between them (`scheduler.yield` or a 0 ms timer), so a big log in a browser is many short
   * tasks instead of one long one that blocks input. Every event is applied and checked as in
   * a one-shot replay; the resulting state is the same. `0` yields after every event.
   */
  yieldEvery?: number;
}

export interface Samverkan {
  /** Records a command or says why not; never throws for bad input. */
  dispatch(command: unknown): Promise<CommandResult>;
  /** Whether the command would be accepted now, and why not; records nothing. */
  can(command: unknown): CanResult;
  /**
   * Records a sequence of commands as one write, or none of them: each is validated, authorised
   * and checked against its lifecycle exactly as `dispatch` would, in order, each seeing the
   * ones before it; the first refusal is answered and nothing is written. Subscribers hear
   * once, at the end. For loading a history (a sample) quickly: one transaction, not hundreds.
   * With a store that has no `appendBatch` the commands are appended one by one after all have
   * been checked, so only a conflict with another writer can stop them part-way.
   */
  dispatchAll(commands: readonly unknown[], options?: DispatchAllOptions): Promise<DispatchAllResult>;
  /** Loads a dataset (replacing the directory); aggregates it describes start fresh unless their streams exist. */
  load(dataset: DatasetInput, meta: { by: string; at: string; commandId?: string }): Promise<CommandResult>;
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
  /** Empties the store and the state (a reset then loads the samples again). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

const emptyDataset = (): Dataset =>
  Dataset.parse({ id: 'empty', name: { sv: 'Tom', en: 'Empty' }, description: { sv: 'Inga data', en: 'No data' }, organisations: [{ id: 'none', name: 'Ingen', kind: 'unit' }] });

function emptyState(dataset: Dataset): RuntimeState {
  return {
    dataset,
    mandates: new Map(),
    meetings: new Map(),
    themes: new Map(),
    seminars: new Map(),
    deliverables: new Map(),
    agreements: new Map(),
  };
}

const mapKey: Record<AggregateKind, keyof Omit<RuntimeState, 'dataset'>> = {
  mandate: 'mandates',
  meeting: 'meetings',
  theme: 'themes',
  seminar: 'seminars',
  deliverable: 'deliverables',
  agreement: 'agreements',
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
 * get new views.
 */
function deriveState(
  previous: RuntimeState,
  aggregates: ReadonlyMap<string, Aggregate>,
  dataset: Dataset,
  changed: ReadonlySet<string> | 'all',
): RuntimeState {
  const next = { ...previous, dataset } as { -readonly [K in keyof RuntimeState]: RuntimeState[K] };
  if (changed === 'all') {
    for (const kind of aggregateKinds) next[mapKey[kind]] = new Map() as never;
    for (const a of aggregates.values()) (next[mapKey[a.kind]] as Map<string, AggregateView<unknown, string>>).set(a.id, viewOf(a));
  } else {
    const copied = new Set<AggregateKind>();
    for (const stream of changed) {
      const a = aggregates.get(stream);
      if (!a) continue;
      if (!copied.has(a.kind)) {
        next[mapKey[a.kind]] = new Map(previous[mapKey[a.kind]] as Map<string, AggregateView<unknown, string>>) as never;
        copied.add(a.kind);
      }
      (next[mapKey[a.kind]] as Map<string, AggregateView<unknown, string>>).set(a.id, viewOf(a));
    }
  }
  return next;
}

/** The aggregate after one stored (or staged) event of its stream, or undefined for a stream that is no aggregate. */
function advance(existing: Aggregate | undefined, stream: string, event: Pick<NewEvent, 'data' | 'by' | 'at'>, version: number): Aggregate | undefined {
  const where = parseStream(stream);
  if (!where) return undefined;
  if ('create' in event.data) return { ...startAggregate(where.kind, where.id, event.data.create), version };
  if (!existing) return undefined;
  const snapshot = step(existing, { ...(event.data as MachineEventBody), by: event.by, at: event.at });
  return { ...existing, snapshot, version };
}

/** What a command is checked against: the live aggregates and state, or a batch's staged copy. */
interface World {
  aggregates: Map<string, Aggregate>;
  state: RuntimeState;
}

export async function createSamverkan(options: SamverkanOptions): Promise<Samverkan> {
  const { store } = options;
  const newId = options.newId ?? randomId;
  const aggregates = new Map<string, Aggregate>();
  const commandEvents = new Map<string, StoredEvent[]>();
  const listeners = new Set<(state: RuntimeState) => void>();
  let dataset = emptyDataset();
  let state = emptyState(dataset);
  let lastPosition = 0;

  /** Publishes a new state object (see `deriveState`). */
  function publish(changed: ReadonlySet<string> | 'all' = 'all') {
    state = deriveState(state, aggregates, dataset, changed);
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

  /** Applies stored events in log order; events already applied are skipped. */
  function apply(events: readonly StoredEvent[]): Set<string> | 'all' | undefined {
    const touched = new Set<string>();
    let all = false;
    for (const e of events) {
      if (e.position <= lastPosition) continue;
      lastPosition = e.position;
      commandEvents.set(e.commandId, [...(commandEvents.get(e.commandId) ?? []), e]);
      if (e.stream === DATASET_STREAM) {
        const parsed = Dataset.safeParse(e.data.dataset);
        if (parsed.success) {
          resetFromDataset(parsed.data);
          all = true;
        }
        continue;
      }
      if (!parseStream(e.stream)) continue;
      const known = staged?.get(`${e.stream}#${e.version}`);
      const next = known?.eventId === e.id ? known.aggregate : advance(aggregates.get(e.stream), e.stream, e, e.version);
      if (next) aggregates.set(e.stream, next);
      touched.add(e.stream);
    }
    return all ? 'all' : touched.size > 0 ? touched : undefined;
  }

  let catchingUp: Promise<void> | undefined;
  async function catchUp() {
    catchingUp ??= (async () => {
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

  // Replay the whole log, then follow what others append.
  const yieldEvery = options.replay?.yieldEvery;
  if (yieldEvery === undefined) {
    apply(await store.readAll());
  } else {
    if (!(yieldEvery >= 0 && Number.isFinite(yieldEvery))) throw new RangeError(`replay.yieldEvery must be a number of milliseconds ≥ 0 (was ${yieldEvery})`);
    const log = await store.readAll();
    let sliceStarted = performance.now();
    for (let i = 0; i < log.length; i++) {
      apply([log[i]!]);
      if (i + 1 < log.length && performance.now() - sliceStarted >= yieldEvery) {
        await yieldToEventLoop();
        sliceStarted = performance.now();
      }
    }
    // What others appended while this runtime yielded: read right before subscribing, in the
    // same task, so no event falls between the replay and the subscription.
    apply(await store.readAll(lastPosition + 1));
  }
  publish();
  const unsubscribe = store.subscribe((events) => {
    const first = events[0];
    if (first && first.position > lastPosition + 1) {
      void catchUp();
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
  }

  /**
   * Schema → authority → machine transition; returns what to append, or why not. Never throws:
   * the input is first copied as plain data (a hostile value — a throwing getter, a Proxy, deep
   * nesting, a huge string — is `VALIDATION` here), and anything that still goes wrong while
   * checking is `VALIDATION` too, so `can` and `dispatch` always give the same answer.
   */
  function prepare(raw: unknown, world: World = { aggregates, state }): Plan | CommandError {
    const plain = toPlainData(raw, commandLimits);
    if (!plain.ok) return commandError('VALIDATION', plain.message, { issues: plain.issues });
    try {
      return preparePlain(plain.value, world);
    } catch {
      return commandError('VALIDATION', { sv: 'Kommandot kunde inte prövas.', en: 'The command could not be checked.' });
    }
  }

  function preparePlain(raw: unknown, world: World): Plan | CommandError {
    const { state } = world;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return commandError('VALIDATION', { sv: 'Ett kommando måste vara ett objekt.', en: 'A command must be an object.' }, {
        issues: [{ path: [], pathText: '', code: 'invalid_type', message: { sv: 'Indata måste vara ett objekt', en: 'The input must be an object' } }],
      });
    }
    const def: CommandDefinition | undefined = commandDefinitions.get(String((raw as { type?: unknown }).type));
    if (!def) return describeUnknownType((raw as { type?: unknown }).type);
    const parsed = parseWith(def.schema, raw);
    if (!parsed.ok) return commandError('VALIDATION', parsed.message, { issues: parsed.issues });
    const command = parsed.value as Record<string, unknown> & { id: string; by: string; at: string; as?: string; type: string };

    const id = def.target(command);
    const stream = streamOf(def.kind, id);
    const aggregate = world.aggregates.get(stream);
    const ctx = { state, aggregate };
    const dangling = referenceIssues(command, def, ctx);
    if (dangling.length > 0) return commandError('VALIDATION', summarise(dangling), { issues: dangling });

    if (!state.dataset.people.some((p) => p.id === command.by)) {
      return commandError('NOT_FOUND', { sv: `Personen «${command.by}» finns inte.`, en: `The person «${command.by}» does not exist.` }, { by: command.by });
    }
    if (!def.creates && !aggregate) {
      return commandError('NOT_FOUND', { sv: `«${id}» finns inte.`, en: `«${id}» does not exist.` }, { stream });
    }

    const authority = def.authority(command, ctx);
    const decision = decideAuthority(state, command.by, authority, def.scope(command, ctx), command.as);
    if (!decision.ok) return commandError('NOT_AUTHORISED', decision.message, { authority, holders: decision.holders });
    if (def.creates && aggregate) {
      return commandError('CONFLICT', { sv: `«${id}» finns redan.`, en: `«${id}» already exists.` }, { stream });
    }

    const base = { by: command.by, at: command.at, role: decision.roleId, commandId: command.id };
    const reason = def.reason?.(command);
    const withReason = reason ? { reason } : {};

    if (def.creates) {
      const created = def.creates(command, ctx);
      if ('missing' in created) return commandError('NOT_FOUND', created.missing, { stream });
      if (idOfInput(def.kind, created.input) !== id) {
        const message = { sv: `Id:t i kommandot («${id}») och i dokumentet skiljer sig åt.`, en: `The id in the command («${id}») and in the document differ.` };
        return commandError('VALIDATION', message, { issues: [{ path: [`${def.kind}Id`], pathText: `${def.kind}Id`, code: 'custom', message }] });
      }
      try {
        startAggregate(def.kind, id, created.input);
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
    if (def.kind === 'theme') {
      for (const sync of themeSync(target, world.aggregates)) {
        events.push({ id: newId(), type: sync.type, ...base, role: 'system', data: sync });
        target = { ...target, snapshot: step(target, { ...sync, by: base.by, at: base.at }), version: target.version };
      }
    }
    const body = def.event!(command, ctx);
    const machineEvent = { ...body, by: command.by, at: command.at };
    const checked = parseWith(eventSchemas[def.kind], machineEvent);
    if (!checked.ok) return commandError('VALIDATION', checked.message, { issues: checked.issues });
    if (!target.snapshot.can(machineEvent)) {
      const why = whyNotNow(target, machineEvent, commandLabels[def.type as CommandType] ?? auditLabel(def.type));
      return commandError('NOT_ALLOWED_NOW', why.message, { state: why.state, allowedIn: why.allowedIn });
    }
    events.push({ id: newId(), type: def.type, ...base, ...withReason, data: body });
    return { stream, expectedVersion: aggregate!.version, roleId: decision.roleId, roleName: decision.roleName, events };
  }

  /** The events that bring a theme's list of seminars up to date, where its state takes them. */
  function themeSync(theme: Aggregate, aggregates: ReadonlyMap<string, Aggregate>): MachineEventBody[] {
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

  async function dispatch(input: unknown): Promise<CommandResult> {
    // Read the command once, as plain data: no getter or Proxy answers differently later.
    const plain = toPlainData(input, commandLimits);
    if (!plain.ok) return commandError('VALIDATION', plain.message, { issues: plain.issues });
    const raw = plain.value;
    try {
      const commandId = (raw as { id?: unknown } | null)?.id;
      if (typeof commandId === 'string' && commandEvents.has(commandId)) {
        return { ok: true, events: commandEvents.get(commandId)!, duplicate: true };
      }
      const plan = prepare(raw);
      if ('ok' in plan) return plan;
      const result = await store.append(plan.stream, plan.expectedVersion, plan.events);
      if (!result.ok) {
        void catchUp();
        return commandError('CONFLICT', result.message, {
          stream: plan.stream,
          expectedVersion: result.expectedVersion,
          actualVersion: result.actualVersion,
        });
      }
      const touched = apply(result.events);
      if (touched) {
        publish(touched);
        notify();
      }
      return { ok: true, events: result.events, duplicate: result.duplicate };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return commandError('CONFLICT', {
        sv: `Kommandot kunde inte sparas: ${detail}. Inget skrevs.`,
        en: `The command could not be stored: ${detail}. Nothing was written.`,
      });
    }
  }

  async function dispatchAll(commands: readonly unknown[], options: DispatchAllOptions = {}): Promise<DispatchAllResult> {
    let current = -1;
    try {
      if (!Array.isArray(commands)) {
        return { ok: false, index: -1, error: commandError('VALIDATION', { sv: 'Kommandona måste vara en lista.', en: 'The commands must be an array.' }) };
      }
      const parts: StreamAppend[] = [];
      /** The part each command wrote, or the events an earlier recording of it wrote. */
      const outcome: Array<{ part: number; duplicate: boolean } | { events: StoredEvent[] }> = [];
      const partOfCommand = new Map<number, number>();
      const hints = new Map<string, { eventId: string; aggregate: Aggregate }>();

      // Check everything first, against a staged copy of the state: the live state and the
      // store stay untouched until the whole batch has passed.
      const world: World = { aggregates: new Map(aggregates), state };
      const { load } = options;
      const withLoad = load !== undefined && !commandEvents.has(load.commandId ?? '');
      if (load && withLoad) {
        const parsed = parseWith(Dataset, load.dataset);
        if (!parsed.ok) return { ok: false, index: -1, error: commandError('VALIDATION', parsed.message, { issues: parsed.issues }) };
        const expectedVersion = await store.version(DATASET_STREAM);
        world.aggregates = new Map(aggregates);
        for (const { kind, id, input } of datasetAggregates(parsed.value)) {
          const stream = streamOf(kind, id);
          if (!world.aggregates.has(stream)) world.aggregates.set(stream, startAggregate(kind, id, input));
        }
        world.state = deriveState(state, world.aggregates, parsed.value, 'all');
        parts.push({
          stream: DATASET_STREAM,
          expectedVersion,
          events: [
            {
              id: newId(),
              type: 'loadDataset',
              by: load.by,
              at: load.at,
              role: 'system',
              commandId: load.commandId ?? newId(),
              data: { dataset: load.dataset as unknown as Record<string, unknown> },
            },
          ],
        });
      }
      // From here to the write nothing awaits, so no other change can slip in between.
      const firstOf = new Map<string, number>();
      for (const [index, input] of commands.entries()) {
        current = index;
        const plain = toPlainData(input, commandLimits);
        if (!plain.ok) return { ok: false, index, error: commandError('VALIDATION', plain.message, { issues: plain.issues }) };
        const raw = plain.value;
        const commandId = (raw as { id?: unknown } | null)?.id;
        if (typeof commandId === 'string' && commandEvents.has(commandId)) {
          outcome.push({ events: commandEvents.get(commandId)! });
          continue;
        }
        if (typeof commandId === 'string' && firstOf.has(commandId)) {
          outcome.push({ part: partOfCommand.get(firstOf.get(commandId)!)!, duplicate: true });
          continue;
        }
        const plan = prepare(raw, world);
        if ('ok' in plan) return { ok: false, index, error: plan };
        let aggregate = world.aggregates.get(plan.stream);
        plan.events.forEach((event, n) => {
          const version = plan.expectedVersion + n + 1;
          aggregate = advance(aggregate, plan.stream, event, version);
          if (aggregate) hints.set(`${plan.stream}#${version}`, { eventId: event.id, aggregate });
        });
        if (aggregate) world.aggregates.set(plan.stream, aggregate);
        world.state = deriveState(world.state, world.aggregates, world.state.dataset, new Set([plan.stream]));
        if (typeof commandId === 'string') firstOf.set(commandId, index);
        partOfCommand.set(index, parts.length);
        outcome.push({ part: parts.length, duplicate: false });
        parts.push({ stream: plan.stream, expectedVersion: plan.expectedVersion, events: plan.events });
      }
      current = -1;

      // One write for the whole batch; subscribers hear once (through the store's listener).
      let written: Array<{ events: StoredEvent[]; duplicate: boolean }>;
      let events: StoredEvent[];
      staged = hints;
      try {
        if (store.appendBatch) {
          const result = parts.length === 0 ? { ok: true as const, results: [], events: [] } : await store.appendBatch(parts);
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
          for (const [index, part] of parts.entries()) {
            const result = await store.append(part.stream, part.expectedVersion, part.events);
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
        const touched = apply(events);
        if (touched) {
          publish(touched);
          notify();
        }
      } finally {
        staged = undefined;
      }
      const results = outcome.map((o): Extract<CommandResult, { ok: true }> =>
        'events' in o ? { ok: true, events: o.events, duplicate: true } : { ok: true, events: written[o.part]!.events, duplicate: o.duplicate || written[o.part]!.duplicate },
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

  async function load(input: DatasetInput, meta: { by: string; at: string; commandId?: string }): Promise<CommandResult> {
    const parsed = parseWith(Dataset, input);
    if (!parsed.ok) return commandError('VALIDATION', parsed.message, { issues: parsed.issues });
    const version = await store.version(DATASET_STREAM);
    const result = await store.append(DATASET_STREAM, version, [
      {
        id: newId(),
        type: 'loadDataset',
        by: meta.by,
        at: meta.at,
        role: 'system',
        commandId: meta.commandId ?? newId(),
        data: { dataset: input as unknown as Record<string, unknown> },
      },
    ]);
    if (!result.ok) return commandError('CONFLICT', result.message, { stream: DATASET_STREAM });
    publish(apply(result.events) ?? new Set());
    notify();
    return { ok: true, events: result.events, duplicate: result.duplicate };
  }

  return {
    dispatch,
    dispatchAll,
    can: (command) => {
      try {
        return toCanResult(prepare(command));
      } catch (error) {
        return commandError('VALIDATION', { sv: `Kommandot kunde inte prövas: ${String(error)}`, en: `The command could not be checked: ${String(error)}` });
      }
    },
    load,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    history: (stream) => store.read(stream),
    log: (fromPosition) => store.readAll(fromPosition),
    clear: async () => {
      await store.clear();
      aggregates.clear();
      commandEvents.clear();
      lastPosition = 0;
      dataset = emptyDataset();
      state = emptyState(dataset);
      publish();
      notify();
    },
    close: async () => {
      unsubscribe();
      listeners.clear();
    },
  };
}

