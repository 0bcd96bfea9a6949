/**
 * Moving by keyboard alone, as a person who uses no mouse: Tab until the control has focus, then
 * Enter (or type). Each press is a real key event in Chromium.
 */
import type { Locator, Page } from 'playwright-core';

/** Presses Tab until the locator holds focus (or something inside it). */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs to the control and presses Enter. */
export async function activate(page: Page, target: Locator, max = 250): Promise<void> {
  await tabTo(page, target, max);
  await page.keyboard.press('Enter');
}

/** Tabs to a field and types into it, replacing what it held. */
export async function typeInto(page: Page, target: Locator, value: string, max = 250): Promise<void> {
  await tabTo(page, target, max);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}
