/**
 * One runtime per sample network, on its own IndexedDB database, so each sample keeps its
 * data across reloads and a reset of one leaves the others alone. The first visit loads the
 * sample and its history through core (`loadSample`); later visits replay what the database
 * holds. Reset empties the database and loads the sample again (`resetToSample`).
 */
import { createIndexedDbStore, createSamverkan, DATASET_STREAM, type Samverkan } from '@samverkan/core/runtime';
import { loadSample, resetToSample, sampleReferenceDates, type LoadSampleResult, type SampleId } from '@samverkan/core/samples';

export interface OpenSample {
  runtime: Samverkan;
  /** The sample's own today: the demo runs as of this instant unless the visitor moves it. */
  referenceDate: string;
}

const opened = new Map<SampleId, Promise<OpenSample>>();

/** The database of a sample; the E2E tests and the README name it too. */
export const databaseName = (sampleId: SampleId) => `samverkan-demo-${sampleId}`;

function failure(sampleId: SampleId, result: Extract<LoadSampleResult, { ok: false }>): Error {
  const { command, error } = result.failed;
  return new Error(`${sampleId}: ${command.id} (${command.type}) — ${error.code}: ${error.message.sv} / ${error.message.en}`);
}

async function open(sampleId: SampleId): Promise<OpenSample> {
  const runtime = await createSamverkan({ store: createIndexedDbStore({ name: databaseName(sampleId) }) });
  const stored = await runtime.history(DATASET_STREAM);
  if (stored.length === 0) {
    const result = await loadSample(runtime, sampleId);
    if (!result.ok) throw failure(sampleId, result);
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
  const result = await resetToSample(runtime, sampleId);
  if (!result.ok) throw failure(sampleId, result);
}
