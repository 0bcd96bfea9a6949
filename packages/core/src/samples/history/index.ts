import { dalarnaHistory } from './dalarna.history.js';
import { ehalsalyftetHistory } from './ehalsalyftet.history.js';
import { fyrbodalHistory } from './fyrbodal.history.js';
import type { SampleHistory } from './history-helpers.js';
import { orebroHistory } from './orebro.history.js';
import { sjolundaHistory } from './sjolunda.history.js';

export { dalarnaHistory, ehalsalyftetHistory, fyrbodalHistory, orebroHistory, sjolundaHistory };
export { historyOf, type HistoryCommand, type HistoryStep, type SampleHistory } from './history-helpers.js';

/** Each sample's history, keyed like `samples`. */
export const sampleHistories = {
  fyrbodal: fyrbodalHistory,
  ehalsalyftet: ehalsalyftetHistory,
  orebro: orebroHistory,
  dalarna: dalarnaHistory,
  sjolunda: sjolundaHistory,
} satisfies Record<string, SampleHistory>;
