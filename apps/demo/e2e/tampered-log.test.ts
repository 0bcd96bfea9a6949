/**
 * A log changed in the browser's IndexedDB behind the demo's back — an invalid payload, a
 * deleted event, `data: null`, a duplicated version — is named on the damaged meeting's page and
 * on the network's overview, the rest of the network works, the pages stay axe-clean, and the
 * reset on the Demodata page brings the sample back. (On main: "-5 min" on the agenda, the
 * meeting silently back at planned, every page broken by `data: null`, and the meeting refused
 * with CONFLICT for ever.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { feedback, newPage, open, useBrowser } from './support/browser.js';

useBrowser();

const database = 'samverkan-demo-fyrbodal';
const meetingPath = '/fyrbodal/meetings/mote-2019-12-05';
const stream = 'meeting:fyrbodal:mote-2019-12-05';
/** Another meeting, its minutes drafted and waiting for approval. */
const otherPath = '/fyrbodal/meetings/mote-2019-10-17';

type Tamper = 'invalidPayload' | 'deletedEvent' | 'dataNull' | 'duplicatedVersion';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Changes the sample's stored events directly, as someone with the browser's dev tools could. */
async function tamper(page: Page, kind: Tamper): Promise<void> {
  await page.evaluate(
    async ({ database, stream, kind }) => {
      const done = <T,>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await done(indexedDB.open(database));
      const tx = db.transaction('events', 'readwrite');
      const events = tx.objectStore('events');
      type Stored = { position: number; stream: string; version: number; data: Record<string, unknown> | null };
      const all = (await done(events.getAll())) as Stored[];
      const ofStream = all.filter((e) => e.stream === stream).sort((a, b) => a.version - b.version);
      const second = ofStream[1]!;
      if (kind === 'invalidPayload') {
        const item = (second.data as { item: Record<string, unknown> }).item;
        events.put({ ...second, data: { ...second.data, item: { ...item, durationMinutes: -5 } } });
      } else if (kind === 'deletedEvent') {
        events.delete(ofStream[0]!.position);
      } else if (kind === 'dataNull') {
        events.put({ ...second, data: null });
      } else {
        const { position: _position, ...last } = ofStream.at(-1)!;
        events.add({ ...last, version: last.version + 1 });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
      });
      db.close();
    },
    { database, stream, kind },
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target.join(' '))).join(', ')}`);
  });
}

/** The whole check for one kind of tampering, from a fresh browser with the sample as shipped. */
async function damagedThenReset(kind: Tamper, version: number): Promise<void> {
  const page = await newPage();
  // The first visit stores the sample in IndexedDB; the meeting is sound.
  await open(page, meetingPath);
  await page.locator('.sv-agenda-builder__items').waitFor();
  await expect(page.locator('.sv-demo-damage').count()).resolves.toBe(0);

  await tamper(page, kind);
  await page.reload();
  await page.locator('h1').waitFor();

  // The meeting's page says which record is damaged, where and why, and that it cannot be changed.
  const notice = page.locator('.sv-demo-damage');
  await notice.getByRole('heading', { name: 'Handlingen är skadad' }).waitFor();
  const said = await notice.innerText();
  expect(said).toContain(`«${stream}» är skadad vid version ${version}`);
  expect(said).toContain('kan inte ändras');
  await expect(page.getByText('-5 min').count()).resolves.toBe(0);
  await expect(axeViolations(page)).resolves.toEqual([]);

  // The overview names it too, linked to the meeting.
  await open(page, '/fyrbodal');
  const overview = page.locator('.sv-demo-damage');
  await overview.getByRole('heading', { name: 'Skadade handlingar i exemplets logg' }).waitFor();
  await expect(overview.getByRole('link', { name: stream }).getAttribute('href')).resolves.toBe(meetingPath);
  await expect(axeViolations(page)).resolves.toEqual([]);

  // The rest of the network works: another meeting's minutes are approved.
  await open(page, otherPath);
  await expect(page.locator('.sv-demo-damage').count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Justera minnesanteckningarna' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Justera' }).click();
  await feedback(page).getByText('Minnesanteckningarna är justerade.').waitFor();

  // The reset is reachable from the notice and brings the sample back, sound.
  await open(page, meetingPath);
  await page.getByRole('link', { name: 'Återställ exemplet på sidan Demodata' }).click();
  await page.getByRole('button', { name: 'Återställ exemplet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Återställ' }).click();
  await page.getByText('Exemplet är återställt.').waitFor();
  await open(page, meetingPath);
  await page.locator('.sv-agenda-builder__items').getByText('Nätverkets möten 2020').waitFor();
  await expect(page.locator('.sv-demo-damage').count()).resolves.toBe(0);
  await open(page, '/fyrbodal');
  await expect(page.locator('.sv-demo-damage').count()).resolves.toBe(0);
}

it('names a meeting whose stored agenda item was changed to -5 minutes, and does not show it', async () => {
  await damagedThenReset('invalidPayload', 2);
});

it('names a meeting whose first event was deleted, instead of silently showing it as planned', async () => {
  await damagedThenReset('deletedEvent', 1);
});

it('names a meeting with a data: null event; every other page still works, the reset too', async () => {
  await damagedThenReset('dataNull', 2);
});

it('names a meeting with a duplicated version instead of refusing it with CONFLICT for ever', async () => {
  // The copy of the last event (version 4) stored again as version 5.
  await damagedThenReset('duplicatedVersion', 5);
});
