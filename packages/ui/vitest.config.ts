// Every story runs as a test in Debian's Chromium (never a downloaded browser) through
// @storybook/addon-vitest: it renders, its play function runs, and axe must find nothing at
// WCAG 2.1 A/AA.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { configDefaults, defineConfig } from 'vitest/config';
import { debianChromium } from '../../vitest.chromium';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // Pre-bundled up front, so Vite never reloads the page in the middle of a run.
  optimizeDeps: {
    include: ['markdown-it', 'react-aria-components', 'react-stately/private/flags/flags', 'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'],
  },
  test: {
    name: 'storybook',
    // The PDF tests run in Node (vitest.pdf.config.ts); the built Storybook has its own run (vitest.static.config.ts).
    exclude: [...configDefaults.exclude, 'src/**/*.pdf.test.tsx', 'static-storybook/**'],
    browser: debianChromium(),
    setupFiles: ['.storybook/vitest.setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
