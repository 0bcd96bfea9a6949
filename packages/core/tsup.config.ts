import { defineConfig } from 'tsup';

export default defineConfig({
  // Samples (data) and JSON Schema generation are separate entry points so that an app
  // importing a machine does not carry four sample networks.
  entry: {
    index: 'src/index.ts',
    'samples/index': 'src/samples/index.ts',
    'json-schema/index': 'src/json-schema/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
