/**
 * The one place that decides whether a person may issue a command: the command names the
 * authority it needs (befogenhet), and the person must hold it through a role the staffing
 * plans in scope give them — for the right organisation where the command concerns one.
 */
import { authorityLabels, type Authority } from '../role/authority.js';
import type { Role } from '../role/role.schema.js';
import type { LocalizedText } from '../shared/localized.js';
import type { AuthorityScope } from './command-definition.js';
import type { RuntimeState } from './state.js';

export type AuthorityDecision =
  | { ok: true; roleId: string; roleName: string }
  | { ok: false; message: LocalizedText; holders: string[] };

/** Every role known to the runtime: the dataset's and those the mandates define. */
export function rolesById(state: RuntimeState): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const r of state.dataset.roles) roles.set(r.id, r);
  for (const m of state.mandates.values()) for (const r of m.context.mandate.roles) if (!roles.has(r.id)) roles.set(r.id, r);
  for (const m of state.dataset.mandates) for (const r of m.roles) if (!roles.has(r.id)) roles.set(r.id, r);
  return roles;
}

export function decideAuthority(
  state: RuntimeState,
  personId: string,
  authority: Authority,
  scope: AuthorityScope,
  asRole?: string,
): AuthorityDecision {
  const roles = rolesById(state);
  const grants = (roleId: string, organisationId: string | undefined) =>
    (roles.get(roleId)?.authorities.includes(authority) ?? false) &&
    (scope.organisationId === undefined || organisationId === undefined || organisationId === scope.organisationId);

  const held = scope.plans.flatMap((p) => p.entries.filter((e) => e.personIds.includes(personId)));
  const granting = held.filter((e) => grants(e.roleId, e.organisationId) && (asRole === undefined || e.roleId === asRole));
  const first = granting[0];
  if (first) return { ok: true, roleId: first.roleId, roleName: roles.get(first.roleId)?.name ?? first.roleId };

  const holders = [
    ...new Set(
      scope.plans.flatMap((p) => p.entries.filter((e) => grants(e.roleId, e.organisationId)).map((e) => roles.get(e.roleId)?.name ?? e.roleId)),
    ),
  ];
  const person = state.dataset.people.find((p) => p.id === personId)?.name ?? personId;
  const label = authorityLabels[authority];
  const who = (locale: 'sv' | 'en') =>
    holders.length === 0
      ? locale === 'sv' ? 'Ingen roll här har den.' : 'No role here holds it.'
      : `${locale === 'sv' ? 'Den har' : 'It is held by'}: ${holders.join(', ')}.`;
  const asText = asRole === undefined ? { sv: '', en: '' } : { sv: ` i rollen «${roles.get(asRole)?.name ?? asRole}»`, en: ` in the role «${roles.get(asRole)?.name ?? asRole}»` };
  return {
    ok: false,
    holders,
    message: {
      sv: `${person}${asText.sv} saknar befogenheten «${label.sv}» här. ${who('sv')}`,
      en: `${person}${asText.en} does not hold the authority «${label.en}» here. ${who('en')}`,
    },
  };
}
