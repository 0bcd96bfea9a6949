/**
 * What every page of a sample needs besides the runtime (which `SamverkanProvider` carries):
 * which sample it is, its own today and the demo's "now".
 */
import type { Locale } from '@samverkan/core';
import { createContext, useContext } from 'react';
import type { ClockSetting } from './clock.js';
import type { DemoServer } from '../server/demo-server.js';
import type { NetworkId, SampleInfo } from './samples.js';

export interface DemoContextValue {
  sampleId: NetworkId;
  info: SampleInfo;
  locale: Locale;
  /** The sample's own today. */
  referenceDate: string;
  /** The demo's now: the running clock (clock.ts). */
  now: string;
  /** The clock's setting: the instant chosen and when. */
  clock: ClockSetting;
  /**
   * On the demo's shared server: the server and the signed-in person. There the time is the
   * server's and the network is everyone's, so the demo's clock and reset are not offered.
   */
  shared?: {
    server: DemoServer;
    personId: string;
    /** The live connection to the server: whether it is up, and a way to hear when that changes. */
    connection: { connected(): boolean; onConnection(listener: (connected: boolean) => void): () => void };
  };
}

export const DemoContext = createContext<DemoContextValue | null>(null);

export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext);
  if (!value) throw new Error('useDemo outside a sample');
  return value;
}
