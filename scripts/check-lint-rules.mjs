// Proves the workspace's own lint rules fire, by running ESLint (with eslint.config.js) on
// small snippets. Today: the rule that forbids `import { z } from 'zod'`, which keeps all of
// zod in every bundle (the namespace import `import * as z from 'zod'` tree-shakes).
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const eslint = new ESLint({ cwd: root });
// Linted as if it were a source file of a package; the file does not need to exist.
const filePath = join(root, 'packages', 'core', 'src', 'lint-rule-check.ts');

async function zodImportMessages(code) {
  const [result] = await eslint.lintText(code, { filePath });
  assert.ok(result, 'ESLint linted the snippet');
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], 'the snippet parses');
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && /zod/.test(m.message));
}

const cases = [
  { code: "import { z } from 'zod';\nexport const s = z.string();\n", fires: true },
  { code: "import { z as zod } from 'zod';\nexport const s = zod.string();\n", fires: true },
  { code: "import { z } from 'zod/v4';\nexport const s = z.string();\n", fires: true },
  { code: "import * as z from 'zod';\nexport const s = z.string();\n", fires: false },
  { code: "import { ZodError } from 'zod';\nexport const e = ZodError;\n", fires: false },
];
let failures = 0;
for (const { code, fires } of cases) {
  const messages = await zodImportMessages(code);
  const ok = fires ? messages.length === 1 : messages.length === 0;
  if (!ok) failures += 1;
  console.log(`${ok ? '✔' : '✘'} ${fires ? 'forbids' : 'allows'}: ${code.split('\n')[0]}`);
}
if (failures) {
  console.error(`${failures} lint rule check(s) failed`);
  process.exit(1);
}
console.log('lint rules: the zod import rule fires where it should and nowhere else');
