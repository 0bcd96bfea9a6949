/**
 * Per test: a fresh browser context on the shared Chromium (its own IndexedDB and
 * localStorage, so every test starts from the samples as shipped), and small helpers that act
 * as a visitor would — by the names people see.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFinished } from 'vitest';

let browser: Browser;

export function useBrowser() {
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export const baseUrl = () => inject('baseUrl');

/**
 * A new page in a new context; `width` 320 for the narrow-screen checks. A concurrent test
 * passes its own `onTestFinished` (from the test context), so the context closes with it.
 */
export async function newPage(options: { width?: number; onFinished?: (fn: () => Promise<void>) => void } = {}): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  // Closed when its test ends, so tests that run concurrently keep their own.
  (options.onFinished ?? onTestFinished)(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Opens a path of the demo and waits until its page heading is there. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.locator('h1').first().waitFor();
}

/** The person menu's button in the banner («Byt person – nu Helena Vik, Processledare»). */
export function personButton(page: Page) {
  return page.getByRole('button', { name: /^(Byt person|Switch person)/ });
}

/** Acts as someone else through the person menu (value `personId|roleId`): open it, choose, close. */
export async function actAs(page: Page, personId: string, roleId: string): Promise<void> {
  await personButton(page).click();
  await page.getByLabel(/Du agerar som|You are acting as/).selectOption(`${personId}|${roleId}`);
  await page.keyboard.press('Escape');
  await page.getByLabel(/Du agerar som|You are acting as/).waitFor({ state: 'detached' });
}

/** Moves the demo's clock with the clock menu in the banner; the page stays where it is. */
export async function setDemoDate(page: Page, date: string, time?: string): Promise<void> {
  await page.getByRole('button', { name: /^Demons tid/ }).click();
  await page.getByLabel('Datum (ÅÅÅÅ-MM-DD)').fill(date);
  if (time !== undefined) await page.getByLabel('Klockslag (TT:MM)').fill(time);
  await page.getByRole('button', { name: 'Ställ in tiden' }).click();
  await page.getByLabel('Datum (ÅÅÅÅ-MM-DD)').waitFor({ state: 'detached' });
}

/** The answer to the last command: the page's live region, or the notice of a meeting's or mandate's workspace. */
export function feedback(page: Page) {
  return page.locator('.sv-demo-feedback, .sv-meeting-workspace__notice, .sv-mandate-workspace__notice');
}

/**
 * Holds back the entry's script (the only module script index.html names; the others are
 * modulepreloads) until the returned function is called: what the page does meanwhile is
 * index.html's own doing, before any script of the app has run.
 */
export async function holdEntry(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
