/**
 * Dates and numbers as Swedish readers expect them (`sv-SE`: "24 januari 2019", "1 234,5",
 * "12 345 kr"), or in English. Calendar days (YYYY-MM-DD) are formatted as the day they name —
 * never shifted by the reader's time zone — and instants in Europe/Stockholm, where every
 * sample network meets.
 */
import type { Locale } from '@samverkan/core';
import { localeTags } from './locale.js';

const TIME_ZONE = 'Europe/Stockholm';
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(localeTags[locale], options);
    cache.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(localeTags[locale], options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A calendar day (`2019-01-24`) in words: "24 januari 2019" / "24 January 2019"; `short` for a
 * narrow column: "24 jan. 2019" / "24 Jan 2019" — never the ISO form, which reads as a code.
 */
export function formatDate(isoDate: string, locale: Locale = 'sv', style: 'long' | 'short' = 'long'): string {
  const day = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return dateFormat(locale, { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** An instant as date and time in Stockholm: "24 januari 2019 09:00". */
export function formatDateTime(instant: string, locale: Locale = 'sv'): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(at);
}

/** The Swedish calendar day (YYYY-MM-DD) of an instant, for `<time dateTime>`. */
export function stockholmDay(instant: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant.slice(0, 10);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A number with the language's separators: "1 234,5" / "1,234.5". */
export function formatNumber(value: number, locale: Locale = 'sv', maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Kronor without öre: "12 345 kr" / "SEK 12,345". */
export function formatSekAmount(value: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(value);
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Stockholm's offset at an instant: `+01:00` in winter, `+02:00` in summer. */
function offsetAt(ms: number): string {
  const name = offsetFormat.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/**
 * A Swedish date and time (`2020-01-30`, `09:00`, as a date and a time field give them) as an
 * ISO instant with Stockholm's offset (`2020-01-30T09:00:00+01:00`), the form core's commands
 * carry; `undefined` when either is not a real date or time.
 */
export function stockholmInstant(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return undefined;
  const hhmmss = time.length === 5 ? `${time}:00` : time;
  const naive = Date.parse(`${date}T${hhmmss}Z`);
  if (Number.isNaN(naive)) return undefined;
  const instant = `${date}T${hhmmss}${offsetAt(naive - 2 * 3_600_000)}`;
  return Number.isNaN(Date.parse(instant)) ? undefined : instant;
}

/** An instant's Stockholm date (`2020-01-30`) and time (`09:00`), for a date and a time field. */
export function stockholmParts(instant: string): { date: string; time: string; seconds: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, seconds: parts.second ?? '00' };
}

/** A time of day in Stockholm: "09:00". */
export function formatTime(instant: string, locale: Locale = 'sv'): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(at);
}
