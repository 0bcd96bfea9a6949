/**
 * The frame of every page: a skip link, a compact banner (the demo's name, the sample, the
 * language, and inside a sample the demo's clock and whom it acts as), the sample's navigation
 * — a menu button on a phone — the main content with the live region for command answers, and
 * a footer. On a phone the banner is one row, so the page's heading is in view at once.
 */
import type { Locale } from '@samverkan/core';
import { useState, type ReactNode } from 'react';
import { FeedbackRegion } from '../app/feedback.js';
import { updatePreferences } from '../app/preferences.js';
import { Link } from '../app/router.js';
import { pathOf, type SamplePage } from '../app/routes.js';
import type { NetworkId } from '../app/samples.js';

const text = {
  skip: { sv: 'Hoppa till innehållet', en: 'Skip to content' },
  switchTo: { sv: 'In English', en: 'På svenska' },
  switchShort: { sv: 'EN', en: 'SV' },
  brand: { sv: 'Samverkan', en: 'Samverkan' },
  demo: { sv: 'demo', en: 'demo' },
  pagesOf: { sv: 'Sidor i exemplet', en: 'Pages of the sample' },
  menu: { sv: 'Meny', en: 'Menu' },
  footer: { sv: 'Påhittade personer. Allt du gör sparas bara i din webbläsare.', en: 'Invented people. Everything you do is kept in your browser only.' },
  footerShared: {
    sv: 'Påhittade personer. Demon körs på en delad server: det du gör sparas där och syns för alla som är inloggade i nätverket.',
    en: 'Invented people. The demo runs on a shared server: what you do is kept there and shows for everyone signed in to the network.',
  },
  pages: {
    overview: { sv: 'Översikt', en: 'Overview' },
    meetings: { sv: 'Möten', en: 'Meetings' },
    year: { sv: 'Årsplan', en: 'Year plan' },
    mandates: { sv: 'Uppdrag', en: 'Mandates' },
    seminars: { sv: 'Seminarier', en: 'Seminars' },
    agreements: { sv: 'Överenskommelser', en: 'Agreements' },
    documents: { sv: 'Planer', en: 'Plans' },
    deliverables: { sv: 'Leveranser', en: 'Deliverables' },
    records: { sv: 'Allmänna handlingar', en: 'Public records' },
    staffing: { sv: 'Bemanning', en: 'Staffing' },
    audit: { sv: 'Händelselogg', en: 'Audit trail' },
    data: { sv: 'Demodata', en: 'Demo data' },
  },
} as const;

export const pageNames = text.pages;

export interface LayoutProps {
  locale: Locale;
  /** Inside a sample: which, its pages, and the banner's tools (the clock and the person menu). */
  sample?: { sampleId: NetworkId; name: string; pages: readonly SamplePage[]; current: SamplePage | undefined; tools?: ReactNode };
  /** On the demo's shared server (the footer says where things are kept). */
  shared?: boolean;
  children: ReactNode;
}

export function Layout({ locale, sample, shared = false, children }: LayoutProps) {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const [menuOpen, setMenuOpen] = useState(false);
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
          <div className="sv-demo-header__tools">
            <button type="button" className="sv-demo-tool sv-demo-language" lang={other} onClick={() => updatePreferences((p) => ({ ...p, locale: other }))}>
              <span className="sv-demo-language__long">{text.switchTo[locale]}</span>
              <span className="sv-demo-language__short" aria-hidden="true">
                {text.switchShort[locale]}
              </span>
            </button>
            {sample?.tools}
            {sample ? (
              <button
                type="button"
                className="sv-demo-tool sv-demo-menu-button"
                aria-expanded={menuOpen}
                aria-controls="sv-demo-nav"
                onClick={() => setMenuOpen((open) => !open)}
              >
                <span className="sv-demo-menu-button__icon" aria-hidden="true" />
                {text.menu[locale]}
              </button>
            ) : null}
          </div>
        </div>
        {sample ? (
          <nav id="sv-demo-nav" className="sv-demo-nav" aria-label={text.pagesOf[locale]} data-open={menuOpen}>
            <ul className="sv-demo-nav__list">
              {sample.pages.map((page) => (
                <li key={page} className="sv-demo-nav__item">
                  <Link
                    className="sv-demo-nav__link"
                    href={pathOf(sample.sampleId, page)}
                    aria-current={sample.current === page ? 'page' : undefined}
                    onClick={() => setMenuOpen(false)}
                  >
                    {text.pages[page][locale]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="sv-demo-main" tabIndex={-1}>
        <FeedbackRegion />
        {children}
      </main>
      <footer className="sv-demo-footer">
        <p className="sv-demo-footer__note">{(shared ? text.footerShared : text.footer)[locale]}</p>
      </footer>
    </div>
  );
}
