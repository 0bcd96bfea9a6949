/**
 * One `vite preview` on a free port and one Debian Chromium for the whole run; test files
 * connect to the browser and open a fresh context (fresh IndexedDB and localStorage) per test.
 * Nothing is built here: turbo's `test` depends on `build`.
 *
 * The preview serves a copy of the built dist/ in a directory of the run's own (under the
 * system's temporary directory), so a rebuild of dist/ during the run — `npm start` in another
 * terminal, or a second `npm test` — cannot pull files from under the tests, and the run never
 * touches the dist/ that `npm start` serves.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, chromiumPath, freePort } from '../../scripts/local-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    /** The run's copy of the built demo (what the shared-server test serves too). */
    distDir: string;
  }
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('apps/demo/dist is missing: run `pnpm --filter @samverkan/demo build` (turbo runs it before `test`).');
  }
  outDir = mkdtempSync(join(tmpdir(), 'samverkan-demo-e2e-'));
  cpSync(join(root, 'dist'), outDir, { recursive: true });
  const port = await freePort();
  server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('distDir', outDir);
}

export async function teardown() {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
