/**
 * axe-core (injected into the page) at WCAG 2.1 A and AA on every page of the demo — every
 * kind of page, and meetings in each lifecycle state — at 1280 px and on a 390 px phone, each in
 * Swedish and in English, and at 320 px wide (what 400 % zoom of a 1280 px window gives), where
 * the page must also reflow without scrolling sideways. On every page and in both languages, the
 * text a person can read (closed «Varför kan jag inte …?» disclosures included) holds no ISO
 * timestamp or date and no internal path or id (`records[8].substituteFor`, `«reason»`,
 * `fyrbodal:person-003`).
 *
 * One test per page and pass, each in a fresh browser context, so that a slow page on a busy
 * machine costs its own test a few seconds instead of pushing one long loop over its timeout,
 * and a failure names the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './support/axe.js';
import { newPage, open, useBrowser } from './support/browser.js';
import { loadOwnNetwork } from './support/own-network-file.js';

useBrowser();

/**
 * Every page, with its Swedish title (before « – Samverkan demo»); `own`: a page of a network of
 * one's own, read in from a file first (support/own-network-file.ts).
 */
const pages: { path: string; title: string; own?: boolean }[] = [
  { path: '/', title: 'Välj ett exempelnätverk' },
  { path: '/fyrbodal', title: 'Översikt – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/meetings', title: 'Möten – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/meetings/mote-2020-01-23', title: 'Nätverksmöte 1/2020 – Fyrbodals e-hälsonätverk' }, // planned
  { path: '/fyrbodal/meetings/mote-2019-12-05', title: 'Nätverksmöte 6/2019 – Fyrbodals e-hälsonätverk' }, // collecting agenda items
  { path: '/fyrbodal/meetings/mote-2019-10-17', title: 'Nätverksmöte 5/2019 – Fyrbodals e-hälsonätverk' }, // held, draft minutes
  { path: '/fyrbodal/meetings/mote-2019-05-16', title: 'Nätverksmöte 3/2019 – Fyrbodals e-hälsonätverk' }, // published minutes
  { path: '/fyrbodal/meetings/mote-2019-08-29', title: 'Nätverksmöte 4/2019 – Fyrbodals e-hälsonätverk' }, // cancelled
  { path: '/fyrbodal/year', title: 'Årsplan – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/mandates', title: 'Uppdrag – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/mandates/uppdrag-e-halsonatverket', title: 'Uppdragsbeskrivning – Nätverket för e-hälsa i Fyrbodal – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/deliverables', title: 'Leveranser – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/records', title: 'Allmänna handlingar – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/print/notice/mote-2019-12-05', title: 'Kallelse – Nätverksmöte 6/2019 – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/print/minutes/mote-2019-05-16', title: 'Minnesanteckningar – Nätverksmöte 3/2019 – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/print/mandate/uppdrag-e-halsonatverket', title: 'Utskrift – Uppdragsbeskrivning – Nätverket för e-hälsa i Fyrbodal – Fyrbodals e-hälsonätverk' },
  { path: '/ehalsalyftet/print/esf', title: 'ESF-rapport – eHälsalyftet' },
  { path: '/fyrbodal/staffing', title: 'Bemanning och roller – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/audit', title: 'Händelselogg – Fyrbodals e-hälsonätverk' },
  { path: '/fyrbodal/data', title: 'Demodata – Fyrbodals e-hälsonätverk' },
  { path: '/ehalsalyftet', title: 'Översikt – eHälsalyftet' },
  { path: '/ehalsalyftet/seminars', title: 'Seminarieprogram – eHälsalyftet' },
  { path: '/ehalsalyftet/documents', title: 'Kommunikationsplaner och riskanalyser – eHälsalyftet' },
  { path: '/ehalsalyftet/meetings/natverkstraff-tema-2', title: 'Nätverksträff inför Journalen via nätet och invånarens e-tjänster – eHälsalyftet' },
  { path: '/orebro', title: 'Översikt – Örebro läns länsdelsgrupper' },
  { path: '/orebro/mandates/uppdrag-norra-lansdelen', title: 'Lokal uppdragsbeskrivning Samverkansledare – Norra länsdelen – Örebro läns länsdelsgrupper' },
  { path: '/orebro/meetings/orebro-mote-2026-10-13', title: 'Länsdelsgrupp Örebro, möte 2 – Örebro läns länsdelsgrupper' }, // agenda published
  { path: '/dalarna', title: 'Översikt – Omställningsuppdraget i Dalarna' },
  { path: '/dalarna/documents', title: 'Kommunikationsplaner och riskanalyser – Omställningsuppdraget i Dalarna' },
  { path: '/dalarna/agreements', title: 'Överenskommelser – Omställningsuppdraget i Dalarna' },
  { path: '/dalarna/agreements/overenskommelse-hsih', title: 'Överenskommelse om hälso- och sjukvård i hemmet – Omställningsuppdraget i Dalarna' },
  { path: '/dalarna/meetings/styrgrupp-2026-11-17', title: 'Styrgruppsmöte 9 – Omställningsuppdraget i Dalarna' },
  { path: '/sjolunda', title: 'Översikt – Länsgemensam ledning i Sjölunda län' },
  { path: '/sjolunda/meetings/mote-2025-03-19', title: 'Samverkansberedningen – trygg hemgång – Länsgemensam ledning i Sjölunda län' }, // as needed, rotating chair, published minutes
  { path: '/eget-natverk', title: 'Ett eget nätverk' },
  { path: '/eget', title: 'Översikt – Kustnätet för vård och omsorg', own: true },
  { path: '/eget/meetings', title: 'Möten – Kustnätet för vård och omsorg', own: true }, // planning a meeting as needed
  { path: '/eget/staffing', title: 'Bemanning och roller – Kustnätet för vård och omsorg', own: true }, // a vacancy to fill, a person to add
  { path: '/eget/data', title: 'Demodata – Kustnätet för vård och omsorg', own: true },
  { path: '/sjolunda/staffing', title: 'Bemanning och roller – Länsgemensam ledning i Sjölunda län' }, // group staffing, setting up a working group
  { path: '/sjolunda/meetings/mote-2025-10-22', title: 'Samverkansberedningen – uppföljning av trygg hemgång – Länsgemensam ledning i Sjölunda län' }, // the meeting's own roles
  { path: '/no-such-page', title: 'Sidan finns inte' },
];

