// The meeting's documents a member takes away from the widget: the notice and the minutes
// printed from a window of their own (read back from Chromium's PDF with poppler's pdftotext:
// the document, nothing of the widget or the host page), the attendance list as CSV for Excel,
// and a clear message when the browser blocks the print window.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cspViolations, freshNetwork, meetings, newPage, openHostPage, people, useBrowser, widgetEvents } from './support/browser.js';

useBrowser();

const folder = mkdtempSync(join(tmpdir(), 'samverkan-widget-documents-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * The print window a click opens, once the document is rendered in it: its PDF's text. The
 * window's print() is recorded instead of opening the browser's dialog (which would hold the
 * page, so Chromium could not make the PDF).
 */
async function printedText(page: Page, button: string): Promise<{ text: string; title: string }> {
  await page.evaluate(() => {
    const open = window.open.bind(window);
    window.open = (...args: Parameters<typeof window.open>) => {
      const view = open(...args);
      if (view) view.print = () => void ((view as unknown as { printed: number }).printed = ((view as unknown as { printed?: number }).printed ?? 0) + 1);
      return view;
    };
  });
  const [view] = await Promise.all([page.context().waitForEvent('page'), page.locator('samverkan-meeting').getByRole('button', { name: button }).click()]);
  await view.locator('.sv-print').waitFor();
  await expect.poll(() => view.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  const file = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await view.pdf({ preferCSSPageSize: true }));
  const read = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (read.status !== 0) throw new Error(`pdftotext failed: ${read.stderr}`);
  // The page the print view sets: A4, as pdfinfo names it («Page size: 594.96 x 841.92 pts (A4)»).
  expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  return { text: read.stdout, title: await view.title() };
}

describe("the meeting widget's documents", () => {
  it('prints the published minutes with the approval and the fingerprint, and nothing of the widget or the page', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.published });
    const { text, title } = await printedText(page, 'Skriv ut minnesanteckningarna');
    expect(title).toBe('Nätverksmöte 3/2019');
    expect(text).toContain('Minnesanteckningar');
    expect(text).toContain('Nätverksmöte 3/2019');
    expect(text).toContain('Justerade av Helena Vik');
    expect(text).toMatch(/Fingeravtryck \(SHA-256\):\s+[0-9a-f]{64}/);
    for (const chrome of ['Lägg till i kalender', 'Skriv ut', 'Regionens intranät', 'Intranätet', 'Deltagarlista (CSV']) expect(text).not.toContain(chrome);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('prints the notice with its agenda, in English when the widget is', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await openHostPage(page, 'meeting', { network, meeting: meetings.published, lang: 'en' });
    const { text } = await printedText(page, 'Print the notice');
    expect(text).toContain('Nätverksmöte 3/2019');
    expect(text).toMatch(/Notice|Agenda/);
    expect(text).not.toContain('Print the notice');
  });

  it('hands a member the attendance list as CSV that Excel reads, byte-order mark and semicolons', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await openHostPage(page, 'meeting', { network, meeting: meetings.published });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('samverkan-meeting').getByRole('button', { name: 'Deltagarlista (CSV för Excel)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks));
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.length).toBeGreaterThan(1);
    expect(rows.data.flat()).toContain('Karin Ekdahl');
  });

  it('says in the widget, and tells the host, when the browser blocks the print window', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await openHostPage(page, 'meeting', { network, meeting: meetings.published });
    await page.locator('samverkan-meeting').getByRole('button', { name: 'Skriv ut kallelsen' }).click();
    await expect.poll(() => page.locator('samverkan-meeting [role="alert"]').textContent()).toContain('Webbläsaren stoppade utskriftsfönstret');
    expect((await widgetEvents(page)).filter((event) => event.type === 'samverkan-error').map((event) => event.detail.code)).toContain('POPUP_BLOCKED');
  });
});
