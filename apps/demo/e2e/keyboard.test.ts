/**
 * The same meeting flow by keyboard alone: Tab, Shift+Tab, arrows, Enter and typing — no
 * clicks. The skip link comes first, focus moves to the heading after a move, and every
 * control of the lifecycle is reachable and operable.
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

/** Follows the footer link to the Demodata page, sets the date, and comes back through the nav. */
async function setDate(page: Page, date: string, time: string, meetingTitle: string) {
  await activate(page, page.getByRole('link', { name: 'Ändra datum eller återställ' }));
  await page.getByRole('heading', { level: 1, name: 'Demodata' }).waitFor();
  await tabTo(page, page.getByLabel('Datum (ÅÅÅÅ-MM-DD)'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(date);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(time);
  await page.keyboard.press('Enter');
  await page.getByText('Demons datum är nu').waitFor();
  await activate(page, page.getByRole('navigation').getByRole('link', { name: 'Möten' }));
  await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
  await activate(page, page.getByRole('link', { name: meetingTitle }));
  await page.getByRole('heading', { level: 1, name: meetingTitle }).waitFor();
}

it('takes a meeting from a proposed item to published minutes by keyboard alone', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/meetings/mote-2019-12-05');
  const title = 'Nätverksmöte 6/2019';

  // The skip link is the first stop and leads to the main content.
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hoppa till innehållet');

  // Act as a representative: type-ahead in the role switcher.
  await tabTo(page, page.getByLabel('Du agerar som'));
  await page.keyboard.type('Karin');
  await expect(page.getByLabel('Du agerar som').inputValue()).resolves.toBe('fyrbodal:person-003|fyrbodal:kommunrepresentant');

  await tabTo(page, page.getByLabel('Rubrik'));
  await page.keyboard.type('Gemensam rutin för digitala signaturer');
  await page.keyboard.press('Enter');
  await feedback(page).getByText('Föreslå punkt – klart.').waitFor();

  // After the deadline, as the process leader: a reason, then publish.
  await setDate(page, '2019-11-26', '10:00', title);
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
  await tabTo(page, page.getByLabel('Du agerar som'));
  await page.keyboard.type('Helena');
  await expect(page.getByLabel('Du agerar som').inputValue()).resolves.toBe('fyrbodal:person-001|fyrbodal:processledare');
  await tabTo(page, page.getByLabel('Skäl till sen publicering'));
  await page.keyboard.type('Underlaget kom sent');
  await activate(page, page.getByRole('button', { name: 'Publicera agenda' }));
  await feedback(page).getByText('Publicera agenda – klart.').waitFor();
  await activate(page, page.getByRole('button', { name: 'Skicka kallelse' }));
  await feedback(page).getByText('Skicka kallelse – klart.').waitFor();

  await setDate(page, '2019-12-05', '12:30', title);
  await activate(page, page.getByRole('button', { name: 'Markera mötet som genomfört' }));
  await feedback(page).getByText('Markera mötet som genomfört – klart.').waitFor();

  // Attendance: arrows move within a row's radio group.
  await tabTo(page, page.getByRole('radiogroup', { name: 'Närvaro: Karin Ekdahl' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radiogroup', { name: 'Närvaro: Karin Ekdahl' }).getByRole('radio', { name: 'Frånvarande' }).isChecked()).resolves.toBe(true);
  await activate(page, page.getByRole('button', { name: 'Spara deltagarlista' }));
  await feedback(page).getByText('För deltagarlista – klart.').waitFor();

  await tabTo(page, page.getByLabel('Diskuterades – Gemensam rutin för digitala signaturer'));
  await page.keyboard.type('Kommunerna beskrev sina rutiner.');
  await activate(page, page.getByRole('button', { name: 'Spara utkast' }));
  await feedback(page).getByText('För minnesanteckningar – klart.').waitFor();
  await activate(page, page.getByRole('button', { name: 'Justera minnesanteckningarna' }));
  await feedback(page).getByText('Justera minnesanteckningarna – klart.').waitFor();
  await activate(page, page.getByRole('button', { name: 'Publicera minnesanteckningarna' }));
  await feedback(page).getByText('Publicera minnesanteckningarna – klart.').waitFor();

  await page.locator('.sv-minutes-view').getByText('Kommunerna beskrev sina rutiner.').waitFor();
  await page.locator('[aria-current="step"]').getByText('Publicerat').waitFor();
});
