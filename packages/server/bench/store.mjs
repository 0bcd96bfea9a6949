/* global process, console */
// Benchmark (not a test): appends and reads per second of the PostgreSQL event store, on PGlite
// (a data folder, the embedded default) and on a real PostgreSQL (DATABASE_URL, or a throw-away
// server started here from Debian's postgresql package with its default, durable settings).
// Run after a build: `pnpm --filter @samverkan/server bench`. Figures only; nothing is asserted.
//
//   BENCH_APPENDS   single-event appends per measurement (default 1000)
//   BENCH_BATCH     events in the one-transaction batch (default 10000)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPgClient, createPgliteClient, createPostgresStore } from '../dist/index.js';
import { startPostgresCluster } from '../scripts/postgres-cluster.mjs';

const APPENDS = Number(process.env.BENCH_APPENDS ?? 1000);
const BATCH = Number(process.env.BENCH_BATCH ?? 10_000);
const WRITERS = 8;

let counter = 0;
function event(commandId) {
  counter += 1;
  return {
    id: `bench-event-${counter}`,
    type: 'proposeAgendaItem',
    at: '2019-01-03T10:00:00+01:00',
    by: 'fyrbodal:person-003',
    role: 'fyrbodal:role-representative',
    commandId: commandId ?? `bench-command-${counter}`,
    data: { type: 'proposeAgendaItem', item: { id: `p${counter}`, title: 'Välfärdsteknik i hemtjänsten', kind: 'discussion', durationMinutes: 30 } },
  };
}

const perSecond = (count, ms) => Math.round((count / ms) * 1000);

async function time(work) {
  const started = performance.now();
  const count = await work();
  return { count, ms: performance.now() - started };
}

/** The measurements, on one database. */
async function measure(label, sql) {
  const rows = [];
  const record = (what, { count, ms }, unit) => rows.push({ what, count, ms: Math.round(ms), rate: `${perSecond(count, ms).toLocaleString('en')} ${unit}/s` });
  const network = (name) => `bench-${name}-${Date.now().toString(36)}`;

  // One writer, one event per append, round the streams of a network (each append one transaction).
  const one = await createPostgresStore({ sql, network: network('single') });
  const versions = new Map();
  record(
    'append, 1 event, one writer',
    await time(async () => {
      for (let index = 0; index < APPENDS; index += 1) {
        const stream = `meeting:${index % 20}`;
        const version = versions.get(stream) ?? 0;
        const result = await one.append(stream, version, [event()]);
        if (!result.ok) throw new Error(result.message.en);
        versions.set(stream, version + 1);
      }
      return APPENDS;
    }),
    'appends',
  );

  // Several writers at once: on one network (they queue for its lock) and on a network each.
  for (const shared of [true, false]) {
    const stores = shared
      ? [await createPostgresStore({ sql, network: network('shared') })]
      : await Promise.all(Array.from({ length: WRITERS }, (_, index) => createPostgresStore({ sql, network: network(`own-${index}`) })));
    record(
      `append, 1 event, ${WRITERS} writers, ${shared ? 'one network' : 'a network each'}`,
      await time(async () => {
        await Promise.all(
          Array.from({ length: WRITERS }, async (_, writer) => {
            const store = stores[shared ? 0 : writer];
            for (let index = 0; index < APPENDS / WRITERS; index += 1) {
              const result = await store.append(`meeting:writer-${writer}`, index, [event()]);
              if (!result.ok) throw new Error(result.message.en);
            }
          }),
        );
        return APPENDS;
      }),
      'appends',
    );
    await Promise.all(stores.map((store) => store.close()));
  }

  // A sample's worth of history in one transaction.
  const big = await createPostgresStore({ sql, network: network('batch') });
  const parts = Array.from({ length: BATCH / 10 }, (_, index) => ({ stream: `meeting:${index % 100}`, expectedVersion: Math.floor(index / 100) * 10, events: Array.from({ length: 10 }, () => event(`bench-batch-${index}`)) }));
  record(
    `appendBatch, ${BATCH.toLocaleString('en')} events in one transaction`,
    await time(async () => {
      const result = await big.appendBatch(parts);
      if (!result.ok) throw new Error(result.message.en);
      return result.events.length;
    }),
    'events',
  );

  // Reads: the whole log (a runtime's replay at start), and one stream at a time.
  record(
    `readAll, ${BATCH.toLocaleString('en')} events`,
    await time(async () => (await big.readAll()).length),
    'events',
  );
  record(
    'read one stream (100 events), repeated',
    await time(async () => {
      for (let index = 0; index < 200; index += 1) await big.read(`meeting:${index % 100}`);
      return 200;
    }),
    'reads',
  );
  record(
    'version of a stream, repeated',
    await time(async () => {
      for (let index = 0; index < APPENDS; index += 1) await big.version(`meeting:${index % 100}`);
      return APPENDS;
    }),
    'reads',
  );
  await Promise.all([one.close(), big.close()]);

  console.log(`\n${label}`);
  console.table(Object.fromEntries(rows.map(({ what, ...row }) => [what, row])));
}

const folder = mkdtempSync(join(tmpdir(), 'samverkan-bench-pglite-'));
try {
  const started = performance.now();
  const pglite = await createPgliteClient({ dataDir: folder });
  console.log(`PGlite opened a new data folder in ${Math.round(performance.now() - started)} ms`);
  await measure(`PGlite ${folder} (a data folder, in this process)`, pglite);
  await pglite.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}

let cluster;
try {
  let url = process.env.DATABASE_URL;
  if (!url) {
    cluster = await startPostgresCluster({ durable: true });
    url = cluster.info.url;
  }
  const postgres = createPgClient({ connectionString: url, max: 10 });
  const { rows } = await postgres.query('SHOW server_version');
  await measure(`PostgreSQL ${rows[0].server_version} on ${url.replace(/\/\/[^@]*@/, '//')} (pool of 10, ${cluster ? 'a throw-away server, default settings' : 'DATABASE_URL'})`, postgres);
  await postgres.close();
} finally {
  cluster?.stop();
}
