/**
 * One agreement (överenskommelse) on its way through the parties: each party's decision in the
 * current round and who is still to decide (core's `agreementRatification`), the agreement
 * commands the current actor could try, and for every party whether the actor may record its
 * decision — each party decides for itself, so a representative may record only their own.
 */
import { useMemo } from 'react';
import { agreementStatusLabels, nextMinor, swedishDate, type Agreement, type AgreementStatus } from '@samverkan/core';
import { agreementRatification, type AgreementRatification, type AgreementView } from '@samverkan/core/runtime';
import { PROBE_TEXT, probe, unusedId, type CommandAvailability } from './command-availability.js';
import { useSamverkan } from './samverkan-provider.js';
import { authorityInputs, useRuntimeState } from './use-runtime-state.js';

/** The agreement commands, in lifecycle order. */
export const agreementActionTypes = [
  'addParty',
  'removeParty',
  'sendOnReferral',
  'recordPartyDecision',
  'reviseAgreement',
  'abandonAgreement',
] as const;
export type AgreementActionType = (typeof agreementActionTypes)[number];

export interface UseAgreementResult {
  /** The runtime's view; `undefined` when the runtime has no such agreement. */
  view: AgreementView | undefined;
  agreement: Agreement | undefined;
  status: AgreementStatus | undefined;
  /** The status in the provider's locale. */
  statusLabel: string | undefined;
  /** Core's ratification view (labels in both languages). */
  ratification: AgreementRatification | undefined;
  /**
   * Every agreement command for the current actor. `recordPartyDecision` is asked for the
   * first party (outstanding ones first) whose decision the actor may record.
   */
  actions: Record<AgreementActionType, CommandAvailability<AgreementActionType>>;
  /** Per party (by organisation id): may the actor record its decision now, and why not. */
  partyActions: Record<string, CommandAvailability<'recordPartyDecision'>>;
}

export function useAgreement(agreementId: string): UseAgreementResult {
  const { runtime, actor, locale, now } = useSamverkan();
  const state = useRuntimeState((s) => [s.agreements.get(agreementId), ...authorityInputs(s)]);

  return useMemo(() => {
    const view = state.agreements.get(agreementId);
    const a = view?.context;
    const ratification = agreementRatification(state, { agreementId });
    const context = { runtime, actor, locale, now };
    const target = { agreementId };
    const parties = a?.parties ?? [];
    const partyIds = parties.map((p) => p.organisationId);
    const decide = (organisationId: string) =>
      probe(context, 'recordPartyDecision', {
        ...target,
        organisationId,
        decision: 'adopted',
        decidedAt: swedishDate(now),
        decidingBody: PROBE_TEXT,
      });
    const partyActions = Object.fromEntries(partyIds.map((id) => [id, decide(id)]));
    const outstanding = new Set((ratification?.outstanding ?? []).map((p) => p.organisationId));
    const order = [...partyIds.filter((id) => outstanding.has(id)), ...partyIds.filter((id) => !outstanding.has(id))];
    const ownDecision = order.map((id) => partyActions[id]!).find((answer) => answer.allowed) ?? (order[0] ? partyActions[order[0]]! : decide('probe'));
    const newParty = state.dataset.organisations.find((o) => !partyIds.includes(o.id));
    const actions: Record<AgreementActionType, CommandAvailability<AgreementActionType>> = {
      addParty: probe(context, 'addParty', {
        ...target,
        party: newParty ? { organisationId: newParty.id, name: newParty.name } : { organisationId: unusedId(partyIds), name: PROBE_TEXT },
      }),
      removeParty: probe(context, 'removeParty', { ...target, organisationId: partyIds.at(-1) ?? 'probe' }),
      sendOnReferral: probe(context, 'sendOnReferral', target),
      recordPartyDecision: ownDecision,
      reviseAgreement: probe(context, 'reviseAgreement', { ...target, version: nextMinor(a?.version ?? '0.1'), reason: PROBE_TEXT }),
      abandonAgreement: probe(context, 'abandonAgreement', { ...target, reason: PROBE_TEXT }),
    };
    return {
      view,
      agreement: a,
      status: view?.status,
      statusLabel: view === undefined ? undefined : agreementStatusLabels[view.status][locale],
      ratification,
      actions,
      partyActions,
    };
  }, [runtime, actor, locale, now, agreementId, state]);
}
