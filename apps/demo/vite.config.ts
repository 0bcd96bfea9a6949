// The demo is a plain single-page app: Vite serves index.html for every path (history routing),
// and the build keeps each page in its own chunk so the first page loads only what it shows.
import { readFileSync } from 'node:fs';
import { basename, dirname, posix, relative, resolve } from 'node:path';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { detailOf } from './src/app/routes.js';
import { ownNetworkId, sampleInfos } from './src/app/samples.js';

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

/**
 * On a sample's URL, index.html asks at once for the chunks its first render needs — the sample
 * app's (its runtime: core, zod, xstate, some 150 kB gzip) and the page's own — beside the
 * entry. Why: the entry imports them only once it has arrived and run (app.tsx), so on a first
 * visit they waited for the entry's own 71 kB, and then the page's parts (a meeting's workspace)
 * for the page's chunk: three downloads one after another on a slow phone. A small inline script
 * adds a <link rel=modulepreload> for each when the path's first part names a network the demo
 * opens (what `parseRoute` hands to the sample app); the start page and the others ask for none.
 * The same files are fetched as before, once: the entry's imports find them in the module map.
 * A path it reads wrong only costs bytes: the app still imports what it needs. They are asked
 * for at low priority, after the entry's own files (which index.html names itself): the frame
 * and its «Laddar…» come first, and the first paint never waits on the runtime's 150 kB (on a
 * fast first load Lighthouse counted every high-priority script that had arrived before the
 * first paint into its first contentful paint, up to 2.4 s on the meeting page).
 */
function samplePreload(): Plugin {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'samverkan:sample-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
        const byModule = (path: string) => chunks.find((c) => c.facadeModuleId === resolve(root, path));
        const entry = chunks.find((c) => c.isEntry);
        const app = byModule('src/app/sample-app.tsx');
        if (!entry || !app) throw new Error('samverkan:sample-preload: the entry or the sample app’s chunk is missing from the build');
        const loaded = new Set([entry.fileName, ...staticImportsOf(entry.fileName, bundle)]);
        const sample = [...staticImportsOf(app.fileName, bundle), app.fileName].filter((f) => !loaded.has(f));
        // Each page's chunk, what it imports, and what it imports as soon as it runs (a meeting's
        // workspace): page-loaders.ts names the module of each page.
        const pages: Record<string, string[]> = {};
        const loaders = readFileSync(resolve(root, 'src/app/page-loaders.ts'), 'utf8').matchAll(/^ {2}(\w+): \(\) => import\('\.\.\/pages\/([\w-]+)\.js'\),$/gm);
        for (const [, page, file] of loaders) {
          const chunk = byModule(`src/pages/${file}.tsx`);
          if (!page || !chunk) throw new Error(`samverkan:sample-preload: no chunk for the page «${page}» (src/pages/${file}.tsx)`);
          const eager = chunk.dynamicImports.filter((d) => eagerImports.test(d));
          const files = [chunk.fileName, ...staticImportsOf(chunk.fileName, bundle), ...eager.flatMap((d) => [d, ...staticImportsOf(d, bundle)])];
          pages[page] = [...new Set(files)].filter((f) => !loaded.has(f) && !sample.includes(f));
        }
        if (!pages['overview'] || !pages['meeting']) throw new Error('samverkan:sample-preload: page-loaders.ts was not read (no overview or meeting page)');
        // Every file once, by its place in `f`: the script is in every page's HTML.
        const files = [...new Set([...sample, ...Object.values(pages).flat()])];
        const at = (list: string[]) => list.map((f) => files.indexOf(f));
        const networks = [...sampleInfos.map((s) => s.id), ownNetworkId];
        const code = [
          '(function(){',
          `var n=${JSON.stringify(networks)},f=${JSON.stringify(files.map((f) => `${base}${f}`))},`,
          `s=${JSON.stringify(at(sample))},p=${JSON.stringify(Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, at(v)])))},d=${JSON.stringify(detailOf)},h=Object.prototype.hasOwnProperty,a;`,
          "try{a=location.pathname.split('/').filter(Boolean).map(decodeURIComponent)}catch(e){return}",
          'if(n.indexOf(a[0])<0)return;',
          "var k=a.length===1?'overview':a.length===3&&h.call(d,a[1])?d[a[1]]:a[1];",
          'if(h.call(p,k))s=s.concat(p[k]);',
          "s.forEach(function(i){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.fetchPriority='low';l.href=f[i];document.head.appendChild(l)})",
          '})();',
        ].join('');
        // Before the stylesheet: a script after it would wait until the style sheet had arrived.
        const before = html.search(/<link rel="stylesheet"|<\/head>/);
        if (before < 0) throw new Error('samverkan:sample-preload: index.html has no </head>');
        return `${html.slice(0, before)}<script>${code}</script>\n    ${html.slice(before)}`;
      },
    },
  };
}

/** Core's modules, zod, xstate, the hashes, and the demo's words for a failed load: the `runtime` chunk. */
const runtimeModule = /[\\/]core[\\/]dist[\\/]|[\\/]node_modules[\\/](zod|xstate|@noble[\\/]hashes)[\\/]|[\\/]src[\\/]app[\\/]sample-load-failure\.ts$/;
/** Of those, not the samples' data (only their loading and helpers), nor a dataset's import and the CSV files, nor core's index files. */
const notRuntimeModule =
  /[\\/]core[\\/]dist[\\/](samples[\\/](?!(load-sample|sample-data|sample-helpers|sample-administrators|history[\\/]history-helpers)\.js$)|documents[\\/](import-dataset|excel-csv|csv-exports)\.js$|([a-z-]+[\\/])?index\.js$)/;
