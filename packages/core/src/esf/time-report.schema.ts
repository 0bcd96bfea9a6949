/**
 * Tidrapport — hours a person reports on a project, per day and activity. ESF reimburses
 * time, not salaries: hours × the standard unit cost of the person's professional category.
 */
import * as z from 'zod';
import { ProfessionalCategory } from '../person/professional-category.js';
import type { LocalizedText } from '../shared/localized.js';
import { Id, IsoDate, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';

/** What the time was spent on. */
export const TimeActivity = z.enum(['dialogueSeminar', 'learningSeminar', 'networkMeeting', 'planning', 'other']);
export type TimeActivity = z.infer<typeof TimeActivity>;

export const timeActivityLabels: Record<TimeActivity, LocalizedText> = {
  dialogueSeminar: { sv: 'Dialogseminarium', en: 'Dialogue seminar' },
  learningSeminar: { sv: 'Lärandeseminarium', en: 'Learning seminar' },
  networkMeeting: { sv: 'Nätverksträff', en: 'Network meeting' },
  planning: { sv: 'Planering och uppföljning', en: 'Planning and follow-up' },
  other: { sv: 'Övrigt', en: 'Other' },
};

/** Whether an hour figure has at most two decimals (hundredths of an hour). */
function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/**
 * One report. A single report may be up to 24 hours so that a mistaken figure can still be
 * entered and shown as a violation by `esfReport`; the 13-hour day is a rule over the sum of
 * a person's reports that day, not a shape of one report.
 */
export const TimeReport = z
  .strictObject({
    id: Id,
    personId: Id,
    projectId: Id,
    date: IsoDate,
    hours: z
      .number()
      .positive()
      .max(24)
      .refine(hasAtMostTwoDecimals, localizedError('får ha högst två decimaler', 'may have at most two decimals')),
    activity: TimeActivity,
    professionalCategory: ProfessionalCategory,
    /** The seminar the hours were spent at; required for dialogue seminars. */
    seminarId: Id.optional(),
    comment: Text.optional(),
  })
  .refine((r) => r.activity !== 'dialogueSeminar' || r.seminarId !== undefined, {
    ...localizedError('tid för dialogseminarium måste ange seminariet', 'time for a dialogue seminar must name the seminar'),
    path: ['seminarId'],
  });
export type TimeReport = z.infer<typeof TimeReport>;
