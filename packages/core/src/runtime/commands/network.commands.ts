/**
 * Commands that change the network's directory (*register*) rather than a record with a
 * lifecycle: a person joins, a group sets up a working group or committee under itself and closes
 * it, a group's own staffing and meeting rules change, and member organisations fill and leave
 * their seats. Each is recorded on the dataset stream (see `NetworkChange`).
 *
 * Who may do what, and why:
 * - Setting up and closing a group is the act of those who hold `setUpGroups` in the group it is
 *   set up under (a steering group sets up its working group); a group without a parent is closed
 *   by the network's administrator. A new group may hand out a governing authority (approving,
 *   appointing, setting up groups …) only where its maker holds it, and may prepare matters only
 *   for groups its maker sets up groups in: no one creates power they do not have.
 * - Seats are filled and left by those who appoint members (`appointMembers`) for the seat's
 *   organisation — in the group, in the group above it, or as the commissioner of a mandate that
 *   governs it. An organisation's appointer changes that organisation's seats and no others, and
 *   no seat of no organisation (a chair's): that is for an appointer of the whole group.
 * - A group's own staffing plan and meeting rules change with `amendStaffingAndMeetings` in the
 *   group, as a mandate's do; a change that gives or takes a seat with a governing authority the
 *   sender does not hold is refused (a group has no commissioner to wait for).
 * - Adding a person to the directory gives them no seat; an appointer for the person's
 *   organisation may do it, wherever they appoint.
 */
import { NewGroup } from '../../dataset/network-change.schema.js';
import { MeetingRules } from '../../meeting/meeting-series.schema.js';
import { Person } from '../../person/person.schema.js';
import { authorityLabels, type Authority } from '../../role/authority.js';
import type { LocalizedText } from '../../shared/localized.js';
import { Id, Text } from '../../shared/primitives.schema.js';
import { StaffingPlan, type StaffingPlan as Plan } from '../../staffing/staffing-plan.schema.js';
import { fillSeat, leaveSeat } from '../../staffing/staffing.rules.js';
import { authoritiesHeld, decideAuthority, rolesById } from '../authority.js';
import { commandSchema, defineCommand, type AuthorityScope, type CommandContext, type MachineEventBody } from '../command-definition.js';
import { commissionerSeatsOfGroup } from '../commissioner.js';
import { meetingRelations } from '../meeting-roles.js';
import { sameOrganisation } from '../organisations.js';
import { commandError, type CommandError } from '../errors.js';
import { everywhere, groupOf, isClosed, networkStaffing, staffingPlansForGroup } from '../membership.js';
import { governingAuthoritiesBeyondSender } from '../staffing-change.js';
import type { RuntimeState } from '../state.js';

/** The people of a group and, where it has one, the commissioner of the mandate that governs it. */
export function groupScope(state: RuntimeState, groupId: string): AuthorityScope {
  return { plans: staffingPlansForGroup(state, groupId), relations: commissionerSeatsOfGroup(state, groupId), within: { kind: 'group', id: groupId } };
}

/** Who appoints to a group's seats: its own people, the group above it, and the commissioner above both. */
function appointingScope(state: RuntimeState, groupId: string): AuthorityScope {
  const parent = groupOf(state, groupId)?.parentGroupId;
  const own = groupScope(state, groupId);
  if (parent === undefined) return own;
  const above = groupScope(state, parent);
  return { plans: [...own.plans, ...above.plans], relations: [...(own.relations ?? []), ...(above.relations ?? [])], within: own.within! };
}

const groupName = (state: RuntimeState, groupId: string) => groupOf(state, groupId)?.name ?? groupId;

/** NOT_FOUND for a group that does not exist, NOT_ALLOWED_NOW for a closed one; undefined for an open group. */
function openGroup(state: RuntimeState, groupId: string): CommandError | undefined {
  const group = groupOf(state, groupId);
  if (!group) return commandError('NOT_FOUND', { sv: `Gruppen «${groupId}» finns inte.`, en: `The group «${groupId}» does not exist.` }, { groupId });
  if (isClosed(group)) {
    return commandError('NOT_ALLOWED_NOW', { sv: `Gruppen «${group.name}» är avvecklad.`, en: `The group «${group.name}» is closed.` }, { groupId });
  }
  return undefined;
}

