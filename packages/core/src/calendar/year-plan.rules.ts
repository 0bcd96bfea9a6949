/**
 * Årsplanering — the dates of a meeting series over one year in Sweden, e.g. the Fyrbodal
 * network's "6 gånger om året med ca 2 månaders mellanrum" with a break in July. Pure: the
 * same options give the same plan, and every date that is not where the even spread put it
 * says why, so a UI can write "flyttat från 2020-06-19: midsommarafton".
 */
import type { Cadence, MeetingSeries } from '../meeting/meeting-series.schema.js';
import { addDays, isoDate, isoWeekday } from '../shared/dates.js';
import type { LocalizedText } from '../shared/localized.js';
import { formatPath, parseWith, summarise, type ParseResult, type ValidationIssue } from '../shared/validation.js';
import { swedishDayOffOn, type SwedishDayOff } from './swedish-holidays.js';
import { YearPlanOptions, type BlockedDate, type YearPlanOptionsInput } from './year-plan.schema.js';

/** Why a meeting is not on the date the even spread gave it. */
export type MoveReasonCode =
  | 'holiday'
  | 'eve'
  | 'weekend'
  | 'breakMonth'
  | 'blockedDate'
  | 'previousMeeting'
  | 'noRoom';

/** One meeting of a year plan. */
export interface PlannedMeetingDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The date the even spread gave, when the meeting had to move. */
  movedFrom?: string;
  /** Why it moved, e.g. "midsommarafton" / "Midsummer Eve". */
  reason?: LocalizedText;
  reasonCode?: MoveReasonCode;
}

/** The plan, or every reason the options cannot give one (Swedish and English). */
export type YearPlanResult = ParseResult<PlannedMeetingDate[]>;

/**
 * A meeting moves to another weekday only when that is more than this many days closer than
 * the nearest free date on the usual weekday: people keep their usual meeting day free.
 */
export const OTHER_WEEKDAY_PENALTY_DAYS = 14;

const monthNames: readonly LocalizedText[] = [
  { sv: 'januari', en: 'January' },
  { sv: 'februari', en: 'February' },
  { sv: 'mars', en: 'March' },
  { sv: 'april', en: 'April' },
  { sv: 'maj', en: 'May' },
  { sv: 'juni', en: 'June' },
  { sv: 'juli', en: 'July' },
  { sv: 'augusti', en: 'August' },
  { sv: 'september', en: 'September' },
  { sv: 'oktober', en: 'October' },
  { sv: 'november', en: 'November' },
  { sv: 'december', en: 'December' },
];

const weekendNames: Record<number, LocalizedText> = {
  6: { sv: 'lördag är ingen arbetsdag', en: 'Saturday is not a working day' },
  7: { sv: 'söndag är ingen arbetsdag', en: 'Sunday is not a working day' },
};

/** One day of the plan's window with what the planner needs to know about it. */
interface Day {
  date: string;
  weekday: number;
  /** The Monday of its ISO week: two meetings never share one. */
  week: string;
  month: number;
  dayOff: SwedishDayOff | undefined;
  breakMonth: boolean;
  blocked: BlockedDate | undefined;
  /** A working day outside the breaks and not blocked: a meeting may be held here. */
  usable: boolean;
}

function failure(path: PropertyKey[], sv: string, en: string): { ok: false; issues: ValidationIssue[]; message: LocalizedText } {
  const pathText = formatPath(path);
  const issue: ValidationIssue = {
    path,
    pathText,
    code: 'custom',
    message: { sv: `«${pathText}» ${sv}`, en: `«${pathText}» ${en}` },
  };
  return { ok: false, issues: [issue], message: summarise([issue]) };
}

/** Why a date is not usable, or why it cannot be taken after the previous meeting. */
function unusableReason(day: Day): { code: MoveReasonCode; text: LocalizedText } | undefined {
  if (day.dayOff) return { code: day.dayOff.kind === 'eve' ? 'eve' : 'holiday', text: { ...day.dayOff.name } };
  const weekend = weekendNames[day.weekday];
  if (weekend) return { code: 'weekend', text: { ...weekend } };
  if (day.breakMonth) {
    const name = monthNames[day.month - 1] ?? { sv: String(day.month), en: String(day.month) };
    return { code: 'breakMonth', text: { sv: `uppehåll i ${name.sv}`, en: `break in ${name.en}` } };
  }
  if (day.blocked) {
    return { code: 'blockedDate', text: day.blocked.reason ? { ...day.blocked.reason } : { sv: 'spärrat datum', en: 'blocked date' } };
  }
  return undefined;
}

