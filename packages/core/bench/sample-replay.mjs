// Benchmark (not a test): how long `createSamverkan` takes to replay each sample's stored log
// (dataset and whole history), which is what the demo does on every visit, and how long its
// longest uninterrupted stretch is with `replay: { yieldEvery }`. Median of REPLAY_ROUNDS after
// a warm-up. Run after a build: `node bench/sample-replay.mjs`.
import { performance } from 'node:perf_hooks';
import { createMemoryStore, createSamverkan, trustedRecords } from '../dist/runtime/index.js';
import { createSampleRuntime, sampleHistories } from '../dist/samples/index.js';

const ROUNDS = Number(process.env.REPLAY_ROUNDS ?? 15);
const YIELD_EVERY = Number(process.env.REPLAY_YIELD_EVERY ?? 8);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `fn` while a 0 ms timer chain measures the longest gap between timer callbacks (the longest task). */
async function longestTask(fn) {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick);
  };
  setTimeout(tick);
  const started = performance.now();
  await fn();
  const total = performance.now() - started;
  longest = Math.max(longest, performance.now() - last);
  running = false;
  return { total, longest };
}

console.log(`replay of each sample's stored log (median of ${ROUNDS}, after one warm-up):`);
for (const sampleId of Object.keys(sampleHistories)) {
  const store = createMemoryStore();
  await createSampleRuntime(sampleId, store);
  const events = (await store.readAll()).length;
  await createSamverkan({ store, identity: trustedRecords() });
  const oneShot = [];
  const sliced = [];
  for (let i = 0; i < ROUNDS; i++) {
    oneShot.push(await longestTask(() => createSamverkan({ store, identity: trustedRecords() })));
    sliced.push(await longestTask(() => createSamverkan({ store, identity: trustedRecords(), replay: { yieldEvery: YIELD_EVERY } })));
  }
  const f = (xs, key) => median(xs.map((x) => x[key])).toFixed(1);
  console.log(
    `  ${sampleId.padEnd(13)} ${String(events).padStart(4)} events: one-shot ${f(oneShot, 'total')} ms (longest task ${f(oneShot, 'longest')} ms)` +
      ` · sliced every ${YIELD_EVERY} ms: ${f(sliced, 'total')} ms (longest task ${f(sliced, 'longest')} ms)`,
  );
}
