// Where the time goes (not a test): V8 CPU profiles — the profiler `node --cpu-prof` uses,
// started through node:inspector so that each phase gets its own profile — of replay, of
// `dispatch` one command at a time and of `upcomingMeetings`, over the national network's log
// at BENCH_SIZE (default 100k). Writes `profile-<size>-<phase>.cpuprofile` (open them in Chrome
// DevTools or speedscope) into PROFILE_DIR (default the working directory) and prints each
// phase's heaviest functions: self time, and inclusive time of the runtime's own functions.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createSamverkan, trustedRecords, upcomingMeetings } from '../dist/runtime/index.js';
import { CLOCK, EVENTS_PER_MEETING, generateLog, meetingCommands, meetingOf, people } from './national-network.mjs';

const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const sizeName = (process.env.BENCH_SIZE ?? '100k').toLowerCase();
const size = SIZES[sizeName];
if (!size) throw new Error(`BENCH_SIZE: ${sizeName} is none of ${Object.keys(SIZES).join(', ')}`);
const dir = process.env.PROFILE_DIR ?? '.';
const DISPATCH_COMMANDS = Number(process.env.BENCH_DISPATCH_COMMANDS ?? 600);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });

async function profiled(phase, fn) {
  await session.post('Profiler.start');
  const started = performance.now();
  await fn();
  const ms = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  await writeFile(join(dir, `profile-${sizeName}-${phase}.cpuprofile`), JSON.stringify(profile));
  summarise(phase, profile, ms);
}

/** Self time per function, and inclusive time per function (each counted once per stack). */
function summarise(phase, profile, ms) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url.split('/').slice(-2).join('/');
    return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
  };
  /** Functions of core's own build (not xstate's, zod's or Node's). */
  const ownNames = new Set(profile.nodes.filter((n) => n.callFrame.url.includes('/core/dist/')).map(name));
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    // Idle time (on a shared machine, much of it waiting for a core), and the inspector session's
    // own native `dispatch` (stopping the profiler), are not the runtime's: shares are of the rest.
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)' || (f.functionName === 'dispatch' && f.url === '')) return;
    total += dt;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set();
    for (let n = node; n; n = byId.get(parent.get(n.id))) {
      const key = name(n);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const pct = (t) => `${((t / total) * 100).toFixed(1).padStart(5)} %`;
  console.log(`\n${phase}: ${ms.toFixed(0)} ms wall, ${(total / 1000).toFixed(0)} ms sampled in JS and GC`);
  console.log('  self time:');
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`   ${pct(t)}  ${k}`);
  console.log('  inclusive, the runtime\'s own code:');
  const own = [...inclusive].filter(([k]) => ownNames.has(k));
  for (const [k, t] of own.sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`   ${pct(t)}  ${k}`);
}

const generated = await generateLog(size);
const { store, groups, now } = generated;
let sv;
await profiled('replay', async () => {
  sv = await createSamverkan({ store, identity: trustedRecords(), clock: CLOCK });
});
let next = generated.nextMeeting;
const commands = Array.from({ length: Math.ceil(DISPATCH_COMMANDS / EVENTS_PER_MEETING) }, () => meetingCommands(meetingOf(next++, groups, 'd'))).flat();
await profiled('dispatch', async () => {
  for (const command of commands) {
    const result = await sv.dispatch(command);
    if (!result.ok) throw new Error(`${command.type}: ${result.message.en}`);
  }
});
const batch = Array.from({ length: 25 }, () => meetingCommands(meetingOf(next++, groups, 'd'))).flat();
await profiled('dispatchAll', async () => {
  const result = await sv.dispatchAll(batch);
  if (!result.ok) throw new Error(`dispatchAll: ${result.error.message.en}`);
});
await profiled('upcomingMeetings', async () => {
  for (let i = 0; i < 50; i++) upcomingMeetings(sv.getState(), { now, personId: people.repOf(0) });
});
session.disconnect();
