/**
 * Kommunikationsplan: the communication plans of a mandate (or all) as the dataset holds them,
 * with each plan's current version (core's `currentCommunicationPlanVersion`), the contacts'
 * names, and the plan's activities ordered as they happen — dated ones by date, then those
 * the plan times in words ("Inför kick-off", "Pågående") in the plan's own order.
 */
import { useMemo } from 'react';
import {
  personDisplayName,
  currentCommunicationPlanVersion,
  type CommunicationActivity,
  type CommunicationPlan,
  type CommunicationPlanVersion,
} from '@samverkan/core';
import { useSamverkan } from './samverkan-provider.js';
import { useRuntimeState } from './use-runtime-state.js';

export interface UseCommunicationPlansParams {
  /** Only the plans of this mandate; every plan when omitted. */
  mandateId?: string;
}

export interface CommunicationPlanContactRow {
  role: string;
  personId: string;
  /** The person's name, or the id when the dataset has no such person. */
  name: string;
}

export interface CommunicationPlanRow {
  plan: CommunicationPlan;
  /** The last entry of the plan's version history. */
  current: CommunicationPlanVersion | undefined;
  contacts: CommunicationPlanContactRow[];
  /** Dated activities by date, then the ones timed in words, in the plan's order. */
  activities: CommunicationActivity[];
}

export function useCommunicationPlans({ mandateId }: UseCommunicationPlansParams = {}): CommunicationPlanRow[] {
  const state = useRuntimeState((s) => [s.dataset]);
  const { locale } = useSamverkan();
  return useMemo(() => {
    const names = new Map(state.dataset.people.map((p) => [p.id, personDisplayName(p, locale)]));
    return state.dataset.communicationPlans
      .filter((plan) => mandateId === undefined || plan.mandateId === mandateId)
      .map((plan) => {
        const dated = plan.activities.filter((a) => a.when.kind === 'date');
        const inWords = plan.activities.filter((a) => a.when.kind === 'text');
        const day = (a: CommunicationActivity) => (a.when.kind === 'date' ? a.when.date : '');
        return {
          plan,
          current: currentCommunicationPlanVersion(plan),
          contacts: plan.contacts.map((c) => ({ role: c.role, personId: c.personId, name: names.get(c.personId) ?? c.personId })),
          activities: [...dated.sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0)), ...inWords],
        };
      });
  }, [state, mandateId, locale]);
}
