/**
 * The data live in the browser (IndexedDB): what a visitor did survives a reload, and the
 * reset on the Demodata page brings the sample back as shipped.
 */
import { expect, it } from 'vitest';
import { actAs, feedback, newPage, open, personButton } from './support/browser.js';
import { useBrowser } from './support/browser.js';

useBrowser();

const meeting = '/fyrbodal/meetings/mote-2019-12-05';
const title = 'Erfarenhetsutbyte om digitala medicinskåp';

it('keeps a proposed item, the chosen person and the demo date across a reload, and reset restores the sample', async () => {
  const page = await newPage();
  await open(page, meeting);
  await actAs(page, 'fyrbodal:person-003', 'fyrbodal:kommunrepresentant');
  await page.getByLabel('Rubrik').fill(title);
  await page.getByRole('button', { name: 'Föreslå punkt', exact: true }).click();
  await feedback(page).getByText('Din punkt är föreslagen.').waitFor();
  const items = page.locator('.sv-agenda-builder__item');
  await expect(items.count()).resolves.toBe(4);

  await page.reload();
  await page.locator('h1').waitFor();
  await page.locator('.sv-agenda-builder__items').getByText(title).waitFor();
  await expect(items.count()).resolves.toBe(4);
  await expect(personButton(page).textContent()).resolves.toContain('Karin Ekdahl');

  // Move the date, then reset: the item is gone, the clock runs from the sample's own day again.
  await open(page, '/fyrbodal/data');
  await page.getByLabel('Datum (ÅÅÅÅ-MM-DD)').fill('2019-11-28');
  await page.getByRole('button', { name: 'Ställ in tiden' }).click();
  await page.getByText('Demons tid är nu 28 november 2019').waitFor();
  await expect(page.getByRole('button', { name: /^Demons tid/ }).innerText()).resolves.toContain('28 november 2019');
  await page.getByRole('button', { name: 'Återställ exemplet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Återställ' }).click();
  await page.getByText('Exemplet är återställt.').waitFor();
  await expect(page.getByRole('button', { name: /^Demons tid/ }).innerText()).resolves.toMatch(/20 november 2019 kl\. 12:0\d/);

  await open(page, meeting);
  await page.locator('.sv-agenda-builder__items').getByText('Nätverkets möten 2020').waitFor();
  await expect(items.count()).resolves.toBe(3);
  await expect(page.getByText(title).count()).resolves.toBe(0);

  // …and the reset itself is stored: a reload still shows the sample as shipped.
  await page.reload();
  await page.locator('.sv-agenda-builder__items').getByText('Nätverkets möten 2020').waitFor();
  await expect(items.count()).resolves.toBe(3);
});
