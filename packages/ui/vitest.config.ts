// Every story runs as a test in Debian's Chromium (never a downloaded browser) through
// @storybook/addon-vitest: it renders, its play function runs, and axe must find nothing at
// WCAG 2.1 A/AA.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { debianChromium } from '../../vitest.chromium';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    browser: debianChromium(),
    setupFiles: ['.storybook/vitest.setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
