/**
 * Loads a sample into its IndexedDB database off the main thread, if the database is empty. A
 * first visit checks and stores the sample's whole history through core (`loadSample`, one
 * `dispatchAll`), which under a slow phone's CPU is hundreds of milliseconds of validation; here
 * it runs in a worker, so the page's frame stays responsive meanwhile. The main thread then opens
 * the database and replays it (sample-runtime.ts). Same core, same checks, same data as a load on
 * the main thread. Started by the entry on a first visit (sample-first-load.ts), or when the
 * page opens a sample whose database it found empty.
 */
// First: before anything that builds core's schemas.
import './zod-jitless.js';
import { createIndexedDbStore, DATASET_STREAM } from '@samverkan/core/runtime';
import { loadSample, type SampleId } from '@samverkan/core/samples';
import { sampleLoadFailure } from './sample-load-failure.js';

export interface SampleLoadRequest {
  sampleId: SampleId;
  database: string;
}

export type SampleLoadAnswer = { ok: true } | { ok: false; message: string };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<SampleLoadRequest>) => void): void;
  postMessage(message: SampleLoadAnswer): void;
};

async function load({ sampleId, database }: SampleLoadRequest): Promise<SampleLoadAnswer> {
  const store = createIndexedDbStore({ name: database });
  try {
    // Loaded already (an earlier visit, another tab): nothing to do.
    if ((await store.read(DATASET_STREAM)).length > 0) return { ok: true };
    const result = await loadSample(store, sampleId);
    return result.ok ? { ok: true } : { ok: false, message: sampleLoadFailure(sampleId, result) };
  } finally {
    await store.close();
  }
}

scope.addEventListener('message', (event) => {
  load(event.data).then(
    (answer) => scope.postMessage(answer),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
