import type { DatasetInput } from '../dataset/dataset.schema.js';
import { dalarna } from './dalarna.js';
import { ehalsalyftet } from './ehalsalyftet.js';
import { fyrbodal } from './fyrbodal.js';
import { orebro } from './orebro.js';
import type { SampleId } from './sample-data.js';
import { sjolunda } from './sjolunda.js';

export { dalarna, ehalsalyftet, fyrbodal, orebro, sjolunda };
export {
  createSampleRuntime,
  resetToSample,
  loadSample,
  type LoadSampleOptions,
  type LoadSampleResult,
  type SampleRuntime,
  type SampleId,
  type SampleRuntimeOptions,
} from './load-sample.js';
export { sampleAdministrators } from './sample-administrators.js';
export { importSample, type SampleData } from './sample-data.js';
export { sampleReferenceDates, type SampleReferenceId } from './reference-dates.js';
export {
  dalarnaHistory,
  ehalsalyftetHistory,
  fyrbodalHistory,
  orebroHistory,
  sjolundaHistory,
  sampleHistories,
  type HistoryCommand,
  type SampleHistory,
} from './history/index.js';

/**
 * The sample networks, keyed by id: four modelled on one source document each, and Sjölunda, an
 * invented county modelled on a common shape, built through the public API (see its history).
 */
export const samples = { fyrbodal, ehalsalyftet, orebro, dalarna, sjolunda } satisfies Record<SampleId, DatasetInput>;
