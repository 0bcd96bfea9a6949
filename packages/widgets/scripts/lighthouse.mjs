/* global console, process, fetch */
/**
 * Lighthouse on host pages with one widget (the budget: mobile performance ≥ 95,
 * accessibility 100): the E2E host server (strict CSP, a Samverkan server in memory on the same
 * origin) and Debian's Chromium, with Lighthouse's mobile settings (simulated slow 4G and a 4×
 * slower CPU). It prints the scores and the metrics and writes the reports to
 * lighthouse-results/. Timings depend on the machine, so no test asserts them; with `--check` the
 * script exits 1 when a score is below its budget.
 *
 * Usage (after `pnpm build`): pnpm --filter @samverkan/widgets lighthouse [--check]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import * as esbuild from 'esbuild';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../../../debian-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const budgets = { performance: 95, accessibility: 100 };

// The host server is TypeScript (e2e/support/host-server.ts): bundled for Node, packages left as
// imports, beside its source (it finds the package's files from where it is); removed once loaded.
const work = join(tmpdir(), `samverkan-lighthouse-${process.pid}`);
await mkdir(join(work, 'profile'), { recursive: true });
const hostModule = join(root, 'e2e', 'support', `.host-server-${process.pid}.mjs`);
await esbuild.build({ entryPoints: [join(root, 'e2e', 'support', 'host-server.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: hostModule, logLevel: 'error' });
const { startHostServer } = await import(pathToFileURL(hostModule).href).finally(() => rm(hostModule, { force: true }));
const host = await startHostServer();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumFlags,
  userDataDir: join(work, 'profile'),
});

async function freshNetwork() {
  return (await (await fetch(`${host.url}/test/network`, { method: 'POST' })).json()).network;
}
async function sessionCookie(network, person) {
  const session = await (await fetch(`${host.url}/test/session?network=${network}&person=${encodeURIComponent(person)}`)).json();
  return `${session.name}=${session.value}`;
}

const network = await freshNetwork();
const meetingPage = `${host.url}/host/meeting.html?network=${network}&meeting=${encodeURIComponent('fyrbodal:mote-2019-12-05')}&bundle=samverkan-meeting`;
const pages = [
  {
    name: 'meeting, signed in (samverkan-meeting.js), the host reserves the space as the guide says',
    file: 'meeting',
    url: `${meetingPage}&layout=reserves-space`,
    cookie: await sessionCookie(network, 'fyrbodal:person-001'),
  },
  {
    // Reported, not held to the budget: what a host that skips the guide's advice gets.
    name: 'meeting, signed in (samverkan-meeting.js), the host reserves no space',
    file: 'meeting-unreserved',
    url: meetingPage,
    cookie: await sessionCookie(network, 'fyrbodal:person-001'),
    reportOnly: true,
  },
  {
    name: 'minutes, signed out (samverkan-minutes.js)',
    file: 'minutes',
    url: `${host.url}/host/minutes.html?network=${network}`,
  },
];

let failed = 0;
try {
  await mkdir(join(root, 'lighthouse-results'), { recursive: true });
  for (const page of pages) {
    const result = await lighthouse(
      page.url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}) },
      // Lighthouse's default config is the mobile one (Moto G Power, slow 4G, 4× CPU slowdown).
      undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
    const { lhr } = result;
    await writeFile(join(root, 'lighthouse-results', `${page.file}.json`), result.report);
    const score = (category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
    console.log(`\n${page.name}  (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling)`);
    for (const [category, budget] of Object.entries(budgets)) {
      if (page.reportOnly) {
        console.log(`  · ${category}: ${score(category)} (reported, no budget)`);
        continue;
      }
      const ok = score(category) >= budget;
      if (!ok) failed++;
      console.log(`  ${ok ? '✔' : '✘'} ${category}: ${score(category)} (budget ≥ ${budget})`);
    }
    console.log(`  first contentful paint ${metric('first-contentful-paint')}, largest contentful paint ${metric('largest-contentful-paint')}, total blocking time ${metric('total-blocking-time')}, cumulative layout shift ${metric('cumulative-layout-shift')}, speed index ${metric('speed-index')}`);
    const failedA11y = Object.values(lhr.audits).filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1);
    for (const audit of failedA11y) console.log(`    accessibility: ${audit.id} — ${audit.title}`);
  }
  console.log(`\nreports in ${join('packages', 'widgets', 'lighthouse-results')}/`);
} finally {
  chrome.kill();
  await host.stop();
  await rm(work, { recursive: true, force: true });
}
if (check && failed > 0) process.exit(1);
