/**
 * Runs the README's example as it is written, against the built package, so the example
 * cannot rot: the import of '@samverkan/core' resolves to this package's dist.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));

describe('the README example', () => {
  it('runs and prints what the comments say', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    // Strip the TypeScript-only syntax the example uses (non-null `!` and `as const`).
    const js = code!.replace(/!(?=[.;),\]])/g, '').replace(/ as const/g, '');
    const file = join(packageDir, `.readme-example-${process.pid}.mjs`);
    writeFileSync(
      file,
      js.replace("from '@samverkan/core/samples'", "from './dist/samples/index.js'").replace("from '@samverkan/core'", "from './dist/index.js'"),
    );
    let output: string;
    try {
      output = execFileSync(process.execPath, [file], { encoding: 'utf8' });
    } finally {
      rmSync(file, { force: true });
    }
    const lines = output.trim().split('\n');
    expect(lines[0]).toBe('false');
    expect(lines[1]).toBe('agendaPublished true');
    expect(lines[2]?.split(', ')).toHaveLength(6);
    expect(lines[3]).toBe('«people[0].name» saknas men är obligatoriskt');
  });
});
