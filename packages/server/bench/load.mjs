/* global process, console, URL, fetch */
// The load benchmark (not a test): SESSIONS concurrent sessions (default 50) across NETWORKS
// networks (default 20) sending commands to the server on loopback for DURATION seconds
// (default 30), with autocannon. Every request is a new command (a representative proposes an
// agenda item), each session in its own network. Prints commands per second and the latency
// percentiles (p50/p95/p99, measured on every answer), then reads every network's log back and
// checks it: no command lost or recorded twice, positions and versions without gaps, and no
// error but CONFLICT. Figures only — the latency goal is printed beside the result, not
// asserted; the exit code is 1 only when the log check fails.
//
//   pnpm build && pnpm --filter @samverkan/server bench:load
//   BENCH_DURATION=10 BENCH_SESSIONS=50 BENCH_NETWORKS=20 DATABASE_URL=postgres://… (optional)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50);
const NETWORKS = Number(process.env.BENCH_NETWORKS ?? 20);
const GOAL_P95_MS = 50;

// BENCH_DATABASE=postgres: a throw-away PostgreSQL (Debian's package) started here, as the store bench does.
let cluster;
if (process.env.BENCH_DATABASE === 'postgres' && !process.env.DATABASE_URL) {
  const { startPostgresCluster } = await import('../scripts/postgres-cluster.mjs');
  cluster = await startPostgresCluster();
}
const databaseUrl = process.env.DATABASE_URL ?? cluster?.info.url;

