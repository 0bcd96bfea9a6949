import { cp } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { reachableModules } from '../../scripts/reachable-modules.js';

// The server (Node) and its browser side (`./client`: no Node API, for the demo and the widgets).
const publicEntries = { index: 'src/index.ts', 'client/index': 'src/client/index.ts' };

export default defineConfig({
  // One file per source module, as in core: the migrations are read from beside the module that
  // applies them (dist/store/migrations/), which a bundle would move.
  entry: reachableModules([...Object.values(publicEntries), 'src/cli/bin.ts']),
  bundle: false,
  dts: { entry: publicEntries },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  async onSuccess() {
    await cp('src/store/migrations', 'dist/store/migrations', { recursive: true, filter: (source) => !source.includes('.') || source.endsWith('.sql') });
    // PGlite's worker thread is started from its file (pglite-thread-client.ts).
    await cp('src/store/pglite-worker.mjs', 'dist/store/pglite-worker.mjs');
  },
});
