// The end-to-end suite: Node drives Debian's Chromium (playwright-core) against `vite preview`
// of a copy of the built dist/ — turbo's `test` depends on `build`, so this builds nothing itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    // One preview server and one browser for the whole run; files run one after another.
    fileParallelism: false,
    // Concurrent tests (the accessibility pages) two at a time: the machine has two cores, and
    // other packages' tests may run beside this suite.
    maxConcurrency: 2,
    // A whole flow (a meeting from proposal to published minutes) takes 10–15 s on a quiet
    // machine; two minutes leaves room for a loaded 2-core one. A single page's checks set
    // their own, shorter timeout.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
