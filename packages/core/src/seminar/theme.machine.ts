/**
 * The lifecycle of a theme:
 *
 *   proposed ──decideTheme──▶ decided ──holdNetworkMeeting──▶ networkMet ──startSeminars──▶
 *   seminarsRunning ──evaluateTheme──▶ evaluated ──closeTheme──▶ closed (final)
 *
 * Only the theme's steering group can decide it. The network of development leaders must
 * meet before the seminars start, and may meet again while they run. The theme keeps the
 * list of its seminars and their statuses from `seminarAdded` / `seminarStatusChanged`,
 * which a runtime forwards from the seminar machines.
 *
 * Evaluation rule (decided here): a theme can be evaluated when every seminar it knows of is
 * fed back or cancelled, or — for each one that is not — the evaluation names it with a
 * reason (`openSeminars`). Waiting for every last seminar would let one unit hold up the
 * evaluation of the whole programme; evaluating silently would hide that needs were never
 * fed back. See `themeEvaluationProblems`.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { Theme, ThemeInputData } from './theme.schema.js';
import type { ThemeEvent } from './theme.events.js';
import { canAdvanceSeminarStatus, themeEvaluationProblems } from './seminar.rules.js';

export type ThemeContext = Theme;

export const themeMachine = setup({
  types: {
    context: {} as ThemeContext,
    events: {} as ThemeEvent,
    input: {} as ThemeInputData,
  },
  guards: {
    /** Styrgruppen beslutar om inriktningen för varje tema. */
    decidedBySteeringGroup: ({ context, event }) => {
      assertEvent(event, 'decideTheme');
      return event.decidedBy === context.steeringGroupId && event.direction.trim() !== '';
    },
    seminarIsNew: ({ context, event }) => {
      assertEvent(event, 'seminarAdded');
      return !context.seminars.some((s) => s.seminarId === event.seminarId);
    },
    /** The seminar is the theme's and moves forward (see `canAdvanceSeminarStatus`). */
    seminarStatusAdvances: ({ context, event }) => {
      assertEvent(event, 'seminarStatusChanged');
      const seminar = context.seminars.find((s) => s.seminarId === event.seminarId);
      return seminar !== undefined && canAdvanceSeminarStatus(seminar.status, event.status);
    },
    everySeminarAccountedFor: ({ context, event }) => {
      assertEvent(event, 'evaluateTheme');
      return event.summary.trim() !== '' && themeEvaluationProblems(context.seminars, event.openSeminars).length === 0;
    },
  },
  actions: {
    recordDecision: assign(({ event }) => {
      assertEvent(event, 'decideTheme');
      return {
        decidedBy: event.decidedBy,
        decidedAt: event.at,
        direction: event.direction,
        ...(event.period === undefined ? {} : { period: event.period }),
      };
    }),
    recordNetworkMeeting: assign(({ context, event }) => {
      assertEvent(event, 'holdNetworkMeeting');
      return {
        networkMeetings: [
          ...context.networkMeetings,
          {
            by: event.by,
            at: event.at,
            attendeeIds: event.attendeeIds ?? [],
            ...(event.networkMeetingId === undefined ? {} : { networkMeetingId: event.networkMeetingId }),
            ...(event.notes === undefined ? {} : { notes: event.notes }),
          },
        ],
      };
    }),
    recordStart: assign(({ event }) => ({ seminarsStartedAt: event.at })),
    addSeminar: assign(({ context, event }) => {
      assertEvent(event, 'seminarAdded');
      return { seminars: [...context.seminars, { seminarId: event.seminarId, status: 'planned' as const }] };
    }),
    updateSeminarStatus: assign(({ context, event }) => {
      assertEvent(event, 'seminarStatusChanged');
      return {
        seminars: context.seminars.map((s) => (s.seminarId === event.seminarId ? { ...s, status: event.status } : s)),
      };
    }),
    recordEvaluation: assign(({ event }) => {
      assertEvent(event, 'evaluateTheme');
      return {
        evaluation: {
          by: event.by,
          at: event.at,
          summary: event.summary,
          openSeminars: event.openSeminars ?? [],
          ...(event.recommendations === undefined ? {} : { recommendations: event.recommendations }),
        },
      };
    }),
    recordClosing: assign(({ event }) => ({ closedAt: event.at })),
  },
}).createMachine({
  id: 'theme',
  context: ({ input }) => ({
    id: input.id,
    ...(input.programmeId === undefined ? {} : { programmeId: input.programmeId }),
    title: input.title,
    steeringGroupId: input.steeringGroupId,
    ...(input.direction === undefined ? {} : { direction: input.direction }),
    ...(input.period === undefined ? {} : { period: input.period }),
    networkMeetings: [],
    seminars: [],
  }),
  initial: 'proposed',
  states: {
    proposed: {
      on: {
        decideTheme: { guard: 'decidedBySteeringGroup', target: 'decided', actions: 'recordDecision' },
      },
    },
    decided: {
      on: {
        holdNetworkMeeting: { target: 'networkMet', actions: 'recordNetworkMeeting' },
        seminarAdded: { guard: 'seminarIsNew', actions: 'addSeminar' },
        seminarStatusChanged: { guard: 'seminarStatusAdvances', actions: 'updateSeminarStatus' },
      },
    },
    networkMet: {
      on: {
        holdNetworkMeeting: { actions: 'recordNetworkMeeting' },
        startSeminars: { target: 'seminarsRunning', actions: 'recordStart' },
        seminarAdded: { guard: 'seminarIsNew', actions: 'addSeminar' },
        seminarStatusChanged: { guard: 'seminarStatusAdvances', actions: 'updateSeminarStatus' },
      },
    },
    seminarsRunning: {
      on: {
        holdNetworkMeeting: { actions: 'recordNetworkMeeting' },
        seminarAdded: { guard: 'seminarIsNew', actions: 'addSeminar' },
        seminarStatusChanged: { guard: 'seminarStatusAdvances', actions: 'updateSeminarStatus' },
        evaluateTheme: { guard: 'everySeminarAccountedFor', target: 'evaluated', actions: 'recordEvaluation' },
      },
    },
    evaluated: {
      on: {
        // A late feedback is still recorded, so the theme's record stays true.
        seminarStatusChanged: { guard: 'seminarStatusAdvances', actions: 'updateSeminarStatus' },
        closeTheme: { target: 'closed', actions: 'recordClosing' },
      },
    },
    closed: { type: 'final' },
  },
});
