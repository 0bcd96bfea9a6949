/**
 * The frame of every page: a skip link, the banner with the language switch (and, inside a
 * sample, whom the demo acts as), the sample's navigation, the main content with the live
 * region for command answers, and a footer saying which day the demo stands at.
 */
import type { Locale } from '@samverkan/core';
import type { ReactNode } from 'react';
import { FeedbackRegion } from '../app/feedback.js';
import { updatePreferences } from '../app/preferences.js';
import { Link } from '../app/router.js';
import { pathOf, type SamplePage } from '../app/routes.js';
import type { SampleId } from '../app/samples.js';

const text = {
  skip: { sv: 'Hoppa till innehållet', en: 'Skip to content' },
  switchTo: { sv: 'In English', en: 'På svenska' },
  brand: { sv: 'Samverkan', en: 'Samverkan' },
  demo: { sv: 'demo', en: 'demo' },
  samples: { sv: 'Exempelnätverk', en: 'Sample networks' },
  pagesOf: { sv: 'Sidor i exemplet', en: 'Pages of the sample' },
  footer: { sv: 'Påhittade personer. Data sparas bara i din webbläsare.', en: 'Invented people. Data are kept in your browser only.' },
  pages: {
    overview: { sv: 'Översikt', en: 'Overview' },
    meetings: { sv: 'Möten', en: 'Meetings' },
    year: { sv: 'Årsplan', en: 'Year plan' },
    mandates: { sv: 'Uppdrag', en: 'Mandates' },
    seminars: { sv: 'Seminarier', en: 'Seminars' },
    agreements: { sv: 'Överenskommelser', en: 'Agreements' },
    documents: { sv: 'Planer', en: 'Plans' },
    deliverables: { sv: 'Leveranser', en: 'Deliverables' },
    staffing: { sv: 'Bemanning', en: 'Staffing' },
    audit: { sv: 'Händelselogg', en: 'Audit trail' },
    data: { sv: 'Demodata', en: 'Demo data' },
  },
} as const;

export const pageNames = text.pages;

export interface LayoutProps {
  locale: Locale;
  /** Inside a sample: which, and the pages it has. */
  sample?: { sampleId: SampleId; name: string; pages: readonly SamplePage[]; current: SamplePage | undefined; roleSwitcher: ReactNode };
  /** What the footer says first (the demo's date, inside a sample). */
  footer?: ReactNode;
  children: ReactNode;
}

export function Layout({ locale, sample, footer, children }: LayoutProps) {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return (
    <div className="sv-root sv-demo" data-sv-theme="" data-color-scheme="light">
      <a className="sv-demo-skip" href="#main">
        {text.skip[locale]}
      </a>
      <header className="sv-demo-header">
        <div className="sv-demo-header__bar">
          <p className="sv-demo-brand">
            <Link className="sv-demo-brand__link" href="/">
              {text.brand[locale]} <span className="sv-demo-brand__tag">{text.demo[locale]}</span>
            </Link>
            {sample ? <span className="sv-demo-brand__sample">{sample.name}</span> : null}
          </p>
          <button
            type="button"
            className="sv-demo-language"
            lang={other}
            onClick={() => updatePreferences((p) => ({ ...p, locale: other }))}
          >
            {text.switchTo[locale]}
          </button>
        </div>
        {sample ? sample.roleSwitcher : null}
      </header>
      {sample ? (
        <nav className="sv-demo-nav" aria-label={text.pagesOf[locale]}>
          <ul className="sv-demo-nav__list">
            {sample.pages.map((page) => (
              <li key={page} className="sv-demo-nav__item">
                <Link
                  className="sv-demo-nav__link"
                  href={pathOf(sample.sampleId, page)}
                  aria-current={sample.current === page ? 'page' : undefined}
                >
                  {text.pages[page][locale]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <main id="main" className="sv-demo-main" tabIndex={-1}>
        <FeedbackRegion />
        {children}
      </main>
      <footer className="sv-demo-footer">
        {footer}
        <p className="sv-demo-footer__note">{text.footer[locale]}</p>
      </footer>
    </div>
  );
}
