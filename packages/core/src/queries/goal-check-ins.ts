/**
 * Avstämningar av mål — the check-ins of every goal of every mandate in force, as they stand on
 * a day: which are due and not yet followed up, which are done (and how the goal stood), which
 * are ahead. What a process leader brings to the steering group.
 */
import { goalCheckIns, type CheckInState } from '../mandate/goal-follow-up.rules.js';
import type { GoalStatus } from '../mandate/mandate.schema.js';
import { swedishDate } from '../shared/dates.js';
import type { RuntimeState } from '../runtime/state.js';

export interface GoalCheckInRow {
  mandateId: string;
  mandateTitle: string;
  goalId: string;
  goalText: string;
  date: string;
  state: CheckInState;
  status?: GoalStatus;
}

export interface GoalCheckInsParams {
  /** Today, as an instant; its Swedish calendar day decides what is due. */
  now: string;
  /** Only this mandate's. */
  mandateId?: string;
}

/** Every goal check-in of the mandates in force (active or concluding), in date order. */
export function goalCheckInsQuery(state: RuntimeState, params: GoalCheckInsParams): GoalCheckInRow[] {
  const today = swedishDate(params.now);
  return [...state.mandates.values()]
    .filter((m) => (m.status === 'active' || m.status === 'concluding') && (params.mandateId === undefined || m.id === params.mandateId))
    .flatMap((m) => {
      const goals = new Map(m.context.mandate.goals.map((g) => [g.id, g.text]));
      return goalCheckIns(m.context.mandate, m.context.goalFollowUps, today).map((c) => ({
        mandateId: m.id,
        mandateTitle: m.context.mandate.title,
        goalText: goals.get(c.goalId) ?? c.goalId,
        ...c,
      }));
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
