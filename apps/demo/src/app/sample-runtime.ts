/**
 * One runtime per sample network, on its own IndexedDB database, so each sample keeps its
 * data across reloads and a reset of one leaves the others alone. The first visit loads the
 * sample and its history through core (`loadSample`) — in a worker where the browser has one,
 * so the main thread stays free while core checks the whole history — and every visit then
 * replays what the database holds. Reset empties the database and loads the sample again
 * (`resetToSample`), then opens a new runtime on it.
 *
 * On the demo's shared server (`npm start`) a sample is opened there instead (shared-sample.ts):
 * the server's copy is the one that counts, the signed-in person acts and the server dates.
 *
 * Who acts and when are the demo's to say, as a host's sign-in and clock would be: the person
 * switcher (a demo affordance, not a sign-in) and the demo's running, movable clock are the
 * runtime's identity and clock, so a command naming anyone else is refused by core as it would
 * be on a server, and every command is recorded at the time it was sent.
 */
import {
  createIndexedDbStore,
  createSamverkan,
  DATASET_STREAM,
  demoPersonSwitcher,
  type EventStore,
  type PersonSwitcher,
  type Samverkan,
} from '@samverkan/core/runtime';
import { sampleReferenceDates, type SampleId } from '@samverkan/core/samples';
import { ownNetworkId, ownNetworkNote, type NetworkId } from './samples.js';
import { demoServer } from '../server/demo-server.js';
import { openShared, type SharedSample } from '../server/shared-sample.js';
import { runningNow, startClock, type ClockSetting } from './clock.js';
import { loadSampleData } from './page-loaders.js';
import { sampleLoadFailure } from './sample-load-failure.js';
import { databaseName, loadInWorker, takeFirstLoad } from './sample-first-load.js';

/** A sample in this browser alone: its own copy, the person switcher and the demo's movable clock. */
export interface BrowserSample {
  kind: 'browser';
  runtime: Samverkan;
  /** The sample's own today: the demo runs as of this instant unless the visitor moves it. */
  referenceDate: string;
  /** Whom the runtime takes to be acting: the person the visitor switched to. */
  switcher: PersonSwitcher;
  /** The runtime's clock: the demo's clock (clock.ts), which runs from the instant the visitor chose. */
  clock: { setting: ClockSetting };
}

/** A sample as opened: in this browser alone, or on the demo's shared server (`npm start`). */
export type OpenSample = BrowserSample | SharedSample;

const opened = new Map<NetworkId, Promise<OpenSample>>();
const reopened = new Set<(sampleId: NetworkId) => void>();

/**
 * Core's sample loading and, through it, the one sample's data (its network and history):
 * imported where a sample is loaded — in the worker on a first visit, here only without a
 * worker and on a reset — so that the page's own thread never builds it, and a later visit,
 * which replays the database, never fetches it.
 */
const samples = loadSampleData;

async function open(sampleId: NetworkId): Promise<OpenSample> {
  if (sampleId === ownNetworkId) return openOwn();
  const server = await demoServer();
  if (server?.networks.includes(sampleId)) return openShared(sampleId, server);
  const database = databaseName(sampleId);
  const store = createIndexedDbStore({ name: database });
  // The load the entry started on a first visit (sample-first-load.ts), if any: taken even where
  // the database is found filled, so that a later open (after a reset) does not wait for it.
  const firstLoad = takeFirstLoad(sampleId);
  const empty = (await store.read(DATASET_STREAM)).length === 0;
  let loaded = !empty;
  if (empty && typeof Worker === 'function') {
    // A worker that cannot start (or dies) leaves the database as it was: load here instead.
    const answer = (await firstLoad) ?? (await loadInWorker({ sampleId, database }).catch(() => undefined));
    if (answer && !answer.ok) throw new Error(answer.message);
    loaded = answer !== undefined;
  }
  if (!loaded) {
    const { loadSample } = await samples();
    const result = await loadSample(store, sampleId);
    if (!result.ok) throw new Error(sampleLoadFailure(sampleId, result));
  }
  return runtimeOn(store, sampleReferenceDates[sampleId]);
}

