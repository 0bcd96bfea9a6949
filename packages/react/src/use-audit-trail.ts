/**
 * Händelselogg for one stream: who did what, in which role, when and why (core's `auditTrail`
 * over `runtime.history(stream)`). The events are read again whenever the aggregate's version
 * changes, so a command recorded anywhere — in this tab or another — appears.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LocalizedText } from '@samverkan/core';
import {
  DATASET_STREAM,
  auditTrail,
  parseStream,
  type AggregateKind,
  type AuditEntry,
  type RuntimeState,
  type StoredEvent,
} from '@samverkan/core/runtime';
import { useSamverkan } from './samverkan-provider.js';
import { useRuntimeState } from './use-runtime-state.js';
import { useSamverkanSelector } from './use-samverkan-selector.js';

export interface UseAuditTrailResult {
  /** Oldest first; labels in the provider's locale (`label`) and both (`what`). */
  entries: AuditEntry[];
  /** The first read of the stream is under way. */
  loading: boolean;
  /** Why the store could not be read, when it could not. */
  error: LocalizedText | undefined;
}

const viewsOf: Record<AggregateKind, (state: RuntimeState) => ReadonlyMap<string, { version: number }>> = {
  mandate: (s) => s.mandates,
  meeting: (s) => s.meetings,
  theme: (s) => s.themes,
  seminar: (s) => s.seminars,
  deliverable: (s) => s.deliverables,
  agreement: (s) => s.agreements,
};

/** What tells that the stream has new events: its version, or for the dataset stream the dataset itself. */
function streamMarker(state: RuntimeState, stream: string): unknown {
  if (stream === DATASET_STREAM) return state.dataset;
  const where = parseStream(stream);
  return where ? (viewsOf[where.kind](state).get(where.id)?.version ?? 0) : 0;
}

interface Loaded {
  stream: string;
  events: StoredEvent[];
  error: LocalizedText | undefined;
}

/** The audit trail of a stream, e.g. `meeting:fyrbodal:mote-2019-12-05` (`view.stream`). */
export function useAuditTrail(stream: string): UseAuditTrailResult {
  const { runtime, locale } = useSamverkan();
  const marker = useSamverkanSelector((s) => streamMarker(s, stream));
  // Names of people and roles come from the dataset and the mandates.
  const names = useRuntimeState((s) => [s.dataset, s.mandates]);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);

  useEffect(() => {
    let current = true;
    runtime.history(stream).then(
      (events) => {
        if (current) setLoaded({ stream, events, error: undefined });
      },
      (error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        if (current) {
          setLoaded({
            stream,
            events: [],
            error: { sv: `Händelseloggen kunde inte läsas: ${detail}`, en: `The audit trail could not be read: ${detail}` },
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [runtime, stream, marker]);

  const events = loaded?.stream === stream ? loaded.events : undefined;
  const entries = useMemo(() => (events === undefined ? [] : auditTrail(events, names, { locale })), [events, names, locale]);
  return {
    entries,
    loading: events === undefined,
    error: loaded?.stream === stream ? loaded.error : undefined,
  };
}
