/**
 * The communication plan as it runs (seed 001): it is in force from when it is made and tracks
 * each activity from planned to done (or cancelled), with who and when; it is revised with a new
 * version and a reason (after every finished theme), the history kept; and its follow-up records
 * whether the know/feel/do goals were met. One state: a plan in force takes these at any time.
 *
 *   inForce ── completeActivity | cancelActivity | revise | followUp ──▶ inForce
 */
import { assign, setup } from 'xstate';
import { swedishDate } from '../shared/dates.js';
import type { CommunicationPlanEvent, GoalAttainment } from './communication-plan.events.js';
import type { CommunicationPlan } from './communication-plan.schema.js';

/** Where an activity of the plan stands. */
export type ActivityStatus = 'planned' | 'done' | 'cancelled';

export interface ActivityProgress {
  status: ActivityStatus;
  by?: string;
  at?: string;
  /** A note on a done activity, the reason for a cancelled one. */
  note?: string | undefined;
}

export interface CommunicationFollowUp {
  know: GoalAttainment;
  feel: GoalAttainment;
  do: GoalAttainment;
  comment?: string | undefined;
  themeId?: string | undefined;
  by: string;
  at: string;
}

export interface CommunicationPlanContext {
  /** The plan as it now reads (its activity plan and version history included). */
  plan: CommunicationPlan;
  /** Each activity's progress, by activity id. */
  progress: Record<string, ActivityProgress>;
  /** The themes each revision followed, by version. */
  revisedAfterTheme: Record<string, string>;
  followUps: CommunicationFollowUp[];
}

const compareVersions = (a: string, b: string) => {
  const [x1, x2] = a.split('.').map(Number) as [number, number];
  const [y1, y2] = b.split('.').map(Number) as [number, number];
  return x1 - y1 || x2 - y2;
};

type Args = { context: CommunicationPlanContext; event: CommunicationPlanEvent };
const plannedActivity = ({ context, event }: Args) =>
  (event.type === 'completeActivity' || event.type === 'cancelActivity') &&
  context.plan.activities.some((a) => a.id === event.activityId) &&
  (context.progress[event.activityId]?.status ?? 'planned') === 'planned';

export const communicationPlanMachine = setup({
  types: { context: {} as CommunicationPlanContext, events: {} as CommunicationPlanEvent, input: {} as CommunicationPlan },
  guards: {
    /** An activity of the plan that is still planned. */
    plannedActivity,
    /** A later version than the current one, keeping the activities already done or cancelled. */
    laterVersion: ({ context, event }) => {
      if (event.type !== 'revise') return false;
      const current = context.plan.versions.at(-1)?.version ?? '0.0';
      const kept = new Set(event.activities.map((a) => a.id));
      const settled = Object.entries(context.progress).filter(([, p]) => p.status !== 'planned').map(([id]) => id);
      return compareVersions(event.version, current) > 0 && settled.every((id) => kept.has(id));
    },
  },
  actions: {
    recordProgress: assign(({ context, event }) => {
      if (event.type !== 'completeActivity' && event.type !== 'cancelActivity') return {};
      const done = event.type === 'completeActivity';
      return {
        progress: {
          ...context.progress,
          [event.activityId]: { status: done ? ('done' as const) : ('cancelled' as const), by: event.by, at: event.at, note: done ? event.note : event.reason },
        },
      };
    }),
    recordRevision: assign(({ context, event }) => {
      if (event.type !== 'revise') return {};
      const version = { date: swedishDate(event.at), version: event.version, issuer: event.by, reason: event.reason };
      return {
        plan: { ...context.plan, activities: event.activities, versions: [...context.plan.versions, version] },
        revisedAfterTheme: event.themeId === undefined ? context.revisedAfterTheme : { ...context.revisedAfterTheme, [event.version]: event.themeId },
      };
    }),
    recordFollowUp: assign(({ context, event }) => {
      if (event.type !== 'followUp') return {};
      return { followUps: [...context.followUps, { know: event.know, feel: event.feel, do: event.do, comment: event.comment, themeId: event.themeId, by: event.by, at: event.at }] };
    }),
  },
}).createMachine({
  id: 'communicationPlan',
  initial: 'inForce',
  context: ({ input }) => ({ plan: input, progress: {}, revisedAfterTheme: {}, followUps: [] }),
  states: {
    /** Gällande — the plan in use. */
    inForce: {
      on: {
        completeActivity: { guard: 'plannedActivity', actions: 'recordProgress' },
        cancelActivity: { guard: 'plannedActivity', actions: 'recordProgress' },
        revise: { guard: 'laterVersion', actions: 'recordRevision' },
        followUp: { actions: 'recordFollowUp' },
      },
    },
  },
});

export type CommunicationPlanMachine = typeof communicationPlanMachine;

/** Each activity of a plan with where it stands (planned unless recorded otherwise). */
export function activityStatuses(context: CommunicationPlanContext): Array<{ activityId: string; activity: string } & ActivityProgress> {
  return context.plan.activities.map((a) => ({ activityId: a.id, activity: a.activity, ...(context.progress[a.id] ?? { status: 'planned' as const }) }));
}
