// The totals of `npm test`, as one closing line `Tests: N passed, N failed` that CI reads, and
// the exit status of the whole run.
//
// It adds up:
//   - the JSON report of every vitest run (packages/*/test-results, apps/*/test-results);
//   - the reports of the root checks in test-results/ (package-checks.json, links.json,
//     api-docs.json), each check counted as a test;
//   - the steps scripts/test-all.sh ran (test-results/steps.tsv), turbo's plan (a dry run,
//     test-results/turbo-plan.json) and its run summary (test-results/turbo-run.json): a step or
//     turbo task that failed without a failed test to
//     show for it — a lint error, a type error, a build that broke, a test run that crashed
//     before it reported, tests that never ran because what they need did not build — counts as
//     one failed test, so a red run never ends with `0 failed`.
// Skipped and todo tests count as failed: the project has none on purpose.
//
// Exit status: 1 when anything failed or nothing passed, else 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
const problems = [];

// ── the reports ─────────────────────────────────────────────────────────────────────────────
/** Failed tests per report directory's owner: a package name, or `root` for test-results/. */
const failedByOwner = new Map();
const dirs = [{ dir: 'test-results', owner: 'root' }];
for (const area of ['packages', 'apps']) {
  if (!existsSync(area)) continue;
  for (const name of readdirSync(area)) {
    const pkgJson = join(area, name, 'package.json');
    const owner = existsSync(pkgJson) ? JSON.parse(readFileSync(pkgJson, 'utf8')).name : `${area}/${name}`;
    dirs.push({ dir: join(area, name, 'test-results'), owner });
  }
}
let reports = 0;
for (const { dir, owner } of dirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('turbo-'))) {
    const path = join(dir, file);
    let report;
    try {
      report = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      failed += 1;
      problems.push(`${path}: not a readable report (${error.message})`);
      continue;
    }
    reports += 1;
    const ok = report.numPassedTests ?? 0;
    let bad = (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // vitest marks a run unsuccessful on errors outside any test (an unhandled rejection, a
    // file that failed to load) while its test counts may all be green.
    if (report.success === false && bad === 0) {
      bad = 1;
      problems.push(`${path}: the run reported errors outside its tests`);
    }
    passed += ok;
    failed += bad;
    failedByOwner.set(owner, (failedByOwner.get(owner) ?? 0) + bad);
    console.log(`${path}: ${ok} passed, ${bad} failed`);
    for (const line of failedTestLines(report)) console.log(`    ✗ ${line}`);
  }
}

/**
 * Each failed (or skipped) test of a vitest JSON report as `file › name — first line of its
 * message`, so a red run says which test it was, not only how many: CI shows the end of the log.
 */
function failedTestLines(report) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const where = String(file.name ?? '').replace(`${process.cwd()}/`, '');
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') continue;
      const message = String(test.failureMessages?.[0] ?? test.status).split('\n').find((text) => text.trim() !== '') ?? '';
      lines.push(`${where} › ${test.fullName ?? test.title} — ${message.trim().slice(0, 300)}`);
    }
    if (file.status === 'failed' && (file.assertionResults ?? []).every((test) => test.status === 'passed')) {
      lines.push(`${where} — ${String(file.message ?? 'failed outside its tests').split('\n')[0].slice(0, 300)}`);
    }
  }
  return lines;
}

// ── the steps ───────────────────────────────────────────────────────────────────────────────
/** Which report a root step writes, so a failed step with failed checks is not counted twice. */
const stepReports = { links: 'links.json', packages: 'package-checks.json', 'api-docs': 'api-docs.json' };
const stepsFile = join('test-results', 'steps.tsv');
const steps = existsSync(stepsFile)
  ? readFileSync(stepsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, status, seconds] = line.split('\t');
        return { name, status: Number(status), seconds: Number(seconds) };
      })
  : [];
if (steps.length > 0) {
  console.log(`\nSteps: ${steps.map((s) => `${s.name} ${s.status === 0 ? 'ok' : `FAILED (${s.status})`} ${s.seconds} s`).join(' · ')}`);
}
for (const step of steps.filter((s) => s.status !== 0)) {
  if (step.name === 'turbo') {
    countTurboTasks();
    continue;
  }
  const report = stepReports[step.name];
  if (report && existsSync(join('test-results', report))) {
    const counted = JSON.parse(readFileSync(join('test-results', report), 'utf8')).numFailedTests ?? 0;
    if (counted > 0) continue;
  }
  failed += 1;
  problems.push(`step «${step.name}» failed (exit ${step.status})`);
}

/** The turbo step failed: one failure per failed or unrun task that no failed test accounts for. */
function countTurboTasks() {
  const file = join('test-results', 'turbo-run.json');
  if (!existsSync(file)) {
    failed += 1;
    problems.push('turbo failed and left no run summary');
    return;
  }
  const run = JSON.parse(readFileSync(file, 'utf8'));
  // Tasks turbo planned but never attempted (their dependencies failed) are not in the run
  // summary; the plan names them.
  const planFile = join('test-results', 'turbo-plan.json');
  const attempted = new Set((run.tasks ?? []).map((t) => t.taskId));
  const unrun = existsSync(planFile)
    ? (JSON.parse(readFileSync(planFile, 'utf8')).tasks ?? []).filter((t) => !attempted.has(t.taskId)).map((t) => ({ taskId: t.taskId, task: t.task, package: t.package }))
    : [];
  let accounted = false;
  for (const task of [...(run.tasks ?? []), ...unrun]) {
    const exitCode = task.execution?.exitCode;
    if (exitCode === 0) continue;
    const ran = typeof exitCode === 'number';
    if (task.task === 'test' && ran && (failedByOwner.get(task.package) ?? 0) > 0) {
      accounted = true;
      continue;
    }
    failed += 1;
    accounted = true;
    problems.push(ran ? `${task.taskId} failed (exit ${exitCode})` : `${task.taskId} did not run: a task it depends on failed`);
  }
  if (!accounted) {
    failed += 1;
    problems.push('turbo failed, but its run summary names no failed task');
  }
}

if (reports === 0 && steps.length === 0) {
  failed += 1;
  problems.push('no test reports and no steps found: nothing ran');
}
for (const p of problems) console.log(`✘ ${p}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
