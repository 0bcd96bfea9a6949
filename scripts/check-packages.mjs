// The checks a published package must pass, run on what npm would actually ship (the packed
// tarballs), after `pnpm build`:
//
//   publint   the package.json and the files in the tarball agree (exports, types, files)
//   attw      "Are the types wrong?": types resolve under node16 (ESM) and bundler resolution
//   smoke     a fresh project OUTSIDE the workspace installs the tarballs with npm, then
//             (a) runs a meeting lifecycle with @samverkan/core in plain Node ESM,
//             (b) type-checks a TypeScript consumer with moduleResolution node16 and bundler,
//             (c) builds a small Vite app rendering a @samverkan/ui component with its
//                 stylesheet — only once packages/ui exists,
//             (d) loads the packages with require() from CommonJS (Node >= 20.19),
//             (e) opens @samverkan/server's event store on PGlite and appends — where
//                 packages/server exists (its migrations are SQL files the tarball must carry)
//   size      the size-limit budgets in each package's package.json ("size-limit")
//
// Every package under packages/ that is not private is checked; nothing here names one, except
// the smoke steps, which are about specific packages. All checks run even when one fails; the
// script exits 1 if any failed and writes test-results/package-checks.json, which
// scripts/test-summary.mjs adds to the totals.
//
// Usage: node scripts/check-packages.mjs [--only publint,attw,smoke,size] [--keep]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',') : null;
const keep = args.includes('--keep');
const wants = (check) => !only || only.includes(check);

const started = Date.now();
const results = []; // { check, ok, detail }
const record = (check, ok, detail = '') => {
  results.push({ check, ok, detail });
  console.log(`${ok ? '✔' : '✘'} ${check}${detail ? ` — ${detail}` : ''}`);
};
const heading = (text) => console.log(`\n━━ ${text}`);

