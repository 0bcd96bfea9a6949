/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without a date library. Dates are civil
 * dates in Sweden; instants (`at`) are converted to the Europe/Stockholm calendar day so a
 * deadline means the same day for everyone in the network.
 */

const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` to a UTC midnight timestamp. */
function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Builds an ISO date from year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return fromUtc(Date.UTC(year, month - 1, day));
}

/** The date `days` calendar days after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(toUtc(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

const stockholm = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const HOUR_MS = 3_600_000;
/** Since 1900 Stockholm's time has been UTC plus whole hours, changed on the hour. */
const WHOLE_HOURS_FROM = Date.UTC(1901, 0, 1);
/** The Swedish day of each UTC hour asked about (formatting a date costs far more than a lookup). */
const dayOfHour = new Map<number, string>();

/**
 * The Swedish calendar day of an instant (ISO date-time with offset) or of a plain date. Every
 * instant of one UTC hour (since 1901) falls on the same Swedish day, so the day is worked out
 * once per hour: replay asks for it on most events, and the hours of a log are few.
 */
export function swedishDate(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const ms = Date.parse(at);
  if (!(ms >= WHOLE_HOURS_FROM)) return stockholm.format(new Date(at));
  const hour = Math.floor(ms / HOUR_MS);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    if (dayOfHour.size >= 50_000) dayOfHour.clear();
    dayOfHour.set(hour, (day = stockholm.format(new Date(hour * HOUR_MS))));
  }
  return day;
}
