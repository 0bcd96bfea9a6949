// The browser tests (src/**/*.browser.test.ts) in real Chromium: Debian's /usr/bin/chromium driven
// by Playwright, never a downloaded browser. Run with `vitest run --config vitest.browser.config.ts`.
import { defineConfig } from 'vitest/config';
import { debianChromium } from '../../vitest.chromium';

export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts'],
    browser: debianChromium(),
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-browser.json' }]],
  },
});
