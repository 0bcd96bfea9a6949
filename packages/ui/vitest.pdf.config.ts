// The print views rendered to PDF by Debian's Chromium (driven by playwright-core from Node, never
// a downloaded browser) and read back with poppler's pdftotext and pdfinfo: the right content,
// nothing of the app's chrome, A4 pages. `bash scripts/bootstrap.sh --browser` installs both.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'pdf',
    environment: 'node',
    include: ['src/**/*.pdf.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/pdf.json' }]],
  },
});
