/**
 * Meeting commands: from planning and the call for agenda items to published minutes. The
 * authorities follow the Fyrbodal appendix: representatives propose items, the process
 * leader convenes, keeps and publishes the minutes, and escalates decisions.
 */
import {
  DraftMinutesEvent,
  ProposeAgendaItemEvent,
  PublishAgendaEvent,
  RecordAttendanceEvent,
  ReorderAgendaEvent,
  RescheduleEvent,
  CancelEvent,
  WithdrawAgendaItemEvent,
} from '../../meeting/meeting.events.js';
import type { MeetingContext } from '../../meeting/meeting.schema.js';
import { Escalation, MeetingMachineInput, MeetingRoles, type AttendanceRecord } from '../../meeting/meeting.schema.js';
import { locatedIssue, summarise } from '../../shared/validation.js';
import { sameOrganisation } from '../organisations.js';
import { meetingRelations, meetingRolesRefusal } from '../meeting-roles.js';
import { meetingRulesOf } from '../aggregates.js';
import {
  commandSchema,
  lifecycleCommandsOf,
  payloadOf,
  type CommandContext,
  defineCommand,
  type MachineEventBody,
} from '../command-definition.js';
import { byId } from '../directory-index.js';
import { commandError, type CommandError } from '../errors.js';
import { groupOf, isClosed, preparingPlansForGroup, staffingPlansForGroup } from '../membership.js';

const T = 'meetingId';
const target = (c: Record<string, unknown>) => c[T] as string;
/**
 * A meeting's people: the staffing of its group, and the roles the meeting names for itself
 * (its chair and justerare approve its minutes, its secretary keeps them).
 */
const scope = (c: Record<string, unknown>, ctx: CommandContext) => {
  const context = ctx.aggregate?.snapshot.context as MeetingContext | undefined;
  const groupId = context?.groupId ?? (c.meeting as { groupId?: string } | undefined)?.groupId ?? '';
  return { plans: staffingPlansForGroup(ctx.state, groupId), relations: meetingRelations(context), within: { kind: 'group' as const, id: groupId } };
};

const lifecycle = lifecycleCommandsOf('meeting', T, scope);

/**
 * Plan a meeting: in a series (the dataset's, or a mandate's — also one created by command), whose
 * lead times apply; or without one, as needed (*vid behov*), under its group's meeting rules.
 */
const planMeeting = defineCommand({
  type: 'planMeeting',
  kind: 'meeting',
  schema: commandSchema('planMeeting', T, { meeting: MeetingMachineInput.shape.meeting }),
  target,
  creates: (c, ctx) => {
    const meeting = c.meeting as { seriesId?: string; groupId: string };
    const rules = meetingRulesOf(ctx.state.dataset, meeting, ctx.state.mandates.values());
    return rules
      ? { input: { meeting, series: rules } }
      : { missing: { sv: `Mötesserien «${meeting.seriesId}» finns inte`, en: `The meeting series «${meeting.seriesId}» does not exist` } };
  },
  authority: () => 'convene',
  scope,
  // A closed group meets no more; the chair and justerare the meeting names are members of it.
  check: (c, ctx) => {
    const meeting = c.meeting as MeetingRoles & { groupId: string };
    const group = groupOf(ctx.state, meeting.groupId);
    if (isClosed(group)) {
      return commandError('NOT_ALLOWED_NOW', { sv: `Gruppen «${group!.name}» är avvecklad och håller inga fler möten.`, en: `The group «${group!.name}» is closed and holds no more meetings.` }, { groupId: meeting.groupId });
    }
    return meetingRolesRefusal(ctx.state, meeting.groupId, meeting, ['meeting']);
  },
});

/**
 * Roller för mötet — the convener names who chairs, hosts, keeps and approves the minutes of
 * this meeting: in a network where these rotate, a new name each meeting.
 */
const assignMeetingRoles = lifecycle('assignMeetingRoles', 'assignRoles', 'convene', { roles: MeetingRoles }, {
  check: (c, ctx) => {
    const groupId = (ctx.aggregate?.snapshot.context as MeetingContext | undefined)?.groupId ?? '';
    return meetingRolesRefusal(ctx.state, groupId, c.roles as MeetingRoles, ['roles']);
  },
});

