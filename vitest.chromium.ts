/**
 * How every browser test in the workspace reaches a browser: Debian's /usr/bin/chromium driven
 * by Playwright — never a downloaded browser — launched with the flags this machine's closed
 * network needs (no background networking, component updates or sync): `debian-chromium.mjs`.
 */
import { playwright } from '@vitest/browser-playwright';
import { chromiumFlags, chromiumPath } from './debian-chromium.mjs';

/** The `test.browser` settings for Debian's Chromium. */
export function debianChromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumFlags } }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}
