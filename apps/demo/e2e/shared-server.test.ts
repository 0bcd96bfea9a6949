/**
 * The demo on its shared server (`npm start`): two people in two browsers, one network. The
 * representative signs in and proposes an item; the process leader, signed in elsewhere, sees it
 * arrive without reloading and publishes the agenda; the representative's page shows the
 * published agenda live. Who acts is the session's person: a request that names another sender,
 * or a step the person may not take, is refused by the server whatever the page sends.
 *
 * The server runs as `npm start` runs it (apps/demo/server/demo-server.mjs) on a free port, with
 * its own PGlite data folder and the run's copy of the built demo, and is stopped after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axe } from './support/axe.js';
import { newPage, useBrowser } from './support/browser.js';
import { freePort } from '../scripts/local-browser.mjs';

useBrowser();

const demoServer = join(dirname(fileURLToPath(import.meta.url)), '..', 'server', 'demo-server.mjs');
const meetingPath = '/fyrbodal/meetings/mote-2019-12-05';
let base = '';
let child: ChildProcess | undefined;
let dataDir = '';
let output = '';

let port = 0;

/** Starts the demo server as `npm start` does, on `port` with `dataDir`; resolves once it says it is ready. */
async function startServer(): Promise<void> {
  output = '';
  child = spawn(process.execPath, [demoServer], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, DIST: inject('distDir'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = child;
  started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Ready when it says so (the five samples are loaded into PGlite the first time: some seconds).
  const deadline = Date.now() + 100_000;
  while (!output.includes('Samverkan demo on a shared server')) {
    if (started.exitCode !== null) throw new Error(`the demo server stopped: ${output}`);
    if (Date.now() > deadline) throw new Error(`the demo server did not start in time: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Stops the demo server (SIGTERM: it finishes what it is doing), or kills it after ten seconds. */
async function stopServer(): Promise<void> {
  const running = child;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (running.exitCode === null) running.kill('SIGKILL');
}

beforeAll(async () => {
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dataDir = join(mkdtempSync(join(tmpdir(), 'samverkan-demo-shared-')), 'data');
  await startServer();
}, 120_000);

afterAll(async () => {
  await stopServer();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

/** Opens the meeting signed out, follows the demo's sign-in and comes back to the meeting as `name`. */
async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto(`${base}${meetingPath}`);
  await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Logga in i nätverket' }).click();
  await page.getByRole('button', { name: `Logga in som ${name}` }).waitFor();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: `Logga in som ${name}` }).click();
  await page.waitForURL(`${base}${meetingPath}`);
  await page.getByRole('button', { name: new RegExp(`^Inloggad som ${name}`) }).waitFor();
}

it('two people, two browsers, one network: a proposal arrives live, the published agenda reaches the representative, and forged requests are refused', async () => {
  const karin = await newPage();
  const helena = await newPage();
  const workers: string[] = [];
  karin.on('worker', (worker) => workers.push(worker.url()));
  await signInAs(karin, 'Karin Ekdahl');
  await signInAs(helena, 'Helena Vik');

  // The network is the server's: no worker loads a copy of the sample into the browser.
  expect(workers).toEqual([]);
  await expect(karin.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).resolves.not.toContain('samverkan-demo-fyrbodal');

  // No person switcher and no clock to move on the shared server; the signed-in menu by keyboard.
  await expect(karin.getByRole('button', { name: /^(Byt person|Demons tid)/ }).count()).resolves.toBe(0);
  expect(await axe(karin)).toEqual([]);
  await karin.getByRole('button', { name: /^Inloggad som Karin Ekdahl/ }).focus();
  await karin.keyboard.press('Enter');
  const menu = karin.getByRole('dialog', { name: 'Din inloggning' });
  await expect(menu.innerText()).resolves.toContain('Kommunrepresentant');
  await menu.getByRole('link', { name: 'Logga in som någon annan' }).waitFor();
  await menu.getByRole('button', { name: 'Logga ut' }).waitFor();
  expect(await axe(karin)).toEqual([]);
  await karin.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });

  // The representative proposes an item …
  await karin.getByLabel('Rubrik').fill('Gemensam upphandling av digitala trygghetslarm');
  await karin.getByRole('button', { name: 'Föreslå punkt', exact: true }).click();
  await karin.getByText('Din punkt är föreslagen.').waitFor();

  // … and the process leader's page has it without a reload (the live stream).
  await helena.locator('.sv-agenda-builder__items').getByText('Gemensam upphandling av digitala trygghetslarm').waitFor({ timeout: 20_000 });

  // Publishing is hers, not the representative's: no button for Karin — and a request forged by
  // hand in her own browser session (past the page, naming Helena as sender or nobody) is refused
  // by the server, as is another step that is not hers.
  await expect(karin.getByRole('button', { name: 'Publicera agenda' }).count()).resolves.toBe(0);
  const forged = await karin.evaluate(async () => {
    const send = (body: unknown) =>
      fetch('/api/networks/fyrbodal/commands', { method: 'POST', headers: { 'content-type': 'application/json', 'x-samverkan-request': '1' }, body: JSON.stringify(body) }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as { code?: string } }),
      );
    return {
      asHelena: await send({ type: 'publishAgenda', id: 'forged-1', meetingId: 'fyrbodal:mote-2019-12-05', by: 'fyrbodal:person-001', at: '2019-11-20T13:00:00+01:00' }),
      asHerself: await send({ type: 'publishAgenda', id: 'forged-2', meetingId: 'fyrbodal:mote-2019-12-05' }),
      otherSender: await send({ type: 'proposeAgendaItem', id: 'forged-3', meetingId: 'fyrbodal:mote-2020-01-23', title: 'I Helenas namn', by: 'fyrbodal:person-001' }),
      notHers: await send({ type: 'cancelMeeting', id: 'forged-4', meetingId: 'fyrbodal:mote-2020-01-23', reason: 'Inte hennes beslut' }),
    };
  });
  for (const refusal of Object.values(forged)) expect(refusal).toMatchObject({ status: 403, body: { code: 'NOT_AUTHORISED' } });
  await expect(helena.locator('.sv-meeting-workspace').getAttribute('data-state')).resolves.toBe('collectingItems');

  await helena.getByRole('button', { name: 'Publicera agenda' }).click();
  const dialog = helena.getByRole('dialog', { name: 'Publicera agendan?' });
  await dialog.getByRole('button', { name: /^Publicera/ }).click();
  await helena.getByText(/Agendan är publicerad/).waitFor();

  // The representative's page follows: the agenda is published there too.
  await karin.locator('.sv-meeting-workspace[data-state="agendaPublished"], .sv-meeting-workspace[data-state="invited"]').waitFor({ timeout: 20_000 });
  await karin.locator('.sv-agenda-view, .sv-invitation').getByText('Gemensam upphandling av digitala trygghetslarm').first().waitFor();

  // Nothing forged is in the network: the meeting's trail has one publication, hers, and the
  // whole network's trail has neither the forged item nor the cancellation.
  await helena.goto(`${base}/fyrbodal/audit?stream=${encodeURIComponent('meeting:fyrbodal:mote-2019-12-05')}`);
  await helena.locator('[data-type="publishAgenda"]').first().waitFor();
  await expect(helena.locator('[data-type="publishAgenda"]').count()).resolves.toBe(1);
  await expect(helena.locator('[data-type="publishAgenda"]').innerText()).resolves.toMatch(/Vem:\s+Helena Vik/);
  await helena.goto(`${base}/fyrbodal/audit`);
  await helena.locator('.sv-audit-trail__entry').first().waitFor();
  await expect(helena.locator('.sv-audit-trail').innerText()).resolves.not.toMatch(/Inte hennes beslut|I Helenas namn/);
});

it('signed out, a network asks for a sign-in and shows nothing of its members', async () => {
  const page = await newPage();
  await page.goto(`${base}/`);
  await page.getByText('Demon körs på en delad server').first().waitFor();
  await expect(page.locator('body').innerText()).resolves.not.toContain('sparas bara i din webbläsare');
  await page.goto(`${base}${meetingPath}`);
  await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
  await expect(page.locator('main').innerText()).resolves.not.toMatch(/Karin Ekdahl|Helena Vik/);
  expect(await axe(page)).toEqual([]);
  const log = await page.evaluate(() => fetch('/api/networks/fyrbodal/log', { headers: { 'x-samverkan-request': '1' } }).then((r) => r.status));
  expect(log).toBe(401);
});

it('signs out: the session ends on the server and the network asks for a sign-in again', async () => {
  const page = await newPage();
  await signInAs(page, 'Helena Vik');
  await page.getByRole('button', { name: /^Inloggad som Helena Vik/ }).click();
  await page.getByRole('dialog', { name: 'Din inloggning' }).getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
  const me = await page.evaluate(() => fetch('/api/networks/fyrbodal/me', { headers: { 'x-samverkan-request': '1' } }).then((r) => r.status));
  expect(me).toBe(401);
});

it('says when the server is away and when it is back; what others do after arrives live, and the session holds across the restart', { timeout: 240_000 }, async () => {
  const january = '/fyrbodal/meetings/mote-2020-01-23';
  const helena = await newPage();
  const karin = await newPage();
  await signInAs(helena, 'Helena Vik');
  await signInAs(karin, 'Karin Ekdahl');
  await helena.goto(`${base}${january}`);
  await karin.goto(`${base}${january}`);
  await karin.locator('.sv-meeting-workspace[data-state="planned"]').waitFor();

  await stopServer();
  await karin.getByText('Anslutningen till servern är bruten.').waitFor({ timeout: 30_000 });
  // Still readable meanwhile: the page renders the browser's copy.
  await karin.getByRole('heading', { name: 'Nätverksmöte 1/2020', level: 1 }).waitFor();

  await startServer();
  await karin.getByText('Anslutningen till servern är tillbaka.').waitFor({ timeout: 60_000 });

  // Helena's session holds across the restart (the demo keeps its session key beside its data):
  // she opens the call for items, and Karin's page follows live without a reload.
  await helena.reload();
  await helena.getByRole('button', { name: /^Inloggad som Helena Vik/ }).waitFor();
  await helena.getByRole('button', { name: 'Öppna för punkter' }).click();
  await helena.locator('.sv-meeting-workspace[data-state="collectingItems"]').waitFor();
  await karin.locator('.sv-meeting-workspace[data-state="collectingItems"]').waitFor({ timeout: 30_000 });
  await karin.getByLabel('Rubrik').waitFor();
});
