// The demo is a plain single-page app: Vite serves index.html for every path (history routing),
// and the build keeps each page in its own chunk so the first page loads only what it shows.
import { basename, dirname, posix, relative, resolve } from 'node:path';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

const sharedWorkerQuery = '?shared-worker';

/** The chunk of one sample's data (core's `samples/<id>.sample.js`). */
const sampleData = /(^|\/)[a-z]+\.sample-[\w-]+\.js$/;

/**
 * `import url from './x.worker.ts?shared-worker'` gives the URL of a module worker that is built
 * as a chunk of the app itself, not as a bundle of its own. Why: Vite builds a worker
 * (`new Worker(new URL(…))`) separately, so the sample loader worker carried its own copy of
 * core, zod and xstate (130 kB gzip) beside the ones the page loads. Built with the page, the
 * worker imports the very chunks the page imports, and the browser fetches each one once.
 * Only what the worker imports is in the chunks it loads (no React, nothing that needs a
 * document). In development the URL is the module's own, which Vite serves as it is.
 *
 * The worker's chunk imports every chunk it needs directly (hoistTransitiveImports below).
 */
function sharedWorker(): Plugin {
  let build = false;
  let root = process.cwd();
  const workers = new Set<string>();
  return {
    name: 'samverkan:shared-worker',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
      root = config.root;
    },
    resolveId(source, importer) {
      if (!source.endsWith(sharedWorkerQuery) || importer === undefined) return null;
      return `\0shared-worker:${resolve(importer, '..', source.slice(0, -sharedWorkerQuery.length))}`;
    },
    load(id) {
      if (!id.startsWith('\0shared-worker:')) return null;
      const file = id.slice('\0shared-worker:'.length);
      if (!build) return `export default ${JSON.stringify(`/${relative(root, file)}`)};`;
      workers.add(file);
      const reference = this.emitFile({ type: 'chunk', id: file, name: basename(file).replace(/\.tsx?$/, '') });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.facadeModuleId && workers.has(chunk.facadeModuleId)) hoistTransitiveImports(chunk, bundle);
      }
    },
  };
}

/**
 * Makes `chunk` import every chunk it reaches statically, in the order they are evaluated, as
 * Rollup's `hoistTransitiveImports` does (Rolldown does not yet). Why: a worker cannot be given
 * <link rel=modulepreload>, so it found its chunks one level of imports at a time — core's
 * sample loading, then the runtime, then its schemas and labels: three round trips after its
 * own file before the sample's data was asked for, each mostly a revalidation of a file the
 * page had just fetched. Now it asks for all of them at once (two round trips fewer on a first
 * visit). The same modules are evaluated in the same order — the imports are added after the
 * chunk's own, whose evaluation has already evaluated every one of them (all but the samples'
 * shared chunks, see below) — and after its code, so its source map stays as it is. The file's name still changes whenever one of them does,
 * as it names its own imports, which name theirs.
 */
function hoistTransitiveImports(chunk: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): void {
  const order = staticImportsOf(chunk.fileName, bundle);
  // What every chunk it may import later (`import()`: a sample's data) imports in turn — the
  // samples' shared helpers and reference dates, side-effect free like all of core — is
  // fetched with the rest too, so the sample's own chunk is the last round trip.
  const later = order.concat(chunk.fileName).flatMap((fileName) => {
    const dependency = bundle[fileName];
    return dependency?.type === 'chunk' ? dependency.dynamicImports : [];
  });
  const shared = later.map((fileName) => staticImportsOf(fileName, bundle)).reduce<string[] | undefined>((common, next) => (common ? common.filter((f) => next.includes(f)) : next), undefined);
  const hoisted = [...order, ...(shared ?? []).filter((fileName) => !order.includes(fileName))]
    .filter((fileName) => !chunk.imports.includes(fileName))
    .map((fileName) => `import${JSON.stringify(`./${posix.relative(dirname(chunk.fileName), fileName)}`)};`)
    .join('');
  const comment = chunk.code.lastIndexOf('\n//# sourceMappingURL=');
  const end = comment === -1 ? chunk.code.length : comment;
  chunk.code = `${chunk.code.slice(0, end)}\n${hoisted}${chunk.code.slice(end)}`;
}

/** The chunks `fileName` reaches through static imports, in the order they are evaluated. */
function staticImportsOf(fileName: string, bundle: Rolldown.OutputBundle): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    const dependency = bundle[name];
    if (dependency?.type !== 'chunk') return;
    for (const imported of dependency.imports) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      visit(imported);
      order.push(imported);
    }
  };
  visit(fileName);
  return order;
}

export default defineConfig({
  plugins: [
    react(),
    sharedWorker(),
    // react-aria carries its own strings (a number field's «Öka», a dialog's «Stäng») in some
    // 35 languages; the demo speaks Swedish and English (the kit's `sv-SE` and `en-GB`, whose
    // strings are react-aria's `en-US`), so the others are left out of its chunks.
    optimizeLocales.vite({ locales: ['sv-SE', 'en-US'] }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: {
      // A sample's data is imported by the sample loader worker (core's `importSample`), where
      // Vite's preload helper, which adds <link rel=modulepreload> to a document, cannot run: the
      // sample's chunks are fetched by the import itself (the main thread's fallback does the same).
      resolveDependencies: (file, deps) => (sampleData.test(file) ? [] : deps),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The samples' reference dates in a chunk of their own: the page's thread needs them
            // to set its clock, and they would otherwise share a chunk with the samples' data,
            // which only the worker that loads a sample fetches (sample-runtime.ts) — each
            // sample's data in its own chunk, behind core's `importSample`.
            { name: 'sample-reference-dates', test: /[\\/]core[\\/]dist[\\/]samples[\\/]reference-dates\.js$/, priority: 2, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
