/**
 * The same meeting flow by keyboard alone: Tab, Shift+Tab, arrows, Enter, Escape and typing — no
 * clicks. The skip link comes first, the banner's person menu and clock open and close by
 * keyboard, dialogs take and give back focus, and every control of the lifecycle is reachable
 * and operable.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { feedback, newPage, open, useBrowser } from './support/browser.js';

useBrowser();

/** Presses Tab until the locator holds focus. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function activate(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Chooses whom to act as: Enter on the person button, Tab to the list, type a name, Escape. */
async function actAs(page: Page, name: string, value: string) {
  await activate(page, page.getByRole('button', { name: /^Byt person/ }));
  const select = page.getByLabel('Du agerar som');
  await tabTo(page, select, 10);
  await page.keyboard.type(name);
  await expect(select.inputValue()).resolves.toBe(value);
  await page.keyboard.press('Escape');
  await select.waitFor({ state: 'detached' });
}

/** Moves the demo's clock from the banner: Enter on it, type the date, Enter. */
async function setDate(page: Page, date: string) {
  await activate(page, page.getByRole('button', { name: /^Demons tid/ }));
  const field = page.getByLabel('Datum (ÅÅÅÅ-MM-DD)');
  await tabTo(page, field, 10);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(date);
  await page.keyboard.press('Enter');
  await field.waitFor({ state: 'detached' });
}

it('takes a meeting from a proposed item to published minutes by keyboard alone', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/meetings/mote-2019-12-05');

  // The skip link is the first stop and leads to the main content.
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hoppa till innehållet');

  await actAs(page, 'Karin', 'fyrbodal:person-003|fyrbodal:kommunrepresentant');
  await tabTo(page, page.getByLabel('Rubrik'));
  await page.keyboard.type('Gemensam rutin för digitala signaturer');
  await page.keyboard.press('Enter');
  await feedback(page).getByText('Din punkt är föreslagen.').waitFor();

  // After the deadline, as the process leader: the dialog asks for a reason.
  await setDate(page, '2019-11-26');
  await actAs(page, 'Helena', 'fyrbodal:person-001|fyrbodal:processledare');
  await activate(page, page.getByRole('button', { name: 'Publicera agenda' }));
  const dialog = page.getByRole('dialog', { name: 'Publicera agendan?' });
  await dialog.waitFor();
  await tabTo(page, dialog.getByLabel('Skäl till sen publicering'), 10);
  await page.keyboard.type('Underlaget kom sent');
  await activate(page, dialog.getByRole('button', { name: 'Publicera och skicka kallelse' }));
  await feedback(page).getByText('Agendan är publicerad. Kallelsen är skickad.').waitFor();
  // Focus is on the answer, so the next Tab goes on from there.
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Agendan är publicerad. Kallelsen är skickad.');

  await activate(page, page.getByRole('button', { name: /^Flytta demons tid till/ }));

  // Attendance: arrows move within a row's radio group.
  const karin = page.getByRole('radiogroup', { name: 'Närvaro: Karin Ekdahl' });
  await tabTo(page, karin);
  await page.keyboard.press('ArrowRight');
  await expect(karin.getByRole('radio', { name: 'Frånvarande' }).isChecked()).resolves.toBe(true);
  await activate(page, page.getByRole('button', { name: 'Spara närvaron – mötet är genomfört' }));
  await feedback(page).getByText('Mötet är markerat som genomfört. Närvaron är sparad.').waitFor();

  await tabTo(page, page.getByLabel('Diskuterades – Gemensam rutin för digitala signaturer'));
  await page.keyboard.type('Kommunerna beskrev sina rutiner.');
  await activate(page, page.getByRole('button', { name: 'Spara utkast' }));
  await feedback(page).getByText('Utkastet till minnesanteckningar är sparat.').waitFor();
  await activate(page, page.getByRole('button', { name: 'Justera minnesanteckningarna' }));
  await activate(page, page.getByRole('dialog').getByRole('button', { name: 'Justera' }));
  await feedback(page).getByText('Minnesanteckningarna är justerade.').waitFor();
  await activate(page, page.getByRole('button', { name: 'Publicera minnesanteckningarna' }));
  await activate(page, page.getByRole('dialog').getByRole('button', { name: 'Publicera' }));
  await feedback(page).getByText('Minnesanteckningarna är publicerade.').waitFor();

  await page.locator('.sv-minutes-view').getByText('Kommunerna beskrev sina rutiner.').waitFor();
  await page.locator('[aria-current="step"]').getByText('Publicerat').waitFor();
});

it('closes a confirmation with Escape and gives focus back to the button that opened it', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/meetings/mote-2019-12-05');
  const publish = page.getByRole('button', { name: 'Publicera agenda' });
  await activate(page, publish);
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await expect(publish.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
});