/**
 * NOT_AUTHORISED where a staffing change (before → after) gives or takes a seat with a governing
 * authority the sender does not hold in `scope`.
 */
function governingBeyond(ctx: CommandContext, by: string, before: Plan, after: Plan, scope: AuthorityScope): CommandError | undefined {
  const held = authoritiesHeld(ctx.state, by, scope);
  const beyond = governingAuthoritiesBeyondSender(before, after, rolesById(ctx.state), held);
  const first = beyond[0];
  if (first === undefined) return undefined;
  const label = authorityLabels[first];
  return commandError(
    'NOT_AUTHORISED',
    {
      sv: `Ändringen rör en plats med befogenheten «${label.sv}», som du inte själv har här. Den ändras av någon som har den.`,
      en: `The change touches a seat with the authority «${label.en}», which you do not hold here. It is made by someone who holds it.`,
    },
    { authority: first },
  );
}

/** A directory change: the command without its envelope (the change's own fields). */
function changeOf(type: string, omit: readonly string[] = []) {
  return (c: Record<string, unknown>): MachineEventBody => {
    const { id: _id, by: _by, at: _at, as: _as, type: _type, ...fields } = c;
    for (const key of omit) delete fields[key];
    return { ...fields, type };
  };
}

/** VALIDATION where the command's target id and the id inside its document differ. */
function sameId(c: Record<string, unknown>, field: string, inner: { id?: unknown } | undefined): CommandError | undefined {
  if (inner?.id === c[field]) return undefined;
  const message: LocalizedText = { sv: `Id:t i kommandot («${String(c[field])}») och i dokumentet skiljer sig åt.`, en: `The id in the command («${String(c[field])}») and in the document differ.` };
  return commandError('VALIDATION', message, { issues: [{ path: [field], pathText: field, code: 'custom', message }] });
}

const addPerson = defineCommand({
  type: 'addPerson',
  kind: 'network',
  schema: commandSchema('addPerson', 'personId', { person: Person.omit({ erased: true }) }),
  target: (c) => c.personId as string,
  authority: () => 'appointMembers',
  scope: (c, ctx) => ({ ...everywhere(ctx.state), organisationId: (c.person as { organisationId: string }).organisationId }),
  check: (c, ctx) => {
    const mismatch = sameId(c, 'personId', c.person as { id: string });
    if (mismatch) return mismatch;
    if (ctx.state.dataset.people.some((p) => p.id === c.personId)) {
      return commandError('CONFLICT', { sv: `«${String(c.personId)}» finns redan.`, en: `«${String(c.personId)}» already exists.` });
    }
    return undefined;
  },
  event: changeOf('addPerson', ['personId']),
});