/** Runs a command, streaming its output; returns { status, stdout } (stdout also captured when asked). */
function run(cmd, cmdArgs, { cwd = root, capture = false, env } = {}) {
  console.log(`$ ${relative(root, cwd) || '.'}: ${[relative(root, cmd).startsWith('..') ? cmd : relative(root, cmd) || cmd, ...cmdArgs].join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, {
    cwd,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status ?? 1, stdout: r.stdout ?? '' };
}

// ── the packages ────────────────────────────────────────────────────────────────────────────
const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, 'package.json')))
  .map((d) => {
    const dir = join(packagesDir, d.name);
    return { dir, folder: d.name, json: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
  })
  .filter((p) => p.json.private !== true)
  .sort((a, b) => a.json.name.localeCompare(b.json.name));
const byName = new Map(packages.map((p) => [p.json.name, p]));
console.log(`Published packages: ${packages.map((p) => `${p.json.name} (packages/${p.folder})`).join(', ')}`);
if (packages.length === 0) {
  console.error('No published package under packages/.');
  process.exit(1);
}

// ── metadata every published package declares ───────────────────────────────────────────────
heading('package.json fields');
for (const { json } of packages) {
  const missing = [];
  if (!json.engines?.node) missing.push('engines.node');
  if (typeof json.sideEffects === 'undefined') missing.push('sideEffects');
  if (!json.license) missing.push('license');
  // No repository field until the project has a public address (docs/decisions/
  // 0010-no-repository-url-yet.md); one that is declared must be real and name its directory.
  if (json.repository !== undefined) {
    const url = typeof json.repository === 'string' ? json.repository : json.repository.url;
    if (typeof url !== 'string' || !/^(git\+)?https:\/\//.test(url) || /\.(invalid|example|test|localhost)(\/|:|$)|example\.(com|org|net)/.test(url)) {
      missing.push('a real https repository url (or no repository field)');
    }
    if (typeof json.repository !== 'object' || !json.repository.directory) missing.push('repository.directory');
  }
  // Every JavaScript entry of the exports map ends with a `default` condition, so require() of
  // the ES module works on Node >= 20.19 (docs/decisions/0008-esm-with-require-condition.md).
  for (const [key, target] of Object.entries(json.exports ?? {})) {
    if (target && typeof target === 'object' && 'import' in target && !('default' in target)) missing.push(`exports["${key}"].default`);
  }
  if (!json.exports) missing.push('exports');
  if (!json.files?.length) missing.push('files');
  record(`fields ${json.name}`, missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : 'engines, sideEffects, license, exports (with default), files');
}

// ── pack (what a release would publish) ─────────────────────────────────────────────────────
const work = mkdtempSync(join(tmpdir(), 'samverkan-packages-'));
const tarballDir = join(work, 'tarballs');
mkdirSync(tarballDir);
heading(`pack → ${tarballDir}`);
for (const pkg of packages) {
  const r = run('pnpm', ['pack', '--json', '--pack-destination', tarballDir], { cwd: pkg.dir, capture: true });
  let info;
  try {
    info = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    info = undefined;
  }
  if (r.status !== 0 || !info?.filename) {
    console.log(r.stdout);
    record(`pack ${pkg.json.name}`, false, `pnpm pack failed (status ${r.status})`);
    continue;
  }
  pkg.tarball = info.filename;
  const files = info.files.map((f) => f.path);
  pkg.files = files;
  const hasReadme = files.some((f) => /^readme(\.md)?$/i.test(f));
  const hasLicense = files.some((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
  const missing = [hasReadme ? '' : 'README', hasLicense ? '' : 'LICENSE'].filter(Boolean);
  record(`pack ${pkg.json.name}`, missing.length === 0, `${files.length} files${missing.length ? `, but no ${missing.join(' and no ')}` : ''}`);
}
const packed = packages.filter((p) => p.tarball);

// ── publint ─────────────────────────────────────────────────────────────────────────────────
if (wants('publint')) {
  heading('publint (strict: warnings fail)');
  for (const pkg of packed) {
    const r = run(bin('publint'), ['run', pkg.tarball, '--strict']);
    record(`publint ${pkg.json.name}`, r.status === 0);
  }
}

// ── attw ────────────────────────────────────────────────────────────────────────────────────
if (wants('attw')) {
  // The esm-only profile checks node16 (from ESM) and bundler resolution and leaves out node10
  // and node16-from-CJS, which an ESM-only package does not serve.
  heading('@arethetypeswrong/cli (node16 ESM and bundler resolution)');
  for (const pkg of packed) {
    // Stylesheets and JSON files have no types to check; every JavaScript entry point is checked.
    const assets = Object.entries(pkg.json.exports ?? {})
      .filter(([, target]) => typeof target === 'string' && /\.(css|json)$/.test(target))
      .map(([key]) => key);
    const exclude = assets.length > 0 ? ['--exclude-entrypoints', ...assets] : [];
    const r = run(bin('attw'), [pkg.tarball, '--profile', 'esm-only', ...exclude, '--format', 'table-flipped', '--no-color', '--no-emoji']);
    record(`attw ${pkg.json.name}`, r.status === 0);
  }
}

// ── consumer smoke test ─────────────────────────────────────────────────────────────────────
if (wants('smoke')) {
  const smoke = join(root, 'scripts', 'smoke');
  const project = join(work, 'consumer');
  heading(`consumer smoke test in ${project} (outside the workspace)`);
  mkdirSync(project);
  const rootJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const ui = byName.get('@samverkan/ui');
  const uiApp = join(smoke, 'ui-app');
  const uiAppJson = ui && existsSync(join(uiApp, 'package.json')) ? JSON.parse(readFileSync(join(uiApp, 'package.json'), 'utf8')) : null;
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'samverkan-consumer-smoke', private: true, type: 'module' }, null, 2)}\n`,
  );
  // The TypeScript consumer: the workspace's TypeScript, and Node's types for the node16 one (a
  // Node program has them; zod's and xstate's declarations use URL and AbortSignal).
  const extra = ['typescript', '@types/node'].map((name) => `${name}@${rootJson.devDependencies[name]}`);
  if (uiAppJson) extra.push(...Object.entries(uiAppJson.dependencies ?? {}).map(([n, v]) => `${n}@${v}`));
  // npm, not pnpm: the consumer has only Node and npm. The tarballs' own dependencies (zod,
  // xstate, …) come from the npm registry, as they would for any user.
  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock', ...packed.map((p) => p.tarball), ...extra],
    { cwd: project, env: { npm_config_workspaces: undefined } },
  );
  record('smoke: npm install of the tarballs', install.status === 0, packed.map((p) => relative(tarballDir, p.tarball)).join(', '));

  if (install.status === 0 && byName.get('@samverkan/core')?.tarball) {
    for (const f of ['core-lifecycle.mjs', 'core-require.cjs', 'core-consumer.ts', 'core-consumer-json.ts', 'tsconfig.node16.json', 'tsconfig.bundler.json']) {
      cpSync(join(smoke, f), join(project, f));
    }
    const a = run(process.execPath, ['core-lifecycle.mjs'], { cwd: project });
    record('smoke (a): meeting lifecycle with @samverkan/core in plain Node ESM', a.status === 0);
    const d = run(process.execPath, ['core-require.cjs'], { cwd: project });
    record(`smoke (d): require('@samverkan/core') from CommonJS on Node ${process.versions.node}`, d.status === 0);
    const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const mode of ['node16', 'bundler']) {
      const b = run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], { cwd: project });
      record(`smoke (b): TypeScript consumer, moduleResolution ${mode}`, b.status === 0);
    }
  } else if (install.status === 0) {
    record('smoke (a)/(b): @samverkan/core', false, 'no @samverkan/core tarball');
  }

  if (install.status === 0 && byName.get('@samverkan/server')?.tarball) {
    cpSync(join(smoke, 'server-store.mjs'), join(project, 'server-store.mjs'));
    const e = run(process.execPath, ['server-store.mjs'], { cwd: project });
    record('smoke (e): @samverkan/server event store on PGlite in plain Node ESM', e.status === 0);
  }

  if (!ui) {
    console.log('\n– smoke (c) SKIPPED: packages/ui (@samverkan/ui) does not exist yet, so there is no component to build a Vite app with.');
    results.push({ check: 'smoke (c): Vite app with a @samverkan/ui component', ok: true, skipped: true, detail: 'skipped: packages/ui does not exist yet' });
  } else if (!uiAppJson) {
    record('smoke (c): Vite app with a @samverkan/ui component', false, 'packages/ui exists but scripts/smoke/ui-app/ (the app to build) does not');
  } else if (install.status === 0) {
    // The app in scripts/smoke/ui-app is copied as is (its package.json lists vite and react);
    // it must import a component and its stylesheet from @samverkan/ui.
    cpSync(uiApp, join(project, 'ui-app'), { recursive: true, filter: (src) => !src.endsWith('package.json') });
    const vite = join(project, 'node_modules', 'vite', 'bin', 'vite.js');
    const c = run(process.execPath, [vite, 'build', 'ui-app', '--outDir', 'dist', '--emptyOutDir'], { cwd: project });
    let detail = '';
    let ok = c.status === 0;
    if (ok) {
      const assets = join(project, 'ui-app', 'dist', 'assets');
      const files = existsSync(assets) ? readdirSync(assets) : [];
      const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
      const js = files.filter((f) => f.endsWith('.js'));
      ok = js.length > 0 && /\.sv-/.test(css);
      detail = ok ? `${js.length} script(s), stylesheet with .sv- rules` : `built, but ${js.length ? '' : 'no script, '}${/\.sv-/.test(css) ? '' : 'no stylesheet with .sv- rules'}`;
    }
    record('smoke (c): Vite app with a @samverkan/ui component and its stylesheet', ok, detail);
  }
}

