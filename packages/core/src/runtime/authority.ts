/**
 * The one place that decides whether a person may issue a command: the command names the
 * authority it needs (befogenhet), and the person must hold it through a role the staffing
 * plans in scope give them — for the right organisation where the command concerns one. A
 * refusal says why in words: where the person holds the authority for another organisation,
 * or in another group or mandate, it names both that scope and the one the command concerns.
 */
import { authorityLabels, type Authority } from '../role/authority.js';
import { builtInRoles, roleDisplayName, type Role } from '../role/role.schema.js';
import type { LocalizedText } from '../shared/localized.js';
import type { AuthorityScope, RelationSeat } from './command-definition.js';
import type { StaffingEntry, StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { currentMandate, mandateInForce, staffingPlansForGroup, staffingPlansForMandate } from './membership.js';
import { PublishedMap } from './published-map.js';
import type { RuntimeState } from './state.js';

export type AuthorityDecision =
  | { ok: true; roleId: string; roleName: string }
  | { ok: false; message: LocalizedText; holders: string[] };

/**
 * Every role known to the runtime: the dataset's, those of the mandates the dataset holds (as
 * their approved text now reads, once in force), those of mandates approved later, and the
 * role of a person named as commissioner. A draft's roles count for nothing.
 */
export function rolesById(state: RuntimeState): Map<string, Role> {
  return new Map(rolesOf(state));
}

/**
 * The roles of a state the runtime published, worked out once per dataset and set of mandates
 * (both never change once published, and a new mandate map comes only with a changed mandate)
 * instead of from every mandate on every command. A state made elsewhere (plain, changeable
 * maps) is worked out each time.
 */
const rolesCache = new WeakMap<object, WeakMap<object, ReadonlyMap<string, Role>>>();

export function rolesOf(state: RuntimeState): ReadonlyMap<string, Role> {
  if (!(state.mandates instanceof PublishedMap)) return buildRoles(state);
  let byMandates = rolesCache.get(state.dataset);
  if (!byMandates) rolesCache.set(state.dataset, (byMandates = new WeakMap()));
  let roles = byMandates.get(state.mandates);
  if (!roles) byMandates.set(state.mandates, (roles = buildRoles(state)));
  return roles;
}

function buildRoles(state: RuntimeState): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const r of state.dataset.roles) roles.set(r.id, r);
  const add = (r: Role) => {
    if (!roles.has(r.id)) roles.set(r.id, r);
  };
  for (const m of state.dataset.mandates) for (const r of (mandateInForce(state, m.id) ?? m).roles) add(r);
  for (const id of state.mandates.keys()) for (const r of mandateInForce(state, id)?.roles ?? []) add(r);
  for (const r of builtInRoles) add(r);
  return roles;
}

/** A place a person holds authority from: a staffing seat, or a relation such as the commissioner's. */
export interface Seat {
  roleId: string;
  organisationId: string | undefined;
  personIds: readonly string[];
  authorities: ReadonlySet<Authority>;
  /** The entry of a staffing plan this seat is (relations have none). */
  entry?: StaffingEntry;
}

/** The seats of plans and relations, each with the authorities it gives. */
export function seatsOf(roles: ReadonlyMap<string, Role>, plans: readonly StaffingPlan[], relations: readonly RelationSeat[] = []): Seat[] {
  return [
    ...plans.flatMap((p) =>
      p.entries.map((entry) => ({
        roleId: entry.roleId,
        organisationId: entry.organisationId,
        personIds: entry.personIds,
        authorities: new Set(roles.get(entry.roleId)?.authorities ?? []),
        entry,
      })),
    ),
    ...relations.map((r) => ({
      roleId: r.roleId,
      organisationId: undefined,
      personIds: r.personIds,
      authorities: new Set([...(roles.get(r.roleId)?.authorities ?? []), ...r.authorities]),
    })),
  ];
}

/** Every authority a person holds through the seats of a scope. */
export function authoritiesHeld(state: RuntimeState, personId: string, scope: Pick<AuthorityScope, 'plans' | 'relations'>): Set<Authority> {
  const held = new Set<Authority>();
  for (const seat of seatsOf(rolesOf(state), scope.plans, scope.relations)) {
    if (seat.personIds.includes(personId)) for (const a of seat.authorities) held.add(a);
  }
  return held;
}

