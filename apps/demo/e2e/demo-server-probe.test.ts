/**
 * Whether the demo runs on its shared server is asked by index.html itself (a preload of
 * `/demo/networks`), so the answer does not wait for the entry to arrive and run; the app's own
 * question (src/server/demo-server.ts) then takes that response instead of asking again.
 */
import { expect, it } from 'vitest';
import { baseUrl, holdEntry, newPage, useBrowser } from './support/browser.js';

useBrowser();

it('asks for /demo/networks before the entry has run, and only once', async () => {
  const page = await newPage();
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/demo/networks') asked.push(request.url());
  });
  const release = await holdEntry(page);
  try {
    const probe = page.waitForRequest((request) => new URL(request.url()).pathname === '/demo/networks');
    await page.goto(`${baseUrl()}/fyrbodal/meetings/mote-2019-12-05`, { waitUntil: 'commit' });
    await probe;
    // Asked while the entry is still held back: no script of the app has run.
    await expect(page.evaluate(() => document.querySelector('.sv-demo-boot') !== null)).resolves.toBe(true);
  } finally {
    release();
  }
  // The app opens the sample in the browser (vite preview is no shared server) on that one answer.
  await page.locator('.sv-meeting-lifecycle').waitFor();
  expect(asked).toHaveLength(1);
});
