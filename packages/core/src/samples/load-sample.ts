/**
 * One call loads a sample network into a store with a history of commands behind it, so a
 * demo starts with meetings, mandates, seminars, deliverables and agreements in many states.
 * The history goes through `dispatchAll`: schema, authority and lifecycle are checked for
 * every command exactly as `dispatch` checks them, so a refused history command is a bug in
 * the sample and is reported, never skipped — and then nothing of the sample is stored. The
 * whole sample is written at once (one IndexedDB transaction), which is what makes a first
 * visit fast.
 */
import { createSamverkan, type Samverkan } from '../runtime/create-samverkan.js';
import type { Clock } from '../runtime/envelope.js';
import { trustedRecords, type IdentityPolicy } from '../runtime/identity.js';
import type { CommandError } from '../runtime/errors.js';
import { createMemoryStore } from '../runtime/store/memory-store.js';
import type { EventStore } from '../runtime/store/store.js';
import { Instant } from '../shared/primitives.schema.js';
import type { HistoryCommand } from './history/history-helpers.js';
import { importSample, type SampleId } from './sample-data.js';

export type { SampleId };

export { sampleReferenceDates } from './reference-dates.js';
// Kept here for the modules that import it from here; an app that imports only `loadSample`
// drops it (and the five histories it reads), as the package has no side effects.
export { sampleAdministrators } from './sample-administrators.js';

export interface LoadSampleOptions {
  /** Replay only the commands given at or before this instant (a sample as it was then). */
  upTo?: string;
}

export type LoadSampleResult =
  | {
      ok: true;
      /** The instant the loaded state stands at: `upTo` if given, else the sample's today. */
      referenceDate: string;
      /** How many history commands were dispatched. */
      commands: number;
    }
  | {
      ok: false;
      /** The refused history command, or the loading of the sample's dataset (`loadDataset`) when that was refused. */
      failed: { command: HistoryCommand | { id: string; type: 'loadDataset'; by: string; at: string }; error: CommandError };
    };

/** The command id of a sample's dataset load, so loading into a store that has it is a no-op. */
const loadCommandId = (sampleId: SampleId) => `${sampleId}-h-000`;

/**
 * Loads a sample's dataset and its history into `store`, in order, as one write; at the first
 * refusal nothing of either is stored and the refused command is named. The history is a
 * record that carries its own senders and times, so it is imported by a runtime of its own with
 * `trustedRecords()` — each command still checked for its sender's authority, its lifecycle and
 * its time, as `dispatch` checks it — and the sample's network administrator loads the dataset.
 * Commands already in the store (same ids) are recognised as retries and not recorded twice,
 * so loading a sample again into the same store changes nothing. A runtime of the host's that
 * follows the store hears the whole sample at once. Throws a `RangeError` when `upTo` is not an
 * ISO instant with an offset.
 */
export async function loadSample(store: EventStore, sampleId: SampleId, options: LoadSampleOptions = {}): Promise<LoadSampleResult> {
  if (options.upTo !== undefined && !Instant.safeParse(options.upTo).success) {
    throw new RangeError(`upTo must be an ISO instant with an offset, e.g. 2019-11-20T12:00:00+01:00 (was ${options.upTo})`);
  }
  // Only this sample's data is fetched (sample-data.ts), not all five.
  const { dataset, history } = await importSample(sampleId);
  const loadCommand = { id: loadCommandId(sampleId), type: 'loadDataset' as const, by: history.loadedBy, at: history.loadedAt };
  const upTo = options.upTo === undefined ? Number.POSITIVE_INFINITY : Date.parse(options.upTo);
  const all = history.commands();
  const after = all.findIndex((command) => Date.parse(command.at) > upTo);
  const commands = after === -1 ? all : all.slice(0, after);

  // The dataset and the whole history in one all-or-nothing write: every command is checked
  // as `dispatch` checks it, and subscribers hear once, when all is stored.
  const importer = await createSamverkan({ store, identity: trustedRecords() });
  try {
    const result = await importer.dispatchAll(commands, { load: { dataset, by: history.loadedBy, at: history.loadedAt, commandId: loadCommand.id } });
    if (!result.ok) return { ok: false, failed: { command: result.index < 0 ? loadCommand : commands[result.index]!, error: result.error } };
    return { ok: true, referenceDate: options.upTo ?? history.referenceDate, commands: commands.length };
  } finally {
    await importer.close();
  }
}

export interface SampleRuntime {
  runtime: Samverkan;
  /** The instant the loaded state stands at (see `loadSample`). */
  referenceDate: string;
  commands: number;
}

export interface SampleRuntimeOptions extends LoadSampleOptions {
  /**
   * Who acts on the returned runtime. Samples are for tests and demos: by default the runtime
   * trusts each command's own `by` and `at` (`trustedRecords()`), as a test that plays several
   * people does; a demo passes its person switcher and clock.
   */
  identity?: IdentityPolicy;
  /** The returned runtime's clock (see `SamverkanOptions.clock`). */
  clock?: Clock;
}

/**
 * A runtime on a memory store (or the given store, e.g. IndexedDB in a browser) with the
 * sample and its history loaded. A refused history command is a bug in the sample: this
 * throws, naming the command and the runtime's reason.
 */
export async function createSampleRuntime(sampleId: SampleId, store: EventStore = createMemoryStore(), options: SampleRuntimeOptions = {}): Promise<SampleRuntime> {
  const result = await loadSample(store, sampleId, options);
  if (!result.ok) {
    const { command, error } = result.failed;
    throw new Error(`The history of the sample «${sampleId}» was refused at ${command.id} (${command.type}): ${error.code} — ${error.message.en}`);
  }
  const runtime = await createSamverkan({ store, identity: options.identity ?? trustedRecords(), ...(options.clock ? { clock: options.clock } : {}) });
  return { runtime, referenceDate: result.referenceDate, commands: result.commands };
}

/**
 * Back to the sample as shipped: empties the store (every command since is gone) and loads the
 * sample and its history again. The store belongs to whoever resets it — a browser's own copy of
 * a sample network — so this is no network administrator's act; a runtime that followed the
 * store must be created anew afterwards (its state is of the old log).
 */
export async function resetToSample(store: EventStore, sampleId: SampleId, options: LoadSampleOptions = {}): Promise<LoadSampleResult> {
  await store.clear();
  return loadSample(store, sampleId, options);
}
