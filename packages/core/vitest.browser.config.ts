// The browser tests (src/**/*.browser.test.ts) in real Chromium: Debian's /usr/bin/chromium driven
// by Playwright, never a downloaded browser. Run with `vitest run --config vitest.browser.config.ts`.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-browser.json' }]],
  },
});
