/**
 * What the visitor chose — language, whom they act as and the demo's date per sample — kept in
 * localStorage so a reload shows the same view. The domain data themselves live in IndexedDB
 * (see sample-runtime.ts); these are only the visitor's settings.
 */
import type { Locale } from '@samverkan/core';
import { useSyncExternalStore } from 'react';

export interface DemoActor {
  personId: string;
  roleId: string;
}

export interface Preferences {
  locale: Locale;
  actors: Partial<Record<string, DemoActor>>;
  /** The demo's "now" per sample, when the visitor has moved it from the sample's today. */
  clocks: Partial<Record<string, string>>;
}

const KEY = 'samverkan-demo:preferences';
const initial: Preferences = { locale: 'sv', actors: {}, clocks: {} };
const listeners = new Set<() => void>();

function read(): Preferences {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return initial;
    const parsed = JSON.parse(raw) as Partial<Preferences>;
    return {
      locale: parsed.locale === 'en' ? 'en' : 'sv',
      actors: typeof parsed.actors === 'object' && parsed.actors !== null ? parsed.actors : {},
      clocks: typeof parsed.clocks === 'object' && parsed.clocks !== null ? parsed.clocks : {},
    };
  } catch {
    return initial;
  }
}

let current = read();

export function getPreferences(): Preferences {
  return current;
}

export function updatePreferences(change: (previous: Preferences) => Preferences): void {
  current = change(current);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private browsing without storage: the choice lasts until the page is left.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, getPreferences, getPreferences);
}
