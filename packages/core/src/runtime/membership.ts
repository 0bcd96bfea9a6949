/**
 * Who belongs where, and through what. Authority comes only from staffing that is in force:
 * a group's own staffing plan and the network's staffing (both set up by the network's
 * administrator), and the plan of a mandate that is in force. A mandate is in force once the
 * commissioner has approved a version of it (its current text counts from then on); a mandate
 * loaded with the network's data counts, until then, as the administrator loaded it — never as
 * a draft was later edited. A mandate created by command grants nothing before its approval,
 * and governs no existing group (attaching a mandate to a group is the administrator's act),
 * so a self-made draft widens no one's rights anywhere.
 */
import type { Mandate } from '../mandate/mandate.schema.js';
import type { StaffingEntry, StaffingPlan } from '../staffing/staffing-plan.schema.js';
import type { RuntimeState } from './state.js';

/** The mandate as it stands now: the live aggregate if there is one, else the dataset's. */
export function currentMandate(state: RuntimeState, mandateId: string): Mandate | undefined {
  return state.mandates.get(mandateId)?.context.mandate ?? state.dataset.mandates.find((m) => m.id === mandateId);
}

/**
 * The text of a mandate whose staffing plan and roles are in force: the current one once a
 * version is approved (ordinary seat changes apply at once while active; every other change
 * waits for the commissioner), the administrator's as loaded before that, nothing for a draft
 * created by command or a closed mandate.
 */
export function mandateInForce(state: RuntimeState, mandateId: string): Mandate | undefined {
  const view = state.mandates.get(mandateId);
  if (view?.status === 'closed') return undefined;
  if (view?.status === 'active' || view?.status === 'concluding') return view.context.mandate;
  return state.dataset.mandates.find((m) => m.id === mandateId);
}

/** The mandates that govern a group: the one the group names, and those the dataset attaches to it. */
export function mandatesGoverningGroup(state: RuntimeState, groupId: string): string[] {
  const group = state.dataset.groups.find((g) => g.id === groupId);
  const ids = new Set<string>();
  if (group?.mandateId) ids.add(group.mandateId);
  for (const m of state.dataset.mandates) if (m.organisation.groupIds.includes(groupId)) ids.add(m.id);
  return [...ids];
}

/** The groups a mandate governs (the reverse of `mandatesGoverningGroup`). */
export function groupsGovernedBy(state: RuntimeState, mandateId: string): string[] {
  const named = state.dataset.mandates.find((m) => m.id === mandateId)?.organisation.groupIds ?? [];
  const naming = state.dataset.groups.filter((g) => g.mandateId === mandateId).map((g) => g.id);
  return [...new Set([...named, ...naming])].filter((id) => state.dataset.groups.some((g) => g.id === id));
}

/** The staffing plans that give people roles in a group: its own and those of governing mandates in force. */
export function staffingPlansForGroup(state: RuntimeState, groupId: string): StaffingPlan[] {
  const group = state.dataset.groups.find((g) => g.id === groupId);
  const plans: StaffingPlan[] = [];
  if (group?.staffingPlan) plans.push(group.staffingPlan);
  for (const mandateId of mandatesGoverningGroup(state, groupId)) {
    const mandate = mandateInForce(state, mandateId);
    if (mandate) plans.push(mandate.staffingPlan);
  }
  return plans;
}

/**
 * The staffing plans that give people roles in a mandate: its own once it is in force, and the
 * staffing of the groups it names (which is how a draft is written and submitted: by people who
 * already hold seats there). These count within the mandate only.
 */
export function staffingPlansForMandate(state: RuntimeState, mandateId: string): StaffingPlan[] {
  const inForce = mandateInForce(state, mandateId);
  const named = currentMandate(state, mandateId)?.organisation.groupIds ?? [];
  const groups = new Set([...named, ...groupsGovernedBy(state, mandateId)]);
  const plans = new Set<StaffingPlan>(inForce ? [inForce.staffingPlan] : []);
  for (const g of groups) for (const plan of staffingPlansForGroup(state, g)) plans.add(plan);
  return [...plans];
}

/** The network's own staffing: who administers the network. */
export function networkStaffing(state: RuntimeState): StaffingPlan[] {
  return [state.dataset.networkStaffing];
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