const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []), fileURLToPath(new URL('./load-server.mjs', import.meta.url))], {
  env: { ...process.env, BENCH_SESSIONS: String(SESSIONS), BENCH_NETWORKS: String(NETWORKS), ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const setup = await new Promise((resolve, reject) => {
  createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
  child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
});
console.log(`Server on ${setup.url} (${setup.database}); ${setup.networks.length} networks, ${setup.sessions.length} sessions, ${DURATION} s.`);

/**
 * The server process's CPU time so far (user + system, ms; Linux's /proc), in all and on its main
 * thread (where HTTP and core run; PGlite has a thread of its own), or undefined elsewhere. CPU
 * per command moves much less than latency with whatever else the machine runs.
 */
function serverCpuMs() {
  const read = (file) => {
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  };
  try {
    return { all: read(`/proc/${child.pid}/stat`), main: read(`/proc/${child.pid}/task/${child.pid}/stat`) };
  } catch {
    return undefined;
  }
}

/** What each session sent, and what was answered as accepted, by network: command ids. */
const accepted = new Map(setup.networks.map((network) => [network, new Set()]));
const sent = new Map(setup.networks.map((network) => [network, new Set()]));
const answered = new Set();
const statuses = new Map();
const errorCodes = new Map();
const latencies = [];
let nextSession = 0;

const instance = autocannon({
  url: setup.url,
  connections: SESSIONS,
  duration: DURATION,
  timeout: 20,
  setupClient(client) {
    const session = setup.sessions[nextSession++ % setup.sessions.length];
    const index = nextSession;
    let n = 0;
    client.setRequests([
      {
        method: 'POST',
        path: `/api/networks/${session.network}/commands`,
        // A program, not a browser: the custom header passes the cross-site check.
        headers: { cookie: session.cookie, 'x-samverkan-request': '1', 'content-type': 'application/json' },
        setupRequest(request, context) {
          n += 1;
          const id = `s${index}-${n}`;
          context.id = id;
          sent.get(session.network).add(id);
          const meetingId = setup.meetings[(index + n) % setup.meetings.length];
          return { ...request, body: JSON.stringify({ type: 'proposeAgendaItem', id, meetingId, item: { id, title: `Punkt ${id}`, kind: 'information', durationMinutes: 5 } }) };
        },
        onResponse(status, body, context) {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          answered.add(context.id);
          if (status === 201 || status === 200) accepted.get(session.network).add(context.id);
          else {
            let code = 'unreadable';
            try {
              code = JSON.parse(body).code;
            } catch {
              // not JSON
            }
            errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
          }
        },
      },
    ]);
  },
});
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
const cpuBefore = serverCpuMs();
const result = await new Promise((resolve, reject) => instance.once('done', resolve).once('error', reject));
const cpuAfter = serverCpuMs();

latencies.sort((a, b) => a - b);
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN;
const acceptedCount = [...accepted.values()].reduce((sum, ids) => sum + ids.size, 0);
const seconds = DURATION;
const p95 = percentile(95);

console.log('');
console.log(`Requests:      ${latencies.length} answered (${result.errors} connection errors, ${result.timeouts} timeouts)`);
console.log(`Commands/s:    ${(acceptedCount / seconds).toFixed(0)} accepted (${acceptedCount} in ${seconds} s)`);
console.log(`Latency (ms):  p50 ${percentile(50).toFixed(1)}  p95 ${p95.toFixed(1)}  p99 ${percentile(99).toFixed(1)}  max ${latencies.at(-1)?.toFixed(1)}`);
if (cpuBefore && cpuAfter && acceptedCount > 0) {
  const perCommand = (which) => ((cpuAfter[which] - cpuBefore[which]) / acceptedCount).toFixed(2);
  console.log(
    `Server CPU:    ${perCommand('all')} ms per accepted command, ${perCommand('main')} ms of it on the main thread (${((cpuAfter.all - cpuBefore.all) / 1000 / seconds).toFixed(2)} cores); load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`,
  );
}
console.log(`Goal:          p95 ≤ ${GOAL_P95_MS} ms at ${SESSIONS} sessions — ${p95 <= GOAL_P95_MS ? 'met' : 'not met'}`);
console.log(`Statuses:      ${[...statuses].map(([status, count]) => `${status}×${count}`).join(', ')}`);
if (errorCodes.size > 0) console.log(`Errors:        ${[...errorCodes].map(([code, count]) => `${code}×${count}`).join(', ')}`);

// Every network's log, read back through the API as its process leader.
let problems = 0;
const report = (message) => {
  problems += 1;
  console.log(`  ✗ ${message}`);
};
let events = 0;
/** Commands still in flight when the time was up: sent, recorded or not, never answered to autocannon. */
let inFlight = 0;
for (const network of setup.networks) {
  const log = [];
  for (let from = 1; ; ) {
    const response = await fetch(`${setup.url}/api/networks/${network}/log?from=${from}&limit=5000`, { headers: { cookie: setup.leaders[network] } });
    const page = await response.json();
    log.push(...page.events);
    if (page.next === null) break;
    from = page.next;
  }
  events += log.length;
  log.forEach((event, i) => {
    if (event.position !== i + 1) report(`${network}: position ${event.position} where ${i + 1} was expected`);
  });
  const versions = new Map();
  const commands = new Map();
  for (const event of log) {
    const expected = (versions.get(event.stream) ?? 0) + 1;
    if (event.version !== expected) report(`${network}: ${event.stream} version ${event.version} where ${expected} was expected`);
    versions.set(event.stream, event.version);
    commands.set(event.commandId, (commands.get(event.commandId) ?? 0) + 1);
  }
  for (const id of accepted.get(network)) {
    const count = commands.get(id) ?? 0;
    if (count !== 1) report(`${network}: the accepted command ${id} is in the log ${count} times`);
  }
  const benchCommands = [...commands.keys()].filter((id) => /^s\d+-\d+$/.test(id));
  for (const id of benchCommands) {
    if (accepted.get(network).has(id)) continue;
    if (sent.get(network).has(id) && !answered.has(id)) inFlight += 1;
    else report(`${network}: ${id} is in the log but was ${sent.get(network).has(id) ? 'refused' : 'never sent'}`);
  }
}
const otherErrors = [...errorCodes.keys()].filter((code) => code !== 'CONFLICT');
if (otherErrors.length > 0) report(`errors other than CONFLICT: ${otherErrors.join(', ')}`);
console.log(`Log check:     ${setup.networks.length} networks, ${events} events — ${problems === 0 ? 'no command lost or duplicated, no gap, only CONFLICT as errors' : `${problems} problems`} (${inFlight} commands were in flight when the time was up: recorded, their answers not awaited)`);

child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
cluster?.stop();
process.exitCode = problems === 0 ? 0 : 1;
