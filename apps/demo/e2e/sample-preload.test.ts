/**
 * On a sample's URL the page asks for the sample app's chunks and its own page's before the
 * entry has run (vite.config.ts, `samplePreload`): a first visit then fetches them beside the
 * entry instead of after it, at low priority so that the entry's own files go first. Each check holds the entry's file back, so only index.html's own
 * script can have asked for them; the start page asks for none.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, holdEntry, newPage, useBrowser } from './support/browser.js';

useBrowser();

/**
 * The chunks index.html asks for at `path` while the entry's script is held back (file names
 * without their hash), and those of them it asks for at low priority.
 */
async function preloadedBeforeTheEntry(page: Page, path: string): Promise<string[] & { low: string[] }> {
  const release = await holdEntry(page);
  try {
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'commit' });
    // Parsed (every script of index.html but the deferred entry has run), the entry still held.
    await page.waitForFunction(() => document.readyState !== 'loading');
    await expect(page.evaluate(() => document.querySelector('.sv-demo-boot') !== null)).resolves.toBe(true);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => ({ href: new URL(l.href).pathname, low: l.fetchPriority === 'low' })),
    );
    const name = (href: string) => href.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, '');
    return Object.assign(
      links.map((l) => name(l.href)),
      { low: links.filter((l) => l.low).map((l) => name(l.href)) },
    );
  } finally {
    release();
  }
}

it('asks for the sample app’s and the meeting page’s chunks, its workspace’s too, before the entry has run', async () => {
  const chunks = await preloadedBeforeTheEntry(await newPage(), '/fyrbodal/meetings/mote-2019-12-05');
  expect(chunks).toEqual(expect.arrayContaining(['sample-app', 'sample-shell', 'runtime', 'meeting-page', 'meeting-workspace-part', 'kit-basics']));
  expect(chunks).not.toContain('overview-page');
  expect(new Set(chunks).size).toBe(chunks.length);
  // After the entry's own files, which index.html names itself (the first paint waits for none).
  expect(chunks.low).toEqual(expect.arrayContaining(['sample-app', 'runtime', 'meeting-page']));
  expect(chunks.low).not.toContain('preload-helper');
});

it('asks for the overview’s chunk on a sample’s own URL, and not a meeting’s', async () => {
  const chunks = await preloadedBeforeTheEntry(await newPage(), '/orebro');
  expect(chunks).toEqual(expect.arrayContaining(['sample-app', 'overview-page']));
  expect(chunks).not.toContain('meeting-page');
});

it('asks for none of them on the start page or a path that names no network', async () => {
  for (const path of ['/', '/eget-natverk', '/ingen-sadan']) {
    const chunks = await preloadedBeforeTheEntry(await newPage(), path);
    expect(chunks, path).not.toContain('sample-app');
    expect(chunks.filter((c) => c.endsWith('-page')), path).toEqual([]);
  }
});