/** An escalation to the commissioner is added to the minutes being drafted. */
const escalateDecision = lifecycle(
  'escalateDecision',
  'draftMinutes',
  'escalate',
  { escalation: Escalation },
  {
    event: (c, ctx): MachineEventBody => {
      const context = ctx.aggregate?.snapshot.context as MeetingContext | undefined;
      const minutes = context?.minutes ?? { items: [], decisions: [], actions: [], escalations: [] };
      return {
        type: 'draftMinutes',
        minutes: { ...minutes, escalations: [...(minutes.escalations ?? []), c.escalation] },
      };
    },
    reason: (c) => (c.escalation as { reason?: string }).reason,
  },
);

/**
 * VALIDATION where a substitute (ersättare) is not of the organisation of the member they stand in
 * for, located at the record: a deputy speaks for the same municipality (or a unit of it).
 */
function substituteRefusal(ctx: CommandContext, records: readonly AttendanceRecord[]): CommandError | undefined {
  const orgOf = (personId: string | undefined) => (personId === undefined ? undefined : byId(ctx.state.dataset.people, personId)?.organisationId);
  const issues = records.flatMap((r, i) => {
    if (r.substituteFor === undefined) return [];
    const own = orgOf(r.personId);
    const replaced = orgOf(r.substituteFor);
    if (own === undefined || replaced === undefined || sameOrganisation(ctx.state, own, replaced)) return [];
    return [
      locatedIssue(['records', i, 'personId'], 'custom', {
        sv: 'kommer inte från samma organisation som den hen ersätter; en ersättare talar för samma organisation',
        en: 'is not from the organisation of the person they replace; a substitute speaks for the same organisation',
      }),
    ];
  });
  return issues.length > 0 ? commandError('VALIDATION', summarise(issues), { issues }) : undefined;
}

export const meetingCommands = [
  planMeeting,
  assignMeetingRoles,
  lifecycle('openCall', 'openCall', 'convene'),
  lifecycle('proposeAgendaItem', 'proposeAgendaItem', 'proposeAgendaItem', payloadOf(ProposeAgendaItemEvent), {
    // A committee that prepares matters for the group (arbetsutskott, beredning) proposes items too.
    scope: (c, ctx) => {
      const own = scope(c, ctx);
      return { ...own, plans: [...own.plans, ...preparingPlansForGroup(ctx.state, own.within.id)] };
    },
  }),
  lifecycle('withdrawAgendaItem', 'withdrawAgendaItem', 'convene', payloadOf(WithdrawAgendaItemEvent)),
  lifecycle('reorderAgenda', 'reorderAgenda', 'convene', payloadOf(ReorderAgendaEvent)),
  lifecycle('publishAgenda', 'publishAgenda', 'convene', payloadOf(PublishAgendaEvent), {
    reason: (c) => c.lateReason as string | undefined,
  }),
  lifecycle('sendInvitations', 'sendInvitations', 'convene'),
  lifecycle('holdMeeting', 'hold', 'convene'),
  lifecycle('recordAttendance', 'recordAttendance', 'recordAttendance', payloadOf(RecordAttendanceEvent), {
    check: (c, ctx) => substituteRefusal(ctx, c.records as AttendanceRecord[]),
  }),
  lifecycle('draftMinutes', 'draftMinutes', 'keepMinutes', payloadOf(DraftMinutesEvent)),
  escalateDecision,
  lifecycle('approveMinutes', 'approveMinutes', 'approveMinutes'),
  lifecycle('publishMinutes', 'publishMinutes', 'publishRecords'),
  lifecycle('cancelMeeting', 'cancel', 'convene', payloadOf(CancelEvent), { reason: (c) => c.reason as string }),
  lifecycle('rescheduleMeeting', 'reschedule', 'convene', payloadOf(RescheduleEvent), {
    reason: (c) => c.reason as string,
  }),
];
