/**
 * The lifecycle of one meeting, after the meeting rules of the mandates (seeds 002 and 004):
 *
 *   planned → collectingItems → agendaPublished → invited → held → minutesDrafted
 *           → minutesApproved → published (final)
 *   cancel from every state before held → cancelled (final)
 *
 * Rules the machine enforces (a refused event makes `snapshot.can(event)` false):
 * - An empty agenda is not published.
 * - The agenda is due on the meeting's Swedish calendar date minus the series' lead time
 *   ("senast 2 veckor innan mötet"). After that day it is published only with a reason, and
 *   is then recorded as late (`agendaLate`, `lateReason`) — never silently accepted.
 * - The meeting is not marked held before its start time.
 * - Minutes must refer only to items on the agenda; they are approved only once drafted and
 *   published only once approved (so never before the meeting was held).
 *
 * Rescheduling (before the meeting is held) moves `startsAt`, recomputes the agenda deadline
 * and keeps the state whose facts are still true at the new time:
 * - planned and collectingItems stay where they are: nothing was sent yet.
 * - invited returns to agendaPublished: the invitations named the old time and must be sent
 *   again (a warning says so).
 * - a published agenda stays published if it is still in time for the new deadline, or was
 *   already late with a reason on file (lateness is recomputed: moving a meeting later can make
 *   a late agenda timely). If moving the meeting earlier makes an agenda that was in time late,
 *   the machine returns to collectingItems: the agenda must be published again, and giving the
 *   reason for the lateness is then required like for any late agenda. This keeps the
 *   invariant "an agenda published after its deadline always has a recorded reason".
 */
import { assertEvent, assign, setup } from 'xstate';
// The guards validate with the `zod/mini` forms: the classic schemas would bring most of zod
// into an app that imports this machine alone. Both forms accept and refuse the same input.
import { Attendance, Minutes, unknownItemReferences } from './meeting-records.schema.js';
import type { MeetingContext, MeetingMachineInput, MeetingWarning } from './meeting.schema.js';
import type { MeetingEvent } from './meeting.events.js';
import {
  agendaDeadline,
  agendaDurationMinutes,
  areMinutesLate,
  decisionItemsWithoutOutcome,
  isAgendaLate,
  minutesDueDate,
  orderedAgenda,
} from './meeting.rules.js';
import { publishedMinutesFingerprint } from './published-minutes.rules.js';
import { readableDateIn } from '../shared/readable-time.js';

const ms = (instant: string) => Date.parse(instant);
const hasText = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

function warning(code: MeetingWarning['code'], at: string, sv: string, en: string): MeetingWarning {
  return { code, at, message: { sv, en } };
}

type Args = { context: MeetingContext; event: MeetingEvent };

function isValidReschedule({ context, event }: Args): boolean {
  return (
    event.type === 'reschedule' &&
    hasText(event.reason) &&
    ms(event.startsAt) !== ms(context.startsAt) &&
    ms(event.startsAt) > ms(event.at)
  );
}

/** A published agenda survives a move if it is in time for the new date or already late with a reason. */
function agendaSurvivesMove({ context, event }: Args): boolean {
  if (event.type !== 'reschedule' || context.agendaPublishedAt === undefined) return true;
  return (
    !isAgendaLate(context.agendaPublishedAt, event.startsAt, context.agendaLeadTimeDays) ||
    hasText(context.lateReason)
  );
}

function publishLateness({ context, event }: Args): 'empty' | 'inTime' | 'late' {
  if (event.type !== 'publishAgenda' || context.agenda.length === 0) return 'empty';
  return isAgendaLate(event.at, context.startsAt, context.agendaLeadTimeDays) ? 'late' : 'inTime';
}

/** The people whose approval the minutes need: the meeting's chair and its justerare, each once. */
export function requiredMinutesApprovers(context: Pick<MeetingContext, 'chairId' | 'minutesApproverIds'>): string[] {
  return [...new Set([...(context.chairId ? [context.chairId] : []), ...(context.minutesApproverIds ?? [])])];
}

