/**
 * Allmänna helgdagar — the Swedish public holidays by the rules of lagen (1989:253) om allmänna
 * helgdagar, plus the three eves that are de facto days off (midsommarafton, julafton,
 * nyårsafton). Computed, never listed, so any year works the same way; a meeting planner asks
 * "is this a day off?" for every day of a year, hence the per-year cache.
 */
import type { LocalizedText } from '../shared/localized.js';
import { addDays, isoDate, isoWeekday } from '../shared/dates.js';

/**
 * The years these rules describe. Midsommardagen and alla helgons dag have been Saturdays
 * since 1953; nationaldagen replaced annandag pingst as a public holiday from 2005.
 */
export const SWEDISH_CALENDAR_YEARS = { min: 1953, max: 9999 } as const;

/** Helgdag (a public holiday by law) or afton (an eve that is a day off in practice). */
export type SwedishDayOffKind = 'holiday' | 'eve';

export type SwedishDayOffKey =
  | 'newYearsDay'
  | 'epiphany'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'mayDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'nationalDay'
  | 'midsummerDay'
  | 'allSaintsDay'
  | 'christmasDay'
  | 'boxingDay'
  | 'midsummerEve'
  | 'christmasEve'
  | 'newYearsEve';

/** A named day off in Sweden. */
export interface SwedishDayOff {
  /** `YYYY-MM-DD`. */
  date: string;
  key: SwedishDayOffKey;
  name: LocalizedText;
  kind: SwedishDayOffKind;
}

/** The names of the days off, Swedish as the law writes them (lower case). */
export const SwedishDayOffLabels: Record<SwedishDayOffKey, LocalizedText> = {
  newYearsDay: { sv: 'nyårsdagen', en: "New Year's Day" },
  epiphany: { sv: 'trettondedag jul', en: 'Epiphany' },
  goodFriday: { sv: 'långfredagen', en: 'Good Friday' },
  easterSunday: { sv: 'påskdagen', en: 'Easter Sunday' },
  easterMonday: { sv: 'annandag påsk', en: 'Easter Monday' },
  mayDay: { sv: 'första maj', en: 'May Day' },
  ascensionDay: { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  whitSunday: { sv: 'pingstdagen', en: 'Whit Sunday' },
  whitMonday: { sv: 'annandag pingst', en: 'Whit Monday' },
  nationalDay: { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' },
  midsummerDay: { sv: 'midsommardagen', en: 'Midsummer Day' },
  allSaintsDay: { sv: 'alla helgons dag', en: "All Saints' Day" },
  christmasDay: { sv: 'juldagen', en: 'Christmas Day' },
  boxingDay: { sv: 'annandag jul', en: 'Boxing Day' },
  midsummerEve: { sv: 'midsommarafton', en: 'Midsummer Eve' },
  christmasEve: { sv: 'julafton', en: 'Christmas Eve' },
  newYearsEve: { sv: 'nyårsafton', en: "New Year's Eve" },
};

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < SWEDISH_CALENDAR_YEARS.min || year > SWEDISH_CALENDAR_YEARS.max) {
    throw new RangeError(
      `Swedish holidays are computed for the years ${SWEDISH_CALENDAR_YEARS.min}–${SWEDISH_CALENDAR_YEARS.max}, got ${year}`,
    );
  }
}

/**
 * Påskdagen — Easter Sunday by the Gregorian computus (the anonymous algorithm as given by
 * Meeus, "Astronomical Algorithms"), valid for every Gregorian year.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The Saturday on or after `date` (the law's "the Saturday that falls between …"). */
function saturdayFrom(date: string): string {
  return addDays(date, (6 - isoWeekday(date) + 7) % 7);
}

function day(date: string, key: SwedishDayOffKey, kind: SwedishDayOffKind): SwedishDayOff {
  return Object.freeze({ date, key, name: Object.freeze({ ...SwedishDayOffLabels[key] }), kind });
}

const byDate = (a: SwedishDayOff, b: SwedishDayOff) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

