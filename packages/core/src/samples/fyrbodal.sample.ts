/** The Fyrbodal sample's dataset and history in one module, so a loader fetches this sample alone (sample-data.ts). */
import { fyrbodalHistory } from './history/fyrbodal.history.js';
import { fyrbodal } from './fyrbodal.js';
import type { SampleData } from './sample-data.js';

export const sample: SampleData = { dataset: fyrbodal, history: fyrbodalHistory };
