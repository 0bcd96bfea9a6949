/**
 * Instants as people read them, in Swedish time: «5 december 2019 kl. 09:00» and «5 December
 * 2019, 09:00». Messages that explain a refusal use these instead of ISO timestamps.
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
