/**
 * The mandate and the agreement in the browser: an amendment of the mandate's text waits for
 * the commissioner's approval (a representative is refused with core's reason) and then
 * becomes the next version in the history; a party representative records their own
 * municipality's adoption of the Dalarna agreement.
 */
import { expect, it } from 'vitest';
import { actAs, feedback, newPage, open, useBrowser } from './support/browser.js';

useBrowser();

it('takes an amendment of the mandate through the commissioner’s approval into the version history', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/mandates/uppdrag-e-halsonatverket');
  const review = page.locator('.sv-mandate-review');
  await expect(review.innerText()).resolves.toContain('Fastställda versioner: 1.0');

  // The document comes before the forms.
  const document = page.locator('.sv-mandate-document');
  await expect(document.evaluate((el) => Boolean(el.compareDocumentPosition(window.document.querySelector('.sv-mandate-workspace__amend')!) & Node.DOCUMENT_POSITION_FOLLOWING))).resolves.toBe(true);

  // The process leader drafts the change…
  await page.getByLabel('Ny text').fill('Nätverket ska stärka kommunernas gemensamma arbete med e-hälsa och välfärdsteknik.');
  await page.getByLabel('Skäl till ändringen').fill('Syftet förtydligat efter utvärderingen');
  await page.getByRole('button', { name: 'Föreslå ändringen' }).click();
  await feedback(page).getByText('Ändringen är föreslagen och väntar på uppdragsgivaren.').waitFor();

  // …a representative may not approve it, and is told why…
  await actAs(page, 'fyrbodal:person-003', 'fyrbodal:kommunrepresentant');
  const approve = page.getByRole('button', { name: 'Fastställ ändringen' });
  await expect(approve.count()).resolves.toBe(0);
  await page.getByText('Varför kan jag inte …?').click();
  await expect(page.locator('[data-action="approveAmendment"]').innerText()).resolves.toMatch(/Karin Ekdahl i rollen «Kommunrepresentant» saknar befogenheten/);

  // …the commissioner approves in a confirmed step, and the history has the new version with its reason.
  await actAs(page, 'fyrbodal:person-002', 'fyrbodal:uppdragsgivare');
  await approve.click();
  const dialog = page.getByRole('dialog', { name: 'Fastställa ändringen?' });
  await expect(dialog.innerText()).resolves.toContain('allmän handling');
  await dialog.getByRole('button', { name: 'Fastställ ändringen' }).click();
  await feedback(page).getByText('Ändringen är fastställd.').waitFor();
  await expect(review.innerText()).resolves.toMatch(/Fastställda versioner: 1\.0, 2\.0/);
  await page.locator('.sv-mandate-document').getByText('Syftet förtydligat efter utvärderingen').first().waitFor();
  await page.locator('.sv-mandate-document').getByText('Nätverket ska stärka kommunernas gemensamma arbete med e-hälsa och välfärdsteknik.').waitFor();
});

it('records a party’s adoption of the agreement, and only for the representative’s own municipality', async () => {
  const page = await newPage();
  await open(page, '/dalarna/agreements/overenskommelse-hsih');
  const ratification = page.locator('.sv-agreement-ratification');
  await expect(ratification.innerText()).resolves.toContain('6 av 16 har antagit');

  await actAs(page, 'dalarna:person-007', 'dalarna:partsrepresentant');
  const party = page.getByLabel('Part', { exact: true });
  await expect(party.locator('option').allInnerTexts()).resolves.toEqual(['Gagnef']);
  await page.getByLabel('Beslutande organ').fill('Kommunfullmäktige');
  await page.getByLabel('Paragraf eller diarienummer (frivilligt)').fill('KF § 112');
  await page.getByRole('button', { name: 'Registrera partens beslut' }).click();
  await feedback(page).getByText('Partens beslut är registrerat.').waitFor();
  await expect(ratification.innerText()).resolves.toContain('7 av 16 har antagit');
  await expect(ratification.getByRole('row', { name: /Gagnef/ }).innerText()).resolves.toMatch(/Gagnef\s+Antagen\s+22 nov\. 2026\s+Kommunfullmäktige/);
});

it('names an empty deciding body in words at the top of the form, with focus there', async () => {
  const page = await newPage();
  await open(page, '/dalarna/agreements/overenskommelse-hsih');
  await actAs(page, 'dalarna:person-007', 'dalarna:partsrepresentant');
  await page.getByRole('button', { name: 'Registrera partens beslut' }).click();
  const summary = page.locator('.sv-error-summary');
  await summary.waitFor();
  await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(summary.innerText()).resolves.toContain('Beslutande organ: får inte vara tom');
  await expect(summary.innerText()).resolves.not.toContain('decidingBody');
});
