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

/** A calendar day (`2019-01-24`) in words: "24 januari 2019" / "24 January 2019". */
export function formatDate(isoDate: string, locale: Locale = 'sv', style: 'long' | 'short' = 'long'): string {
  const day = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return dateFormat(locale, { dateStyle: style === 'long' ? 'long' : 'short', timeZone: 'UTC' }).format(day);
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

/** The clock time of an instant in Stockholm: "09:30". */
export function formatTime(instant: string, locale: Locale = 'sv'): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(at);
}
