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

/** Acts as someone else through the role switcher (value `personId|roleId`). */
export async function actAs(page: Page, personId: string, roleId: string): Promise<void> {
  await page.getByLabel(/Du agerar som|You are acting as/).selectOption(`${personId}|${roleId}`);
}

/** Moves the demo's date on the Demodata page, then returns to `back`. */
export async function setDemoDate(page: Page, sample: string, date: string, time: string, back: string): Promise<void> {
  await open(page, `/${sample}/data`);
  await page.getByLabel('Datum (ÅÅÅÅ-MM-DD)').fill(date);
  await page.getByLabel('Klockslag (TT:MM)').fill(time);
  await page.getByRole('button', { name: 'Ställ in datum' }).click();
  await page.getByText('Demons datum är nu').waitFor();
  await open(page, back);
}

/** The live region's answer to the last command. */
export function feedback(page: Page) {
  return page.locator('.sv-demo-feedback');
}
