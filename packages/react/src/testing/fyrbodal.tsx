/**
 * Test support (not exported): the Fyrbodal sample on a memory store with its history, as of
 * its own today (2019-11-20 12:00), and a provider around it.
 */
import type { ReactNode } from 'react';
import type { Locale } from '@samverkan/core';
import type { Samverkan } from '@samverkan/core/runtime';
import { createSampleRuntime, sampleReferenceDates } from '@samverkan/core/samples';
import { SamverkanProvider, type SamverkanActor } from '../samverkan-provider.js';

export const TODAY = sampleReferenceDates.fyrbodal;

/** The process leader (convenes, keeps and publishes the minutes). */
export const HELENA = 'fyrbodal:person-001';
/** A municipal representative (proposes agenda items, does not convene). */
export const KARIN = 'fyrbodal:person-003';
/** The commissioner. */
export const GORAN = 'fyrbodal:person-002';

export const MANDATE = 'fyrbodal:uppdrag-e-halsonatverket';
export const NETWORK = 'fyrbodal:e-halsonatverket';
/** Collecting agenda items on the sample's today; its agenda is due 2019-11-21. */
export const DECEMBER = 'fyrbodal:mote-2019-12-05';
/** Planned, nothing sent yet. */
export const JANUARY_2020 = 'fyrbodal:mote-2020-01-23';

export async function fyrbodalRuntime(): Promise<Samverkan> {
  return (await createSampleRuntime('fyrbodal')).runtime;
}

export function Providing({
  runtime,
  actor,
  locale,
  now = TODAY,
  children,
}: {
  runtime: Samverkan;
  actor: SamverkanActor;
  locale?: Locale;
  now?: string;
  children?: ReactNode;
}) {
  return (
    <SamverkanProvider runtime={runtime} actor={actor} now={now} {...(locale === undefined ? {} : { locale })}>
      {children}
    </SamverkanProvider>
  );
}
