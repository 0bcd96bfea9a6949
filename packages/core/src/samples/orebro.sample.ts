/** The Örebro sample's dataset and history in one module, so a loader fetches this sample alone (sample-data.ts). */
import { orebroHistory } from './history/orebro.history.js';
import { orebro } from './orebro.js';
import type { SampleData } from './sample-data.js';

export const sample: SampleData = { dataset: orebro, history: orebroHistory };
