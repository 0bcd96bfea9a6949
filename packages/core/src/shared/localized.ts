/** The languages core speaks. Swedish is the default everywhere (Swedish first). */
export type Locale = 'sv' | 'en';

/** A text in both languages; every message core produces for people is one of these. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** Picks the text for a locale, Swedish when none is given. */
export function textFor(text: LocalizedText, locale: Locale = 'sv'): string {
  return text[locale];
}
