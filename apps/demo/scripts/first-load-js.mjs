#!/usr/bin/env node
/* global process, console, URL */
// How much JavaScript a page of the built demo loads on a first visit: every script the page
// and its workers fetch in a fresh browser context (empty IndexedDB, so a sample is loaded
// from scratch) until the page has rendered and the network is idle, each counted at its gzip
// size (what a server compressing its responses sends; `vite preview` itself does not
// compress). The e2e suite holds the meeting page to its budget with the same function
// (e2e/first-load-budget.test.ts); run as a script it prints the figures:
//
//   pnpm --filter @samverkan/demo build && node apps/demo/scripts/first-load-js.mjs [path…]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The pages measured when none is named: a sample's overview and a meeting (its heaviest kind of page). */
export const defaultPages = [
  { path: '/fyrbodal', ready: 'h1' },
  { path: '/fyrbodal/meetings/mote-2019-12-05', ready: '.sv-meeting-lifecycle' },
];

/**
 * Opens `baseUrl + path` in a fresh context of `browser` (playwright-core) and returns the
 * scripts it loaded, main thread and workers alike, with their size and gzip size in bytes.
 * `distDir` is the built demo the server serves: sizes are read from its files.
 */
export async function measureFirstLoad({ browser, baseUrl, distDir, path, ready = 'h1', timeout = 60_000 }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  try {
    const urls = new Set();
    // Context-wide, so a dedicated worker's script is counted with the page's.
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(baseUrl).origin && url.pathname.endsWith('.js')) urls.add(url.pathname);
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    await page.locator(ready).first().waitFor({ timeout });
    await page.waitForLoadState('networkidle', { timeout });
    const scripts = [...urls].map((pathname) => {
      const bytes = readFileSync(join(distDir, pathname));
      return { path: pathname, size: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    scripts.sort((a, b) => b.gzip - a.gzip);
    return { path, scripts, size: sum(scripts, 'size'), gzip: sum(scripts, 'gzip') };
  } finally {
    await context.close();
  }
}

const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);

/** kB as the size budgets count them (1000 bytes). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function main() {
  const { chromium } = await import('playwright-core');
  const { preview } = await import('vite');
  const { chromiumFlags, chromiumPath, freePort } = await import('./local-browser.mjs');
  const distDir = join(root, 'dist');
  const named = process.argv.slice(2).filter((a) => a.startsWith('/'));
  const pages = named.length > 0 ? named.map((path) => ({ path, ready: 'h1' })) : defaultPages;
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  try {
    for (const { path, ready } of pages) {
      const result = await measureFirstLoad({ browser, baseUrl: `http://127.0.0.1:${port}`, distDir, path, ready });
      console.log(`\n${path}: ${result.scripts.length} scripts, ${kB(result.gzip)} gzip (${kB(result.size)} minified)`);
      for (const s of result.scripts) console.log(`  ${kB(s.gzip).padStart(9)}  ${s.path}`);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