/** Whether a seat a new group hands out needs a governing authority its maker lacks. */
const setUpGroup = defineCommand({
  type: 'setUpGroup',
  kind: 'network',
  schema: commandSchema('setUpGroup', 'groupId', { group: NewGroup }),
  target: (c) => c.groupId as string,
  authority: () => 'setUpGroups',
  scope: (c, ctx) => groupScope(ctx.state, (c.group as NewGroup).parentGroupId),
  found: (c, ctx) => openGroup(ctx.state, (c.group as NewGroup).parentGroupId),
  check: (c, ctx) => {
    const group = c.group as NewGroup;
    const mismatch = sameId(c, 'groupId', group);
    if (mismatch) return mismatch;
    if (groupOf(ctx.state, group.id)) return commandError('CONFLICT', { sv: `«${group.id}» finns redan.`, en: `«${group.id}» already exists.` });
    const by = c.by as string;
    const beyond = governingBeyond(ctx, by, { entries: [] }, group.staffingPlan ?? { entries: [] }, groupScope(ctx.state, group.parentGroupId));
    if (beyond) return beyond;
    // Preparing matters for a group lets the new group's members propose items to its meetings:
    // only one who sets up groups there may give that.
    for (const target of group.preparesForGroupIds ?? []) {
      if (target === group.parentGroupId) continue;
      const missing = openGroup(ctx.state, target);
      if (missing) return missing;
      const decision = decideAuthority(ctx.state, by, 'setUpGroups', groupScope(ctx.state, target));
      if (!decision.ok) {
        return commandError('NOT_AUTHORISED', {
          sv: `Gruppen kan bara bereda ärenden åt grupper där du tillsätter grupper; i «${groupName(ctx.state, target)}» gör du inte det.`,
          en: `The group can prepare matters only for groups in which you set up groups; in «${groupName(ctx.state, target)}» you do not.`,
        }, { authority: 'setUpGroups', holders: decision.holders });
      }
    }
    return undefined;
  },
  event: changeOf('setUpGroup', ['groupId']),
});

/** A group set up under another is closed by those who set up groups there; a top-level one by the administrator. */
function closingAuthority(state: RuntimeState, groupId: string): { authority: Authority; scope: AuthorityScope } {
  const parent = groupOf(state, groupId)?.parentGroupId;
  return parent === undefined
    ? { authority: 'administerNetwork', scope: { plans: networkStaffing(state) } }
    : { authority: 'setUpGroups', scope: groupScope(state, parent) };
}

const closeGroup = defineCommand({
  type: 'closeGroup',
  kind: 'network',
  schema: commandSchema('closeGroup', 'groupId', { reason: Text }),
  target: (c) => c.groupId as string,
  authority: (c, ctx) => closingAuthority(ctx.state, c.groupId as string).authority,
  scope: (c, ctx) => closingAuthority(ctx.state, c.groupId as string).scope,
  found: (c, ctx) => openGroup(ctx.state, c.groupId as string),
  event: changeOf('closeGroup'),
  reason: (c) => c.reason as string,
});

const changeGroupStaffing = defineCommand({
  type: 'changeGroupStaffing',
  kind: 'network',
  schema: commandSchema('changeGroupStaffing', 'groupId', { staffingPlan: StaffingPlan, reason: Text.optional() }),
  target: (c) => c.groupId as string,
  authority: () => 'amendStaffingAndMeetings',
  scope: (c, ctx) => groupScope(ctx.state, c.groupId as string),
  found: (c, ctx) => openGroup(ctx.state, c.groupId as string),
  check: (c, ctx) => {
    const groupId = c.groupId as string;
    const before = groupOf(ctx.state, groupId)?.staffingPlan ?? { entries: [] };
    return governingBeyond(ctx, c.by as string, before, c.staffingPlan as Plan, groupScope(ctx.state, groupId));
  },
  event: changeOf('changeGroupStaffing'),
  reason: (c) => c.reason as string | undefined,
});

const changeGroupMeetingRules = defineCommand({
  type: 'changeGroupMeetingRules',
  kind: 'network',
  schema: commandSchema('changeGroupMeetingRules', 'groupId', { meetingRules: MeetingRules }),
  target: (c) => c.groupId as string,
  authority: () => 'amendStaffingAndMeetings',
  scope: (c, ctx) => groupScope(ctx.state, c.groupId as string),
  found: (c, ctx) => openGroup(ctx.state, c.groupId as string),
  event: changeOf('changeGroupMeetingRules'),
});

/** The seat a seat command names, as a key of the group's own plan. */
const seatPayload = { roleId: Id, organisationId: Id.optional(), personId: Id, reason: Text.optional() };