/** The passes over every page: desktop and phone in both languages, and 400 % zoom. */
const passes = [
  { name: 'in Swedish at 1280 px', locale: 'sv', width: 1280 },
  { name: 'in English at 1280 px', locale: 'en', width: 1280 },
  { name: 'in Swedish on a 390 px phone', locale: 'sv', width: 390 },
  { name: 'in English on a 390 px phone', locale: 'en', width: 390 },
  { name: 'at 320 px wide', locale: 'sv', width: 320 },
] as const;

/**
 * What a person should never have to read: ISO dates and timestamps, paths and keys of the
 * data (`records[8].substituteFor`, `item.title`, `«reason»`), and ids (`fyrbodal:person-003`,
 * `meeting:fyrbodal:…`).
 */
const internals: { name: string; pattern: RegExp }[] = [
  { name: 'ISO timestamp', pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/ },
  { name: 'ISO date', pattern: /\b(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/ },
  { name: 'path with an index', pattern: /\b[a-z]\w*\[\d+\]/ },
  { name: 'dotted path', pattern: /\b[a-z]+[A-Z]\w*\.[a-z]\w*\b|\b[a-z]+\.[a-z]+[A-Z]\w*\b/ },
  { name: 'quoted field name', pattern: /[«“][a-z]+[A-Z]\w*[»”]|«(reason|hours|title|change|text|comment)»/ },
  { name: 'id', pattern: /\b(fyrbodal|ehalsalyftet|orebro|dalarna|meeting|mandate|seminar|theme|agreement|deliverable):[\w:-]+/ },
];

/**
 * Every text a person can read or open on the page — closed disclosures and visually hidden
 * text included, scripts and styles not — one text node after another with a space between, so
 * the end of one sentence and the start of the next heading never read as one word.
 */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
    return parts.join(' ');
  });
}

/** Each place the text holds something internal, with a little of its context. */
function findInternals(text: string): string[] {
  return internals.flatMap(({ name, pattern }) => {
    const found = new RegExp(pattern.source, 'g');
    return [...text.matchAll(found)].map((m) => `${name}: «${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).replace(/\s+/g, ' ')}»`);
  });
}

/**
 * A page axe and the reflow check need a few seconds for on a quiet machine; a minute leaves room
 * for a 2-core machine that is also building, type-checking and running other browsers.
 */
const pageTimeout = 60_000;

/**
 * The demo keeps the visitor's language in localStorage (what the language button writes);
 * an English pass starts each fresh context with it, as a visitor who chose English earlier.
 */
async function chooseEnglish(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const key = 'samverkan-demo:preferences';
    if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ locale: 'en', actors: {}, clocks: {} }));
  });
}

it('finds what a person should not have to read, and nothing in plain words', () => {
  expect(findInternals('Mötet börjar 2019-12-05T09:00:00+01:00; det kan inte hållas före det.').map((f) => f.split(':')[0])).toContain('ISO timestamp');
  expect(findInternals('Ogiltiga uppgifter: «records[8].substituteFor» en ersättare måste ange vem hen ersätter')).not.toEqual([]);
  expect(findInternals('«reason» får inte vara tom')).not.toEqual([]);
  expect(findInternals('Sista dag för agenda 2019-11-21: Sista dag för agendan närmar sig')).not.toEqual([]);
  expect(findInternals('Karin Ekdahl (fyrbodal:person-003)')).not.toEqual([]);
  expect(findInternals('Mötet börjar 5 december 2019 kl. 09:00 och kan inte hållas före det. Skäl till att mötet ställs in: får inte vara tom. Version 1.0, dnr 2019/123.')).toEqual([]);
});

