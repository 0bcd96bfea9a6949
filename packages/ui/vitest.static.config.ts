// The built Storybook as designers browse it (static-storybook/): Node drives Debian's Chromium
// (playwright-core) through the manager against `storybook-static/`, which the `test` script
// builds just before. Two stories at a time: the machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'static-storybook',
    include: ['static-storybook/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['static-storybook/global-setup.ts'],
    maxConcurrency: 2,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/static-storybook.json' }]],
  },
});
