/** The Sjölunda sample's dataset and history in one module, so a loader fetches this sample alone (sample-data.ts). */
import { sjolundaHistory } from './history/sjolunda.history.js';
import { sjolunda } from './sjolunda.js';
import type { SampleData } from './sample-data.js';

export const sample: SampleData = { dataset: sjolunda, history: sjolundaHistory };
