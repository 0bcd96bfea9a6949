/**
 * The JavaScript a first visit to a meeting's page loads — the page's and the sample loader
 * worker's, gzip — stays within its budget (scripts/first-load-js.mjs measures it; run it as a
 * script to see every file). The worker is built as a chunk of the app (vite.config.ts), so it
 * imports the page's own chunks of core, zod and xstate instead of carrying a copy of its own:
 * its file is a few hundred bytes, and it still loads a sample on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFinished } from 'vitest';
import { kB, measureFirstLoad, type FirstLoad } from '../scripts/first-load-js.mjs';
import { baseUrl } from './support/browser.js';

/**
 * kB gzip (1000 bytes) of JavaScript on a first visit to a meeting's page, worker included.
 * Was 517 kB with the worker bundled apart (its own core, zod and xstate); 383 kB when this
 * budget was set at 390, and 392 kB by the time issue 17 was taken up. Then 324 kB with the
 * kit's lazy MeetingWorkspace (`@samverkan/ui/lazy`: the parts its stage does not show —
 * markdown-it, the attendance register, the minutes editor, the dialogs — fetched when shown),
 * and 309 kB once the banner's menus fetched react-aria's popover on the first press (budget
 * 310 on that branch). Merged with core's faster ESF report and replay (typed arrays, its own
 * SHA-256 and canonical-JSON paths: core's main entry 45.5 → 47.0 kB) the page came to 310.2 kB
 * — the runtime chunk grew and the ESF report's chunk (4.0 kB) is part of every first load, as
 * the runtime's queries import it; budget 311. The samples' data is now fetched only by the worker (a repeat visit does not fetch it,
 * the first still does). Then 287.5 kB once the worker fetched only the sample it loads (core's
 * `importSample`: Fyrbodal's data and history, 9 kB, instead of all five samples', 31 kB); budget
 * 288. Merged with core's leaner start from snapshots the page came to 288.6 kB: the runtime's
 * chunk grew 66.5 → 67.6 kB (snapshots' event ids and command places kept packed with a hash
 * index, `packed-lines.ts`; several streams read in one call, `read-streams.ts`) — code every
 * runtime carries, as replay's duplicate and retry checks ask it; budget 289. Then 286.6 kB
 * once the demo's build left out react-aria's strings in languages other than Swedish and
 * English (`@react-aria/optimize-locales-plugin`, vite.config.ts); budget 287. Zod told not to
 * compile parsers (a chunk of its own, 0.3 kB with its imports) and the worker importing all its
 * chunks at once (0.2 kB of import statements) took it to 287.1; @samverkan/react on React's own
 * `useSyncExternalStore` rather than the shim for React 17 (0.55 kB) brought it to 286.5; merged
 * with core packing event ids and command places after a replay (the runtime's chunk 67.6 →
 * 68.0 kB) it is 286.9. Core's plain transitions (`direct-transition.ts`: replay about 11 %
 * faster, and every visit replays the sample's log) grew the runtime's chunk 68.0 → 68.8 kB
 * (287.7 kB). Grouping the small chunks a meeting's page loads anyway (vite.config.ts: the
 * entry's `frame`, the pages' `sample-shell`; 57 files became 40) took 5 kB off: 283.4 kB
 * with both; budget 284. Grouping further (vite.config.ts: all of core with zod and xstate in
 * `runtime`, react-aria's form basics in `kit-basics`, the sample app's wiring and
 * @samverkan/react in `sample-shell`; 40 files became 14) took 4.7 kB more off: 279.0 kB;
 * budget 280, and at most 16 files. What is left is mostly React (71 kB), core's runtime with
 * zod and xstate (131 kB) and the meeting's workspace with react-aria's fields for its agenda
 * form (about 45 kB). Core's ESF report is among them because @samverkan/react is one bundled
 * module, so every page carries every hook used anywhere and the core queries they import
 * (built one module per file, the page loaded 87 scripts, 22 kB less minified but 0.2 kB more
 * gzip: smaller chunks compress worse). Issue 17 aims at 200 kB:
 * lower it as the page gets lighter, never raise it to make the suite pass — find out what grew
 * (`node scripts/first-load-js.mjs`).
 */
const budget = 280;
/**
 * Files, too: each is a request, and over HTTP/1.1 a browser has six at a time. 40 small chunks
 * held the connections while the entry and core's runtime came in a fraction of the bandwidth
 * (Lighthouse's simulated largest paint 3.2–3.3 s; with 14 files, 2.7 s).
 */
const fileBudget = 16;
const meeting = '/fyrbodal/meetings/mote-2019-12-05';

let browser: Browser;
let firstLoad: FirstLoad;

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
  firstLoad = await measureFirstLoad({ browser, baseUrl: baseUrl(), distDir: inject('distDir'), path: meeting, ready: '.sv-meeting-lifecycle' });
  console.log(`${meeting}: ${firstLoad.scripts.length} scripts, ${kB(firstLoad.gzip)} gzip`);
});

afterAll(async () => {
  await browser?.close();
});

it(`loads at most ${budget} kB gzip of JavaScript on a first visit to a meeting's page`, () => {
  expect(firstLoad.scripts.length).toBeGreaterThan(1);
  expect(firstLoad.gzip / 1000).toBeLessThanOrEqual(budget);
});

it(`fetches at most ${fileBudget} script files on a first visit to a meeting's page`, () => {
  expect(firstLoad.scripts.length).toBeLessThanOrEqual(fileBudget);
});

it('starts the sample loader worker on chunks that bring no React', () => {
  // The chunks the worker's file imports, and theirs, read from the build: none may hold React
  // (grouping chunks could put a module the worker needs beside React's, and the worker would
  // then fetch and run React too).
  const distDir = inject('distDir');
  const worker = firstLoad.scripts.find((s) => s.path.includes('sample-loader.worker'))!;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(distDir, 'assets', file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:^|[;}\n])import(?:[^"';]*?from)?"\.\/([\w.-]+\.js)"/g)) visit(imported!);
  };
  visit(worker.path.replace(/^\/assets\//, ''));
  expect(seen.size).toBeGreaterThan(1);
  const withReact = [...seen].filter((file) => {
    const mapFile = join(distDir, 'assets', `${file}.map`);
    // Only the bundler's own helpers (Vite's preload helper, Rolldown's runtime) have none.
    if (!existsSync(mapFile)) return false;
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
    return map.sources.some((source) => /[\\/]node_modules[\\/](react|react-dom)[\\/]/.test(source));
  });
  expect(withReact).toEqual([]);
});

it('starts the sample loader worker from a file that carries no copy of core', () => {
  const worker = firstLoad.scripts.filter((s) => s.path.includes('sample-loader.worker'));
  expect(worker).toHaveLength(1);
  expect(worker[0]!.gzip).toBeLessThan(2000);
});

it('loads a sample in the worker from the page’s own chunks', async () => {
  const worker = firstLoad.scripts.find((s) => s.path.includes('sample-loader.worker'))!;
  const context = await browser.newContext();
  onTestFinished(() => context.close());
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/`);
  const answer = await page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const w = new Worker(url, { type: 'module' });
        w.addEventListener('message', (event) => resolve(event.data));
        w.addEventListener('error', (event) => reject(new Error(event.message || 'the worker failed to start')));
        w.postMessage({ sampleId: 'orebro', database: 'first-load-budget-check' });
      }),
    worker.path,
  );
  expect(answer).toEqual({ ok: true });
  // It stored the sample: the database holds its events.
  const events = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('first-load-budget-check');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('events').objectStore('events').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
  expect(events).toBeGreaterThan(10);
});
