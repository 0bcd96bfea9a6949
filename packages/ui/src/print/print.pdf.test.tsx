/**
 * Every print view printed to PDF as a person would print the page in the app: the document
 * inside an app page with its chrome — a person switcher, navigation, buttons, a side panel —
 * rendered with the kit's stylesheet, printed by Debian's Chromium (playwright-core's
 * `page.pdf`, the page's own `@page` size), and read back with poppler's `pdftotext` and
 * `pdfinfo`: the document's content is there, nothing of the chrome is, every page is A4, and
 * an agenda item is never split across two pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '@samverkan/core';
import { attendanceListDocument, esfReportPrintDocument, mandatePrintDocument, minutesDocument, noticeDocument } from '@samverkan/core/documents';
import { createSampleRuntime } from '@samverkan/core/samples';
import { chromium, type Browser } from 'playwright-core';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../i18n/format.js';
import { LocaleProvider } from '../i18n/locale.js';
import { AttendanceListPrint } from './attendance-list-print.js';
import { EsfReportPrint } from './esf-report-print.js';
import { MandatePrint } from './mandate-print.js';
import { MinutesPrint } from './minutes-print.js';
import { NoticePrint } from './notice-print.js';

/** Debian's Chromium and the flags this machine's closed network needs (as vitest.chromium.ts). */
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The kit's stylesheet as tsup ships it: the tokens, then the themes, then every component. */
function kitStylesheet(): string {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.css') && !path.endsWith('theme-stories.css') ? [path] : [];
    });
  const rank = (path: string) => (path.endsWith('/theme/tokens.css') ? 0 : path.includes('/theme/') ? 1 : 2);
  const src = join(import.meta.dirname, '..');
  return files(src)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/** What an app wraps a document in, none of which may be printed. */
const chrome = ['Du agerar som', 'Samverkan – demo', 'Översikt', 'Årsplan', 'Skriv ut', 'Publicera dagordningen', 'Sidopanel: kommande möten', 'Tillgänglighetsredogörelse'];

function appPage(document: ReactNode, locale: Locale): string {
  return renderToStaticMarkup(
    <LocaleProvider locale={locale}>
      <div data-sv-theme="" data-color-scheme="dark" lang={locale} className="sv-root" style={{ display: 'grid', gridTemplateColumns: '16rem 1fr 14rem', gap: '2rem', padding: '1rem' }}>
        <header style={{ gridColumn: '1 / -1' }}>
          <p>Samverkan – demo</p>
          <label>
            Du agerar som
            <select defaultValue="1">
              <option value="1">Helena Vik, processledare</option>
            </select>
          </label>
        </header>
        <nav aria-label="Meny">
          <ul>
            <li>
              <a href="/oversikt">Översikt</a>
            </li>
            <li>
              <a href="/arsplan">Årsplan</a>
            </li>
          </ul>
        </nav>
        <main>
          <div role="toolbar">
            <button type="button">Skriv ut</button>
            <button type="button" disabled>
              Publicera dagordningen
            </button>
          </div>
          {document}
        </main>
        <aside>Sidopanel: kommande möten</aside>
        <footer style={{ gridColumn: '1 / -1' }}>
          <a href="/tillganglighet">Tillgänglighetsredogörelse</a>
        </footer>
      </div>
    </LocaleProvider>,
  );
}

let browser: Browser;
let dir: string;
let css: string;

