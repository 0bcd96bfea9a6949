/**
 * The documents people take away, downloaded in Chromium as a visitor would and read back with
 * independent parsers: a meeting's calendar invitation (ical.js), its attendance list, the
 * deliverables, the ESF report and the audit trail as Excel CSV (papaparse: semicolons, UTF-8
 * with BOM, a hostile cell kept as text), the register of public records and the network's open
 * data (JSON, checked against core's schema).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenData } from '@samverkan/core/documents';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { feedback, newPage, open, useBrowser } from './support/browser.js';

useBrowser();

const folder = mkdtempSync(join(tmpdir(), 'samverkan-demo-downloads-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Clicks `button` and returns the file the browser saved: its suggested name and its bytes as text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(folder, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** An Excel CSV as the demo hands it out: BOM first, then rows separated by semicolons. */
function readCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

it('a meeting’s invitation goes into a calendar: one event in Stockholm time with its time zone, place and attendees', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/meetings/mote-2019-12-05');
  const file = await download(page, page.getByRole('button', { name: 'Lägg till i kalender' }));
  expect(file.name).toMatch(/\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(file.text));
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]!);
  expect(event.uid).toBe('fyrbodal:mote-2019-12-05@samverkan');
  expect(event.summary).toBe('Nätverksmöte 6/2019');
  expect(event.startDate.zone.tzid).toBe('Europe/Stockholm');
  expect(event.startDate.toString()).toMatch(/^2019-12-05T09:00:00/);
  expect(event.attendees.length).toBeGreaterThan(0);
});

it('a held meeting’s attendance list opens in Excel: semicolons, BOM, a header and one row per person', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/meetings/mote-2019-05-16');
  const file = await download(page, page.getByRole('button', { name: 'Närvarolista (CSV för Excel)' }));
  expect(file.name).toMatch(/\.csv$/);
  const rows = readCsv(file.text);
  expect(rows.length).toBeGreaterThan(2);
  expect(rows[0]).toEqual(['Datum', 'Namn', 'Organisation', 'Närvaro', 'Deltog', 'Ersätter']);
  // The day it was held, as an ISO date (Excel reads it as a date), on every row.
  expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(['2019-05-23']));
  expect(rows.slice(1).map((row) => row[1])).toContain('Karin Ekdahl');
});

it('keeps a hostile reason as text in the audit trail’s CSV, and the deliverables and the ESF report download too', async () => {
  const page = await newPage();
  const hostile = '=HYPERLINK("http://angripare.example","Klicka")';
  await open(page, '/fyrbodal/meetings/mote-2020-01-23');
  await page.getByRole('button', { name: 'Flytta mötet' }).click();
  const move = page.getByRole('dialog', { name: 'Flytta mötet' });
  await move.getByLabel('Ny dag').fill('2020-01-30');
  await move.getByLabel('Skäl till flytten').fill(hostile);
  await move.getByRole('button', { name: 'Flytta mötet' }).click();
  await feedback(page).getByText('Mötet har flyttats.').waitFor();

  await open(page, '/fyrbodal/audit');
  await page.locator('[data-type="rescheduleMeeting"]').first().waitFor();
  const audit = readCsv((await download(page, page.getByRole('button', { name: 'Hämta loggen (CSV för Excel)' }))).text);
  const cells = audit.flat();
  expect(cells).not.toContain(hostile);
  expect(cells.some((cell) => cell.endsWith(hostile) && !cell.startsWith('='))).toBe(true);

  await open(page, '/fyrbodal/deliverables');
  const deliverables = readCsv((await download(page, page.getByRole('button', { name: 'Hämta leveranserna (CSV för Excel)' }))).text);
  expect(deliverables.length).toBeGreaterThan(1);

  await open(page, '/ehalsalyftet/seminars');
  const esf = readCsv((await download(page, page.getByRole('button', { name: 'Hämta ESF-rapporten (CSV för Excel)' }))).text);
  expect(esf.length).toBeGreaterThan(1);
  expect(esf[0]?.slice(0, 4)).toEqual(['Datum', 'Namn', 'Yrkeskategori', 'Timmar']);
  // Numbers as Swedish Excel reads them: digits, a decimal comma where there are decimals, never a point.
  expect(esf.slice(1).every((row) => row.slice(3).every((cell) => /^\d+(,\d+)?$/.test(cell)))).toBe(true);
});

it('lists the network’s public records with their classification and retention, and hands out its open data', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/records');
  const register = page.getByRole('table', { name: 'Register över allmänna handlingar' });
  await expect(register.locator('tr[data-record-type="minutes"]').count()).resolves.toBeGreaterThan(0);
  await expect(register.locator('tr[data-record-type="mandateVersion"]').count()).resolves.toBeGreaterThan(0);
  await expect(register.innerText()).resolves.toMatch(/Bevaras|Gallras efter \d+ år/);
  await page.getByText('Inget gallras av verktyget').waitFor();
  const file = await download(page, page.getByRole('button', { name: 'Hämta öppna data (JSON)' }));
  const data = OpenData.parse(JSON.parse(file.text));
  expect(data.body.type).toBe('oparl:Body');
  expect(data.meeting.length).toBeGreaterThan(0);
  expect(data.paper.length).toBeGreaterThan(0);
});