it('lists each page once, under a title of its own', () => {
  expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
});

it('switches to English with the language button, and stays in English on the next page', async () => {
  const page = await newPage();
  await open(page, '/');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a sample network' }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await open(page, '/no-such-page');
  await expect(page.title()).resolves.toBe('Page not found – Samverkan demo');
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
});

for (const pass of passes) {
  // Two pages at a time (maxConcurrency in vitest.config.ts): each has its own browser context.
  describe.concurrent(`every page ${pass.name}`, () => {
    it.for(pages)('$path', { timeout: pageTimeout }, async ({ path, title, own }, { onTestFinished }) => {
      const page = await newPage({ width: pass.width, onFinished: onTestFinished });
      if (pass.locale === 'en') await chooseEnglish(page);
      if (own) await loadOwnNetwork(page);
      await open(page, path);
      // Let lazy pages and the sample's first load settle: no "loading" text left.
      await page.waitForFunction(() => !document.body.innerText.includes('Laddar') && !document.body.innerText.includes('Loading'));

      const findings = await axe(page);
      expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(pass.locale);
      // One h1 and one main landmark, and the page's own title.
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expect(page.locator('main').count()).resolves.toBe(1);
      if (pass.locale === 'sv') await expect(page.title()).resolves.toBe(`${title} – Samverkan demo`);
      else await expect(page.title()).resolves.toMatch(/ – Samverkan demo$/);
      if (pass.width < 1280) {
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(wide, `${path} scrolls ${wide}px sideways at ${pass.width} px`).toBeLessThanOrEqual(0);
      }
      if (pass.width !== 320) {
        const found = findInternals(await pageText(page));
        expect(found, `${path} shows what a person should not have to read`).toEqual([]);
      }
    });
  });
}

/**
 * The guided form of a network of one's own shows one step at a time: each step, with core's
 * messages where one is refused, passes axe, and at 320 px nothing scrolls sideways.
 */
describe.concurrent('the guided form of a network of one’s own, step by step', () => {
  it.for([1280, 320])('passes at every step at %i px', { timeout: 120_000 }, async (width, { onTestFinished }) => {
    const page = await newPage({ width, onFinished: onTestFinished });
    await open(page, '/eget-natverk');
    const check = async (step: string) => {
      const findings = await axe(page);
      expect(findings, `${step}: ${JSON.stringify(findings, null, 1)}`).toEqual([]);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(wide, `${step} scrolls ${wide}px sideways at ${width} px`).toBeLessThanOrEqual(0);
      const found = findInternals(await pageText(page));
      expect(found, `${step} shows what a person should not have to read`).toEqual([]);
    };
    const next = async (heading: string) => {
      await page.getByRole('button', { name: 'Nästa' }).click();
      await page.getByRole('heading', { name: new RegExp(`: ${heading}$`) }).waitFor();
    };
    // Refused first: core's messages beside the fields and in the summary.
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.locator('.sv-demo-wizard .sv-error-summary').waitFor();
    await check('the network, refused');
    await page.getByLabel('Nätverkets namn').fill('Skärgårdens vårdnätverk');
    await page.getByLabel('Beskrivning').fill('Region och kommun samordnar vården i skärgården.');
    await next('Organisationer');
    await check('organisations');
    await page.getByLabel('Namn (organisation 1)').fill('Region Skärgård');
    await page.getByLabel('Namn (organisation 2)').fill('Holmö kommun');
    await next('Personer');
    await page.getByRole('button', { name: 'Lägg till en person' }).click();
    await page.getByRole('button', { name: 'Lägg till en person' }).click();
    await page.getByLabel('Namn (person 1)').fill('Lisa Fjärding');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.locator('#field-people\\.1\\.name-error').waitFor();
    await check('people, refused');
    await page.getByLabel('Namn (person 2)').fill('Olof Kobbeby');
    await next('Roller och befogenheter');
    await page.locator('.sv-demo-wizard__details summary').first().click();
    await check('roles, one opened');
    await next('Grupp och mötesregler');
    await page.getByLabel('Gruppens namn').fill('Skärgårdsnätverket');
    await check('group');
    await next('Bemanning');
    await page.getByLabel('Person (plats 1)').selectOption({ label: 'Lisa Fjärding' });
    await page.getByLabel('Nätverksadministratör').selectOption({ label: 'Lisa Fjärding' });
    await check('staffing');
    await next('Uppdragsbeskrivning');
    await page.getByLabel('Vem skriver utkastet?').selectOption({ label: 'Lisa Fjärding' });
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.locator('.sv-demo-wizard .sv-error-summary').waitFor();
    await check('mandate, refused');
  });
});
