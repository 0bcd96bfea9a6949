/* global console, process */
/**
 * Builds @samverkan/widgets:
 *
 * - dist/standalone/<name>.js — the script-tag build: one classic script per element (and
 *   samverkan-widgets.js with all four) that registers its element(s) when loaded, with
 *   everything inside, React included — as Preact through preact/compat (see
 *   src/standalone/preact-events.ts for why and how). Loads as `<script src>` or as
 *   `<script type="module" src>`.
 * - dist/*.js — the ES modules for hosts that have React (18.3 or 19): React stays an import
 *   (peer dependency), everything else is bundled; the Markdown documents and the dialog are
 *   chunks loaded when shown (dist/chunks/).
 * - dist/index.d.ts — the types, which name nothing outside this package.
 *
 * Both builds: @samverkan/core's unused schemas dropped (pure-initialisers.mjs), react-aria's
 * style injection replaced (build-plugins.mjs), the kit's stylesheet inlined as text for the
 * shadow roots' adopted stylesheet, and markdown-it's HTML entity table replaced by a small one
 * (src/markdown/entities-lite.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { pureCorePlugin, reactAriaDeepImportsPlugin, reactAriaStylesPlugin, shadowStylesheet } from './build-plugins.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const dist = join(root, 'dist');

const elements = ['meeting', 'upcoming-meetings', 'agenda', 'minutes'];

function stylesPlugin() {
  return {
    name: 'widget-styles',
    setup(build) {
      build.onResolve({ filter: /^samverkan-widget-styles$/ }, () => ({ path: 'samverkan-widget-styles', namespace: 'widget-styles' }));
      build.onLoad({ filter: /.*/, namespace: 'widget-styles' }, async () => {
        const kit = await readFile(require.resolve('@samverkan/ui/styles.css'), 'utf8');
        const reset = await readFile(join(root, 'src/styles/widget-reset.css'), 'utf8');
        const own = await readFile(join(root, 'src/styles/widget.css'), 'utf8');
        const { code } = await esbuild.transform(`${reset}\n${shadowStylesheet(kit)}\n${own}`, { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.4'] });
        return { contents: `export default ${JSON.stringify(code)};`, loader: 'js' };
      });
    },
  };
}

const common = {
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
  jsx: 'automatic',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { entities: join(root, 'src/markdown/entities-lite.ts') },
  plugins: [stylesPlugin(), pureCorePlugin(), reactAriaStylesPlugin(), reactAriaDeepImportsPlugin(require)],
  metafile: true,
  logLevel: 'warning',
};

const preact = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
};

/**
 * esbuild names every shared chunk `chunk-*`, also one that only lazily loaded chunks share (the
 * Markdown parser, used by the documents and by the print window): renamed `lazy-*` here (and
 * every reference to it), so that `chunk-*` is exactly what an entry imports on first load — what
 * the size budget of a first load counts.
 */
async function nameLazyChunks(metafile, entries) {
  // A chunk loaded when shown is an entry point to esbuild too: only the build's own entries count.
  const own = new Set(entries.map((entry) => resolve(entry)));
  const outputs = metafile.outputs;
  const loadedFirst = new Set();
  const visit = (file) => {
    if (loadedFirst.has(file)) return;
    loadedFirst.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  for (const [file, output] of Object.entries(outputs)) if (output.entryPoint && own.has(resolve(output.entryPoint))) visit(file);
  const renamed = new Map();
  for (const file of Object.keys(outputs)) {
    if (file.endsWith('.js') && basename(file).startsWith('chunk-') && !loadedFirst.has(file)) renamed.set(basename(file), basename(file).replace(/^chunk-/, 'lazy-'));
  }
  if (renamed.size === 0) return;
  for (const file of Object.keys(outputs)) {
    const path = resolve(file);
    let text = await readFile(path, 'utf8');
    for (const [from, to] of renamed) text = text.replaceAll(from, to);
    await writeFile(path, text);
  }
  for (const file of Object.keys(outputs)) {
    const name = basename(file);
    const stem = [...renamed.keys()].find((from) => name.startsWith(from));
    if (stem) await rename(resolve(file), join(dirname(resolve(file)), name.replace(stem, renamed.get(stem))));
  }
}

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'standalone'), { recursive: true });

// The script-tag build.
const standaloneEntries = [
  { name: 'samverkan-widgets', entry: 'src/entries/define.ts' },
  ...elements.map((name) => ({ name: `samverkan-${name}`, entry: `src/entries/${name}.ts` })),
];
const metafiles = {};
for (const { name, entry } of standaloneEntries) {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(root, entry)],
    outfile: join(dist, 'standalone', `${name}.js`),
    format: 'iife',
    alias: { ...common.alias, ...preact },
    inject: [join(root, 'src/standalone/preact-events.ts')],
  });
  metafiles[`standalone/${name}`] = result.metafile;
  // A JavaScript file the exports map names gets a declaration file: it exports nothing.
  await writeFile(join(dist, 'standalone', `${name}.d.ts`), `// Registers ${name === 'samverkan-widgets' ? 'all four elements' : `<${name}>`}; exports nothing.\nexport {};\n`);
}

// The ES modules for hosts with React: the entry with every element (index, define) and one
// per element, each built on its own — bundled together, code splitting would put what only the
// meeting needs (react-aria's dialog) in a chunk the minutes load too.
const peerBuilds = [
  { index: join(root, 'src/index.ts'), define: join(root, 'src/entries/define.ts') },
  ...elements.map((name) => ({ [name]: join(root, `src/entries/${name}.ts`) })),
];
let esmFiles = 0;
for (const entryPoints of peerBuilds) {
  // Each build's chunks in a folder of its own (the size budgets read them): `chunk-*` are what
  // its entry imports, the others (meeting-documents-*, step-dialog-*) are loaded when shown.
  const folder = Object.keys(entryPoints)[0] === 'index' ? 'all' : Object.keys(entryPoints)[0];
  const result = await esbuild.build({
    ...common,
    entryPoints,
    outdir: dist,
    format: 'esm',
    splitting: true,
    chunkNames: `chunks/${folder}/[name]-[hash]`,
    external: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'],
  });
  await nameLazyChunks(result.metafile, Object.values(entryPoints));
  metafiles[`esm/${Object.keys(entryPoints).join('+')}`] = result.metafile;
  esmFiles += Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length;
}
for (const name of ['define', ...elements]) {
  await writeFile(join(dist, `${name}.d.ts`), `// Registers ${name === 'define' ? 'all four elements' : `<samverkan-${name}>`}; exports nothing.\nexport {};\n`);
}
await writeFile(join(dist, 'metafile.json'), JSON.stringify(metafiles));

// The types, rolled into one file by tsup (rollup-plugin-dts); they must name no other package.
const dts = spawnSync(process.execPath, [require.resolve('tsup/dist/cli-default.js'), 'src/index.ts', '--dts-only', '--format', 'esm', '--out-dir', 'dist', '--silent'], { cwd: root, stdio: 'inherit' });
if (dts.status !== 0) throw new Error('the type declarations did not build');
const declarations = await readFile(join(dist, 'index.d.ts'), 'utf8');
const foreign = [...declarations.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((from) => !from.startsWith('.'));
if (foreign.length > 0) throw new Error(`dist/index.d.ts names other packages: ${foreign.join(', ')}`);

console.log(`built ${standaloneEntries.length} script-tag files and ${esmFiles} ES module files`);
