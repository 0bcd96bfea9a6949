// Unit tests (src/**) run in Node; the end-to-end tests (e2e/**) drive Debian's Chromium
// (playwright-core) against host pages with a strict CSP — see e2e/support/global-setup.ts.
// turbo's `test` depends on `build`: the E2E tests load the built widgets.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    // One host server and one browser for the run; files one after another, as on a loaded 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