export function decideAuthority(
  state: RuntimeState,
  personId: string,
  authority: Authority,
  scope: AuthorityScope,
  asRole?: string,
  /** What the authority is called in the refusal (a region's wording; core's by default). */
  label: LocalizedText = authorityLabels[authority],
): AuthorityDecision {
  const roles = rolesOf(state);
  const seats = seatsOf(roles, scope.plans, scope.relations);
  const grants = (seat: Seat) =>
    seat.authorities.has(authority) &&
    (scope.organisationId === undefined || seat.organisationId === undefined || seat.organisationId === scope.organisationId);

  const held = seats.filter((s) => s.personIds.includes(personId));
  const granting = held.filter((s) => grants(s) && (asRole === undefined || s.roleId === asRole));
  const first = granting[0];
  if (first) return { ok: true, roleId: first.roleId, roleName: roles.get(first.roleId)?.name ?? first.roleId };

  const holders = [...new Set(seats.filter(grants).map((s) => roles.get(s.roleId)?.name ?? s.roleId))];
  const person = state.dataset.people.find((p) => p.id === personId)?.name ?? personId;
  /** A role by its name in the reader's language («Processledare», «Process leader»). */
  const roleName = (roleId: string, locale: 'sv' | 'en' = 'sv') => {
    const role = roles.get(roleId);
    return role ? roleDisplayName(role, locale) : roleId;
  };
  const holdsAuthority = (seat: Seat) => seat.authorities.has(authority) && (asRole === undefined || seat.roleId === asRole);
  const asText = asRole === undefined ? { sv: '', en: '' } : { sv: ` i rollen «${roleName(asRole)}»`, en: ` in the role «${roleName(asRole, 'en')}»` };
  const who = (locale: 'sv' | 'en') =>
    holders.length === 0
      ? locale === 'sv' ? 'Ingen roll här har den.' : 'No role here holds it.'
      : `${locale === 'sv' ? 'Den har' : 'It is held by'}: ${[...new Set(seats.filter(grants).map((s) => roleName(s.roleId, locale)))].join(', ')}.`;
  /** «rollen «R» för A» / «rollen «R» i G», each place once, joined with och/and. */
  const heldAs = (found: ReadonlyArray<{ roleId: string; where: LocalizedText }>, preposition: LocalizedText, locale: 'sv' | 'en') =>
    joinList(unique(found.map((f) => `${locale === 'sv' ? 'rollen' : 'the role'} «${roleName(f.roleId, locale)}» ${preposition[locale]} ${f.where[locale]}`)).slice(0, 3), locale);

  // Held for an organisation, where the seat concerned is of none (a chair's seat).
  if (scope.organisationId === null) {
    const forSome = held.filter((s) => holdsAuthority(s) && s.organisationId !== undefined).map((s) => ({ roleId: s.roleId, where: same(organisationName(state, s.organisationId!)) }));
    if (forSome.length > 0) {
      const forOrganisation = { sv: 'för', en: 'for' };
      return {
        ok: false,
        holders,
        message: {
          sv: `${person}${asText.sv} saknar befogenheten «${label.sv}» för platser som inte hör till en organisation. ${person} har ${heldAs(forSome, forOrganisation, 'sv')}, och den gäller bara den organisationens platser.`,
          en: `${person}${asText.en} does not hold the authority «${label.en}» for seats of no organisation. ${person} holds ${heldAs(forSome, forOrganisation, 'en')}, which counts for that organisation's seats only.`,
        },
      };
    }
  }

  // Held for another organisation than the one the command concerns (another party's representative).
  if (typeof scope.organisationId === 'string') {
    const elsewhere = held
      .filter((s) => holdsAuthority(s) && s.organisationId !== undefined && s.organisationId !== scope.organisationId)
      .map((s) => ({ roleId: s.roleId, where: same(organisationName(state, s.organisationId!)) }));
    if (elsewhere.length > 0) {
      const target = organisationName(state, scope.organisationId!);
      const forOrganisation = { sv: 'för', en: 'for' };
      return {
        ok: false,
        holders,
        message: {
          sv: `${person}${asText.sv} saknar befogenheten «${label.sv}» för ${target}. ${person} har ${heldAs(elsewhere, forOrganisation, 'sv')}, inte för ${target}.`,
          en: `${person}${asText.en} does not hold the authority «${label.en}» for ${target}. ${person} holds ${heldAs(elsewhere, forOrganisation, 'en')}, not for ${target}.`,
        },
      };
    }
  }

  // Held in another group or mandate than the one the command concerns.
  if (scope.within !== undefined) {
    // A seat is named once, by the first place that has it: a group before the mandate that governs it.
    const seen = new Set<object>(seats.flatMap((s) => (s.entry ? [s.entry] : [])));
    const elsewhere = otherScopes(state, scope.within).flatMap(({ plans, name }) =>
      seatsOf(roles, plans)
        .filter((s) => s.personIds.includes(personId) && holdsAuthority(s) && !seen.has(s.entry!))
        .map((s) => {
          seen.add(s.entry!);
          return { roleId: s.roleId, where: name };
        }),
    );
    if (elsewhere.length > 0) {
      const here = scopeName(state, scope.within);
      const inGroup = { sv: 'i', en: 'in' };
      return {
        ok: false,
        holders,
        message: {
          sv: `${person}${asText.sv} saknar befogenheten «${label.sv}» i ${here.sv}. ${person} har ${heldAs(elsewhere, inGroup, 'sv')}, inte i ${here.sv}. ${who('sv')}`,
          en: `${person}${asText.en} does not hold the authority «${label.en}» in ${here.en}. ${person} holds ${heldAs(elsewhere, inGroup, 'en')}, not in ${here.en}. ${who('en')}`,
        },
      };
    }
  }

  return {
    ok: false,
    holders,
    message: {
      sv: `${person}${asText.sv} saknar befogenheten «${label.sv}» här. ${who('sv')}`,
      en: `${person}${asText.en} does not hold the authority «${label.en}» here. ${who('en')}`,
    },
  };
}