interface YearCalendar {
  holidays: readonly SwedishDayOff[];
  daysOff: readonly SwedishDayOff[];
  byDate: ReadonlyMap<string, SwedishDayOff>;
}

/** Per-year cache: a year plan asks about every day of a year, so each year is computed once. */
const cache = new Map<number, YearCalendar>();

function calendarOf(year: number): YearCalendar {
  const cached = cache.get(year);
  if (cached) return cached;
  assertYear(year);
  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(isoDate(year, 6, 20));
  const holidays = [
    day(isoDate(year, 1, 1), 'newYearsDay', 'holiday'),
    day(isoDate(year, 1, 6), 'epiphany', 'holiday'),
    day(addDays(easter, -2), 'goodFriday', 'holiday'),
    day(easter, 'easterSunday', 'holiday'),
    day(addDays(easter, 1), 'easterMonday', 'holiday'),
    day(isoDate(year, 5, 1), 'mayDay', 'holiday'),
    day(addDays(easter, 39), 'ascensionDay', 'holiday'),
    day(addDays(easter, 49), 'whitSunday', 'holiday'),
    // Until 2004 the law had annandag pingst; from 2005 the national day took its place.
    year >= 2005 ? day(isoDate(year, 6, 6), 'nationalDay', 'holiday') : day(addDays(easter, 50), 'whitMonday', 'holiday'),
    day(midsummerDay, 'midsummerDay', 'holiday'),
    day(saturdayFrom(isoDate(year, 10, 31)), 'allSaintsDay', 'holiday'),
    day(isoDate(year, 12, 25), 'christmasDay', 'holiday'),
    day(isoDate(year, 12, 26), 'boxingDay', 'holiday'),
  ].sort(byDate);
  const eves = [
    day(addDays(midsummerDay, -1), 'midsummerEve', 'eve'),
    day(isoDate(year, 12, 24), 'christmasEve', 'eve'),
    day(isoDate(year, 12, 31), 'newYearsEve', 'eve'),
  ];
  const daysOff = [...holidays, ...eves].sort(byDate);
  const calendar: YearCalendar = {
    holidays: Object.freeze(holidays),
    daysOff: Object.freeze(daysOff),
    byDate: new Map(daysOff.map((d) => [d.date, d])),
  };
  cache.set(year, calendar);
  return calendar;
}

/**
 * Allmänna helgdagar of `year` in date order: the 13 public holidays of lagen (1989:253)
 * (Sundays among them included, e.g. påskdagen). Throws a RangeError for a year outside
 * {@link SWEDISH_CALENDAR_YEARS} — a programming error, not user input.
 */
export function swedishPublicHolidays(year: number): SwedishDayOff[] {
  return [...calendarOf(year).holidays];
}

/**
 * The public holidays plus the eves Swedish workplaces treat as days off (midsommarafton,
 * julafton, nyårsafton, kind `'eve'`), in date order. Weekends are not listed.
 */
export function swedishDaysOff(year: number): SwedishDayOff[] {
  return [...calendarOf(year).daysOff];
}

/** The named day off (holiday or eve) on `date`, if any; weekends are not named days. */
export function swedishDayOffOn(date: string): SwedishDayOff | undefined {
  return calendarOf(Number(date.slice(0, 4))).byDate.get(date);
}

/** Lördag or söndag. */
export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/**
 * Whether nobody is expected at work on `date` in Sweden: a Saturday or Sunday, a public
 * holiday, or one of the eves (midsommarafton, julafton, nyårsafton). WEEKENDS COUNT.
 * Throws a RangeError for a date outside {@link SWEDISH_CALENDAR_YEARS}.
 */
export function isSwedishDayOff(date: string): boolean {
  return isWeekend(date) || swedishDayOffOn(date) !== undefined;
}

/** A Swedish working day (vardag that is not a holiday or eve): the opposite of {@link isSwedishDayOff}. */
export function isWorkingDay(date: string): boolean {
  return !isSwedishDayOff(date);
}
