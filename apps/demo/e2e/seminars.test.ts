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

  const report = page.getByRole('button', { name: 'Rapportera timmar', exact: true });
  await expect(report.isDisabled()).resolves.toBe(true);
  const fields = page.getByLabel(/^Timmar för /);
  await expect(fields.count()).resolves.toBe(10);
  for (let i = 0; i < 10; i += 1) {
    await fields.nth(i).fill('2,5');
    await fields.nth(i).blur();
  }
  await expect(report.isEnabled()).resolves.toBe(true);
  await report.click();
  await feedback(page).getByText('Rapportera timmar och närvaro – klart.').waitFor();

  const row = page.getByRole('row', { name: /Journalen via nätet och invånarens e-tjänster – Rehabiliteringsmottagningen/ });
  await expect(row.innerText()).resolves.toMatch(/Arvid Tell\t9 maj 2017\tRapporterat\t25\t10 av 10/);
  await page.getByText('Inga genomförda seminarier väntar på tidrapport.').waitFor();
  await expect(total(esf.innerText())).resolves.toBe(before + 25);
});
