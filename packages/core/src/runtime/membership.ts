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
import type { Group } from '../group/group.schema.js';
import type { Mandate } from '../mandate/mandate.schema.js';
import type { StaffingEntry, StaffingPlan } from '../staffing/staffing-plan.schema.js';
import type { RelationSeat } from './command-definition.js';
import { commissionerSeats } from './commissioner.js';
import { byId } from './directory-index.js';
import { PublishedMap } from './published-map.js';
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

/** A group of the network, or undefined. */
export function groupOf(state: RuntimeState, groupId: string): Group | undefined {
  return byId(state.dataset.groups, groupId);
}

/** Whether a group has been closed (avvecklad): it seats no one and meets no more. */
export function isClosed(group: Pick<Group, 'closedAt'> | undefined): boolean {
  return group?.closedAt !== undefined;
}

/**
 * The mandates that govern a group: the one the group names, those the dataset attaches to it,
 * and those created by command that are in force and name it. (A mandate created by command is
 * approved only by a commissioner who already approves mandates in every group it names, so
 * governing them is the commissioner's act; a draft governs nothing.)
 */
export function mandatesGoverningGroup(state: RuntimeState, groupId: string): string[] {
  const group = groupOf(state, groupId);
  const ids = new Set<string>();
  if (group?.mandateId) ids.add(group.mandateId);
  for (const m of state.dataset.mandates) if (m.organisation.groupIds.includes(groupId)) ids.add(m.id);
  for (const id of state.mandates.keys()) {
    if (ids.has(id) || state.dataset.mandates.some((m) => m.id === id)) continue;
    if (mandateInForce(state, id)?.organisation.groupIds.includes(groupId)) ids.add(id);
  }
  return [...ids];
}

/** The groups a mandate governs (the reverse of `mandatesGoverningGroup`). */
export function groupsGovernedBy(state: RuntimeState, mandateId: string): string[] {
  const inDataset = state.dataset.mandates.find((m) => m.id === mandateId);
  const named = inDataset ? inDataset.organisation.groupIds : (mandateInForce(state, mandateId)?.organisation.groupIds ?? []);
  const naming = state.dataset.groups.filter((g) => g.mandateId === mandateId).map((g) => g.id);
  return [...new Set([...named, ...naming])].filter((id) => state.dataset.groups.some((g) => g.id === id));
}

/** The plan each filtered plan was cut from, so a filtered plan is still known as its mandate's. */
const sources = new WeakMap<StaffingPlan, StaffingPlan>();
/** Filtered plans by source and group, so the same cut is the same object every time. */
const cuts = new WeakMap<StaffingPlan, Map<string, StaffingPlan>>();

/**
 * The seats of a mandate's plan that belong to one of the groups it governs: those that name
 * that group and those that name none. A plan without group-specific seats is returned as it is.
 */
export function seatsForGroup(plan: StaffingPlan, groupId: string): StaffingPlan {
  if (!plan.entries.some((e) => e.groupId !== undefined)) return plan;
  let byGroup = cuts.get(plan);
  if (!byGroup) cuts.set(plan, (byGroup = new Map()));
  let cut = byGroup.get(groupId);
  if (!cut) {
    cut = { entries: plan.entries.filter((e) => e.groupId === undefined || e.groupId === groupId) };
    byGroup.set(groupId, cut);
    sources.set(cut, plan);
  }
  return cut;
}

/** The plan a plan was cut from by `seatsForGroup` (itself where it was not cut). */
export function sourceOf(plan: StaffingPlan): StaffingPlan {
  return sources.get(plan) ?? plan;
}

/**
 * The staffing plans that give people roles in a group: its own and the seats for this group of
 * the governing mandates in force. A closed group gives no one a role.
 */
export function staffingPlansForGroup(state: RuntimeState, groupId: string): StaffingPlan[] {
  const group = groupOf(state, groupId);
  if (isClosed(group)) return [];
  const plans: StaffingPlan[] = [];
  if (group?.staffingPlan) plans.push(group.staffingPlan);
  for (const mandateId of mandatesGoverningGroup(state, groupId)) {
    const mandate = mandateInForce(state, mandateId);
    if (mandate) plans.push(seatsForGroup(mandate.staffingPlan, groupId));
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

/**
 * The staffing plans of the groups that prepare matters for a group (its arbetsutskott, a
 * beredningsgrupp): their members may propose items to its meetings, and only that.
 */
export function preparingPlansForGroup(state: RuntimeState, groupId: string): StaffingPlan[] {
  return state.dataset.groups
    .filter((g) => g.id !== groupId && (g.preparesForGroupIds ?? []).includes(groupId))
    .flatMap((g) => staffingPlansForGroup(state, g.id));
}

/**
 * Every plan and commissioner relation of the network: where an act concerns no one group or
 * mandate (adding a person to the directory), an authority held anywhere counts.
 */
export function everywhere(state: RuntimeState): { plans: StaffingPlan[]; relations: RelationSeat[] } {
  const plans = new Set<StaffingPlan>(networkStaffing(state));
  for (const g of state.dataset.groups) for (const p of staffingPlansForGroup(state, g.id)) plans.add(p);
  const mandateIds = new Set([...state.dataset.mandates.map((m) => m.id), ...state.mandates.keys()]);
  const relations: RelationSeat[] = [];
  for (const id of mandateIds) {
    for (const p of staffingPlansForMandate(state, id)) plans.add(p);
    const mandate = currentMandate(state, id);
    if (mandate) relations.push(...commissionerSeats(state, mandate));
  }
  return { plans: [...plans], relations };
}

/** The ids of the groups a person belongs to. */
export function groupsOfPerson(state: RuntimeState, personId: string): string[] {
  if (!(state.mandates instanceof PublishedMap)) return groupsWithPerson(state, personId);
  let byMandates = groupsByPersonCache.get(state.dataset);
  if (!byMandates) groupsByPersonCache.set(state.dataset, (byMandates = new WeakMap()));
  let byPerson = byMandates.get(state.mandates);
  if (!byPerson) byMandates.set(state.mandates, (byPerson = groupsByPerson(state)));
  return [...(byPerson.get(personId) ?? [])];
}

function groupsWithPerson(state: RuntimeState, personId: string): string[] {
  return state.dataset.groups
    .filter((g) => entriesOfPerson(staffingPlansForGroup(state, g.id), personId).length > 0)
    .map((g) => g.id);
}

/**
 * Every person's groups, worked out once per dataset and set of mandates of a published state
 * (neither changes once published) instead of every group's staffing on every call — a view of
 * upcoming meetings asks on every render. In the order of the dataset's groups, as
 * `groupsWithPerson` gives them.
 */
const groupsByPersonCache = new WeakMap<object, WeakMap<object, ReadonlyMap<string, readonly string[]>>>();

function groupsByPerson(state: RuntimeState): ReadonlyMap<string, readonly string[]> {
  const byPerson = new Map<string, string[]>();
  for (const g of state.dataset.groups) {
    for (const plan of staffingPlansForGroup(state, g.id)) {
      for (const entry of plan.entries) {
        for (const personId of entry.personIds) {
          let groups = byPerson.get(personId);
          if (!groups) byPerson.set(personId, (groups = []));
          if (groups.at(-1) !== g.id) groups.push(g.id);
        }
      }
    }
  }
  return byPerson;
}
