/**
 * Story support (not part of the package): every story gets a fresh runtime with a real
 * sample network and its history loaded through core, so stories show states core reached by
 * commands — never invented JSON — and never share state.
 */
import type { Locale } from '@samverkan/core';
import { createSampleRuntime, type LoadSampleOptions, type SampleId, type SampleRuntime } from '@samverkan/core/samples';
import { SamverkanProvider, useSamverkanSelector, type SamverkanActor } from '@samverkan/react';
import { useMemo, type ReactNode } from 'react';
import { useLocale } from '../i18n/locale.js';

/** A Storybook loader: `loaded.sample` is the runtime with the sample (up to `upTo`) loaded. */
export function sampleLoader(sampleId: SampleId, options: LoadSampleOptions = {}) {
  return async () => ({ sample: await createSampleRuntime(sampleId, undefined, options) });
}

export interface SampleProviderProps {
  sample: SampleRuntime;
  actor: SamverkanActor;
  /** Overrides the toolbar's language. */
  locale?: Locale;
  /** Overrides "now" (an ISO instant); the sample's today by default. */
  now?: string;
  children?: ReactNode;
}

/** The runtime as of the sample's own today, in the story's language. */
export function SampleProvider({ sample, actor, locale, now, children }: SampleProviderProps) {
  const current = useLocale(locale);
  return (
    <SamverkanProvider runtime={sample.runtime} actor={actor} locale={current} now={now ?? sample.referenceDate}>
      {children}
    </SamverkanProvider>
  );
}

/** Tabs until `element` has focus (at most `max` presses) — a keyboard user's way there. */
export async function tabTo(element: Element, tab: () => Promise<void>, max = 60): Promise<void> {
  for (let i = 0; i < max && document.activeElement !== element; i++) await tab();
}

/** Names of the dataset's people by id, for components that show who did what. */
export function usePeopleNames(): Record<string, string> {
  const people = useSamverkanSelector((s) => s.dataset.people);
  return useMemo(() => Object.fromEntries(people.map((p) => [p.id, p.name])), [people]);
}
