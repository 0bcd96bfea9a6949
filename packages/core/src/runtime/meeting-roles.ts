/**
 * The roles one meeting names for itself (`MeetingRoles`) as seats of authority for that meeting
 * only: its chair and justerare approve its minutes, its secretary keeps them and the attendance.
 * Why per meeting: in many networks the chair and the host rotate between the member
 * organisations, and the one who chaired a meeting approves its minutes even when the seat has
 * moved on by then — and gains nothing at any other meeting.
 */
import type { MeetingRoles } from '../meeting/meeting.schema.js';
import { meetingChairRole, meetingSecretaryRole, minutesApproverRole } from '../role/role.schema.js';
import type { LocalizedText } from '../shared/localized.js';
import { locatedIssue, summarise, type ValidationIssue } from '../shared/validation.js';
import type { RelationSeat } from './command-definition.js';
import { commandError, type CommandError } from './errors.js';
import { entriesOfPerson, staffingPlansForGroup } from './membership.js';
import type { RuntimeState } from './state.js';

type Named = Pick<MeetingRoles, 'chairId' | 'secretaryId' | 'minutesApproverIds'>;

/** The seats a meeting's roles give, for that meeting's commands only. */
export function meetingRelations(roles: Partial<Named> | undefined): RelationSeat[] {
  if (!roles) return [];
  const seats: RelationSeat[] = [];
  if (roles.chairId) seats.push({ roleId: meetingChairRole.id, personIds: [roles.chairId], authorities: [] });
  if (roles.minutesApproverIds?.length) seats.push({ roleId: minutesApproverRole.id, personIds: roles.minutesApproverIds, authorities: [] });
  if (roles.secretaryId) seats.push({ roleId: meetingSecretaryRole.id, personIds: [roles.secretaryId], authorities: [] });
  return seats;
}

/**
 * VALIDATION where a meeting names a chair or a justerare who is no member of its group (they
 * are chosen among the members), located at the field; undefined when the roles fit.
 */
export function meetingRolesRefusal(state: RuntimeState, groupId: string, roles: Partial<Named>, at: readonly (string | number)[]): CommandError | undefined {
  const plans = staffingPlansForGroup(state, groupId);
  const member = (personId: string) => entriesOfPerson(plans, personId).length > 0;
  const group = state.dataset.groups.find((g) => g.id === groupId)?.name ?? groupId;
  const notMember: LocalizedText = { sv: `är inte ledamot i «${group}»; ordförande och justerare väljs bland gruppens ledamöter`, en: `is not a member of «${group}»; the chair and the justerare are chosen among its members` };
  const issues: ValidationIssue[] = [];
  if (roles.chairId !== undefined && !member(roles.chairId)) issues.push(locatedIssue([...at, 'chairId'], 'custom', notMember));
  (roles.minutesApproverIds ?? []).forEach((id, i) => {
    if (!member(id)) issues.push(locatedIssue([...at, 'minutesApproverIds', i], 'custom', notMember));
  });
  return issues.length > 0 ? commandError('VALIDATION', summarise(issues), { issues }) : undefined;
}
