/** The eHälsalyftet sample's dataset and history in one module, so a loader fetches this sample alone (sample-data.ts). */
import { ehalsalyftetHistory } from './history/ehalsalyftet.history.js';
import { ehalsalyftet } from './ehalsalyftet.js';
import type { SampleData } from './sample-data.js';

export const sample: SampleData = { dataset: ehalsalyftet, history: ehalsalyftetHistory };