const same = (text: string): LocalizedText => ({ sv: text, en: text });

function organisationName(state: RuntimeState, organisationId: string): string {
  return state.dataset.organisations.find((o) => o.id === organisationId)?.name ?? organisationId;
}

/** A group by its name, a mandate as «the mandate «title»». */
function scopeName(state: RuntimeState, within: NonNullable<AuthorityScope['within']>): LocalizedText {
  if (within.kind === 'group') {
    const name = state.dataset.groups.find((g) => g.id === within.id)?.name ?? within.id;
    return { sv: name, en: name };
  }
  const title = currentMandate(state, within.id)?.title ?? within.id;
  return { sv: `uppdraget «${title}»`, en: `the mandate «${title}»` };
}

/** Every other group and mandate, with the staffing plans that give people roles there. */
function otherScopes(state: RuntimeState, within: NonNullable<AuthorityScope['within']>): Array<{ plans: StaffingPlan[]; name: LocalizedText }> {
  const groups = state.dataset.groups
    .filter((g) => !(within.kind === 'group' && g.id === within.id))
    .map((g) => ({ plans: staffingPlansForGroup(state, g.id), name: scopeName(state, { kind: 'group', id: g.id }) }));
  const mandateIds = new Set([...state.dataset.mandates.map((m) => m.id), ...state.mandates.keys()]);
  const mandates = [...mandateIds]
    .filter((id) => !(within.kind === 'mandate' && id === within.id))
    .map((id) => ({ plans: staffingPlansForMandate(state, id), name: scopeName(state, { kind: 'mandate', id }) }));
  return [...groups, ...mandates];
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** «a», «a och b», «a, b och c» (en: and). */
function joinList(values: readonly string[], locale: 'sv' | 'en'): string {
  if (values.length <= 1) return values[0] ?? '';
  return `${values.slice(0, -1).join(', ')} ${locale === 'sv' ? 'och' : 'and'} ${values.at(-1)}`;
}
