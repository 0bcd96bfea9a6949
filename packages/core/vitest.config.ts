import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Browser tests run in real Chromium through vitest.browser.config.ts.
    exclude: [...configDefaults.exclude, 'src/**/*.browser.test.ts'],
    environment: 'node',
    // Property tests run 1000 cases each; on a loaded 2-core CI machine some take ~10 s.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