beforeAll(async () => {
  for (const tool of ['pdftotext', 'pdfinfo']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} (Debian's poppler-utils) is not installed: run \`bash scripts/bootstrap.sh --browser\` at the repository's root.`);
    }
  }
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  dir = mkdtempSync(join(tmpdir(), 'samverkan-print-'));
  css = kitStylesheet();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Printed {
  /** The text of every page, as pdftotext reads it in the order Chromium wrote it (-raw: a table cell's lines stay together). */
  pages: string[];
  text: string;
  /** Each page's size in points. */
  sizes: Array<[number, number]>;
}

/** Prints `body` (with or without the kit's stylesheet) to PDF and reads it back. */
async function print(name: string, body: string, locale: Locale, withStylesheet = true): Promise<Printed> {
  const page = await browser.newPage({ locale: locale === 'sv' ? 'sv-SE' : 'en-GB', timezoneId: 'Europe/Stockholm' });
  try {
    await page.setContent(`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${name}</title>${withStylesheet ? `<style>${css}</style>` : ''}</head><body>${body}</body></html>`);
    const file = join(dir, `${name}.pdf`);
    // The page's own @page size: what a person printing from the browser gets.
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', file], { encoding: 'utf8' });
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
    const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
    return { pages, text: pages.join('\n'), sizes };
  } finally {
    await page.close();
  }
}

/** Runs of whitespace as one space, so a check reads across pdftotext's layout. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** No whitespace at all, for text a table cell or the page's edge may wrap. */
const squashed = (text: string) => text.replace(/\s+/g, '');

function expectA4AndNoChrome(printed: Printed) {
  expect(printed.sizes.length).toBe(printed.pages.length);
  // A4 is 210 × 297 mm: 595.28 × 841.89 points.
  for (const [width, height] of printed.sizes) {
    expect(width).toBeCloseTo(595.28, 0);
    expect(height).toBeCloseTo(841.89, 0);
  }
  for (const piece of chrome) expect(printed.text, piece).not.toContain(piece);
}

describe('print views as PDF', () => {
  it('the notice (kallelse): the meeting, every item with its time and presenter, each item on one page', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const notice = noticeDocument(runtime.getState(), 'fyrbodal:mote-2019-03-21')!;
    const printed = await print('kallelse', appPage(<NoticePrint notice={notice} />, 'sv'), 'sv');
    expectA4AndNoChrome(printed);
    const text = flat(printed.text);
    expect(text).toContain('E-hälsonätverket i Fyrbodal · Kallelse');
    expect(text).toContain('Nätverksmöte 2/2019');
    expect(text).toMatch(/21 mars 2019 (kl\. )?09:00–12:00/);
    expect(text).toContain('Konferensrum Kungsörn, Fyrbodals kommunalförbund, Vänersborg');
    expect(text).toContain('Dagordningen gick ut sent');
    for (const item of notice.items) {
      // The item's title and its line of time and presenter are on the same page.
      const page = printed.pages.find((p) => flat(p).includes(`${item.number}. ${item.title}`));
      expect(page, item.title).toBeDefined();
      expect(flat(page!)).toContain(`${item.presenterIsProposer ? 'Föreslagen av' : 'Föredragande'}: ${item.presenter}`);
    }
    expect(text).toContain(`Planerad tid totalt: ${notice.totalMinutes} min`);
  });

  it('the minutes: present, notes and decisions, actions, the approval and the fingerprint', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const minutes = minutesDocument(runtime.getState(), 'fyrbodal:mote-2019-03-21')!;
    const printed = await print('minnesanteckningar', appPage(<MinutesPrint minutes={minutes} />, 'sv'), 'sv');
    expectA4AndNoChrome(printed);
    const text = flat(printed.text);
    expect(text).toContain('E-hälsonätverket i Fyrbodal · Minnesanteckningar');
    expect(text).toContain('Karin Ekdahl, Dals-Ed');
    expect(text).toContain('Nätverket föreslår e-rådet en gemensam upphandling av digitala trygghetslarm 2020.');
    expect(text).toContain('Skriva underlaget om trygghetslarm till e-rådet');
    expect(text).toMatch(/Justerade av Helena Vik 28 mars 2019/);
    expect(text).toContain('Allmän handling');
    // The fingerprint in full, all 64 hex digits (pdftotext may wrap it at the line's end).
    expect(squashed(printed.text)).toContain(minutes.fingerprint!);
    expect(minutes.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('draft minutes print as a draft, without a fingerprint', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const minutes = minutesDocument(runtime.getState(), 'fyrbodal:mote-2019-10-17')!;
    const printed = await print('utkast', appPage(<MinutesPrint minutes={minutes} />, 'sv'), 'sv');
    expectA4AndNoChrome(printed);
    expect(flat(printed.text)).toContain('Utkast – ej justerade');
    expect(printed.text).not.toContain('Fingeravtryck');
  });

  it('the attendance list: everyone with organisation and attendance, and the totals', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const list = attendanceListDocument(runtime.getState(), 'fyrbodal:mote-2019-03-21')!;
    const printed = await print('deltagarlista', appPage(<AttendanceListPrint list={list} />, 'sv'), 'sv');
    expectA4AndNoChrome(printed);
    const text = flat(printed.text);
    expect(text).toContain('E-hälsonätverket i Fyrbodal · Deltagarlista');
    for (const line of list.lines) expect(squashed(printed.text), line.name).toContain(squashed(`${line.name}${line.organisation}`));
    expect(text).toMatch(/Karin Ekdahl\s+Dals-Ed\s+Närvarande\s+På plats/);
    // The header row is repeated on every page the table runs over.
    for (const page of printed.pages) if (page.includes('Närvarande')) expect(flat(page)).toContain('Namn Organisation Närvaro Deltog Ersätter');
    expect(text).toContain('Organisationer med någon närvarande 11');
  });

  it('the mandate: its sections, the approved version’s fingerprint and the version history', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const doc = mandatePrintDocument(runtime.getState(), 'fyrbodal:uppdrag-e-halsonatverket')!;
    const printed = await print('uppdragsbeskrivning', appPage(<MandatePrint document={doc} />, 'sv'), 'sv');
    expectA4AndNoChrome(printed);
    const text = flat(printed.text);
    expect(text).toContain(`E-hälsonätverket i Fyrbodal · Uppdragsbeskrivning`);
    expect(squashed(printed.text)).toContain(squashed(doc.mandate.title));
    for (const heading of ['Bakgrund', 'Syfte', 'Avgränsning', 'Uppdrag', 'Tidplan', 'Versionshistorik']) expect(text, heading).toContain(heading);
    expect(squashed(printed.text)).toContain(squashed('1.0 (fastställd, allmän handling)'));
    for (const row of doc.history!.rows) expect(text).toContain(`${formatDate(row.date!, 'sv', 'short')} ${row.version}`);
    expect(squashed(printed.text)).toContain(doc.latestApproved!.fingerprint);
  });

  it('the ESF report: per category with the total, every time report, in Swedish figures', async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const doc = esfReportPrintDocument(runtime.getState());
    const printed = await print('esf-rapport', appPage(<EsfReportPrint document={doc} />, 'sv'), 'sv');
    expectA4AndNoChrome(printed);
    const text = flat(printed.text);
    expect(text).toContain('eHälsalyftet · ESF-rapport');
    expect(text).toMatch(/Totalt 90 90 37 090 kr/);
    // Every time report's day, in words as a reader writes it (11 okt. 2016), once per report.
    const day = formatDate('2016-10-11', 'sv', 'short');
    expect(day).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text.split(day).length - 1).toBe(doc.report.lines.filter((l) => l.report.date === '2016-10-11').length);
  });

  it('prints in English too', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const minutes = minutesDocument(runtime.getState(), 'fyrbodal:mote-2019-03-21', 'en')!;
    const printed = await print('minutes-en', appPage(<MinutesPrint minutes={minutes} locale="en" />, 'en'), 'en');
    expectA4AndNoChrome(printed);
    const text = flat(printed.text);
    expect(text).toContain('Minutes');
    expect(text).toMatch(/Approved by Helena Vik 28 March 2019/);
    expect(text).not.toContain('Justerade');
  });

  it('without the kit’s print stylesheet the same page prints the app’s chrome (so the checks above can fail)', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const notice = noticeDocument(runtime.getState(), 'fyrbodal:mote-2019-03-21')!;
    const printed = await print('utan-stilmall', appPage(<NoticePrint notice={notice} />, 'sv'), 'sv', false);
    expect(printed.text).toContain('Du agerar som');
    expect(printed.text).toContain('Publicera dagordningen');
    // And without the stylesheet's @page, Chromium's default paper is US Letter, not A4.
    expect(printed.sizes[0]![0]).toBeCloseTo(612, 0);
  });
});
