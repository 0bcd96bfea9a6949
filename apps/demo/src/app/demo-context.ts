/**
 * What every page of a sample needs besides the runtime (which `SamverkanProvider` carries):
 * which sample it is, its own today and the demo's "now".
 */
import type { Locale } from '@samverkan/core';
import type { SampleId } from '@samverkan/core/samples';
import { createContext, useContext } from 'react';
import type { SampleInfo } from './samples.js';

export interface DemoContextValue {
  sampleId: SampleId;
  info: SampleInfo;
  locale: Locale;
  /** The sample's own today. */
  referenceDate: string;
  /** The demo's now: the sample's today unless the visitor moved it. */
  now: string;
}

export const DemoContext = createContext<DemoContextValue | null>(null);

export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext);
  if (!value) throw new Error('useDemo outside a sample');
  return value;
}
