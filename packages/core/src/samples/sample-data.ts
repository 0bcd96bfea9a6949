/**
 * One sample's data — its dataset and its history — fetched by id. Each sample is a module of its
 * own behind a dynamic `import()`, so a loader that loads one sample (a demo's worker) fetches
 * that sample alone, not all five networks and their histories.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import type { SampleHistory } from './history/history-helpers.js';
import type { SampleReferenceId } from './reference-dates.js';

/** The ids of the sample networks. */
export type SampleId = SampleReferenceId;

/** What loading a sample takes: its dataset and the history replayed on it. */
export interface SampleData {
  dataset: DatasetInput;
  history: SampleHistory;
}

const modules = {
  fyrbodal: () => import('./fyrbodal.sample.js'),
  ehalsalyftet: () => import('./ehalsalyftet.sample.js'),
  orebro: () => import('./orebro.sample.js'),
  dalarna: () => import('./dalarna.sample.js'),
  sjolunda: () => import('./sjolunda.sample.js'),
} satisfies Record<SampleId, () => Promise<{ sample: SampleData }>>;

/**
 * The dataset and history of the sample `sampleId`, imported on demand (the same objects as
 * `samples[sampleId]` and `sampleHistories[sampleId]`). Rejects with a `RangeError` for an id
 * that is no sample's.
 */
export async function importSample(sampleId: SampleId): Promise<SampleData> {
  if (!Object.hasOwn(modules, sampleId)) throw new RangeError(`No sample is called «${String(sampleId)}»: one of ${Object.keys(modules).join(', ')}`);
  return (await modules[sampleId]()).sample;
}
