/**
 * Who belongs where. A group's members are its own staffing plan, the plan of the mandate
 * that governs it, and the plans of mandates that name it in their organisation section. A
 * mandate's plan is read from the mandate's current state, so a staffing change applied as a
 * minor version counts at once.
 */
import type { Mandate } from '../mandate/mandate.schema.js';
import type { StaffingEntry, StaffingPlan } from '../staffing/staffing-plan.schema.js';
import type { RuntimeState } from './state.js';

/** The mandate as it stands now: the live aggregate if there is one, else the dataset's. */
export function currentMandate(state: RuntimeState, mandateId: string): Mandate | undefined {
  return state.mandates.get(mandateId)?.context.mandate ?? state.dataset.mandates.find((m) => m.id === mandateId);
}

function allMandates(state: RuntimeState): Mandate[] {
  const ids = new Set([...state.dataset.mandates.map((m) => m.id), ...state.mandates.keys()]);
  return [...ids].map((id) => currentMandate(state, id)).filter((m): m is Mandate => m !== undefined);
}

/** The staffing plans that give people roles in a group. */
export function staffingPlansForGroup(state: RuntimeState, groupId: string): StaffingPlan[] {
  const group = state.dataset.groups.find((g) => g.id === groupId);
  const plans: StaffingPlan[] = [];
  if (group?.staffingPlan) plans.push(group.staffingPlan);
  for (const mandate of allMandates(state)) {
    if (mandate.id === group?.mandateId || mandate.organisation.groupIds.includes(groupId)) plans.push(mandate.staffingPlan);
  }
  return plans;
}

/** The staffing plans that give people roles in a mandate: its own and its groups'. */
export function staffingPlansForMandate(state: RuntimeState, mandateId: string): StaffingPlan[] {
  const mandate = currentMandate(state, mandateId);
  if (!mandate) return [];
  const groupPlans = mandate.organisation.groupIds.flatMap((g) => {
    const group = state.dataset.groups.find((x) => x.id === g);
    return group?.staffingPlan ? [group.staffingPlan] : [];
  });
  return [mandate.staffingPlan, ...groupPlans];
}

/** The staffing entries a person holds in the given plans. */
export function entriesOfPerson(plans: readonly StaffingPlan[], personId: string): StaffingEntry[] {
  return plans.flatMap((p) => p.entries.filter((e) => e.personIds.includes(personId)));
}

/** The ids of the groups a person belongs to. */
export function groupsOfPerson(state: RuntimeState, personId: string): string[] {
  return state.dataset.groups
    .filter((g) => entriesOfPerson(staffingPlansForGroup(state, g.id), personId).length > 0)
    .map((g) => g.id);
}
