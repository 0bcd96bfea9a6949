/**
 * Everything everyone may do, and where: for each person, each authority they hold and the
 * places they hold it in (a group, a mandate, the network). Used to tell what a change would
 * give people before it is made (a dataset load may not hand out a governing authority its
 * loader lacks) and, in the property tests, that no accepted command ever lets someone gain an
 * authority nobody with the right to give it gave them.
 */
import type { Authority } from '../role/authority.js';
import { seatsOf, rolesById } from './authority.js';
import { commissionerSeats } from './commissioner.js';
import { currentMandate, networkStaffing, staffingPlansForGroup, staffingPlansForMandate } from './membership.js';
import { meetingRelations } from './meeting-roles.js';
import type { RuntimeState } from './state.js';

/** `group:<id>`, `mandate:<id>`, `meeting:<id>` or `network`. */
export type PlaceKey = string;

/** person → authority → the places where they hold it. */
export type AuthorityMap = Map<string, Map<Authority, Set<PlaceKey>>>;

export function authorityMap(state: RuntimeState): AuthorityMap {
  const roles = rolesById(state);
  const map: AuthorityMap = new Map();
  const add = (personId: string, authority: Authority, place: PlaceKey) => {
    let byAuthority = map.get(personId);
    if (!byAuthority) map.set(personId, (byAuthority = new Map()));
    let places = byAuthority.get(authority);
    if (!places) byAuthority.set(authority, (places = new Set()));
    places.add(place);
  };
  const record = (place: PlaceKey, seats: ReturnType<typeof seatsOf>) => {
    for (const seat of seats) for (const personId of seat.personIds) for (const a of seat.authorities) add(personId, a, place);
  };
  for (const g of state.dataset.groups) record(`group:${g.id}`, seatsOf(roles, staffingPlansForGroup(state, g.id)));
  // A group that prepares matters for another proposes items to its meetings, and nothing else there.
  for (const g of state.dataset.groups) {
    for (const target of g.preparesForGroupIds ?? []) {
      const seats = seatsOf(roles, staffingPlansForGroup(state, g.id)).filter((seat) => seat.authorities.has('proposeAgendaItem'));
      record(`group:${target}`, seats.map((seat) => ({ ...seat, authorities: new Set<Authority>(['proposeAgendaItem']) })));
    }
  }
  const mandateIds = new Set([...state.dataset.mandates.map((m) => m.id), ...state.mandates.keys()]);
  for (const id of mandateIds) {
    const mandate = currentMandate(state, id);
    record(`mandate:${id}`, seatsOf(roles, staffingPlansForMandate(state, id), mandate ? commissionerSeats(state, mandate) : []));
  }
  record('network', seatsOf(roles, networkStaffing(state)));
  // What a meeting's own roles give, for that meeting only.
  for (const [id, view] of state.meetings) record(`meeting:${id}`, seatsOf(roles, [], meetingRelations(view.context)));
  return map;
}

/** What `after` gives people that `before` did not: person, authority and place. */
export function authorityGains(before: AuthorityMap, after: AuthorityMap): Array<{ personId: string; authority: Authority; place: PlaceKey }> {
  const gains: Array<{ personId: string; authority: Authority; place: PlaceKey }> = [];
  for (const [personId, byAuthority] of after) {
    for (const [authority, places] of byAuthority) {
      for (const place of places) {
        if (!before.get(personId)?.get(authority)?.has(place)) gains.push({ personId, authority, place });
      }
    }
  }
  return gains;
}

/** Whether a person holds an authority anywhere. */
export function holdsAnywhere(map: AuthorityMap, personId: string, authority: Authority): boolean {
  return (map.get(personId)?.get(authority)?.size ?? 0) > 0;
}
