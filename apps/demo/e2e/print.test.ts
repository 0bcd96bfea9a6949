/**
 * Printing from the demo as a person would: each document's print page printed to PDF by
 * Chromium (the page's own @page size, as the browser's print dialog uses it) and read back
 * with poppler's pdftotext and pdfinfo — the document's content on A4 pages, and nothing of the
 * demo around it (banner, navigation, person menu, buttons, footer).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { newPage, open, useBrowser } from './support/browser.js';

useBrowser();

const folder = mkdtempSync(join(tmpdir(), 'samverkan-demo-print-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What the demo shows around a document on screen, none of which may be printed. */
const chrome = ['Hoppa till innehållet', 'In English', 'Demons tid', 'Byt person', 'Skriv ut eller spara som PDF', 'Tillbaka till', 'Påhittade personer', 'Sidor i exemplet'];

/** Prints the open page to PDF and reads it back: the text of all pages (whitespace as single spaces) and each page's size in points. */
async function printed(page: Page, name: string): Promise<{ text: string; sizes: Array<[number, number]> }> {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { text, sizes };
}

function expectA4WithoutChrome({ text, sizes }: { text: string; sizes: Array<[number, number]> }) {
  expect(sizes.length).toBeGreaterThan(0);
  for (const [width, height] of sizes) {
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
  }
  for (const words of chrome) expect(text).not.toContain(words);
}

it('prints a meeting’s notice from its page: the agenda on A4, none of the demo around it', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/meetings/mote-2019-05-16');
  await page.getByRole('link', { name: 'Kallelse med dagordning' }).click();
  await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).waitFor();
  const pdf = await printed(page, 'notice');
  expectA4WithoutChrome(pdf);
  expect(pdf.text).toContain('Kallelse');
  expect(pdf.text).toContain('Nätverksmöte 3/2019');
  expect(pdf.text).toContain('Fyrbodals');
});

it('prints published minutes with their approval and the record’s fingerprint, and the attendance list', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/print/minutes/mote-2019-05-16');
  await page.getByRole('heading', { level: 1, name: 'Nätverksmöte 3/2019' }).waitFor();
  const minutes = await printed(page, 'minutes');
  expectA4WithoutChrome(minutes);
  expect(minutes.text).toContain('Minnesanteckningar');
  expect(minutes.text).toMatch(/Justerade? av/);
  // The fingerprint, 64 hex digits (pdftotext may break it at the line's end).
  expect(minutes.text.replace(/ /g, '')).toMatch(/[0-9a-f]{64}/);

  await open(page, '/fyrbodal/print/attendance/mote-2019-05-16');
  const list = await printed(page, 'attendance');
  expectA4WithoutChrome(list);
  expect(list.text).toContain('Deltagarlista');
  expect(list.text).toMatch(/Närvarande \d+/);
  expect(list.text).toContain('Karin Ekdahl');
});

it('prints a mandate with its version history, and the ESF report', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/mandates/uppdrag-e-halsonatverket');
  await page.getByRole('link', { name: 'Skriv ut eller spara som PDF' }).click();
  await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).waitFor();
  const mandate = await printed(page, 'mandate');
  expectA4WithoutChrome(mandate);
  expect(mandate.text).toContain('Uppdragsbeskrivning');
  expect(mandate.text).toMatch(/Version/);

  await open(page, '/ehalsalyftet/seminars');
  await page.getByRole('link', { name: 'Skriv ut ESF-rapporten eller spara som PDF' }).click();
  await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).waitFor();
  const esf = await printed(page, 'esf');
  expectA4WithoutChrome(esf);
  expect(esf.text).toContain('ESF');
});

it('says so when there is nothing to print yet, with the way back', async () => {
  const page = await newPage();
  await open(page, '/fyrbodal/print/minutes/mote-2020-01-23');
  await page.getByRole('heading', { level: 1, name: 'Dokumentet finns inte' }).waitFor();
  await page.getByRole('link', { name: 'Tillbaka till mötet' }).waitFor();
});
