/**
 * The built Storybook as designers browse it: `storybook-static/` (built by the `test` script
 * just before this run) served on a free port, and one Debian Chromium for the whole run.
 * Nothing is built here.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, chromiumPath } from '../../../debian-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

declare module 'vitest' {
  export interface ProvidedContext {
    storybookUrl: string;
    wsEndpoint: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(join(root, 'storybook-static', 'index.json'))) {
    throw new Error('packages/ui/storybook-static is missing: run `pnpm --filter @samverkan/ui build-storybook` (the `test` script does).');
  }
  const port = await freePort();
  server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir: 'storybook-static' }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  project.provide('storybookUrl', `http://127.0.0.1:${port}`);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
}
