// Adds up the JSON reports every vitest run writes (packages/*/test-results, apps/*/test-results)
// and the package checks' report (test-results/package-checks.json, written by
// scripts/check-packages.mjs, each check counted as a test), and prints one closing line,
// `Tests: N passed, N failed`, so CI can read the totals.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let files = 0;
const dirs = ['test-results'];
for (const area of ['packages', 'apps']) {
  if (!existsSync(area)) continue;
  for (const name of readdirSync(area)) dirs.push(join(area, name, 'test-results'));
}
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    files += 1;
    console.log(`${join(dir, file)}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
if (files === 0) {
  console.error('No test reports found: no tests ran.');
  process.exit(1);
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
