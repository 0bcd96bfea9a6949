import { defineConfig } from 'tsup';
import { reachableModules } from '../../scripts/reachable-modules.js';

// The public entry points. Samples (data) and JSON Schema generation are separate entry points
// so that an app importing a machine does not carry four sample networks.
const publicEntries = {
  index: 'src/index.ts',
  // Lifecycle states, kinds and their labels without zod or the machines, for views (ui, widgets).
  'labels/index': 'src/labels/index.ts',
  'samples/index': 'src/samples/index.ts',
  'json-schema/index': 'src/json-schema/index.ts',
  'runtime/index': 'src/runtime/index.ts',
  // The files people take away: calendar, CSV, open data, the register of public records.
  'documents/index': 'src/documents/index.ts',
  // Test-only: the event store contract suite for adapters written outside core (imports vitest).
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig({
  // The JavaScript is emitted one file per source module, not bundled, so that an app's bundler
  // can drop every module it does not use: `"sideEffects": false` works per module, and one
  // bundled file defeats it (importing `meetingMachine` alone then carried all of core).
  // The declarations are still rolled up per public entry point.
  entry: reachableModules(Object.values(publicEntries)),
  bundle: false,
  dts: { entry: publicEntries },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
