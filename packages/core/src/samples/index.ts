import type { DatasetInput } from '../dataset/dataset.schema.js';
import { dalarna } from './dalarna.js';
import { ehalsalyftet } from './ehalsalyftet.js';
import { fyrbodal } from './fyrbodal.js';
import { orebro } from './orebro.js';

export { dalarna, ehalsalyftet, fyrbodal, orebro };
export {
  createSampleRuntime,
  resetToSample,
  loadSample,
  sampleAdministrators,
  type LoadSampleOptions,
  type LoadSampleResult,
  type SampleRuntime,
  type SampleId,
  type SampleRuntimeOptions,
} from './load-sample.js';
export { sampleReferenceDates, type SampleReferenceId } from './reference-dates.js';
export {
  dalarnaHistory,
  ehalsalyftetHistory,
  fyrbodalHistory,
  orebroHistory,
  sampleHistories,
  type HistoryCommand,
  type SampleHistory,
} from './history/index.js';

/** The four sample networks, one per source document, keyed by id. */
export const samples = { fyrbodal, ehalsalyftet, orebro, dalarna } satisfies Record<string, DatasetInput>;
