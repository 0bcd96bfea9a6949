/**
 * Instants and calendar days as people read them, in Swedish time: «5 december 2019 kl. 09:00»
 * and «5 December 2019, 09:00», «21 november 2019» and «21 November 2019». Messages that
 * explain a refusal use these instead of ISO timestamps and dates.
 */
import type { LocalizedText } from './localized.js';

const formats = {
  sv: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
};

/** An instant in both languages; text that is not an instant comes back as it is. */
export function readableInstant(at: string): LocalizedText {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return { sv: at, en: at };
  const date = new Date(time);
  return { sv: formats.sv.format(date), en: formats.en.format(date) };
}

const dayFormats = {
  sv: new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
};

/** A calendar day (`2019-11-21`) in both languages; text that is not a day comes back as it is. */
export function readableDate(day: string): LocalizedText {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { sv: day, en: day };
  const noon = Date.parse(`${day}T12:00:00Z`);
  if (Number.isNaN(noon)) return { sv: day, en: day };
  const date = new Date(noon);
  return { sv: dayFormats.sv.format(date), en: dayFormats.en.format(date) };
}
