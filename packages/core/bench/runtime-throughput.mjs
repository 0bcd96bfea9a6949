// Benchmark (not a test), run by `pnpm bench` and CI: the national benchmark at its smallest
// size (10 k events; see national.mjs, which runs at 100 k and 1 M with BENCH_SIZE), then the
// time to load each sample (dataset and history, one batch) into a memory store. Run after a
// build. Kept quick (well under a minute) so that it runs on every change and cannot rot.
import { performance } from 'node:perf_hooks';
import { createMemoryStore } from '../dist/runtime/index.js';
import { createSampleRuntime, sampleHistories } from '../dist/samples/index.js';

process.env.BENCH_SIZE = '10k';
await import('./national.mjs');

// Loading each sample (its dataset and whole history, checked command by command and written
// as one batch) into a fresh memory store: the median of LOAD_ROUNDS loads after one warm-up.
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 7);
console.log(`\nsample load into a memory store (median of ${LOAD_ROUNDS}, after one warm-up):`);
for (const sampleId of Object.keys(sampleHistories)) {
  await createSampleRuntime(sampleId, createMemoryStore());
  const times = [];
  let commandsLoaded = 0;
  let eventsLoaded = 0;
  for (let i = 0; i < LOAD_ROUNDS; i++) {
    const target = createMemoryStore();
    const started = performance.now();
    const { commands: n } = await createSampleRuntime(sampleId, target);
    times.push(performance.now() - started);
    commandsLoaded = n;
    eventsLoaded = (await target.readAll()).length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`  ${sampleId.padEnd(13)} ${String(commandsLoaded).padStart(4)} commands, ${String(eventsLoaded).padStart(4)} events: ${median.toFixed(1)} ms`);
}
