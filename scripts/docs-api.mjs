// The API reference of the published packages, generated from their doc comments (TSDoc) with
// TypeDoc into docs/api/ (not kept in the repository): `pnpm docs:api` (which builds the
// packages first: each one's types import the others' built declarations), then open
// docs/api/index.html. TypeDoc reads typedoc.json at the root (one site, one section per
// package) and each package's typedoc.json (its entry points, as its `exports` map has them).
//
// `npm test` runs it too, so the reference cannot rot: the check fails when TypeDoc reports an
// error, when a package's pages are missing, or when it reports a warning that is not listed in
// scripts/docs-api-known-warnings.json. Those listed are known gaps (a type the public API uses
// but no entry point exports) with what would fix each; a fixed one is reported so it can be
// taken off the list. The results go to test-results/api-docs.json for the totals.
//
// Usage: node scripts/docs-api.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
const out = resolve(root, config.out);
if (!out.startsWith(root + sep)) throw new Error(`typedoc.json: out must be a folder inside the repository (is ${config.out})`);
const known = JSON.parse(readFileSync(join(root, 'scripts', 'docs-api-known-warnings.json'), 'utf8'));

// A fresh output folder, so pages left by an earlier run cannot pass for this one's.
rmSync(out, { recursive: true, force: true });
const started = Date.now();
const run = spawnSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc')], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) throw run.error;
const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
process.stdout.write(output);

const lines = output.split('\n').map((l) => l.trim());
// The absolute path of the checkout is not part of a warning's identity.
const normalise = (text) => text.split(root).join('<repo>');
const warnings = lines
  .filter((l) => l.startsWith('[warning]') && !/^\[warning\] Found \d+ errors? and \d+ warnings?/.test(l))
  .map((l) => normalise(l.replace(/^\[warning\]\s*/, '')));
const errors = lines.filter((l) => l.startsWith('[error]')).map((l) => normalise(l.replace(/^\[error\]\s*/, '')));

const results = [];
const record = (check, ok, detail = '') => {
  results.push({ check, ok, detail });
  console.log(`${ok ? '✔' : '✘'} ${check}${detail ? ` — ${detail}` : ''}`);
};

console.log('\n━━ API reference');
record('typedoc runs without errors', run.status === 0 && errors.length === 0, errors.length ? errors.join('; ') : `exit ${run.status}, ${Math.round((Date.now() - started) / 1000)} s`);

// Each package's pages: TypeDoc names a package's page after its name, `@samverkan/core` →
// modules/_samverkan_core.html, and one page per further entry point (…core.runtime.html).
for (const dir of config.entryPoints) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const own = JSON.parse(readFileSync(join(root, dir, 'typedoc.json'), 'utf8'));
  const page = `modules/${pkg.name.replace(/[@/]/g, '_')}`;
  const expected = [`${page}.html`];
  if (own.entryPoints.length > 1) {
    for (const entry of own.entryPoints) {
      const name = entry.replace(/^src\//, '').replace(/\/?index\.ts$/, '') || 'index';
      expected.push(`${page}.${name}.html`);
    }
  }
  const missing = expected.filter((f) => !existsSync(join(out, f)));
  record(`API reference for ${pkg.name}`, missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : `${expected.length} page(s) in ${config.out}/`);
}

const knownTexts = new Set(known.warnings.map((w) => w.warning));
const unexpected = warnings.filter((w) => !knownTexts.has(w));
const fixed = known.warnings.filter((w) => !warnings.includes(w.warning));
record(
  'no TSDoc/TypeDoc warnings beyond the known ones',
  unexpected.length === 0,
  unexpected.length ? `${unexpected.length} new: ${unexpected.join(' | ')}` : `${warnings.length} known (scripts/docs-api-known-warnings.json)`,
);
for (const w of fixed) console.log(`  · fixed, take it off scripts/docs-api-known-warnings.json: ${w.warning}`);

const failed = results.filter((r) => !r.ok).length;
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results', 'api-docs.json'),
  `${JSON.stringify({ numPassedTests: results.length - failed, numFailedTests: failed, results, warnings }, null, 2)}\n`,
);
console.log(`API reference: ${config.out}/index.html (${results.length - failed} passed, ${failed} failed)`);
process.exit(failed ? 1 : 0);
