/**
 * Runs the README's example as it is written, against the built packages, in a fresh folder (its
 * PGlite data folder is made there): the imports of '@samverkan/server' and '@samverkan/core'
 * resolve to this workspace's dist.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPgClient } from '../store/pg-client.js';
import { describeOnPostgres } from '../store/postgres-test-support.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const coreDir = fileURLToPath(new URL('../../../core/', import.meta.url));
const distOf = (dir: string, entry: string) => pathToFileURL(join(dir, 'dist', entry)).href;

/** Runs the n-th ```ts block of the README in a temporary folder and returns what it printed. */
function runBlock(n: number, env: NodeJS.ProcessEnv = {}): string[] {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const code = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)][n]?.[1];
  expect(code, `README block ${n}`).toBeDefined();
  // Strip the TypeScript-only syntax the example uses (a type annotation).
  const js = code!
    .replace(/: string\[\] = /g, ' = ')
    .replace(/\(command: object\)/g, '(command)')
    .replace("from '@samverkan/server'", `from '${distOf(packageDir, 'index.js')}'`)
    .replace("from '@samverkan/core/runtime'", `from '${distOf(coreDir, 'runtime/index.js')}'`)
    .replace("from '@samverkan/core/samples'", `from '${distOf(coreDir, 'samples/index.js')}'`);
  const folder = mkdtempSync(join(tmpdir(), 'samverkan-readme-'));
  try {
    const file = join(folder, 'example.mjs');
    writeFileSync(file, js);
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    return execFileSync(process.execPath, [file], { cwd: folder, encoding: 'utf8', env: { ...rest, ...env }, timeout: 240_000 }).trim().split('\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the README examples', () => {
  it('the server: a command as the signed-in person, a forged sender refused, public records signed-out', { timeout: 300_000 }, () => {
    expect(runBlock(0)).toEqual(['201 fyrbodal:person-001', '403 NOT_AUTHORISED', '200 network mandates agendas minutes']);
  });

  it('the store: prints what its comments say, on PGlite in a data folder', { timeout: 300_000 }, () => {
    expect(runBlock(1)).toEqual(['true 2', '1 loadDataset, 2 openCall', 'false CONFLICT']);
  });
});

describeOnPostgres('the README example on PostgreSQL', ({ url }) => {
  it('prints the same with DATABASE_URL set', { timeout: 300_000 }, async () => {
    // A database of its own, where the example's network is new.
    const database = `readme_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = createPgClient({ connectionString: url });
    await admin.query(`CREATE DATABASE ${database}`);
    try {
      expect(runBlock(1, { DATABASE_URL: url.replace(/\/postgres$/, `/${database}`) })).toEqual(['true 2', '1 loadDataset, 2 openCall', 'false CONFLICT']);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.close();
    }
  });
});
