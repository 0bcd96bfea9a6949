/**
 * eHälsalyftet: a development leader reports the hours of a held dialogue seminar; the
 * programme shows it reported and the ESF report counts the hours. Reporting with no hours is
 * refused with core's reason.
 */
import { expect, it } from 'vitest';
import { actAs, feedback, newPage, open, useBrowser } from './support/browser.js';

useBrowser();

/** The total hours of the ESF report: the «Totalt» row's first figure. */
const total = async (text: Promise<string>) => {
  const match = /^Totalt\t([\d  ]+(?:,\d+)?)\t/m.exec(await text);
  return Number((match?.[1] ?? 'NaN').replace(/[  ]/g, '').replace(',', '.'));
};

it('reports the hours of a held seminar into the programme and the ESF report', async () => {
  const page = await newPage();
  await open(page, '/ehalsalyftet/seminars');
  await actAs(page, 'ehalsalyftet:person-013', 'ehalsalyftet:utvecklingsledare');
  const esf = page.locator('.sv-esf-report');
  const before = await total(esf.innerText());
  expect(before).toBeGreaterThan(0);

  // Reporting with no hours: core refuses, and the form says which field, in words, where focus is.
  const report = page.getByRole('button', { name: 'Rapportera timmar', exact: true });
  await report.click();
  const summary = page.locator('.sv-demo-report .sv-error-summary');
  await summary.waitFor();
  await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(summary.innerText()).resolves.toContain('Timmar per deltagare: får inte vara tom');
  await expect(summary.innerText()).resolves.not.toMatch(/«hours»|hours/);
  const fields = page.getByLabel(/^Timmar för /);
  await expect(fields.count()).resolves.toBe(10);
  for (let i = 0; i < 10; i += 1) {
    await fields.nth(i).fill('2,5');
    await fields.nth(i).blur();
  }
  await report.click();
  await feedback(page).getByText('Timmar och närvaro är rapporterade.').waitFor();

  const card = page.locator('[data-reporting]').filter({ hasText: /Journalen via nätet och invånarens e-tjänster – Rehabiliteringsmottagningen/ });
  await expect(card.getAttribute('data-reporting')).resolves.toBe('reported');
  await expect(card.innerText()).resolves.toMatch(/9 maj 2017 ·\s+Utvecklingsledare:\s+Arvid Tell\s+Rapporterat\s+25 timmar · 10 av 10 deltog/);
  await page.getByText('Inga genomförda seminarier väntar på tidrapport.').waitFor();
  await expect(total(esf.innerText())).resolves.toBe(before + 25);
});
