/**
 * The runtime state as a query needs it, renewed only when the parts the caller names change.
 * Queries take the whole state, yet a view of one group's attendance should not recompute (or
 * render) when a mandate of another network changes: the caller lists what its query reads, and
 * the state it gets keeps its identity while those parts keep theirs.
 */
import type { RuntimeState } from '@samverkan/core/runtime';
import { shallowEqual } from './shallow-equal.js';
import { useSamverkanSelector } from './use-samverkan-selector.js';

/**
 * A snapshot of the state that changes identity only when one of `dependsOn(state)` (compared
 * one by one, by identity) changes — e.g. `(s) => [s.meetings.get(id), s.dataset, s.mandates]`.
 */
export function useRuntimeState(dependsOn: (state: RuntimeState) => readonly unknown[]): RuntimeState {
  return useSamverkanSelector(
    (state) => state,
    (previous, next) => shallowEqual(dependsOn(previous), dependsOn(next)),
  );
}

/**
 * What every authority answer reads besides the aggregate itself: the dataset (people, groups,
 * roles) and the mandates (their staffing plans and roles as they stand now).
 */
export const authorityInputs = (state: RuntimeState): readonly unknown[] => [state.dataset, state.mandates];
