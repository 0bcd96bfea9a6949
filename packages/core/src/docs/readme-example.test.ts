/**
 * Runs the README's examples as they are written, against the built package, so they cannot
 * rot: the imports of '@samverkan/core' resolve to this package's dist.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the n-th ```ts block of the README and returns the lines it printed. */
function runBlock(n: number): string[] {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const code = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)][n]?.[1];
  expect(code, `README block ${n}`).toBeDefined();
  // Strip the TypeScript-only syntax the examples use (non-null `!` and `as const`).
  const js = code!
    .replace(/!(?=[.;),\]])/g, '')
    .replace(/ as const/g, '')
    .replace("from '@samverkan/core/samples'", "from './dist/samples/index.js'")
    .replace("from '@samverkan/core/runtime'", "from './dist/runtime/index.js'")
    .replace("from '@samverkan/core'", "from './dist/index.js'");
  const file = join(packageDir, `.readme-example-${process.pid}-${n}.mjs`);
  writeFileSync(file, js);
  try {
    return execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim().split('\n');
  } finally {
    rmSync(file, { force: true });
  }
}

describe('the README examples', () => {
  it('the meeting lifecycle example prints what its comments say', () => {
    const lines = runBlock(0);
    expect(lines[0]).toBe('false');
    expect(lines[1]).toBe('agendaPublished true');
    expect(lines[2]?.split(', ')).toHaveLength(6);
    expect(lines[3]).toBe('«people[0].name» saknas men är obligatoriskt');
  });

  it('the runtime example prints what its comments say', () => {
    const lines = runBlock(1);
    expect(lines[0]).toBe('true collectingItems');
    expect(lines[1]).toBe('NOT_AUTHORISED Karin Ekdahl saknar befogenheten «Kalla till möte» här. Den har: Processledare.');
    expect(lines[2]).toBe('false NOT_AUTHORISED');
    expect(lines[3]).toBe('2019-01-24T09:00:00+01:00 2019-03-21T09:00:00+01:00');
  });

  it('the snapshots example prints what its comments say', () => {
    const lines = runBlock(3);
    expect(lines).toEqual(['log 18', 'snapshots 0 0']);
  });
});
