/**
 * The mandates of a network: those its dataset holds and those made by command since (a draft
 * written in the demo, a mandate brought in as approved) — the runtime's mandates are the live
 * ones, the dataset's the ones it was loaded with.
 */
import type { RuntimeState } from '@samverkan/core/runtime';

export function mandateIds(state: Pick<RuntimeState, 'dataset' | 'mandates'>): string[] {
  return [...new Set([...state.dataset.mandates.map((m) => m.id), ...state.mandates.keys()])];
}
