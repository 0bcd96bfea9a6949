/**
 * From a reported dialogue seminar to ESF time reports: the hours the development leader
 * reported become one time report per row, dated the Swedish calendar day the seminar was
 * held, so the seminar report and the ESF report never disagree.
 */
import type { DialogueSeminar } from '../seminar/dialogue-seminar.schema.js';
import { swedishDate } from '../shared/dates.js';
import type { TimeReport } from './time-report.schema.js';

export function timeReportsFromSeminar(seminar: DialogueSeminar, projectId: string): TimeReport[] {
  const date = swedishDate(seminar.heldAt ?? seminar.plannedAt);
  return seminar.hours.map((row, i) => ({
    id: `${seminar.id}:hours:${i + 1}`,
    personId: row.personId,
    projectId,
    date,
    hours: row.hours,
    activity: 'dialogueSeminar',
    professionalCategory: row.professionalCategory,
    seminarId: seminar.id,
  }));
}
