/**
 * Händelselogg: who did what, in which role, when and why (core's `auditTrail`), for one stream
 * (`runtime.history(stream)`) or, without a stream, for the whole network (`runtime.log()`).
 * The events are read again whenever the stream — or, for the whole log, the state — changes,
 * so a command recorded anywhere, in this tab or another, appears.
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
  communicationPlan: (s) => s.communicationPlans,
};

/**
 * What tells that the stream has new events: its version, for the dataset stream the dataset
 * itself, and for the whole log the state (a new state follows every recorded event).
 */
function streamMarker(state: RuntimeState, stream: string | undefined): unknown {
  if (stream === undefined) return state;
  if (stream === DATASET_STREAM) return state.dataset;
  const where = parseStream(stream);
  return where ? (viewsOf[where.kind](state).get(where.id)?.version ?? 0) : 0;
}

/** The key a read is remembered under: the stream, or `*` for the whole log. */
const WHOLE_LOG = '*';

interface Loaded {
  key: string;
  events: StoredEvent[];
  error: LocalizedText | undefined;
}

/**
 * The audit trail of a stream, e.g. `meeting:fyrbodal:mote-2019-12-05` (`view.stream`), or of
 * every stream in recorded order when `stream` is omitted.
 */
export function useAuditTrail(stream?: string): UseAuditTrailResult {
  const { runtime, locale } = useSamverkan();
  const marker = useSamverkanSelector((s) => streamMarker(s, stream));
  // Names of people and roles come from the dataset and the mandates.
  const names = useRuntimeState((s) => [s.dataset, s.mandates]);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);

  useEffect(() => {
    let current = true;
    (stream === undefined ? runtime.log() : runtime.history(stream)).then(
      (events) => {
        if (current) setLoaded({ key: stream ?? WHOLE_LOG, events, error: undefined });
      },
      (error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        if (current) {
          setLoaded({
            key: stream ?? WHOLE_LOG,
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

  const key = stream ?? WHOLE_LOG;
  const events = loaded?.key === key ? loaded.events : undefined;
  const entries = useMemo(() => (events === undefined ? [] : auditTrail(events, names, { locale })), [events, names, locale]);
  return {
    entries,
    loading: events === undefined,
    error: loaded?.key === key ? loaded.error : undefined,
  };
}
