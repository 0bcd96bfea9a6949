/**
 * A meeting's whole lifecycle in the browser, as the Fyrbodal network runs it: a representative
 * proposes an item, the process leader publishes the agenda after its deadline (refused without
 * a reason, recorded as late with one), sends the invitation, holds the meeting, records
 * attendance, drafts, approves and publishes the minutes. Every refusal shown is core's.
 */
import { expect, it } from 'vitest';
import { actAs, feedback, newPage, open, setDemoDate, useBrowser } from './support/browser.js';

useBrowser();

const meeting = '/fyrbodal/meetings/mote-2019-12-05';
const karin = ['fyrbodal:person-003', 'fyrbodal:kommunrepresentant'] as const;
const helena = ['fyrbodal:person-001', 'fyrbodal:processledare'] as const;

it('runs a meeting from a proposed item to published minutes, with a late agenda recorded with its reason', async () => {
  const page = await newPage();
  await open(page, meeting);
  await actAs(page, ...karin);

  // A representative proposes; publishing is not theirs to do, and the page says why.
  const publish = page.getByRole('button', { name: 'Publicera agenda' });
  await expect(publish.isDisabled()).resolves.toBe(true);
  await expect(page.locator('.sv-agenda-builder__publish').innerText()).resolves.toMatch(/Karin Ekdahl i rollen «Kommunrepresentant» saknar befogenheten/);
  await page.getByLabel('Rubrik').fill('Upphandling av digitala trygghetslarm 2020');
  await page.getByRole('button', { name: 'Föreslå punkt' }).click();
  await feedback(page).getByText('Föreslå punkt – klart.').waitFor();
  await page.locator('.sv-agenda-builder__items').getByText('Upphandling av digitala trygghetslarm 2020').waitFor();

  // Past the deadline (21 November): without a reason core refuses; with one it is published as late.
  await setDemoDate(page, 'fyrbodal', '2019-11-25', '09:00', meeting);
  await actAs(page, ...helena);
  await page.getByLabel('Skäl till sen publicering').waitFor();
  await expect(publish.isDisabled()).resolves.toBe(true);
  await expect(page.locator('.sv-agenda-builder__publish').innerText()).resolves.toContain('Att publicera efter den kräver ett skäl');
  await page.getByLabel('Skäl till sen publicering').fill('Inväntade underlag från e-rådet');
  await expect(publish.isEnabled()).resolves.toBe(true);
  await publish.click();
  await feedback(page).getByText('Publicera agenda – klart.').waitFor();
  await page.getByText('Agendan publicerades sent. Skäl: Inväntade underlag från e-rådet').waitFor();
  await page.locator('.sv-invitation').getByText('Upphandling av digitala trygghetslarm 2020').waitFor();

  await page.getByRole('button', { name: 'Skicka kallelse' }).click();
  await feedback(page).getByText('Skicka kallelse – klart.').waitFor();

  // Not before the meeting has started.
  const hold = page.getByRole('button', { name: 'Markera mötet som genomfört' });
  await expect(hold.isDisabled()).resolves.toBe(true);
  await setDemoDate(page, 'fyrbodal', '2019-12-05', '13:00', meeting);
  await hold.click();
  await feedback(page).getByText('Markera mötet som genomfört – klart.').waitFor();

  // Attendance: one representative sent apologies.
  await page.getByRole('radiogroup', { name: 'Närvaro: Karin Ekdahl' }).getByText('Anmält förhinder').click();
  await page.getByRole('button', { name: 'Spara deltagarlista' }).click();
  await feedback(page).getByText('För deltagarlista – klart.').waitFor();

  // Minutes: drafted, approved (justerade) and published as a public record.
  await page.getByLabel('Beslutades – Upphandling av digitala trygghetslarm 2020').fill('Nätverket tar fram en gemensam kravspecifikation.');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await feedback(page).getByText('För minnesanteckningar – klart.').waitFor();
  await page.getByRole('button', { name: 'Justera minnesanteckningarna' }).click();
  await feedback(page).getByText('Justera minnesanteckningarna – klart.').waitFor();
  await page.getByRole('button', { name: 'Publicera minnesanteckningarna' }).click();
  await feedback(page).getByText('Publicera minnesanteckningarna – klart.').waitFor();

  await page.locator('[aria-current="step"]').getByText('Publicerat').waitFor();
  const minutes = page.locator('.sv-minutes-view');
  await minutes.getByText('Nätverket tar fram en gemensam kravspecifikation.').waitFor();
  await expect(minutes.innerText()).resolves.toMatch(/Justerade av\s+Helena Vik/);

  // The audit trail has the late publication with its reason, by the process leader.
  await page.getByRole('link', { name: 'Händelselogg för mötet' }).click();
  const late = page.locator('tr[data-type="publishAgenda"]');
  await late.waitFor();
  await expect(late.innerText()).resolves.toMatch(/Helena Vik\s+Processledare\s+Publicerade agendan\s+Inväntade underlag från e-rådet/);

  // The whole network's log has it too, beside other streams' events (the sample's base data).
  await open(page, '/fyrbodal/audit');
  await expect(page.getByLabel('Visa loggen för').inputValue()).resolves.toBe('');
  await page.locator('tr[data-type="publishAgenda"]').getByText('Inväntade underlag från e-rådet').waitFor();
  await page.locator('tbody tr').getByText('Läste in data').first().waitFor();
});

