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
import type { RelationSeat } from './command-definition.js';
import { mandateInForce, staffingPlansForGroup } from './membership.js';
import type { RuntimeState } from './state.js';

/** The seats through which people act as the commissioner of `mandate`. */
export function commissionerSeats(state: RuntimeState, mandate: Mandate): RelationSeat[] {
  const commissionerId = mandate.commissioner.id;
  if (state.dataset.groups.some((g) => g.id === commissionerId)) {
    const own = mandateInForce(state, mandate.id)?.staffingPlan;
    return staffingPlansForGroup(state, commissionerId)
      .filter((plan) => plan !== own)
      .flatMap((plan) => plan.entries)
      .filter((entry) => entry.personIds.length > 0)
      .map((entry) => ({ roleId: entry.roleId, personIds: entry.personIds, authorities: commissionerAuthorities }));
  }
  if (state.dataset.people.some((p) => p.id === commissionerId)) {
    return [{ roleId: personalCommissionerRole.id, personIds: [commissionerId], authorities: commissionerAuthorities }];
  }
  // An organisation decides through the seats its people hold (roles with these authorities).
  return [];
}
