/**
 * ScrollRegion — where a data table that cannot reflow scrolls sideways on a narrow screen
 * (320 CSS px, 400 % zoom: the table exception of WCAG 2.1 1.4.10) instead of the page. The
 * region is focusable, so a keyboard can scroll it even when nothing inside is (a published
 * meeting's disabled controls), and named, so a screen reader says what it holds.
 */
import type { Locale } from '@samverkan/core';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale.js';

export interface ScrollRegionProps {
  /** What the table shows, e.g. «Versionshistorik»; the region is named «Versionshistorik, tabell». */
  label: string;
  children?: ReactNode;
  locale?: Locale;
}

const text = { table: { sv: 'tabell', en: 'table' } } as const;

export function ScrollRegion({ label, children, locale: localeProp }: ScrollRegionProps) {
  const locale = useLocale(localeProp);
  return (
    <div className="sv-scroll-region" role="region" aria-label={`${label}, ${text.table[locale]}`} tabIndex={0}>
      {children}
    </div>
  );
}