// ── size budgets ────────────────────────────────────────────────────────────────────────────
const sizes = [];
if (wants('size')) {
  heading('size budgets (size-limit, gzip; kB = 1000 bytes)');
  for (const pkg of packages) {
    if (!pkg.json['size-limit']) {
      record(`size ${pkg.json.name}`, false, 'no "size-limit" budgets in package.json');
      continue;
    }
    // An empty list says so on purpose: a package no browser loads (a server) has no budget.
    if (Array.isArray(pkg.json['size-limit']) && pkg.json['size-limit'].length === 0) {
      console.log(`– size ${pkg.json.name} SKIPPED: "size-limit": [] (not loaded in a browser, so no budget)`);
      results.push({ check: `size ${pkg.json.name}`, ok: true, skipped: true, detail: 'skipped: "size-limit": [] (no browser loads it)' });
      continue;
    }
    const r = run(process.execPath, [join(root, 'node_modules', 'size-limit', 'bin.js'), '--json'], { cwd: pkg.dir, capture: true });
    let rows;
    try {
      rows = JSON.parse(r.stdout);
    } catch {
      rows = null;
    }
    if (!Array.isArray(rows)) {
      console.log(r.stdout);
      record(`size ${pkg.json.name}`, false, 'size-limit did not report');
      continue;
    }
    for (const row of rows) {
      const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
      sizes.push({ pkg: pkg.json.name, ...row });
      if (typeof row.sizeLimit === 'number') {
        record(`size ${row.name}`, row.passed === true, `${kB(row.size)} of ${kB(row.sizeLimit)}`);
      } else {
        console.log(`  · ${row.name}: ${kB(row.size)} (no budget, reported)`);
      }
    }
  }
}

// ── summary ─────────────────────────────────────────────────────────────────────────────────
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nkept ${work}`);
const failed = results.filter((r) => !r.ok);
const passed = results.filter((r) => r.ok && !r.skipped);
const skipped = results.filter((r) => r.skipped);
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results', 'package-checks.json'),
  `${JSON.stringify({ numPassedTests: passed.length, numFailedTests: failed.length, numSkippedChecks: skipped.length, results, sizes }, null, 2)}\n`,
);
heading(`package checks: ${passed.length} passed, ${failed.length} failed, ${skipped.length} skipped (${Math.round((Date.now() - started) / 1000)} s)`);
for (const r of failed) console.log(`✘ ${r.check}${r.detail ? ` — ${r.detail}` : ''}`);
for (const r of skipped) console.log(`– ${r.check} — ${r.detail}`);
process.exit(failed.length ? 1 : 0);
