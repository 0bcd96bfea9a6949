// How every browser in the workspace's tests and scripts is started: Debian's Chromium (never a
// downloaded browser), headless, with the flags this machine's closed network needs (no
// background networking, component updates or sync). Plain JavaScript, so that the demo's Node
// scripts can import it as well as the TypeScript of the tests (docs/decisions/0011).

/** Debian's Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** Its flags: headless, with none of its own background traffic. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
