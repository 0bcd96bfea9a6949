// The end-to-end suite: Node drives Debian's Chromium (playwright-core) against `vite preview`
// of the built dist/ — turbo's `test` depends on `build`, so this builds nothing itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    // One preview server and one browser for the whole run; files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
