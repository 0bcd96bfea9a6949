/**
 * Instants and days as people read them, in Swedish time, in the reader's language: «5 december
 * 2019 kl. 09:00» and «5 December 2019, 09:00»; «26 februari 2026». Messages that explain a
 * refusal or a warning use these instead of ISO timestamps. Core writes Swedish and English;
 * `readableInstantIn` and `readableDateIn` give any further language `Intl` knows (`fi`, `se`).
 */
import type { Language, LocalizedText } from './localized.js';

const instantOptions: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' };
const dateOptions: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
const tags: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, options: Intl.DateTimeFormatOptions, kind: 'instant' | 'date'): Intl.DateTimeFormat {
  const key = `${kind}:${language}`;
  let found = formats.get(key);
  if (!found) {
    let tag = tags[language] ?? language;
    try {
      found = new Intl.DateTimeFormat(tag, options);
    } catch {
      tag = 'sv-SE';
      found = new Intl.DateTimeFormat(tag, options);
    }
    formats.set(key, found);
  }
  return found;
}

/** An instant in one language; text that is not an instant comes back as it is. */
export function readableInstantIn(at: string, language: Language): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : format(language, instantOptions, 'instant').format(new Date(time));
}

/** An instant in both languages; text that is not an instant comes back as it is. */
export function readableInstant(at: string): LocalizedText {
  return { sv: readableInstantIn(at, 'sv'), en: readableInstantIn(at, 'en') };
}

/** A calendar day (`YYYY-MM-DD`) in one language; anything else comes back as it is. */
export function readableDateIn(date: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : format(language, dateOptions, 'date').format(new Date(time));
}

/** A calendar day in both languages: «26 februari 2026» / «26 February 2026». */
export function readableDate(date: string): LocalizedText {
  return { sv: readableDateIn(date, 'sv'), en: readableDateIn(date, 'en') };
}
