/**
 * Names for ids, shared by the queries. A view shows "Karin Ekdahl, Dals-Eds kommun", not
 * two ids; an id that points at nothing is shown as itself rather than failing the view.
 */
import { personDisplayName } from '../person/person.rules.js';
import { builtInRoles, type Role } from '../role/role.schema.js';
import type { Locale } from '../shared/localized.js';
import { currentMandate } from '../runtime/membership.js';
import type { RuntimeState } from '../runtime/state.js';
import { swedishDate } from '../shared/dates.js';
import type { Period } from '../shared/primitives.schema.js';

/** A person's name, or the tombstone («Raderad person», in the reader's language) once erased. */
export function personName(state: RuntimeState, personId: string, locale: Locale = 'sv'): string | undefined {
  const person = state.dataset.people.find((p) => p.id === personId);
  return person && personDisplayName(person, locale);
}

export function organisationName(state: RuntimeState, organisationId: string): string | undefined {
  return state.dataset.organisations.find((o) => o.id === organisationId)?.name;
}

export function groupName(state: RuntimeState, groupId: string): string | undefined {
  return state.dataset.groups.find((g) => g.id === groupId)?.name;
}

/** Every mandate id the runtime knows: the dataset's and those created by commands. */
export function mandateIds(state: RuntimeState): string[] {
  return [...new Set([...state.dataset.mandates.map((m) => m.id), ...state.mandates.keys()])];
}

/** A role by id: the dataset's roles, then the roles of every mandate as it stands now. */
export function findRole(state: RuntimeState, roleId: string): Role | undefined {
  const own = state.dataset.roles.find((r) => r.id === roleId);
  if (own) return own;
  for (const id of mandateIds(state)) {
    const role = currentMandate(state, id)?.roles.find((r) => r.id === roleId);
    if (role) return role;
  }
  return builtInRoles.find((r) => r.id === roleId);
}

export function mandateTitle(state: RuntimeState, mandateId: string): string | undefined {
  return currentMandate(state, mandateId)?.title;
}

/** Whether an instant or date falls on a Swedish calendar day inside the period (inclusive). */
export function inPeriod(at: string, period: Period | undefined): boolean {
  if (period === undefined) return true;
  const day = swedishDate(at);
  return period.start <= day && day <= period.end;
}

/** Orders by instant (an ISO string with any offset), then by id so equal times stay stable. */
export function byInstant<T extends { id: string }>(at: (item: T) => string) {
  return (a: T, b: T): number => Date.parse(at(a)) - Date.parse(at(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
