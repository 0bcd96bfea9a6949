/**
 * One mandate (uppdragsbeskrivning) as a component shows it: its lifecycle state, its version
 * history with the approved public-record versions, and every mandate command the current
 * actor could try, each allowed or refused with core's reason.
 */
import { useMemo } from 'react';
import { addDays, effectiveEnd, swedishDate, type Mandate } from '@samverkan/core';
import {
  currentMandate,
  mandateVersionHistory,
  stateLabel,
  type MandateStatus,
  type MandateVersionHistory,
  type MandateView,
  type RuntimeState,
} from '@samverkan/core/runtime';
import { PROBE_TEXT, probe, type CommandAvailability } from './command-availability.js';
import { useSamverkan, type SamverkanContextValue } from './samverkan-provider.js';
import { authorityInputs, useRuntimeState } from './use-runtime-state.js';

/** The mandate commands, in lifecycle order. */
export const mandateActionTypes = [
  'submitMandateForReview',
  'reviewMandate',
  'approveMandate',
  'amendMandate',
  'approveAmendment',
  'rejectAmendment',
  'extendMandate',
  'concludeMandate',
  'closeMandate',
  'endMandate',
] as const;
export type MandateActionType = (typeof mandateActionTypes)[number];

export interface UseMandateResult {
  /** The runtime's view; `undefined` when the runtime has no aggregate for it. */
  view: MandateView | undefined;
  /** The document as it stands now (the dataset's when there is no aggregate). */
  mandate: Mandate | undefined;
  status: MandateStatus | undefined;
  /** The dotted state, e.g. `active.amendmentPending`. */
  state: string | undefined;
  /** The state in the provider's locale. */
  stateLabel: string | undefined;
  /** The version history (core's `mandateVersionHistory`). */
  history: MandateVersionHistory | undefined;
  /** Every mandate command for the current actor, keyed and ordered by type. */
  actions: Record<MandateActionType, CommandAvailability<MandateActionType>>;
}

type ProbeContext = Pick<SamverkanContextValue, 'runtime' | 'actor' | 'locale' | 'now'>;

/** The bodies that reviewed last time, else the mandate's own groups. */
function likelyReviewers(state: RuntimeState, mandateId: string, view: MandateView | undefined, mandate: Mandate | undefined) {
  const last = view?.context.completedReviewRounds.at(-1)?.reviewers;
  if (last && last.length > 0) return last;
  const groups = (mandate?.organisation.groupIds ?? []).map((id) => ({
    id,
    name: state.dataset.groups.find((g) => g.id === id)?.name ?? id,
  }));
  return groups.length > 0 ? groups : [{ id: `${mandateId}:granskare`, name: PROBE_TEXT }];
}

/** A review for the first body of the open round the actor may review for (else the first pending). */
function reviewProbe(context: ProbeContext, mandateId: string, view: MandateView | undefined, fallbackBody: string) {
  const round = view?.context.reviewRound;
  const pending = round ? round.reviewers.filter((b) => !round.reviews.some((r) => r.body === b.id)) : [];
  const bodies = pending.length > 0 ? pending.map((b) => b.id) : [fallbackBody];
  const answers = bodies.map((body) => probe(context, 'reviewMandate', { mandateId, body, outcome: 'endorsed' }));
  return answers.find((a) => a.allowed) ?? answers[0]!;
}

export function useMandate(mandateId: string): UseMandateResult {
  const { runtime, actor, locale, now } = useSamverkan();
  const state = useRuntimeState((s) => [s.mandates.get(mandateId), ...authorityInputs(s)]);

  return useMemo(() => {
    const view = state.mandates.get(mandateId);
    const mandate = currentMandate(state, mandateId);
    const context = { runtime, actor, locale, now };
    const target = { mandateId };
    const reviewers = likelyReviewers(state, mandateId, view, mandate);
    // The smallest extension: one day past the current end (the rule then speaks to the clause).
    const end = mandate ? effectiveEnd(mandate.period) : undefined;
    const actions: Record<MandateActionType, CommandAvailability<MandateActionType>> = {
      submitMandateForReview: probe(context, 'submitMandateForReview', { ...target, reviewers }),
      reviewMandate: reviewProbe(context, mandateId, view, reviewers[0]!.id),
      approveMandate: probe(context, 'approveMandate', target),
      amendMandate: probe(context, 'amendMandate', { ...target, section: 'title', change: mandate?.title ?? PROBE_TEXT }),
      approveAmendment: probe(context, 'approveAmendment', target),
      rejectAmendment: probe(context, 'rejectAmendment', { ...target, reason: PROBE_TEXT }),
      extendMandate: probe(context, 'extendMandate', { ...target, to: addDays(end ?? swedishDate(now), 1), reason: PROBE_TEXT }),
      concludeMandate: probe(context, 'concludeMandate', target),
      closeMandate: probe(context, 'closeMandate', target),
      endMandate: probe(context, 'endMandate', { ...target, reason: PROBE_TEXT }),
    };
    return {
      view,
      mandate,
      status: view?.status,
      state: view?.state,
      stateLabel: view === undefined ? undefined : stateLabel('mandate', view.state)[locale],
      history: mandateVersionHistory(state, { mandateId }),
      actions,
    };
  }, [runtime, actor, locale, now, mandateId, state]);
}
