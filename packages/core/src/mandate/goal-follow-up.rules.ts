/**
 * Avstämning av mål — when a mandate's goals are followed up, and how each check-in stands. The
 * days come from each goal's own follow-up dates and from the mandate's check-in schedule
 * (`followUp.checkInEveryMonths`, counted from the start of the period to its end); a check-in
 * is done once a follow-up of the goal is recorded on or after its day (and before the next).
 */
import { swedishDate } from '../shared/dates.js';
import type { GoalFollowUp } from './mandate.machine.js';
import { addMonths, effectiveEnd } from './mandate.rules.js';
import type { GoalStatus, Mandate } from './mandate.schema.js';

/** Where one check-in stands on a given day. */
export type CheckInState = 'upcoming' | 'due' | 'done';

export interface GoalCheckIn {
  goalId: string;
  /** The day of the check-in. */
  date: string;
  state: CheckInState;
  /** The follow-up that answered it, where there is one. */
  status?: GoalStatus;
}

/** The check-in days of a mandate, sorted and each once: the schedule's and every goal's own. */
export function checkInDates(mandate: Pick<Mandate, 'period' | 'followUp'>): string[] {
  const every = mandate.followUp?.checkInEveryMonths;
  const end = effectiveEnd(mandate.period);
  const dates: string[] = [];
  if (every !== undefined && end !== undefined) {
    for (let n = 1; n <= 240; n++) {
      const date = addMonths(mandate.period.start, every * n);
      if (date > end) break;
      dates.push(date);
    }
  }
  return dates;
}

/**
 * Every check-in of every goal, in date order, as it stands on `today` (a Swedish calendar day):
 * `done` when a follow-up was recorded on or after its day and before the goal's next check-in,
 * `due` from its day on until then, `upcoming` before it.
 */
export function goalCheckIns(mandate: Pick<Mandate, 'period' | 'followUp' | 'goals'>, followUps: readonly GoalFollowUp[], today: string): GoalCheckIn[] {
  const schedule = checkInDates(mandate);
  return mandate.goals.flatMap((goal) => {
    const dates = [...new Set([...schedule, ...goal.followUpDates])].sort();
    const own = followUps.filter((f) => f.goalId === goal.id).map((f) => ({ ...f, day: swedishDate(f.at) }));
    return dates.map((date, i): GoalCheckIn => {
      const next = dates[i + 1];
      const answer = own.filter((f) => f.day >= date && (next === undefined || f.day < next)).at(-1);
      if (answer) return { goalId: goal.id, date, state: 'done', status: answer.status };
      return { goalId: goal.id, date, state: today >= date ? 'due' : 'upcoming' };
    });
  }).sort((a, b) => a.date.localeCompare(b.date) || a.goalId.localeCompare(b.goalId));
}
