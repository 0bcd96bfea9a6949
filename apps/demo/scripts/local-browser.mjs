// What the scripts and the E2E suite that load the built demo in Debian's Chromium share: a free
// port on 127.0.0.1 for `vite preview`, and the workspace's way of starting the browser
// (debian-chromium.mjs at the root).
import { createServer } from 'node:net';

export { chromiumFlags, chromiumPath } from '../../../debian-chromium.mjs';

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
