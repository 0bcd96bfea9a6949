/** The Dalarna sample's dataset and history in one module, so a loader fetches this sample alone (sample-data.ts). */
import { dalarnaHistory } from './history/dalarna.history.js';
import { dalarna } from './dalarna.js';
import type { SampleData } from './sample-data.js';

export const sample: SampleData = { dataset: dalarna, history: dalarnaHistory };
