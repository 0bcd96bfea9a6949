/**
 * Every story as a designer sees it in the built, static Storybook: opened in the manager (the
 * sidebar, the toolbar, the addon panel) at 1280 × 900 px, the story's play function run by the
 * preview as Storybook runs it outside the test runner. The Interactions panel must read PASS
 * and the accessibility addon must have found nothing at WCAG 2.1 A/AA — the vitest run of the
 * stories (vitest.config.ts) runs them in a different frame, from the development server, so
 * it cannot see what only the static build does (its minified CSS, the manager's viewport
 * frame).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

interface Finished {
  storyId: string;
  status: 'success' | 'error';
  reporters: { type: string; status: string; result?: { violations?: { id: string; help: string; nodes: { target: unknown }[] }[]; error?: unknown } }[];
}

const index = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'storybook-static', 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');

/**
 * Records every STORY_FINISHED the manager hears, before the manager's own code runs: the
 * preview reports there whether the play function passed and what axe found.
 */
function hookChannel() {
  const w = window as unknown as { __svFinished: unknown[]; __STORYBOOK_ADDONS_CHANNEL__?: unknown };
  w.__svFinished = [];
  let channel: unknown;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value: { on: (event: string, fn: (payload: unknown) => void) => void }) => {
      channel = value;
      value.on('storyFinished', (payload) => w.__svFinished.push(payload));
      value.on('docsRendered', (payload) => w.__svFinished.push({ docsRendered: payload }));
    },
  });
}

let browser: Browser;
/** Two manager windows (two cores), each going from story to story as a designer clicks through the sidebar. */
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    await page.addInitScript(hookChannel);
    idle.push(page);
  }
});
afterAll(async () => {
  await browser?.close();
});

async function acquire(): Promise<Page> {
  return idle.pop() ?? new Promise((resolve) => waiting.push(resolve));
}
function release(page: Page) {
  const next = waiting.shift();
  if (next) next(page);
  else idle.push(page);
}

/** What the Interactions panel's status badge says (PASS, FAIL, RUNS …). */
async function panelStatus(page: Page): Promise<string> {
  const text = await page.locator('#storybook-panel-root').innerText();
  return /\n(PASS|FAIL|ERROR|RUNS|BAIL|PENDING)\n/.exec(`\n${text}\n`)?.[1] ?? '';
}

/**
 * Opens a story in the manager: the first time by its address, then as a click in the sidebar
 * does (the preview asks the manager to select it, as addon-links does), so the manager is not
 * loaded again for every story.
 */
async function open(page: Page, id: string): Promise<{ finished: Finished; panel: string }> {
  const preview = page.frames().find((frame) => frame.url().includes('/iframe.html'));
  if (preview) {
    await preview.evaluate((storyId) => (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, payload: unknown) => void } }).__STORYBOOK_ADDONS_CHANNEL__.emit('selectStory', { storyId }), id);
  } else {
    await page.goto(`${inject('storybookUrl')}/?path=/story/${id}&addonPanel=storybook/interactions/panel`);
  }
  const handle = await page.waitForFunction(
    (storyId) => (window as unknown as { __svFinished: Finished[] }).__svFinished.find((f) => f.storyId === storyId),
    id,
    { timeout: 60_000 },
  );
  const finished = (await handle.jsonValue()) as Finished;
  // The panel shows the outcome a moment after the preview reported it.
  await page.waitForFunction(() => /\n(PASS|FAIL|ERROR)\n/.test(`\n${document.querySelector<HTMLElement>('#storybook-panel-root')?.innerText ?? ''}\n`), undefined, { timeout: 15_000 });
  return { finished, panel: await panelStatus(page) };
}

describe('the static Storybook', () => {
  test('lists every story', () => {
    expect(stories.length).toBeGreaterThan(100);
  });

  test.concurrent.for(stories.map((s) => [`${s.title} › ${s.name}`, s.id] as const))('%s passes in the Interactions panel and axe finds nothing', async ([, id]) => {
    const page = await acquire();
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    try {
      const { finished, panel } = await open(page, id);
      const a11y = finished.reporters.find((r) => r.type === 'a11y');
      const violations = (a11y?.result?.violations ?? []).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
      // On a failure, the panel's steps say which expectation broke.
      const steps = panel === 'PASS' ? '' : await page.locator('#storybook-panel-root').innerText();
      expect({ panel, status: finished.status, a11y: a11y?.status, violations, errors, steps }).toEqual({
        panel: 'PASS',
        status: 'success',
        a11y: 'passed',
        violations: [],
        errors: [],
        steps: '',
      });
    } finally {
      page.off('pageerror', onError);
      release(page);
    }
  });
});

describe('the static Storybook\'s docs pages', () => {
  test('include the introduction, the foundations and branding', () => {
    expect(docsPages.map((d) => d.title)).toEqual(expect.arrayContaining(['Introduktion', 'Grunder/Tokens', 'Grunder/Varumärke']));
  });

  test.concurrent.for(docsPages.map((d) => [d.title, d.id] as const))('%s: props with their real types, tokens with their values', async ([, id], { onTestFinished }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await page.addInitScript(hookChannel);
    await page.goto(`${inject('storybookUrl')}/iframe.html?viewMode=docs&id=${id}`);
    // The preview says when the page is rendered (its stories' loaders run, its tables filled).
    await page.waitForFunction(() => (window as unknown as { __svFinished: { docsRendered?: unknown }[] }).__svFinished.some((f) => f.docsRendered !== undefined), undefined, { timeout: 60_000 });
    await page.locator('.sbdocs-content h1').first().waitFor();
    if (id === 'grunder-tokens--docs') {
      await page.waitForFunction(() => {
        const values = [...document.querySelectorAll('.sv-docs-swatch__value')];
        return values.length > 30 && values.every((v) => v.textContent?.trim());
      }, undefined, { timeout: 30_000 });
    }
    // A component's props table: every prop's type as TypeScript reads it, none `unknown` or `any`.
    const types = await page.locator('.docblock-argstable tbody tr td:nth-child(2)').allInnerTexts();
    expect(types.filter((t) => /\bunknown\b|(?:^|[:<(|,]\s*)any\b/m.test(t))).toEqual([]);
    // The foundations page: every swatch shows its token's value, read from the stylesheet.
    const swatches = page.locator('.sv-docs-swatch__value');
    const values = await swatches.allInnerTexts();
    expect(values.filter((v) => v.trim() === '')).toEqual([]);
    if (id === 'grunder-tokens--docs') expect(values.length).toBeGreaterThan(30);
  });
});
