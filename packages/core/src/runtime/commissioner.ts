/**
 * The commissioner (uppdragsgivare) decides through the relation the mandate names, not
 * through a seat copied into the mandate's own plan: a steering group named as commissioner
 * approves through its members, a person named as commissioner approves as that person. The
 * group's members are read from staffing that exists apart from the mandate, so a mandate
 * cannot make its own commissioner.
 */
import type { Mandate } from '../mandate/mandate.schema.js';
import { commissionerAuthorities } from '../role/authority.js';
import { personalCommissionerRole } from '../role/role.schema.js';
import type { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { rolesOf, seatsOf } from './authority.js';
import type { RelationSeat } from './command-definition.js';
import { commandError, type CommandError } from './errors.js';
import { currentMandate, mandateInForce, mandatesGoverningGroup, sourceOf, staffingPlansForGroup, staffingPlansForMandate } from './membership.js';
import type { RuntimeState } from './state.js';

/**
 * The seats through which people act as the commissioner of `mandate`. A group decides through
 * those of its members whose role there already approves mandates (a steering group's members,
 * not everyone the group's mandate seats); a person named as commissioner acts as that person.
 */
export function commissionerSeats(state: RuntimeState, mandate: Mandate): RelationSeat[] {
  const commissionerId = mandate.commissioner.id;
  if (state.dataset.groups.some((g) => g.id === commissionerId)) {
    const own = mandateInForce(state, mandate.id)?.staffingPlan;
    const plans = staffingPlansForGroup(state, commissionerId).filter((plan) => sourceOf(plan) !== own);
    return seatsOf(rolesOf(state), plans)
      .filter((seat) => seat.authorities.has('approveMandate') && seat.personIds.length > 0)
      .map((seat) => ({ roleId: seat.roleId, personIds: seat.personIds, authorities: commissionerAuthorities }));
  }
  if (state.dataset.people.some((p) => p.id === commissionerId)) {
    return [{ roleId: personalCommissionerRole.id, personIds: [commissionerId], authorities: commissionerAuthorities }];
  }
  // An organisation decides through the seats its people hold (roles with these authorities).
  return [];
}

/**
 * Who may be named commissioner of a mandate: only a body that already approves mandates where
 * this one belongs — someone it speaks through holds `approveMandate` in a group the mandate
 * names, or in the mandate it refines. Otherwise naming oneself (or a friend) as commissioner
 * would be a way to give oneself the power to approve.
 */
export function commissionerRefusal(state: RuntimeState, mandate: Mandate, at: readonly string[] = ['mandate']): CommandError | undefined {
  const roles = rolesOf(state);
  const places: Array<{ plans: StaffingPlan[]; relations: RelationSeat[] }> = [
    ...mandate.organisation.groupIds.map((g) => ({
      plans: staffingPlansForGroup(state, g),
      relations: mandatesGoverningGroup(state, g).flatMap((id) => {
        const governing = currentMandate(state, id);
        return governing ? commissionerSeats(state, governing) : [];
      }),
    })),
    ...(mandate.parentMandateId === undefined
      ? []
      : (() => {
          const parent = currentMandate(state, mandate.parentMandateId);
          return [{ plans: staffingPlansForMandate(state, mandate.parentMandateId), relations: parent ? commissionerSeats(state, parent) : [] }];
        })()),
  ];
  const approvers = new Set(
    places.flatMap(({ plans, relations }) => seatsOf(roles, plans, relations).filter((s) => s.authorities.has('approveMandate')).flatMap((s) => [...s.personIds])),
  );
  const speaksFor = peopleOf(state, mandate.commissioner.id);
  if (speaksFor.some((p) => approvers.has(p))) return undefined;
  const name = mandate.commissioner.name;
  const message = {
    sv: `«${name}» kan inte vara uppdragsgivare här: ingen som företräder «${name}» fastställer redan uppdrag för de grupper uppdraget gäller.`,
    en: `«${name}» cannot be the commissioner here: no one who speaks for «${name}» already approves mandates for the groups the mandate concerns.`,
  };
  return commandError('VALIDATION', message, { issues: [{ path: [...at, 'commissioner'], pathText: [...at, 'commissioner'].join('.'), code: 'custom', message }] });
}

/**
 * A mandate created by command governs the groups it names once in force, so its commissioner
 * must already approve mandates in every one of them when it approves (or records an earlier
 * approval of) a version: NOT_AUTHORISED naming the first group where it does not. Otherwise a
 * draft could name a group its commissioner has no say in and come to govern it.
 */
export function governingRefusal(state: RuntimeState, mandate: Mandate): CommandError | undefined {
  const roles = rolesOf(state);
  const speaksFor = new Set(peopleOf(state, mandate.commissioner.id));
  for (const groupId of mandate.organisation.groupIds) {
    const seats = seatsOf(roles, staffingPlansForGroup(state, groupId), commissionerSeatsOfGroup(state, groupId));
    if (seats.some((s) => s.authorities.has('approveMandate') && s.personIds.some((p) => speaksFor.has(p)))) continue;
    const group = state.dataset.groups.find((g) => g.id === groupId)?.name ?? groupId;
    const name = mandate.commissioner.name;
    return commandError('NOT_AUTHORISED', {
      sv: `«${name}» fastställer inte uppdrag för «${group}», som uppdraget gäller. Den som fastställer uppdrag där får göra det, eller så tas gruppen bort ur uppdraget.`,
      en: `«${name}» does not approve mandates for «${group}», which the mandate concerns. Whoever approves mandates there may, or the group is taken out of the mandate.`,
    }, { authority: 'approveMandate', groupId });
  }
  return undefined;
}

/** The people a commissioner speaks through: the person, a group's members, an organisation's people. */
function peopleOf(state: RuntimeState, id: string): string[] {
  if (state.dataset.people.some((p) => p.id === id)) return [id];
  if (state.dataset.groups.some((g) => g.id === id)) return staffingPlansForGroup(state, id).flatMap((p) => p.entries.flatMap((e) => e.personIds));
  return state.dataset.people.filter((p) => p.organisationId === id).map((p) => p.id);
}

/** The commissioner seats of every mandate that governs a group: who decides for it from above. */
export function commissionerSeatsOfGroup(state: RuntimeState, groupId: string): RelationSeat[] {
  return mandatesGoverningGroup(state, groupId).flatMap((id) => {
    const mandate = currentMandate(state, id);
    return mandate ? commissionerSeats(state, mandate) : [];
  });
}
