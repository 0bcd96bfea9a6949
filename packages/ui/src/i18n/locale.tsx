/**
 * Språk — the kit speaks Swedish by default and English on request. One provider sets the
 * language for every component below it and for react-aria's own strings and date fields
 * (`sv-SE` / `en-GB`); a component's `locale` prop overrides it for that component.
 */
import type { Locale, LocalizedText } from '@samverkan/core';
import { createContext, useContext, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';

const LocaleContext = createContext<Locale>('sv');

/** The BCP 47 tag the kit formats with for each language. */
export const localeTags: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

export interface LocaleProviderProps {
  /** `'sv'` (default) or `'en'`. */
  locale?: Locale;
  children?: ReactNode;
}

export function LocaleProvider({ locale = 'sv', children }: LocaleProviderProps) {
  return (
    <LocaleContext.Provider value={locale}>
      <I18nProvider locale={localeTags[locale]}>{children}</I18nProvider>
    </LocaleContext.Provider>
  );
}

/** The language in force: the given override, else the nearest `LocaleProvider`'s, else Swedish. */
export function useLocale(override?: Locale): Locale {
  const fromContext = useContext(LocaleContext);
  return override ?? fromContext;
}

/** Picks the text in `locale` from a `{ sv, en }` pair. */
export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
