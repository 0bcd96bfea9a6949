/**
 * axe-core (injected into the page) at WCAG 2.1 A and AA on every page of the demo — every
 * kind of page, and meetings in each lifecycle state — in Swedish, in English (switched with
 * the language button), and at 320 px wide (what 400 % zoom of a 1280 px window gives), where
 * the page must also reflow without scrolling sideways.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, open, useBrowser } from './support/browser.js';

useBrowser();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const pages = [
  '/',
  '/fyrbodal',
  '/fyrbodal/meetings',
  '/fyrbodal/meetings/mote-2020-01-23', // planned
  '/fyrbodal/meetings/mote-2019-12-05', // collecting agenda items
  '/fyrbodal/meetings/mote-2019-10-17', // held, draft minutes
  '/fyrbodal/meetings/mote-2019-05-16', // published minutes
  '/fyrbodal/meetings/mote-2019-08-29', // cancelled
  '/fyrbodal/year',
  '/fyrbodal/mandates',
  '/fyrbodal/mandates/uppdrag-e-halsonatverket',
  '/fyrbodal/deliverables',
  '/fyrbodal/staffing',
  '/fyrbodal/audit',
  '/fyrbodal/data',
  '/ehalsalyftet',
  '/ehalsalyftet/seminars',
  '/ehalsalyftet/documents',
  '/ehalsalyftet/meetings/natverkstraff-tema-2',
  '/orebro',
  '/orebro/mandates/uppdrag-norra-lansdelen',
  '/orebro/meetings/orebro-mote-2026-10-13', // agenda published
  '/dalarna',
  '/dalarna/documents',
  '/dalarna/agreements',
  '/dalarna/agreements/overenskommelse-hsih',
  '/dalarna/meetings/styrgrupp-2026-11-17',
  '/no-such-page',
];

interface Finding {
  path: string;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
}

async function axe(page: Page, path: string): Promise<Finding[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target.join(' '))) }));
  });
  return violations.map((v) => ({ path, ...v }));
}

async function checkAll(page: Page, options: { reflow?: boolean } = {}) {
  const findings: Finding[] = [];
  const overflowing: string[] = [];
  /** Per page: its title and how many h1 it has. */
  const headings: { path: string; title: string; h1: number; main: number }[] = [];
  for (const path of pages) {
    await open(page, path);
    // Let lazy pages and the sample's first load settle: no "loading" text left.
    await page.waitForFunction(() => !document.body.innerText.includes('Laddar') && !document.body.innerText.includes('Loading'));
    findings.push(...(await axe(page, path)));
    headings.push({ path, title: await page.title(), h1: await page.locator('h1').count(), main: await page.locator('main').count() });
    if (options.reflow) {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wide > 0) overflowing.push(`${path} (+${wide}px)`);
    }
  }
  return { findings, overflowing, headings };
}

// The three passes run side by side: each has its own context, and the machine has two cores.
describe.concurrent('axe and reflow', () => {
  it('has no axe violations at WCAG 2.1 A/AA on any page, in Swedish', async ({ onTestFinished }) => {
    const page = await newPage({ onFinished: onTestFinished });
    const { findings, headings } = await checkAll(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('sv');
    // One h1 and one main landmark on every page, and a title of its own.
    expect(headings.filter((h) => h.h1 !== 1 || h.main !== 1)).toEqual([]);
    expect(new Set(headings.map((h) => h.title)).size).toBe(pages.length);
  });

  it('has no axe violations at WCAG 2.1 A/AA on any page, in English', async ({ onTestFinished }) => {
    const page = await newPage({ onFinished: onTestFinished });
    await open(page, '/');
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a sample network' }).waitFor();
    const { findings } = await checkAll(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.title()).resolves.toBe('Page not found – Samverkan demo');
  });

  it('has no axe violations and reflows without sideways scrolling at 320 px wide', async ({ onTestFinished }) => {
    const page = await newPage({ width: 320, onFinished: onTestFinished });
    const { findings, overflowing } = await checkAll(page, { reflow: true });
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(overflowing, overflowing.join(', ')).toEqual([]);
  });
});
