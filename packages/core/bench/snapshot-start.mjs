// Benchmark (not a test): a runtime's start from snapshots in a process of its own, as a server
// starts, with that process's own time and peak memory (issue 17, goal 2). For the size in
// BENCH_SIZE (`10k`, `100k` (default), `300k`, `1m`) it generates the national log into a file
// (file-log-store.mjs), replays it in this process (time, RSS, heap after a full collection),
// writes snapshots of every stream, and lets go of it all; then it starts BENCH_ROUNDS (3)
// child processes, each of which opens the log file (reading the store's index, timed apart:
// a database has its index already), starts a runtime from the snapshots and prints the start's
// time, the streams restored, the heap the runtime holds (after a full collection, less the
// store's index) and the child's peak RSS. BENCH_CHILD_FLAGS passes flags to the children
// (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`); BENCH_HEAP_SNAPSHOT=dir has them write the heap
// after the start there (and the parent the heap after its replay).
// Run after a build: `node --expose-gc bench/snapshot-start.mjs`.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createSamverkan, trustedRecords } from '../dist/runtime/index.js';
import { createFileLogStore, createFileSnapshotStore, openFileLogStore } from './file-log-store.mjs';
import { CLOCK, generateLog } from './national-network.mjs';

const SIZES = { '10k': 10_000, '100k': 100_000, '300k': 300_000, '1m': 1_000_000 };
const fmt = (n) => Math.round(n).toLocaleString('sv-SE');
const mb = (bytes) => bytes / 1024 / 1024;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
/** The heap in use after a full collection (with --expose-gc; otherwise as it stands). */
const heapMb = () => {
  globalThis.gc?.();
  return mb(process.memoryUsage().heapUsed);
};
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

if (process.argv[2] === 'start') {
  // The child: open what the parent left, then start from the snapshots.
  const [, , , logDir, snapshotDir] = process.argv;
  let t = performance.now();
  const store = openFileLogStore(logDir);
  const indexMs = performance.now() - t;
  const indexHeap = heapMb();
  const indexPeak = peakRssMb();
  const snapshots = createFileSnapshotStore({ dir: snapshotDir });
  t = performance.now();
  const cpu = process.cpuUsage();
  const runtime = await createSamverkan({ store, identity: trustedRecords(), clock: CLOCK, snapshots });
  const startMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const { startUp } = runtime;
  if (startUp.from !== 'snapshots' || runtime.getState().damaged.length > 0) throw new Error(`the start did not come from sound snapshots: ${JSON.stringify(startUp.discarded)}`);
  const peak = peakRssMb();
  const runtimeHeap = heapMb() - indexHeap;
  // BENCH_HEAP_SNAPSHOT=dir: the heap after the start, for a look at what the runtime holds.
  if (process.env.BENCH_HEAP_SNAPSHOT) (await import('node:v8')).writeHeapSnapshot(join(process.env.BENCH_HEAP_SNAPSHOT, `start-${process.pid}.heapsnapshot`));
  console.log(
    JSON.stringify({
      indexMs,
      indexPeak,
      startMs,
      cpuMs: (used.user + used.system) / 1000,
      restored: startUp.restored,
      rebuilt: startUp.rebuilt,
      meetings: runtime.getState().meetings.size,
      peak,
      rss: mb(process.memoryUsage().rss),
      indexHeap,
      runtimeHeap,
      load: load(),
    }),
  );
  await runtime.close();
  process.exit(0);
}

const size = (process.env.BENCH_SIZE ?? '100k').trim().toLowerCase();
const n = SIZES[size];
if (!n) throw new Error(`BENCH_SIZE: ${size} is none of ${Object.keys(SIZES).join(', ')}`);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const childFlags = (process.env.BENCH_CHILD_FLAGS ?? '').split(' ').filter(Boolean);

console.log(`snapshot start in a process of its own — ${size} — Node ${process.version} — load ${load()}`);
let t = performance.now();
const heapBefore = heapMb();
const generated = await generateLog(n, { store: createFileLogStore() });
const { store } = generated;
console.log(`generated ${fmt(generated.events)} events in ${fmt(performance.now() - t)} ms · load ${load()}`);
const indexHeap = heapMb() - heapBefore;
const snapshots = createFileSnapshotStore();
t = performance.now();
let replayed = await createSamverkan({ store, identity: trustedRecords(), clock: CLOCK, snapshots });
const replayMs = performance.now() - t;
const meetings = replayed.getState().meetings.size;
console.log(
  `replay: ${fmt(replayMs)} ms (${fmt((generated.events / replayMs) * 1000)} events/s) · heap after a full collection: runtime ${fmt(heapMb() - heapBefore - indexHeap)} MB, the store's index ${fmt(indexHeap)} MB · RSS ${fmt(mb(process.memoryUsage().rss))} MB, peak ${fmt(peakRssMb())} MB · load ${load()}`,
);
if (process.env.BENCH_HEAP_SNAPSHOT) (await import('node:v8')).writeHeapSnapshot(join(process.env.BENCH_HEAP_SNAPSHOT, `replay-${process.pid}.heapsnapshot`));
t = performance.now();
const saved = await replayed.saveSnapshots();
if (!saved.ok) throw new Error(`saveSnapshots: ${saved.message.en}`);
console.log(`snapshots saved: ${fmt(performance.now() - t)} ms (${fmt(saved.streams)} streams, ${fmt(mb(snapshots.bytes()))} MB of JSON) · RSS ${fmt(mb(process.memoryUsage().rss))} MB, peak ${fmt(peakRssMb())} MB`);
await replayed.close();
replayed = undefined;
const logDir = store.keep();
await store.close();
await snapshots.close({ keep: true });

const here = fileURLToPath(import.meta.url);
const starts = [];
for (let round = 0; round < rounds; round++) {
  const child = spawnSync(process.execPath, ['--expose-gc', ...childFlags, here, 'start', logDir, snapshots.dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`the start failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1));
  if (r.meetings !== meetings) throw new Error(`the start has ${r.meetings} meetings, the replay ${meetings}`);
  starts.push(r);
  console.log(
    `start ${round + 1}: ${fmt(r.startMs)} ms (CPU ${fmt(r.cpuMs)} ms; ${fmt(r.restored)} streams restored, ${fmt(r.rebuilt)} rebuilt) · runtime heap ${fmt(r.runtimeHeap)} MB, the store's index ${fmt(r.indexHeap)} MB (read in ${fmt(r.indexMs)} ms) · peak RSS ${fmt(r.peak)} MB (${fmt(r.indexPeak)} MB after reading the index), RSS after ${fmt(r.rss)} MB · load ${r.load}`,
  );
}
rmSync(logDir, { recursive: true, force: true });
rmSync(snapshots.dir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nmedian start ${fmt(median(starts.map((r) => r.startMs)))} ms · median peak RSS ${fmt(median(starts.map((r) => r.peak)))} MB · median runtime heap ${fmt(median(starts.map((r) => r.runtimeHeap)))} MB · load ${load()}`);
