/**
 * The data live in the browser (IndexedDB): what a visitor did survives a reload, and the
 * reset on the Demodata page brings the sample back as shipped.
 */
import { expect, it } from 'vitest';
import { actAs, feedback, newPage, open } from './support/browser.js';
import { useBrowser } from './support/browser.js';

useBrowser();

const meeting = '/fyrbodal/meetings/mote-2019-12-05';
const title = 'Erfarenhetsutbyte om digitala medicinskåp';

it('keeps a proposed item, the chosen person and the demo date across a reload, and reset restores the sample', async () => {
  const page = await newPage();
  await open(page, meeting);
  await actAs(page, 'fyrbodal:person-003', 'fyrbodal:kommunrepresentant');
  await page.getByLabel('Rubrik').fill(title);
  await page.getByRole('button', { name: 'Föreslå punkt' }).click();
  await feedback(page).getByText('Föreslå punkt – klart.').waitFor();
  const items = page.locator('.sv-agenda-builder__item');
  await expect(items.count()).resolves.toBe(4);

  await page.reload();
  await page.locator('h1').waitFor();
  await page.locator('.sv-agenda-builder__items').getByText(title).waitFor();
  await expect(items.count()).resolves.toBe(4);
  await expect(page.getByLabel('Du agerar som').inputValue()).resolves.toBe('fyrbodal:person-003|fyrbodal:kommunrepresentant');

  // Move the date, then reset: the item is gone, the date is the sample's own again.
  await page.getByRole('link', { name: 'Ändra datum eller återställ' }).click();
  await page.getByLabel('Datum (ÅÅÅÅ-MM-DD)').fill('2019-11-28');
  await page.getByRole('button', { name: 'Ställ in datum' }).click();
  await page.getByText('Demons datum är nu 28 november 2019').waitFor();
  await page.getByRole('button', { name: 'Återställ exemplet' }).click();
  await page.getByText('Exemplet är återställt.').waitFor();
  await expect(page.locator('.sv-demo-footer__clock').innerText()).resolves.toContain('20 november 2019 kl. 12:00 (exemplets egen dag)');

  await open(page, meeting);
  await page.locator('.sv-agenda-builder__items').getByText('Nätverkets möten 2020').waitFor();
  await expect(items.count()).resolves.toBe(3);
  await expect(page.getByText(title).count()).resolves.toBe(0);

  // …and the reset itself is stored: a reload still shows the sample as shipped.
  await page.reload();
  await page.locator('.sv-agenda-builder__items').getByText('Nätverkets möten 2020').waitFor();
  await expect(items.count()).resolves.toBe(3);
});