it('refuses a representative who tries to approve the minutes, with core’s reason beside the button', async () => {
  const page = await newPage();
  // October's meeting was held and has draft minutes awaiting approval.
  await open(page, '/fyrbodal/meetings/mote-2019-10-17');
  await actAs(page, ...karin);
  const approve = page.getByRole('button', { name: 'Justera minnesanteckningarna' });
  await expect(approve.isDisabled()).resolves.toBe(true);
  const reasonId = await approve.getAttribute('aria-describedby');
  expect(reasonId).toBeTruthy();
  const reason = await page.locator(`[id="${reasonId}"]`).innerText();
  expect(reason).toMatch(/^Karin Ekdahl i rollen «Kommunrepresentant» saknar befogenheten «Justera minnesanteckningar» här\. Den har: Processledare\.?$/);

  // The process leader, the same page: allowed.
  await actAs(page, ...helena);
  await expect(approve.isEnabled()).resolves.toBe(true);
});

it('moves a planned meeting with a reason, then cancels it with one; both reasons stay with the meeting', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/meetings/mote-2020-01-23');
  const move = page.getByRole('button', { name: 'Flytta mötet' });
  const cancel = page.getByRole('button', { name: 'Ställ in mötet' });
  // Without a reason core refuses both, and says so.
  await expect(move.isDisabled()).resolves.toBe(true);
  await expect(cancel.isDisabled()).resolves.toBe(true);

  await page.getByLabel('Skäl (sparas med mötet)').fill('Krockar med regionens e-hälsodag');
  await page.getByLabel('Nytt datum (ÅÅÅÅ-MM-DD)').fill('2020-01-30');
  await move.click();
  await feedback(page).getByText('Flytta mötet – klart.').waitFor();
  await open(page, '/fyrbodal/meetings');
  await expect(page.getByRole('row', { name: /Nätverksmöte 1\/2020/ }).innerText()).resolves.toContain('30 januari 2020');

  await open(page, '/fyrbodal/meetings/mote-2020-01-23');
  await page.getByLabel('Skäl (sparas med mötet)').fill('Nätverket slås ihop med socialchefsnätverket');
  await cancel.click();
  await feedback(page).getByText('Ställ in mötet – klart.').waitFor();
  await page.getByText('Mötet är inställt. Nätverket slås ihop med socialchefsnätverket').waitFor();

  await page.getByRole('link', { name: 'Händelselogg för mötet' }).click();
  await expect(page.locator('tr[data-type="rescheduleMeeting"]').innerText()).resolves.toContain('Krockar med regionens e-hälsodag');
  await expect(page.locator('tr[data-type="cancelMeeting"]').innerText()).resolves.toContain('Nätverket slås ihop med socialchefsnätverket');
});