const noOwnNetwork =
  'Det finns inget eget nätverk i den här webbläsaren än: skapa ett eller läs in det från en fil på sidan «Ett eget nätverk». / There is no network of your own in this browser yet: make one or load it from a file on the page «A network of your own».';

/** The visitor's own network: whatever the guided form or a file put in its database (own-network.ts). */
async function openOwn(): Promise<BrowserSample> {
  const store = createIndexedDbStore({ name: databaseName(ownNetworkId) });
  const first = (await store.read(DATASET_STREAM))[0];
  if (!first) {
    await store.close();
    throw new Error(noOwnNetwork);
  }
  return runtimeOn(store, ownNetworkNote()?.referenceDate ?? first.at);
}

/**
 * Replaces the own network with a new one: the previous runtime is closed and its database
 * emptied, then `fill` writes the new network into it (through core, on the store given), and a
 * runtime is opened on it. The caller has tried the same on a memory store first, so nothing
 * is left half-written.
 */
export async function replaceOwnNetwork(fill: (store: EventStore) => Promise<void>): Promise<void> {
  const previous = await opened.get(ownNetworkId)?.catch(() => undefined);
  await previous?.runtime.close();
  opened.delete(ownNetworkId);
  const store = createIndexedDbStore({ name: databaseName(ownNetworkId) });
  await store.clear();
  await fill(store);
  await store.close();
  const next = openOwn();
  opened.set(ownNetworkId, next);
  next.catch(() => opened.delete(ownNetworkId));
  await next;
  for (const listener of reopened) listener(ownNetworkId);
}

/** A runtime that replays what the database holds, acting as the switcher says, at the demo's clock. */
async function runtimeOn(store: EventStore, referenceDate: string): Promise<BrowserSample> {
  const switcher = demoPersonSwitcher();
  const clock = { setting: startClock(referenceDate) };
  // The replay in slices of about 8 ms, each a task of its own: a sample's log replayed at once
  // was one task of about a quarter of a second under Lighthouse's 4× slowed CPU, which input
  // had to wait behind.
  const runtime = await createSamverkan({ store, identity: switcher, clock: () => runningNow(clock.setting), replay: { yieldEvery: 8 } });
  return { kind: 'browser', runtime, referenceDate, switcher, clock };
}

/** The sample's runtime, opened once per page load (and anew after a reset). */
export function openSample(sampleId: NetworkId): Promise<OpenSample> {
  let promise = opened.get(sampleId);
  if (!promise) {
    promise = open(sampleId);
    promise.catch(() => opened.delete(sampleId));
    opened.set(sampleId, promise);
  }
  return promise;
}

/** Calls `listener` when a sample's runtime is replaced (after a reset); returns an unsubscribe. */
export function onReopen(listener: (sampleId: NetworkId) => void): () => void {
  reopened.add(listener);
  return () => reopened.delete(listener);
}

/**
 * Back to the sample as shipped: every command since is gone. The browser's copy is the
 * visitor's own, so emptying it is no network administrator's act: the database is emptied and
 * loaded again, and a new runtime replays it (the old one's state is of the old log).
 */
export async function resetSample(sampleId: SampleId): Promise<void> {
  // On the shared server the network is everyone's: only its administrator could empty it, and not from here.
  if ((await openSample(sampleId).catch(() => undefined))?.kind === 'server') throw new Error('Nätverket finns på en delad server och återställs inte härifrån.');
  const previous = await openSample(sampleId).catch(() => undefined);
  await previous?.runtime.close();
  const store = createIndexedDbStore({ name: databaseName(sampleId) });
  const { resetToSample } = await samples();
  const result = await resetToSample(store, sampleId);
  if (!result.ok) throw new Error(sampleLoadFailure(sampleId, result));
  const next = runtimeOn(store, sampleReferenceDates[sampleId]);
  opened.set(sampleId, next);
  await next;
  for (const listener of reopened) listener(sampleId);
}
