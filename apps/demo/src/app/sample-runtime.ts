/**
 * One runtime per sample network, on its own IndexedDB database, so each sample keeps its
 * data across reloads and a reset of one leaves the others alone. The first visit loads the
 * sample and its history through core (`loadSample`) — in a worker where the browser has one,
 * so the main thread stays free while core checks the whole history — and every visit then
 * replays what the database holds. Reset empties the database and loads the sample again
 * (`resetToSample`).
 */
import { createIndexedDbStore, createSamverkan, DATASET_STREAM, type Samverkan } from '@samverkan/core/runtime';
import type { SampleId } from '@samverkan/core/samples';
import { loadSampleData } from './page-loaders.js';
import { sampleLoadFailure } from './sample-load-failure.js';
import type { SampleLoadAnswer, SampleLoadRequest } from './sample-loader.worker.js';

export interface OpenSample {
  runtime: Samverkan;
  /** The sample's own today: the demo runs as of this instant unless the visitor moves it. */
  referenceDate: string;
}

const opened = new Map<SampleId, Promise<OpenSample>>();

/** The database of a sample; the E2E tests and the README name it too. */
export const databaseName = (sampleId: SampleId) => `samverkan-demo-${sampleId}`;

/** Loads the sample into its (empty) database in a worker; resolves when it is stored. */
function loadInWorker(request: SampleLoadRequest): Promise<SampleLoadAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sample-loader.worker.ts', import.meta.url), { type: 'module', name: `samverkan-${request.sampleId}` });
    worker.addEventListener('message', (event: MessageEvent<SampleLoadAnswer>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    });
    worker.postMessage(request);
  });
}

/**
 * The samples' data (all four networks and their histories): imported on demand, so that
 * building them is a task of its own, apart from evaluating core. The entry starts the same
 * import together with this chunk (page-loaders.ts), so it does not wait for it.
 */
const samples = loadSampleData;

async function open(sampleId: SampleId): Promise<OpenSample> {
  const sampleData = samples();
  const database = databaseName(sampleId);
  const store = createIndexedDbStore({ name: database });
  const empty = (await store.read(DATASET_STREAM)).length === 0;
  let loaded = !empty;
  if (empty && typeof Worker === 'function') {
    // A worker that cannot start (or dies) leaves the database as it was: load here instead.
    const answer = await loadInWorker({ sampleId, database }).catch(() => undefined);
    if (answer && !answer.ok) throw new Error(answer.message);
    loaded = answer !== undefined;
  }
  // Replays what the database holds (the worker's load included; its broadcast is ignored
  // by the runtime for positions it has already replayed).
  const runtime = await createSamverkan({ store });
  const { loadSample, sampleReferenceDates } = await sampleData;
  if (!loaded) {
    const result = await loadSample(runtime, sampleId);
    if (!result.ok) throw new Error(sampleLoadFailure(sampleId, result));
  }
  return { runtime, referenceDate: sampleReferenceDates[sampleId] };
}

/** The sample's runtime, opened once per page load. */
export function openSample(sampleId: SampleId): Promise<OpenSample> {
  let promise = opened.get(sampleId);
  if (!promise) {
    promise = open(sampleId);
    promise.catch(() => opened.delete(sampleId));
    opened.set(sampleId, promise);
  }
  return promise;
}

/** Back to the sample as shipped: every command since is gone. */
export async function resetSample(sampleId: SampleId): Promise<void> {
  const { runtime } = await openSample(sampleId);
  const { resetToSample } = await samples();
  const result = await resetToSample(runtime, sampleId);
  if (!result.ok) throw new Error(sampleLoadFailure(sampleId, result));
}
