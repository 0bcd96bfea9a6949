/**
 * The events of a meeting's lifecycle — one per thing a person does. Every event says who
 * sent it and when (`EventMeta`); the machine takes time only from `at`.
 */
import * as z from 'zod';
import { EventMeta, Id, Instant, Text } from '../shared/primitives.schema.js';
import { AgendaItem, Attendance, MeetingRoles, Minutes } from './meeting.schema.js';
import { listLimits } from '../shared/limits.js';

/** Öppna för punkter — open the call for agenda items. */
export const OpenCallEvent = EventMeta.extend({ type: z.literal('openCall') });

/**
 * A proposed agenda item. The proposer, time and position come from the event (`by`, `at`,
 * end of the agenda), so they are not part of the proposal.
 */
export const AgendaItemProposal = AgendaItem.pick({
  id: true,
  title: true,
  description: true,
  kind: true,
  presenter: true,
  durationMinutes: true,
});
export type AgendaItemProposal = z.infer<typeof AgendaItemProposal>;

/** Föreslå punkt — a member proposes an item while the call is open. */
export const ProposeAgendaItemEvent = EventMeta.extend({
  type: z.literal('proposeAgendaItem'),
  item: AgendaItemProposal,
});

/** Dra tillbaka punkt — take an item off the agenda before it is published. */
export const WithdrawAgendaItemEvent = EventMeta.extend({
  type: z.literal('withdrawAgendaItem'),
  itemId: Id,
});

/** Ändra ordning — the new order of all items on the agenda (every id exactly once). */
export const ReorderAgendaEvent = EventMeta.extend({
  type: z.literal('reorderAgenda'),
  itemIds: z.array(Id).min(1).max(listLimits.records),
});

/** Publicera agenda — after the deadline only with a reason, which is then kept. */
export const PublishAgendaEvent = EventMeta.extend({
  type: z.literal('publishAgenda'),
  lateReason: Text.optional(),
});

/** Skicka kallelse. */
export const SendInvitationsEvent = EventMeta.extend({ type: z.literal('sendInvitations') });

/** Föra deltagarlista — replaces the list recorded so far. */
export const RecordAttendanceEvent = EventMeta.extend({
  type: z.literal('recordAttendance'),
  records: Attendance,
});

/** Mötet genomfört — mark the meeting held; not before its start time. */
export const HoldEvent = EventMeta.extend({ type: z.literal('hold') });

/** Föra minnesanteckningar — record (or revise) the draft minutes. */
export const DraftMinutesEvent = EventMeta.extend({
  type: z.literal('draftMinutes'),
  minutes: Minutes,
});

/** Justera minnesanteckningar. */
export const ApproveMinutesEvent = EventMeta.extend({ type: z.literal('approveMinutes') });

/** Publicera minnesanteckningar som allmän handling. */
export const PublishMinutesEvent = EventMeta.extend({ type: z.literal('publishMinutes') });

/** Ställa in mötet — final. */
export const CancelEvent = EventMeta.extend({ type: z.literal('cancel'), reason: Text });

/** Flytta mötet — to a new start time, with a reason. */
export const RescheduleEvent = EventMeta.extend({
  type: z.literal('reschedule'),
  startsAt: Instant,
  reason: Text,
});

/**
 * Roller för mötet — name who chairs, hosts, keeps and approves the minutes of this meeting
 * (replacing what was named before); until the minutes are approved. Approvals already given
 * are cleared, since they were given by the people named then.
 */
export const AssignRolesEvent = EventMeta.extend({ type: z.literal('assignRoles'), roles: MeetingRoles });

export const MeetingEvent = z.discriminatedUnion('type', [
  OpenCallEvent,
  ProposeAgendaItemEvent,
  WithdrawAgendaItemEvent,
  ReorderAgendaEvent,
  PublishAgendaEvent,
  SendInvitationsEvent,
  RecordAttendanceEvent,
  HoldEvent,
  DraftMinutesEvent,
  ApproveMinutesEvent,
  PublishMinutesEvent,
  CancelEvent,
  RescheduleEvent,
  AssignRolesEvent,
]);
export type MeetingEvent = z.infer<typeof MeetingEvent>;
export type MeetingEventInput = z.input<typeof MeetingEvent>;
export type MeetingEventType = MeetingEvent['type'];

/** Every event type, in lifecycle order. */
export const meetingEventTypes: readonly MeetingEventType[] = MeetingEvent.options.map((o) => o.shape.type.value);