/** The form basics of react-aria (and the kit's NextStep, which is built on them): the `kit-basics` chunk. */
const kitBasicsModule =
  /[\\/]node_modules[\\/](react-aria[\\/]dist[\\/]private[\\/](utils|interactions|i18n|intl|label|focus|form|visually-hidden|live-announcer|button|textfield|numberfield|spinbutton|radio)[\\/]|react-stately[\\/]dist[\\/]private[\\/](utils|radio|numberfield|form|flags)[\\/]|react-aria-components[\\/]dist[\\/]private[\\/](utils|Text|TextField|TextArea|Input|Label|Group|Form|FieldError|Button|NumberField|RadioGroup|ProgressBar|SharedElementTransition|Autocomplete)\.mjs$|@internationalized[\\/](string|number)[\\/]|clsx[\\/])|[\\/]ui[\\/]dist[\\/]next-step[\\/]/;

/** The chunks a page imports as soon as its own chunk runs, not when something is shown: a meeting's workspace. */
const eagerImports = /(^|\/)meeting-workspace-part-[\w-]+\.js$/;

export default defineConfig({
  plugins: [
    react(),
    sharedWorker(),
    samplePreload(),
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
          // Fewer, larger files where a page loads them all anyway. Why: every file is a request
          // of its own, and over HTTP/1.1 (`vite preview`, many hosts) a browser has six at a
          // time. A first visit of a meeting's page fetched 40 files, most of a few hundred bytes
          // to a few kB; each held one of the six connections for a round trip, so the large
          // files (the entry, core's runtime) came in a fraction of the bandwidth — in
          // Lighthouse's slow-phone simulation the page's largest paint waited on exactly those
          // two files, whatever the main thread did. Grouped, the page fetches 14 files and
          // 4.7 kB fewer (small files compress worse, and each names what it imports and exports).
          // Priorities decide where a module two groups match goes: the higher wins.
          groups: [
            // Chunks of their own, because the sample loader worker imports them and must not
            // import anything that brings React: Vite's preload helper (core's `importSample`
            // goes through it) and the samples' reference dates, which the page's thread needs
            // to set its clock and which would otherwise share a chunk with the samples' data
            // (only the worker fetches that — each sample's data in its own chunk, behind
            // `importSample`).
            { name: 'preload-helper', test: /preload-helper/, priority: 4, includeDependenciesRecursively: false },
            { name: 'sample-reference-dates', test: /[\\/]core[\\/]dist[\\/]samples[\\/]reference-dates\.js$/, priority: 4, includeDependenciesRecursively: false },
            // What the entry shares with the pages' chunks — React, the locale and formats, the
            // router, the preferences: one chunk beside the entry instead of eight small ones
            // (only modules the entry imports itself, `$initial`; the start page loads them all).
            // Above the groups below, so that none of them takes a module the entry needs (the
            // start page would then load that group too) — react-dom's index among them, which
            // the kit's basics import as well.
            {
              name: 'frame',
              test: /[\\/]node_modules[\\/](react|react-aria)[\\/]|[\\/]node_modules[\\/]react-dom[\\/](index\.js|cjs[\\/]react-dom\.production\.js)$|[\\/]ui[\\/]dist[\\/]i18n[\\/]|[\\/]src[\\/]app[\\/](router|routes|samples|feedback|clock|preferences)\.tsx?$/,
              tags: ['$initial'],
              priority: 3,
              includeDependenciesRecursively: false,
            },
            // Core with zod and xstate, and what they import: every sample page needs the runtime
            // before it shows anything, and the sample loader worker imports the same file
            // (besides it, only zod-jitless and the two chunks above). All of core costs the
            // pages about 2 kB more than the parts of it they used; left out are what other pages
            // bring in on their own — importing a dataset (the YAML parser) and the CSV files
            // (papaparse) — and the samples' data. Core's index files are left out too: a group
            // takes what its modules import, and an index imports everything.
            { name: 'runtime', test: (id: string) => runtimeModule.test(id) && !notRuntimeModule.test(id), priority: 2, includeDependenciesRecursively: true },
            // The kit's form basics from react-aria — buttons, text and number fields, radio
            // groups, labels, focus and the interactions under them: a meeting's workspace needs
            // every one of them, and the automatic split had cut them into fifteen chunks (one
            // per set of pages using them). Not the overlays, lists, calendars and dialogs, which
            // other pages load when they need them.
            { name: 'kit-basics', test: kitBasicsModule, priority: 1, includeDependenciesRecursively: true },
            // The sample app's runtime wiring, @samverkan/react, and the small modules its pages
            // share (a few hundred bytes each): one chunk instead of fourteen on a meeting's page,
            // which needs every one of them; a page that needs fewer loads a few kB more.
            // Not the kit's NextStep, which is in `kit-basics`: it brings react-aria's Button,
            // which the overview has not.
            {
              name: 'sample-shell',
              test: /[\\/](src[\\/]app[\\/](sample-runtime|demo-context|demo-clock|network-mandates|dispatch-with-feedback)|src[\\/]server[\\/]shared-sample|src[\\/]shell[\\/](damage-notice|download|form-fields|section)|ui[\\/]dist[\\/](status-tag[\\/]status-tag|error-summary[\\/](error-summary|form-error)|fact-list[\\/]fact-list|markdown[\\/]safe-href)|packages[\\/]react[\\/]dist[\\/]index|node_modules[\\/]use-sync-external-store[\\/].*)\.(tsx?|js)$/,
              priority: 1,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
