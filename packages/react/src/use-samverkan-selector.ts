/**
 * Reads a slice of the runtime's state. The runtime publishes a new state object after every
 * change but keeps the views of unchanged aggregates, so a component that selects one meeting
 * renders again only when that meeting (or what the selector reads) changes.
 */
import { useCallback } from 'react';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';
import type { RuntimeState } from '@samverkan/core/runtime';
import { useSamverkan } from './samverkan-provider.js';
import { shallowEqual } from './shallow-equal.js';

/**
 * The selected slice of the runtime state, re-selected after every change; the component
 * renders again only when `isEqual` (shallow by default) says the slice changed.
 */
export function useSamverkanSelector<T>(
  selector: (state: RuntimeState) => T,
  isEqual: (previous: T, next: T) => boolean = shallowEqual,
): T {
  const { runtime } = useSamverkan();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const unsubscribe = runtime.subscribe(() => onChange());
      return () => {
        unsubscribe();
      };
    },
    [runtime],
  );
  return useSyncExternalStoreWithSelector(subscribe, runtime.getState, runtime.getState, selector, isEqual);
}
