// The hooks in real Chromium: Debian's /usr/bin/chromium driven by Playwright (never a
// downloaded browser), components rendered with vitest-browser-react.
import { defineConfig } from 'vitest/config';
import { debianChromium } from '../../vitest.chromium';

export default defineConfig({
  optimizeDeps: {
    // Pre-bundled up front, so Vite does not discover them mid-run and reload the page.
    include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', 'use-sync-external-store/shim/with-selector', 'vitest-browser-react', '@samverkan/core > zod', '@samverkan/core > zod/mini', '@samverkan/core > xstate'],
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    browser: debianChromium(),
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
