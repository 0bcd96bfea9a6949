/**
 * The people of a sample and the roles the staffing plans give them, for the role switcher:
 * read from the mandates as they stand now (core's `currentMandate` and staffing plans), so an
 * appointment made in the demo shows up at once.
 */
import { roleDisplayName, type Locale, type Role } from '@samverkan/core';
import { currentMandate, networkStaffing, staffingPlansForGroup, staffingPlansForMandate, type RuntimeState } from '@samverkan/core/runtime';
import { mandateIds } from '../app/network-mandates.js';

export interface ActorOption {
  personId: string;
  roleId: string;
  personName: string;
  organisationName: string | undefined;
}

export interface RoleOptions {
  roleId: string;
  roleName: string;
  people: ActorOption[];
}

/** The role's name in the reader's language: its own English name where the mandate gives one («Municipal representative»), else its kind's. */
export function roleName(role: Pick<Role, 'name' | 'kind' | 'englishName'>, locale: Locale): string {
  return roleDisplayName(role, locale);
}

export function actorOptions(state: RuntimeState, locale: Locale): RoleOptions[] {
  const roles = new Map<string, Role>();
  const mandates = mandateIds(state).map((id) => currentMandate(state, id)).filter((m) => m !== undefined);
  for (const m of mandates) for (const r of m.roles) if (!roles.has(r.id)) roles.set(r.id, r);
  // A network's own roles (a group's seats name them) where no mandate lists them.
  for (const r of state.dataset.roles) if (!roles.has(r.id)) roles.set(r.id, r);
  const plans = [
    ...mandateIds(state).flatMap((id) => staffingPlansForMandate(state, id)),
    ...state.dataset.groups.flatMap((g) => staffingPlansForGroup(state, g.id)),
  ];
  // The network's administrators who hold no other seat (a network read from a file with no group
  // staffed yet): without them, no one could act in it.
  const seated = new Set(plans.flatMap((p) => p.entries.flatMap((e) => e.personIds)));
  for (const plan of networkStaffing(state)) {
    plans.push({ ...plan, entries: plan.entries.map((e) => ({ ...e, personIds: e.personIds.filter((id) => !seated.has(id)) })) });
  }
  const people = new Map(state.dataset.people.map((p) => [p.id, p]));
  const organisations = new Map(state.dataset.organisations.map((o) => [o.id, o.name]));
  const byRole = new Map<string, Map<string, ActorOption>>();
  for (const plan of plans) {
    for (const entry of plan.entries) {
      for (const personId of entry.personIds) {
        const person = people.get(personId);
        if (!person) continue;
        const list = byRole.get(entry.roleId) ?? new Map<string, ActorOption>();
        byRole.set(entry.roleId, list);
        if (list.has(personId)) continue;
        const organisationId = entry.organisationId ?? person.organisationId;
        list.set(personId, {
          personId,
          roleId: entry.roleId,
          personName: person.name,
          organisationName: organisationId ? organisations.get(organisationId) : undefined,
        });
      }
    }
  }
  return [...byRole.entries()].map(([roleId, list]) => {
    const role = roles.get(roleId);
    return { roleId, roleName: role ? roleName(role, locale) : roleId, people: [...list.values()] };
  });
}
