/**
 * What the visitor chose — language, whom they act as and the demo's date per sample — kept in
 * localStorage so a reload shows the same view. The domain data themselves live in IndexedDB
 * (see sample-runtime.ts); these are only the visitor's settings.
 */
import type { Locale } from '@samverkan/core';
import { useSyncExternalStore } from 'react';
import { parseSetting, type ClockSetting } from './clock.js';

export interface DemoActor {
  personId: string;
  roleId: string;
}

export interface Preferences {
  locale: Locale;
  actors: Partial<Record<string, DemoActor>>;
  /** The demo's clock per sample: the instant chosen (the sample's today at first) and when it was chosen. */
  clocks: Partial<Record<string, ClockSetting>>;
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
      clocks: clocksOf(parsed.clocks),
    };
  } catch {
    return initial;
  }
}

/** The clocks that parse; one kept as a bare instant (before the clock ran) runs from now. */
function clocksOf(value: unknown): Preferences['clocks'] {
  if (typeof value !== 'object' || value === null) return {};
  const clocks: Preferences['clocks'] = {};
  for (const [sampleId, setting] of Object.entries(value)) {
    const parsed = parseSetting(setting);
    if (parsed) clocks[sampleId] = parsed;
  }
  return clocks;
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
