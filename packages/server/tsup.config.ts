import { cp } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { reachableModules } from '../../scripts/reachable-modules.js';

const publicEntries = { index: 'src/index.ts' };

export default defineConfig({
  // One file per source module, as in core: the migrations are read from beside the module that
  // applies them (dist/store/migrations/), which a bundle would move.
  entry: reachableModules(Object.values(publicEntries)),
  bundle: false,
  dts: { entry: publicEntries },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  async onSuccess() {
    await cp('src/store/migrations', 'dist/store/migrations', { recursive: true, filter: (source) => !source.includes('.') || source.endsWith('.sql') });
  },
});
