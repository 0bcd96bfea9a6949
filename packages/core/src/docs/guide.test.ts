/**
 * Runs the guide «Model your own network» (docs/model-your-own-network.md) as it is written,
 * against the built package — its public entry points only — so it cannot rot: a network that is
 * no sample built from nothing, and every `// →` comment checked against what the code prints.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const guidePath = fileURLToPath(new URL('../../../../docs/model-your-own-network.md', import.meta.url));

describe('the guide «Model your own network»', () => {
  it('builds a network from scratch through the public API and prints what its comments say', () => {
    const guide = readFileSync(guidePath, 'utf8');
    const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    const code = blocks[0]!;
    // Only the package's public entry points, resolved to this package's build.
    const imports = [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.every((i) => i === '@samverkan/core' || i!.startsWith('@samverkan/core/'))).toBe(true);
    const js = code.replace(/from '@samverkan\/core\/(\w+)'/g, "from './dist/$1/index.js'").replace("from '@samverkan/core'", "from './dist/index.js'");
    const expected = [...code.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThanOrEqual(4);

    const file = join(packageDir, `.guide-${process.pid}.mjs`);
    writeFileSync(file, js);
    try {
      const printed = execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim().split('\n');
      expect(printed).toEqual(expected);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
