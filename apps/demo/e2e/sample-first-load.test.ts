/**
 * On a first visit the entry starts the worker that loads the sample (src/app/sample-first-load.ts)
 * as soon as it knows the page is a sample's — beside the evaluation of the sample app's code, not
 * after it. A later visit starts none: the sample is in its database already.
 */
import type { Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './support/browser.js';

useBrowser();

const meetingPath = '/fyrbodal/meetings/mote-2019-12-05';

it('starts the sample’s loader worker while the sample app’s own code is still held back, and opens the page on what it stored', async () => {
  const page = await newPage();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let served = false;
  await page.route(/\/assets\/sample-app-[\w-]+\.js$/, async (route) => {
    await held;
    served = true;
    await route.continue();
  });
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  const started = page.waitForEvent('worker');
  await page.goto(`${baseUrl()}${meetingPath}`, { waitUntil: 'commit' });
  const worker: Worker = await started;
  const finished = new Promise<void>((resolve) => worker.on('close', () => resolve()));
  expect(new URL(worker.url()).pathname).toMatch(/^\/assets\/sample-loader\.worker-[\w-]+\.js$/);
  // The worker stores the sample and ends, all while the sample app's chunk has not arrived.
  await finished;
  expect(served).toBe(false);
  release();
  await page.locator('.sv-meeting-lifecycle').waitFor();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Nätverksmöte 6/2019');
  // That one worker stored it: the page, finding the sample there, started no other.
  expect(workers).toEqual([worker]);
});

it('starts no worker on a later visit', async () => {
  const page = await newPage();
  await page.goto(`${baseUrl()}${meetingPath}`);
  await page.locator('.sv-meeting-lifecycle').waitFor();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.reload();
  await page.locator('.sv-meeting-lifecycle').waitFor();
  expect(workers).toEqual([]);
});
