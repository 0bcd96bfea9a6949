/**
 * How every browser test in the workspace reaches a browser: Debian's /usr/bin/chromium driven
 * by Playwright — never a downloaded browser — launched with the flags this machine's closed
 * network needs (no background networking, component updates or sync).
 */
import { playwright } from '@vitest/browser-playwright';

export const chromiumLaunchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The `test.browser` settings for Debian's Chromium. */
export function debianChromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumLaunchArgs } }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}
