/**
 * The lifecycle of a dialogue seminar:
 *
 *   planned ──holdSeminar──▶ held ──reportSeminar──▶ reported ──summariseNeeds──▶ needsSummarised
 *      │                                                                               │
 *      └──cancelSeminar──▶ cancelled (final)                   reportFeedback ──▶ fedBack (final)
 *
 * While planned, the leader may change the group (`setParticipants`) and the time
 * (`rescheduleSeminar`). A group that deviates from "about ten people from several
 * professions" gets warnings in `context.warnings` — never a refusal. Refusals are limited to
 * what would make the document wrong: a person listed twice, hours outside 0–13 or above 13
 * for one person on the day, hours for someone who did not attend, empty texts.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { DialogueSeminar, DialogueSeminarInputData } from './dialogue-seminar.schema.js';
import type { DialogueSeminarEvent } from './dialogue-seminar.events.js';
import { attendanceProblems, duplicatePersonIds, seminarGroupWarnings, seminarReportProblems } from './seminar.rules.js';

export type DialogueSeminarContext = DialogueSeminar;

function hasText(text: string): boolean {
  return text.trim() !== '';
}

export const dialogueSeminarMachine = setup({
  types: {
    context: {} as DialogueSeminarContext,
    events: {} as DialogueSeminarEvent,
    input: {} as DialogueSeminarInputData,
  },
  guards: {
    /** Each person once in the invited group. */
    participantsAreDistinct: ({ event }) => {
      assertEvent(event, 'setParticipants');
      return duplicatePersonIds(event.participants).length === 0;
    },
    /** A cancellation says why. */
    cancellationHasReason: ({ event }) => {
      assertEvent(event, 'cancelSeminar');
      return hasText(event.reason);
    },
    /** Someone came, each person listed once. */
    attendanceIsValid: ({ event }) => {
      assertEvent(event, 'holdSeminar');
      return attendanceProblems(event.attendance).length === 0;
    },
    /** See `seminarReportProblems`. */
    reportIsValid: ({ context, event }) => {
      assertEvent(event, 'reportSeminar');
      return seminarReportProblems({ hours: event.hours, attendance: event.attendance, leaderId: context.leaderId }).length === 0;
    },
    needsSummaryHasText: ({ event }) => {
      assertEvent(event, 'summariseNeeds');
      return hasText(event.text);
    },
    feedbackHasText: ({ event }) => {
      assertEvent(event, 'reportFeedback');
      return hasText(event.text);
    },
  },
  actions: {
    setParticipants: assign(({ event }) => {
      assertEvent(event, 'setParticipants');
      return { participants: event.participants, warnings: seminarGroupWarnings(event.participants, 'participants') };
    }),
    reschedule: assign(({ event }) => {
      assertEvent(event, 'rescheduleSeminar');
      return { plannedAt: event.plannedAt };
    }),
    recordCancellation: assign(({ event }) => {
      assertEvent(event, 'cancelSeminar');
      return { cancellation: { reason: event.reason, by: event.by, at: event.at } };
    }),
    /** From now on the warnings are about the people who came, not the people invited. */
    recordAttendance: assign(({ event }) => {
      assertEvent(event, 'holdSeminar');
      return { attendance: event.attendance, heldAt: event.at, warnings: seminarGroupWarnings(event.attendance, 'attendance') };
    }),
    /** The reported attendance replaces the one noted when the seminar was held. */
    recordReport: assign(({ event }) => {
      assertEvent(event, 'reportSeminar');
      return {
        hours: event.hours,
        attendance: event.attendance,
        reportedAt: event.at,
        warnings: seminarGroupWarnings(event.attendance, 'attendance'),
      };
    }),
    recordNeedsSummary: assign(({ event }) => {
      assertEvent(event, 'summariseNeeds');
      return { needsSummary: event.text, needsSummarisedAt: event.at };
    }),
    recordFeedback: assign(({ event }) => {
      assertEvent(event, 'reportFeedback');
      return { feedback: { to: event.to, text: event.text, by: event.by, at: event.at } };
    }),
  },
}).createMachine({
  id: 'dialogueSeminar',
  context: ({ input }) => {
    const participants = input.participants ?? [];
    return {
      id: input.id,
      themeId: input.themeId,
      organisationId: input.organisationId,
      leaderId: input.leaderId,
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.place === undefined ? {} : { place: input.place }),
      plannedAt: input.plannedAt,
      participants,
      attendance: [],
      hours: [],
      warnings: seminarGroupWarnings(participants, 'participants'),
    };
  },
  initial: 'planned',
  states: {
    planned: {
      on: {
        setParticipants: { guard: 'participantsAreDistinct', actions: 'setParticipants' },
        rescheduleSeminar: { actions: 'reschedule' },
        cancelSeminar: { guard: 'cancellationHasReason', target: 'cancelled', actions: 'recordCancellation' },
        holdSeminar: { guard: 'attendanceIsValid', target: 'held', actions: 'recordAttendance' },
      },
    },
    held: {
      on: {
        reportSeminar: { guard: 'reportIsValid', target: 'reported', actions: 'recordReport' },
      },
    },
    reported: {
      on: {
        summariseNeeds: { guard: 'needsSummaryHasText', target: 'needsSummarised', actions: 'recordNeedsSummary' },
      },
    },
    needsSummarised: {
      on: {
        reportFeedback: { guard: 'feedbackHasText', target: 'fedBack', actions: 'recordFeedback' },
      },
    },
    fedBack: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