/**
 * Plans the meetings of one year.
 *
 * The rule, step by step:
 * 1. The window runs from `firstDate` (or the 1st of `startMonth`) to 31 December. Its days are
 *    weighted 1, days in a break month `breakWeight` (default ½), and the N meetings are spread
 *    evenly over that weighted time: meeting i at the middle of the i-th of N equal shares, or —
 *    when `firstDate` is given — the first on `firstDate` and the others at equal steps after it.
 * 2. That point is put on the preferred weekday: the nearest such date in its week (±3 days),
 *    outside a break month where possible. This is the meeting's natural date.
 * 3. The natural date is kept if it is a working day (not a weekend, public holiday, or
 *    midsommarafton / julafton / nyårsafton), not in a break month, not blocked, in a later
 *    ISO week than the previous meeting, and leaves enough free weeks for the meetings still to
 *    come. Otherwise the meeting moves to the nearest date that passes all of these, measured
 *    in days, where a date on another weekday counts {@link OTHER_WEEKDAY_PENALTY_DAYS} days
 *    further away — so the same weekday a week earlier or later wins over the day before. On a
 *    tie the later date wins: the agenda, due a fixed time before the meeting, is then never late.
 *    The moved meeting keeps `movedFrom` (the natural date) and the reason it was refused.
 *
 * Never throws for bad options: they come back as a failure with Swedish and English messages
 * (also when the year has fewer weeks with a possible meeting day than meetings asked for).
 */