function seatCommand<T extends 'fillGroupSeat' | 'leaveGroupSeat'>(type: T) {
  return defineCommand({
    type,
    kind: 'network',
    schema: commandSchema(type, 'groupId', seatPayload),
    target: (c) => c.groupId as string,
    authority: () => 'appointMembers',
    scope: (c, ctx) => ({ ...appointingScope(ctx.state, c.groupId as string), organisationId: (c.organisationId as string | undefined) ?? null }),
    found: (c, ctx) => openGroup(ctx.state, c.groupId as string),
    check: (c, ctx) => {
      const groupId = c.groupId as string;
      // The seat must be there (and have room, or hold the person).
      const plan = groupOf(ctx.state, groupId)?.staffingPlan ?? { entries: [] };
      const seatKey = { roleId: c.roleId as string, organisationId: c.organisationId as string | undefined };
      const changed = (type === 'fillGroupSeat' ? fillSeat : leaveSeat)(plan, seatKey, c.personId as string);
      if (!changed.ok) return commandError('NOT_ALLOWED_NOW', changed.reason);
      if (type === 'leaveGroupSeat') return undefined;
      // Filling a seat whose role governs (a chair who sets up groups) needs that authority.
      const seat = { entries: [{ roleId: c.roleId as string, personIds: [], min: 0, max: 1 }] };
      const filled = { entries: [{ roleId: c.roleId as string, personIds: [c.personId as string], min: 0, max: 1 }] };
      return governingBeyond(ctx, c.by as string, seat, filled, appointingScope(ctx.state, groupId));
    },
    event: changeOf(type),
    reason: (c) => c.reason as string | undefined,
  });
}

/**
 * Ersättare — a substitute who is no member, registered at the meeting by whoever keeps its
 * attendance: a person of the same organisation as the member they stand in for joins the
 * directory (holding no seat), so the attendance can name them. Why not only by an appointer:
 * the deputy turns up on the day, and the secretary records who came.
 */
const addSubstitute = defineCommand({
  type: 'addSubstitute',
  kind: 'network',
  schema: commandSchema('addSubstitute', 'personId', { person: Person.omit({ erased: true }), meetingId: Id, substituteFor: Id }),
  target: (c) => c.personId as string,
  found: (c, ctx) =>
    ctx.state.meetings.has(c.meetingId as string)
      ? undefined
      : commandError('NOT_FOUND', { sv: `Mötet «${String(c.meetingId)}» finns inte.`, en: `The meeting «${String(c.meetingId)}» does not exist.` }),
  authority: () => 'recordAttendance',
  scope: (c, ctx) => {
    const meeting = ctx.state.meetings.get(c.meetingId as string)?.context;
    const groupId = meeting?.groupId ?? '';
    return { plans: staffingPlansForGroup(ctx.state, groupId), relations: meetingRelations(meeting), within: { kind: 'group', id: groupId } };
  },
  check: (c, ctx) => {
    const mismatch = sameId(c, 'personId', c.person as { id: string });
    if (mismatch) return mismatch;
    if (ctx.state.dataset.people.some((p) => p.id === c.personId)) {
      return commandError('CONFLICT', { sv: `«${String(c.personId)}» finns redan.`, en: `«${String(c.personId)}» already exists.` });
    }
    const replaced = ctx.state.dataset.people.find((p) => p.id === c.substituteFor);
    const person = c.person as { organisationId: string };
    if (replaced && !sameOrganisation(ctx.state, person.organisationId, replaced.organisationId)) {
      const message = { sv: '«person.organisationId» är inte samma organisation som den ersattas', en: '«person.organisationId» is not the organisation of the person replaced' };
      return commandError('VALIDATION', message, { issues: [{ path: ['person', 'organisationId'], pathText: 'person.organisationId', code: 'custom', message }] });
    }
    return undefined;
  },
  event: changeOf('addPerson', ['personId', 'meetingId', 'substituteFor']),
});

export const networkCommands = [
  addPerson,
  addSubstitute,
  setUpGroup,
  closeGroup,
  changeGroupStaffing,
  changeGroupMeetingRules,
  seatCommand('fillGroupSeat'),
  seatCommand('leaveGroupSeat'),
];
