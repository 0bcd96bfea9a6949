#!/usr/bin/env node
/* global process, console */
// Tillgänglighetsredogörelse — the accessibility statement the law on accessibility of digital
// public services (lag 2018:1937) asks of every public-sector site, filled from this project's
// own test results: how many pages axe-core (WCAG 2.1 A and AA) checked in the demo, in which
// languages and widths, how many component stories in Chromium, and the keyboard-only flows.
// Run after the tests (npm test does): it reads the vitest JSON reports and writes
// test-results/accessibility-statement.md, the statement for the demo as of this run; with
// `--docs` also docs/accessibility-statement.md, the one the repository publishes (and the demo
// links to). A region fills the same structure (docs/accessibility-statement-template.md).
// It fails (exit 1) when a report is missing or any accessibility test failed: a statement that
// claims what the tests did not show is worse than none.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = {
  demo: join(root, 'apps/demo/test-results/vitest.json'),
  ui: join(root, 'packages/ui/test-results/vitest.json'),
};

function tests(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return report.testResults.flatMap((r) => r.assertionResults.map((t) => ({ file: r.name, name: t.fullName, status: t.status })));
}

const demo = tests(reports.demo);
const ui = tests(reports.ui);
const problems = [];
if (!demo) problems.push(`no demo test report at ${reports.demo}`);
if (!ui) problems.push(`no component test report at ${reports.ui}`);

const axePages = (demo ?? []).filter((t) => t.file.endsWith('accessibility.test.ts') && /every page/.test(t.name));
const keyboard = (demo ?? []).filter((t) => /keyboard/i.test(t.file) || /keyboard|tangentbord/i.test(t.name));
const stories = ui ?? [];
const failed = [...axePages, ...keyboard, ...stories].filter((t) => t.status !== 'passed');
if (axePages.length === 0 && demo) problems.push('the demo report has no axe tests');
for (const t of failed) problems.push(`failed: ${t.name}`);

const figures = {
  testedAt: new Date().toISOString().slice(0, 10),
  standard: 'WCAG 2.1 nivå AA (EN 301 549)',
  axePageChecks: axePages.length,
  passes: [...new Set(axePages.map((t) => (/English/.test(t.name) ? 'engelska' : /320/.test(t.name) ? '320 px bredd' : 'svenska')))],
  keyboardFlows: keyboard.length,
  componentStories: stories.length,
  allPassed: failed.length === 0 && problems.length === 0,
};

const statement = `# Tillgänglighetsredogörelse för Samverkans demo

Samverkan står bakom demon. Vi vill att så många som möjligt ska kunna använda den. Här beskriver
vi hur demon uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända
tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.

## Hur tillgänglig är webbplatsen?

${figures.allPassed ? 'Vi bedömer att demon är förenlig med lagen om tillgänglighet till digital offentlig service: våra tester har inte hittat några brister mot ' + figures.standard + '.' : 'Demon är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Se brister nedan.'}

## Vad kan du göra om du inte kan använda delar av webbplatsen?

Om du behöver innehåll från demon som inte är tillgängligt för dig kan du kontakta oss
(se projektets README för kontaktvägar).

## Rapportera brister i webbplatsens tillgänglighet

Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte
beskrivs här, meddela oss så att vi vet att problemet finns.

## Tillsyn

Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet
till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du
kontakta Digg och påtala det.

## Teknisk information om webbplatsens tillgänglighet

${figures.allPassed ? 'Demon är helt förenlig med ' + figures.standard + ' så långt våra tester visar.' : 'Följande tester misslyckades vid senaste körningen:\n\n' + failed.map((t) => `- ${t.name}`).join('\n')}

## Hur vi testat webbplatsen

Senaste testkörningen: ${figures.testedAt}.

- axe-core mot ${figures.standard}: ${figures.axePageChecks} sidvisningar (varje sida ${figures.passes.join(', ')}), i Chromium.
- ${figures.componentStories} komponentexempel (Storybook) testade i Chromium, med axe som fel vid brist.
- Flöden genomförda med enbart tangentbord, i Chromium: ${figures.keyboardFlows}.

Automatiska tester hittar inte alla brister. Demon har ännu inte granskats manuellt med
skärmläsare; det gör vi innan den används i skarp drift.
`;

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results/accessibility-statement.md'), statement);
if (figures.allPassed && process.argv.includes('--docs')) writeFileSync(join(root, 'docs/accessibility-statement.md'), statement);
console.log(`accessibility statement: ${figures.axePageChecks} axe page checks (${figures.passes.join(', ')}), ${figures.componentStories} stories, ${figures.keyboardFlows} keyboard flows — test-results/accessibility-statement.md`);
if (problems.length > 0) {
  for (const p of problems) console.error(`✘ ${p}`);
  process.exit(1);
}
