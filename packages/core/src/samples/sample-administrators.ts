/**
 * Each sample's network administrator, in a module of its own: it reads all five histories, so
 * `loadSample` (which fetches one sample on demand, sample-data.ts) does not import it.
 */
import { sampleHistories } from './history/index.js';
import type { SampleId } from './sample-data.js';

/** Each sample's network administrator: the person who loads its data (and may empty it). */
export const sampleAdministrators: Readonly<Record<SampleId, string>> = Object.freeze({
  fyrbodal: sampleHistories.fyrbodal.loadedBy,
  ehalsalyftet: sampleHistories.ehalsalyftet.loadedBy,
  orebro: sampleHistories.orebro.loadedBy,
  dalarna: sampleHistories.dalarna.loadedBy,
  sjolunda: sampleHistories.sjolunda.loadedBy,
});
