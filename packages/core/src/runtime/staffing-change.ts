/**
 * The seeds' rule — "every change except the staffing plan and meetings needs the
 * commissioner's approval" — holds for ordinary seats. A staffing change that gives, takes or
 * alters a seat whose role holds a governing authority (approving, extending, ending,
 * appointing, administering) the sender does not hold is not a direct change: it waits for the
 * commissioner like any other amendment. Otherwise a process leader could seat herself as
 * commissioner and approve her own amendments.
 */
import { governingAuthorities, type Authority } from '../role/authority.js';
import type { Role } from '../role/role.schema.js';
import type { StaffingEntry, StaffingPlan } from '../staffing/staffing-plan.schema.js';

const seatKey = (e: StaffingEntry) => `${e.roleId}\u0000${e.organisationId ?? ''}\u0000${e.groupId ?? ''}`;
const seatText = (entries: readonly StaffingEntry[]) =>
  JSON.stringify(entries.map((e) => [[...e.personIds].sort(), e.min, e.max]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));

/** The role ids of seats that differ between two plans (added, removed, or with other people or bounds). */
export function changedSeatRoles(before: StaffingPlan, after: StaffingPlan): Set<string> {
  const group = (plan: StaffingPlan) => {
    const map = new Map<string, StaffingEntry[]>();
    for (const e of plan.entries) map.set(seatKey(e), [...(map.get(seatKey(e)) ?? []), e]);
    return map;
  };
  const a = group(before);
  const b = group(after);
  const roles = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(key) ?? [];
    const is = b.get(key) ?? [];
    if (seatText(was) !== seatText(is)) roles.add((was[0] ?? is[0])!.roleId);
  }
  return roles;
}

/**
 * The governing authorities a staffing change would hand out or take away that the sender does
 * not hold; empty when the change is an ordinary one the sender may make directly.
 */
export function governingAuthoritiesBeyondSender(
  before: StaffingPlan,
  after: StaffingPlan,
  roles: ReadonlyMap<string, Role>,
  senderHolds: ReadonlySet<Authority>,
): Authority[] {
  const beyond = new Set<Authority>();
  for (const roleId of changedSeatRoles(before, after)) {
    for (const authority of roles.get(roleId)?.authorities ?? []) {
      if (governingAuthorities.has(authority) && !senderHolds.has(authority)) beyond.add(authority);
    }
  }
  return [...beyond];
}
