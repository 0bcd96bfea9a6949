/* global process, console */
// Benchmark (not a test): how long a network takes to load from its whole log and from its
// snapshots in the database, and to write a generation of snapshots — on PGlite on its own
// thread (the server's default) or, with BENCH_DATABASE=postgres, a throw-away PostgreSQL
// (Debian's package, durable defaults). The log is core's national benchmark network
// (packages/core/bench/national-network.mjs: 311 groups, meetings through their whole
// lifecycle), generated straight into the store. Run after building core and the server:
// `node bench/snapshots.mjs`. Figures only; nothing is asserted.
//
//   BENCH_SIZE   events in the log: 10k (default), 100k, or several, e.g. 10k,100k
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { createSamverkan, trustedRecords } from '@samverkan/core/runtime';
import { CLOCK, generateLog } from '../../core/bench/national-network.mjs';
import { createPgClient, createPgliteThreadClient, createPostgresSnapshotStore, createPostgresStore } from '../dist/index.js';

const sizes = (process.env.BENCH_SIZE ?? '10k').split(',').map((size) => Number(size.replace(/k$/i, '000').replace(/m$/i, '000000')));

let stopCluster = async () => undefined;
async function database() {
  if (process.env.BENCH_DATABASE !== 'postgres') return createPgliteThreadClient({ dataDir: 'memory://' });
  const { startPostgresCluster } = await import('../scripts/postgres-cluster.mjs');
  const cluster = await startPostgresCluster({ durable: true });
  stopCluster = () => cluster.stop();
  return createPgClient({ connectionString: cluster.info.url });
}

async function time(work) {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
}

const sql = await database();
const label = process.env.BENCH_DATABASE === 'postgres' ? 'PostgreSQL' : 'PGlite (own thread)';
try {
  for (const size of sizes) {
    const network = `bench-snapshots-${size}`;
    const store = await createPostgresStore({ sql, network });
    const generated = await time(() => generateLog(size, { store }));
    const snapshots = createPostgresSnapshotStore({ sql, network });
    const open = () => createSamverkan({ store, identity: trustedRecords(), clock: CLOCK, snapshots });

    const fromLog = await time(open);
    const saved = await time(() => fromLog.result.saveSnapshots());
    if (!saved.result.ok) throw new Error(saved.result.message.en);
    const state = fromLog.result.getState();
    await fromLog.result.close();
    const fromSnapshots = await time(open);
    const again = fromSnapshots.result;
    if (again.startUp.from !== 'snapshots' || again.getState().meetings.size !== state.meetings.size) throw new Error('the start from snapshots did not give the replayed state');
    await again.close();
    const { rows } = await sql.query('SELECT count(*)::int AS records, sum(octet_length(record::text))::bigint AS bytes FROM samverkan.snapshots WHERE network = $1', [network]);
    console.log(
      `${label}, ${size.toLocaleString('en')} events (log generated in ${generated.ms} ms, load ${loadavg()[0].toFixed(1)}): ` +
        `load from the log ${fromLog.ms} ms; snapshots written in ${saved.ms} ms (${rows[0].records} records, ${(Number(rows[0].bytes) / 1e6).toFixed(1)} MB); ` +
        `load from them ${fromSnapshots.ms} ms (${again.startUp.restored} streams restored, ${again.startUp.replayed} events replayed)`,
    );
    await store.close();
  }
} finally {
  await sql.close();
  await stopCluster();
}
