import * as z from 'zod';
import { IsoDate, Label } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { SWEDISH_CALENDAR_YEARS } from './swedish-holidays.js';

/** Month 1–12 (januari = 1). */
export const Month = z.int().min(1).max(12);

/** A date the group cannot meet on besides the Swedish days off (e.g. a conference), with why. */
export const BlockedDate = z.strictObject({
  date: IsoDate,
  reason: z.strictObject({ sv: Label, en: Label }).optional(),
});
export type BlockedDate = z.infer<typeof BlockedDate>;

/** What a year plan of a meeting series needs (årsplanering av mötesserie). */
export const YearPlanOptions = z
  .strictObject({
    year: z.int().min(SWEDISH_CALENDAR_YEARS.min).max(SWEDISH_CALENDAR_YEARS.max),
    /** Mötesfrekvens — e.g. 6 for "6 gånger om året". */
    meetingsPerYear: z.int().min(1).max(52),
    /** ISO weekday the group usually meets on: 1 = Monday … 7 = Sunday. */
    preferredWeekday: z.int().min(1).max(7),
    /** First month of the plan, e.g. 9 for a network that starts in September. */
    startMonth: Month.default(1),
    /** Months without meetings; the July break by default. */
    breakMonths: z.array(Month).max(12).default([7]),
    /**
     * The first meeting when it is already set (e.g. a kick-off). It is kept as it is, must be
     * a working day, and the rest of the series is spread over the time after it.
     */
    firstDate: IsoDate.optional(),
    /** Further dates to avoid, e.g. a regional conference. */
    blockedDates: z.array(BlockedDate).max(366).default([]),
    /**
     * How much a break month counts when meetings are spread: 0 = spread over the other months
     * only (the gap across the break grows by the whole break), 1 = spread over the calendar
     * (a date inside the break is moved out). The default ½ keeps "about 2 months apart" for
     * 6 meetings with a July break, the summer gap a little longer than the others.
     */
    breakWeight: z.number().min(0).max(1).default(0.5),
  })
  .superRefine((options, ctx) => {
    const firstMonth = options.firstDate ? Number(options.firstDate.slice(5, 7)) : options.startMonth;
    const open = [];
    for (let m = firstMonth; m <= 12; m++) if (!options.breakMonths.includes(m)) open.push(m);
    if (open.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['breakMonths'],
        ...localizedError(
          'lämnar ingen månad för möten: alla månader i planen är uppehåll',
          'leaves no month for meetings: every month of the plan is a break',
        ),
      });
    }
    if (options.firstDate !== undefined) {
      if (Number(options.firstDate.slice(0, 4)) !== options.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['firstDate'],
          ...localizedError(`måste ligga under år ${options.year}`, `must be in the year ${options.year}`),
        });
      } else if (firstMonth < options.startMonth) {
        ctx.addIssue({
          code: 'custom',
          path: ['firstDate'],
          ...localizedError('får inte ligga före planens startmånad', 'must not be before the start month of the plan'),
        });
      }
    }
  });
export type YearPlanOptions = z.infer<typeof YearPlanOptions>;
export type YearPlanOptionsInput = z.input<typeof YearPlanOptions>;