export function planMeetingYear(input: YearPlanOptionsInput): YearPlanResult {
  const parsed = parseWith(YearPlanOptions, input);
  if (!parsed.ok) return parsed;
  const options = parsed.value;
  const { year, meetingsPerYear: count, preferredWeekday } = options;

  const start = options.firstDate ?? isoDate(year, options.startMonth, 1);
  const end = isoDate(year, 12, 31);
  const blocked = new Map(options.blockedDates.map((b) => [b.date, b]));
  const breaks = new Set(options.breakMonths);

  const days: Day[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    const month = Number(date.slice(5, 7));
    const dayOff = swedishDayOffOn(date);
    const breakMonth = breaks.has(month);
    const blockedDay = blocked.get(date);
    days.push({
      date,
      weekday,
      week: addDays(date, 1 - weekday),
      month,
      dayOff,
      breakMonth,
      blocked: blockedDay,
      usable: weekday <= 5 && !dayOff && !breakMonth && !blockedDay,
    });
  }

  // Usable weeks after each week, so a meeting never takes a week the later ones need.
  const usableWeeks = [...new Set(days.filter((d) => d.usable).map((d) => d.week))];
  const after = new Map<string, number>();
  for (const d of days) if (!after.has(d.week)) after.set(d.week, usableWeeks.filter((w) => w > d.week).length);
  const weeksAfter = (week: string) => after.get(week) ?? 0;

  const first = days[0];
  if (options.firstDate !== undefined && first) {
    const why = unusableReason(first);
    if (why) {
      return failure(
        ['firstDate'],
        `är ingen möjlig mötesdag (${why.text.sv})`,
        `is not a possible meeting day (${why.text.en})`,
      );
    }
    const room = weeksAfter(first.week);
    if (room < count - 1) {
      return failure(
        ['meetingsPerYear'],
        `är fler än året rymmer: efter det första mötet har bara ${room} veckor en möjlig mötesdag`,
        `is more than the year can hold: after the first meeting only ${room} weeks have a possible meeting day`,
      );
    }
  } else if (usableWeeks.length < count) {
    return failure(
      ['meetingsPerYear'],
      `är fler än året rymmer: bara ${usableWeeks.length} veckor har en möjlig mötesdag (högst ett möte i veckan)`,
      `is more than the year can hold: only ${usableWeeks.length} weeks have a possible meeting day (at most one meeting a week)`,
    );
  }

  // Step 1: the evenly spread points in weighted time.
  const weights = days.map((d) => (d.breakMonth ? options.breakWeight : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const indexAt = (point: number): number => {
    let before = 0;
    let last = 0;
    for (let j = 0; j < days.length; j++) {
      const w = weights[j] ?? 0;
      if (w > 0) {
        if (point < before + w) return j;
        last = j;
      }
      before += w;
    }
    return last;
  };

  // Step 2: on the preferred weekday, in the window, outside a break where possible.
  const naturalIndex = (j: number): number => {
    const weekday = days[j]?.weekday ?? preferredWeekday;
    const forward = j + ((preferredWeekday - weekday + 7) % 7);
    const backward = forward - 7;
    const order = forward - j <= 3 ? [forward, backward] : [backward, forward];
    const inWindow = order.filter((k) => k >= 0 && k < days.length);
    return inWindow.find((k) => !days[k]?.breakMonth) ?? inWindow[0] ?? j;
  };

  const plan: PlannedMeetingDate[] = [];
  let previousWeek = '';
  for (let i = 0; i < count; i++) {
    const stillToCome = count - i - 1;
    if (i === 0 && options.firstDate !== undefined && first) {
      plan.push({ date: first.date });
      previousWeek = first.week;
      continue;
    }
    const share = total / count;
    const point = options.firstDate !== undefined ? i * share : (i + 0.5) * share;
    const t = naturalIndex(indexAt(point));
    const natural = days[t];
    if (!natural) throw new Error('year plan: a natural date outside the window (unreachable)');

    const fits = (d: Day) => d.usable && d.week > previousWeek && weeksAfter(d.week) >= stillToCome;
    if (fits(natural)) {
      plan.push({ date: natural.date });
      previousWeek = natural.week;
      continue;
    }

    // Step 3: the nearest date that fits, the usual weekday preferred.
    let best: Day | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let k = 0; k < days.length; k++) {
      const d = days[k];
      if (!d || !fits(d)) continue;
      const cost = Math.abs(k - t) + (d.weekday === preferredWeekday ? 0 : OTHER_WEEKDAY_PENALTY_DAYS);
      if (cost <= bestCost) {
        best = d;
        bestCost = cost;
      }
    }
    // The checks above guarantee a free week for every meeting still to place.
    if (!best) throw new Error('year plan: no date left for a meeting (unreachable)');

    const why =
      unusableReason(natural) ??
      (natural.week <= previousWeek
        ? {
            code: 'previousMeeting' as const,
            text: { sv: 'krockar med föregående möte', en: 'clashes with the previous meeting' },
          }
        : {
            code: 'noRoom' as const,
            text: {
              sv: 'för att årets övriga möten ska få plats',
              en: 'to leave room for the other meetings of the year',
            },
          });
    plan.push({ date: best.date, movedFrom: natural.date, reason: why.text, reasonCode: why.code });
    previousWeek = best.week;
  }
  return { ok: true, value: plan };
}

/** The options of {@link planSeriesYear}: what the cadence does not say. */
export type SeriesYearOptions = Omit<YearPlanOptionsInput, 'year' | 'meetingsPerYear' | 'breakMonths'>;

/**
 * Plans a year of a meeting series from its cadence (mötesfrekvens): meetings per year and
 * break months come from the cadence. `intervalWeeks` is not used: the spacing follows from
 * the number of meetings and the months left.
 */
export function planSeriesYear(
  series: Pick<MeetingSeries, 'cadence'> | Cadence,
  year: number,
  options: SeriesYearOptions,
): YearPlanResult {
  const cadence = 'cadence' in series ? series.cadence : series;
  if (cadence.meetingsPerYear === undefined) {
    return failure(
      ['cadence', 'meetingsPerYear'],
      'saknas: serien möts vid behov och får ingen årsplan; planera varje möte för sig',
      'is missing: the series meets as needed and gets no year plan; plan each meeting on its own',
    );
  }
  return planMeetingYear({
    ...options,
    year,
    meetingsPerYear: cadence.meetingsPerYear,
    breakMonths: cadence.breakMonths,
  });
}

/** "flyttat från 2020-06-19: midsommarafton" / "moved from 2020-06-19: Midsummer Eve", or nothing. */
export function describeMove(meeting: PlannedMeetingDate): LocalizedText | undefined {
  if (meeting.movedFrom === undefined) return undefined;
  const sv = `flyttat från ${meeting.movedFrom}`;
  const en = `moved from ${meeting.movedFrom}`;
  if (!meeting.reason) return { sv, en };
  return { sv: `${sv}: ${meeting.reason.sv}`, en: `${en}: ${meeting.reason.en}` };
}
