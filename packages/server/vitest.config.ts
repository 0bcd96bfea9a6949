import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    environment: 'node',
    // One PostgreSQL server for the run, started and removed by the run (the tests on PGlite need none).
    globalSetup: ['./vitest.global-setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
