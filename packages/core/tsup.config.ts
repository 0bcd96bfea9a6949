import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { defineConfig } from 'tsup';

// The public entry points. Samples (data) and JSON Schema generation are separate entry points
// so that an app importing a machine does not carry four sample networks.
const publicEntries = {
  index: 'src/index.ts',
  'samples/index': 'src/samples/index.ts',
  'json-schema/index': 'src/json-schema/index.ts',
  'runtime/index': 'src/runtime/index.ts',
};

/**
 * Every source module the public entry points reach through relative imports. Test helpers
 * that sit beside the code (store contracts, suites, fixtures) are reached by no entry point,
 * so they are not shipped, whatever they are named.
 */
function reachableModules(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = join(dirname(file), fileName).replace(/\.js$/, '');
      const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (!target) throw new Error(`${file}: cannot find the module ${fileName}`);
      queue.push(relative('.', target));
    }
  }
  return [...seen].sort();
}

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
