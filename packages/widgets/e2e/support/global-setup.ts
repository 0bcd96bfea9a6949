/**
 * One host server (e2e/support/host-server.ts) and one Debian Chromium for the whole run; each
 * test file connects to the browser and opens fresh contexts. The React host page's app is
 * bundled here with esbuild against the built dist/ (turbo's `test` depends on `build`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, chromiumPath } from '../../../../debian-chromium.mjs';
import { startHostServer, type HostServer } from './host-server.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    hostUrl: string;
    embedUrl: string;
    otherSiteUrl: string;
    wsEndpoint: string;
  }
}

let host: HostServer | undefined;
let browser: BrowserServer | undefined;
let appDir: string | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(join(packageRoot, 'dist', 'standalone', 'samverkan-widgets.js'))) {
    throw new Error('packages/widgets/dist is missing: run `pnpm --filter @samverkan/widgets build` (turbo runs it before `test`).');
  }
  appDir = mkdtempSync(join(tmpdir(), 'samverkan-widgets-host-app-'));
  await esbuild.build({
    entryPoints: [join(packageRoot, 'e2e', 'support', 'host-app.tsx')],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: appDir,
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@samverkan/widgets/meeting': join(packageRoot, 'dist', 'meeting.js') },
    logLevel: 'error',
  });
  host = await startHostServer({ hostAppDir: appDir });
  browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  project.provide('hostUrl', host.url);
  project.provide('embedUrl', host.embedUrl);
  project.provide('otherSiteUrl', host.otherSiteUrl);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  await host?.stop();
  if (appDir) rmSync(appDir, { recursive: true, force: true });
}
