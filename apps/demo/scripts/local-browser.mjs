// What the scripts and the E2E suite that load the built demo in Debian's Chromium share: a free
// port on 127.0.0.1 for `vite preview`, and the browser with the flags this machine's closed
// network needs (never a downloaded browser; no background traffic of its own).
import { createServer } from 'node:net';

/** Debian's Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** Flags for Debian's Chromium, headless, with none of its own background traffic. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