/** A named approver who has not approved the current draft yet. */
function isPendingApprover({ context, event }: Args): boolean {
  if (event.type !== 'approveMinutes') return false;
  return requiredMinutesApprovers(context).includes(event.by) && !context.minutesApprovals.some((a) => a.by === event.by);
}

/** Cancel and reschedule, the same from every state before the meeting is held. */
const cancelTransition = { guard: 'hasReason', target: 'cancelled', actions: 'recordCancellation' } as const;
const stayOnReschedule = { guard: 'isValidReschedule', actions: 'moveMeeting' } as const;
const assignRoles = { actions: 'assignRoles' } as const;

export const meetingMachine = setup({
  types: {
    context: {} as MeetingContext,
    events: {} as MeetingEvent,
    input: {} as MeetingMachineInput,
  },
  guards: {
    /** The proposed item's id is not on the agenda yet. */
    isNewItem: ({ context, event }) =>
      event.type === 'proposeAgendaItem' && !context.agenda.some((i) => i.id === event.item.id),
    isOnAgenda: ({ context, event }) =>
      event.type === 'withdrawAgendaItem' && context.agenda.some((i) => i.id === event.itemId),
    /** The new order names every item on the agenda exactly once. */
    isOrderOfAgenda: ({ context, event }) => {
      if (event.type !== 'reorderAgenda') return false;
      const ids = new Set(event.itemIds);
      return (
        ids.size === event.itemIds.length &&
        ids.size === context.agenda.length &&
        context.agenda.every((i) => ids.has(i.id))
      );
    },
    /** A non-empty agenda, on or before its deadline. */
    canPublishInTime: (args) => publishLateness(args) === 'inTime',
    /** A non-empty agenda after its deadline, with a reason. */
    canPublishLateWithReason: (args) =>
      publishLateness(args) === 'late' && args.event.type === 'publishAgenda' && hasText(args.event.lateReason),
    /** The meeting's start time has come. */
    hasStarted: ({ context, event }) => event.type === 'hold' && ms(event.at) >= ms(context.startsAt),
    isValidAttendance: ({ event }) => event.type === 'recordAttendance' && Attendance.safeParse(event.records).success,
    /** Well-formed minutes that refer only to items on this meeting's agenda. */
    minutesFitAgenda: ({ context, event }) => {
      if (event.type !== 'draftMinutes') return false;
      const parsed = Minutes.safeParse(event.minutes);
      return parsed.success && unknownItemReferences(parsed.data, context.agenda).length === 0;
    },
    hasReason: ({ event }) => event.type === 'cancel' && hasText(event.reason),
    /** A new start time in the future, different from the current one, with a reason. */
    isValidReschedule,
    isRescheduleKeepingAgenda: (args) => isValidReschedule(args) && agendaSurvivesMove(args),
    /**
     * This approval makes the minutes approved: where the meeting names no one, any approval (by
     * whoever holds the authority); otherwise the last of the chair's and the justerare's.
     */
    completesApproval: (args) => {
      const required = requiredMinutesApprovers(args.context);
      if (required.length === 0) return args.event.type === 'approveMinutes';
      return isPendingApprover(args) && required.every((p) => p === args.event.by || args.context.minutesApprovals.some((a) => a.by === p));
    },
    /** An approval by a named approver while others' are still missing. */
    isPendingApprover,
  },
  actions: {
    openCall: assign(({ event }) => {
      assertEvent(event, 'openCall');
      return { callOpenedAt: event.at };
    }),
    addAgendaItem: assign(({ context, event }) => {
      assertEvent(event, 'proposeAgendaItem');
      return {
        agenda: [
          ...context.agenda,
          { ...event.item, proposedBy: event.by, proposedAt: event.at, position: context.agenda.length },
        ],
      };
    }),
    removeAgendaItem: assign(({ context, event }) => {
      assertEvent(event, 'withdrawAgendaItem');
      return {
        agenda: orderedAgenda(context.agenda)
          .filter((i) => i.id !== event.itemId)
          .map((item, position) => ({ ...item, position })),
      };
    }),
    reorderAgenda: assign(({ context, event }) => {
      assertEvent(event, 'reorderAgenda');
      return {
        agenda: context.agenda
          .map((item) => ({ ...item, position: event.itemIds.indexOf(item.id) }))
          .sort((a, b) => a.position - b.position),
      };
    }),
    /** Records the publication; a late one keeps its reason and leaves a warning. */
    recordAgendaPublication: assign(({ context, event }) => {
      assertEvent(event, 'publishAgenda');
      const late = isAgendaLate(event.at, context.startsAt, context.agendaLeadTimeDays);
      const warnings = [...context.warnings];
      if (late) {
        warnings.push(
          warning(
            'agendaLate',
            event.at,
            `Agendan publicerades efter sista dag ${readableDateIn(context.agendaDeadline, 'sv')}. Orsak: ${event.lateReason ?? ''}`,
            `The agenda was published after its deadline, ${readableDateIn(context.agendaDeadline, 'en')}. Reason: ${event.lateReason ?? ''}`,
          ),
        );
      }
      const planned = agendaDurationMinutes(context.agenda);
      if (planned > context.durationMinutes) {
        warnings.push(
          warning(
            'agendaOverrunsMeeting',
            event.at,
            `Agendan är planerad till ${planned} minuter men mötet är ${context.durationMinutes} minuter.`,
            `The agenda is planned for ${planned} minutes but the meeting lasts ${context.durationMinutes} minutes.`,
          ),
        );
      }
      return {
        agendaPublishedAt: event.at,
        agendaLate: late,
        lateReason: late ? event.lateReason?.trim() : undefined,
        warnings,
      };
    }),
    recordInvitations: assign(({ event }) => {
      assertEvent(event, 'sendInvitations');
      return { invitationsSentAt: event.at };
    }),
    recordHeld: assign(({ event }) => {
      assertEvent(event, 'hold');
      return { heldAt: event.at };
    }),
    recordAttendance: assign(({ event }) => {
      assertEvent(event, 'recordAttendance');
      return { attendance: event.records, attendanceRecordedAt: event.at };
    }),
    /** Keeps the draft; its warnings describe the current draft, so earlier ones are replaced. */
    recordMinutes: assign(({ context, event }) => {
      assertEvent(event, 'draftMinutes');
      const minutes = Minutes.parse(event.minutes);
      const open = decisionItemsWithoutOutcome(context.agenda, minutes);
      const warnings = context.warnings.filter((w) => w.code !== 'decisionItemWithoutOutcome');
      for (const item of open) {
        warnings.push(
          warning(
            'decisionItemWithoutOutcome',
            event.at,
            `Beslutspunkten "${item.title}" saknar beslut eller eskalering i minnesanteckningarna.`,
            `The decision item "${item.title}" has no decision or escalation in the minutes.`,
          ),
        );
      }
      // A new draft is approved anew: approvals given to the one before it no longer count.
      return { minutes, minutesDraftedAt: event.at, warnings, minutesApprovals: [] };
    }),
    assignRoles: assign(({ event }) => {
      assertEvent(event, 'assignRoles');
      const { chairId, hostOrganisationId, secretaryId, minutesApproverIds } = event.roles;
      return { chairId, hostOrganisationId, secretaryId, minutesApproverIds, minutesApprovals: [] };
    }),
    /** One named approver's approval, while others' are still missing. */
    recordPartialApproval: assign(({ context, event }) => {
      assertEvent(event, 'approveMinutes');
      return { minutesApprovals: [...context.minutesApprovals, { by: event.by, at: event.at }] };
    }),
    recordApproval: assign(({ context, event }) => {
      assertEvent(event, 'approveMinutes');
      const warnings =
        context.attendance.length === 0
          ? [
              ...context.warnings,
              warning(
                'attendanceMissing',
                event.at,
                'Minnesanteckningarna justerades utan deltagarlista.',
                'The minutes were approved without an attendance list.',
              ),
            ]
          : context.warnings;
      return { minutesApprovedBy: event.by, minutesApprovedAt: event.at, minutesApprovals: [...context.minutesApprovals, { by: event.by, at: event.at }], warnings };
    }),
    recordPublication: assign(({ context, event }) => {
      assertEvent(event, 'publishMinutes');
      const heldAt = context.heldAt ?? context.startsAt;
      const warnings = areMinutesLate(event.at, heldAt, context.minutesDueDays)
        ? [
            ...context.warnings,
            warning(
              'minutesLate',
              event.at,
              `Minnesanteckningarna publicerades efter sista dag ${readableDateIn(minutesDueDate(heldAt, context.minutesDueDays), 'sv')}.`,
              `The minutes were published after their due date, ${readableDateIn(minutesDueDate(heldAt, context.minutesDueDays), 'en')}.`,
            ),
          ]
        : context.warnings;
      // The fingerprint of exactly what is published, computed here (pure, synchronous SHA-256):
      // see `recordFingerprint` for why the machine and not the runtime computes it.
      return { publishedAt: event.at, minutesFingerprint: publishedMinutesFingerprint(context, event.at), warnings };
    }),
    recordCancellation: assign(({ event }) => {
      assertEvent(event, 'cancel');
      return { cancelledAt: event.at, cancelledReason: event.reason.trim() };
    }),
    /** Moves the meeting, recomputes the deadline and, for a published agenda, its lateness. */
    moveMeeting: assign(({ context, event }) => {
      assertEvent(event, 'reschedule');
      const late =
        context.agendaPublishedAt !== undefined &&
        isAgendaLate(context.agendaPublishedAt, event.startsAt, context.agendaLeadTimeDays);
      return {
        startsAt: event.startsAt,
        agendaDeadline: agendaDeadline(event.startsAt, context.agendaLeadTimeDays),
        agendaLate: late,
        lateReason: late ? context.lateReason : undefined,
        reschedules: [
          ...context.reschedules,
          { from: context.startsAt, to: event.startsAt, reason: event.reason.trim(), by: event.by, at: event.at },
        ],
      };
    }),
    /** A move made the published agenda late: it goes back to be published again. */
    withdrawAgendaPublication: assign(({ context, event }) => {
      assertEvent(event, 'reschedule');
      const deadline = agendaDeadline(event.startsAt, context.agendaLeadTimeDays);
      return {
        agendaPublishedAt: undefined,
        agendaLate: false,
        lateReason: undefined,
        warnings: [
          ...context.warnings,
          warning(
            'agendaToRepublish',
            event.at,
            `Mötet flyttades så att agendan blev sen (ny sista dag ${readableDateIn(deadline, 'sv')}); publicera den igen med en orsak.`,
            `The move made the agenda late (new deadline ${readableDateIn(deadline, 'en')}); publish it again with a reason.`,
          ),
        ],
      };
    }),
    /** A move made the sent invitations wrong: they must be sent again. */
    withdrawInvitations: assign(({ context, event }) => {
      assertEvent(event, 'reschedule');
      return {
        invitationsSentAt: undefined,
        warnings: [
          ...context.warnings,
          warning(
            'invitationsToResend',
            event.at,
            'Mötet flyttades efter att kallelsen skickats; skicka en ny kallelse.',
            'The meeting moved after the invitations were sent; send new invitations.',
          ),
        ],
      };
    }),
  },
}).createMachine({
  id: 'meeting',
  initial: 'planned',
  context: ({ input }) => ({
    ...input.meeting,
    minutesApprovals: [],
    agenda: [],
    attendance: [],
    agendaLate: false,
    reschedules: [],
    warnings: [],
    agendaLeadTimeDays: input.series.agendaLeadTimeDays,
    minutesDueDays: input.series.minutesDueDays,
    agendaDeadline: agendaDeadline(input.meeting.startsAt, input.series.agendaLeadTimeDays),
  }),
  states: {
    /** Planerat — on the calendar, nothing sent yet. */
    planned: {
      on: {
        assignRoles,
        openCall: { target: 'collectingItems', actions: 'openCall' },
        cancel: cancelTransition,
        reschedule: stayOnReschedule,
      },
    },
    /** Members propose items; the convener shapes the agenda. */
    collectingItems: {
      on: {
        assignRoles,
        proposeAgendaItem: { guard: 'isNewItem', actions: 'addAgendaItem' },
        withdrawAgendaItem: { guard: 'isOnAgenda', actions: 'removeAgendaItem' },
        reorderAgenda: { guard: 'isOrderOfAgenda', actions: 'reorderAgenda' },
        publishAgenda: [
          { guard: 'canPublishInTime', target: 'agendaPublished', actions: 'recordAgendaPublication' },
          { guard: 'canPublishLateWithReason', target: 'agendaPublished', actions: 'recordAgendaPublication' },
        ],
        cancel: cancelTransition,
        reschedule: stayOnReschedule,
      },
    },
    agendaPublished: {
      on: {
        assignRoles,
        sendInvitations: { target: 'invited', actions: 'recordInvitations' },
        cancel: cancelTransition,
        reschedule: [
          { guard: 'isRescheduleKeepingAgenda', actions: 'moveMeeting' },
          {
            guard: 'isValidReschedule',
            target: 'collectingItems',
            actions: ['withdrawAgendaPublication', 'moveMeeting'],
          },
        ],
      },
    },
    /** Kallelse skickad. */
    invited: {
      on: {
        assignRoles,
        hold: { guard: 'hasStarted', target: 'held', actions: 'recordHeld' },
        cancel: cancelTransition,
        reschedule: [
          {
            guard: 'isRescheduleKeepingAgenda',
            target: 'agendaPublished',
            actions: ['withdrawInvitations', 'moveMeeting'],
          },
          {
            guard: 'isValidReschedule',
            target: 'collectingItems',
            actions: ['withdrawInvitations', 'withdrawAgendaPublication', 'moveMeeting'],
          },
        ],
      },
    },
    /** Genomfört — attendance is recorded from here on. */
    held: {
      on: {
        assignRoles,
        recordAttendance: { guard: 'isValidAttendance', actions: 'recordAttendance' },
        draftMinutes: { guard: 'minutesFitAgenda', target: 'minutesDrafted', actions: 'recordMinutes' },
      },
    },
    /** The draft can still be revised and the attendance corrected until approval. */
    minutesDrafted: {
      on: {
        recordAttendance: { guard: 'isValidAttendance', actions: 'recordAttendance' },
        draftMinutes: { guard: 'minutesFitAgenda', actions: 'recordMinutes' },
        assignRoles,
        // Approved by the chair and every justerare the meeting names (each once); where it names
        // none, by whoever holds the authority to approve minutes.
        approveMinutes: [
          { guard: 'completesApproval', target: 'minutesApproved', actions: 'recordApproval' },
          { guard: 'isPendingApprover', actions: 'recordPartialApproval' },
        ],
      },
    },
    /** Justerade. */
    minutesApproved: {
      on: {
        publishMinutes: { target: 'published', actions: 'recordPublication' },
      },
    },
    /** Publicerade som allmän handling — final. */
    published: { type: 'final' },
    /** Inställt — final. */
    cancelled: { type: 'final' },
  },
});

export type MeetingMachine = typeof meetingMachine;
