/** The languages core writes its own texts in. Swedish is the default everywhere (Swedish first). */
export type Locale = 'sv' | 'en';

/**
 * A language as a BCP 47 tag: core's own `sv` and `en`, and any further language a region writes
 * its texts or its wording in — e.g. `fi` (finska) or `se`, `smj`, `sma` (nord-, lule- and
 * sydsamiska) for municipalities in the national-minority administrative areas, or `yi`, `rmy`.
 */
export type Language = Locale | (string & {});

/**
 * A text in both of core's languages, and in any further ones (keyed by language tag). Every
 * message core produces for people is one of these; data a region writes may add languages.
 */
export interface LocalizedText {
  sv: string;
  en: string;
  /** Further languages, e.g. `fi`, `se`. */
  [language: string]: string | undefined;
}

/**
 * The text in a language: that language where the text has it, else Swedish (the language every
 * text has), so a reader of a further language never sees an empty label.
 */
export function textFor(text: LocalizedText, language: Language = 'sv'): string {
  const own = text[language];
  return typeof own === 'string' && own !== '' ? own : text.sv;
}
