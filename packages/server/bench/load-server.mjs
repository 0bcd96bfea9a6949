/* global process */
// The server the load benchmark (load.mjs) drives, in a process of its own so that the load
// generator does not share its event loop: N networks made from the Fyrbodal sample on PGlite
// (a temporary data folder) or on DATABASE_URL, every meeting's call for agenda items opened,
// and a session for each of the sessions asked for. Prints one JSON line with the address and
// the sessions, then serves until it is sent SIGTERM. Runs the built package.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSamverkan, sessionIdentity } from '@samverkan/core/runtime';
import { fyrbodal } from '@samverkan/core/samples';
import { createNetwork, createPgliteClient, createServer, ensureMigrated, listen, memoryNetworkStores, openDatabase, postgresNetworkStores, silentLogger } from '../dist/index.js';

const NETWORKS = Number(process.env.BENCH_NETWORKS ?? 20);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50);
const leader = 'fyrbodal:person-001';
const representatives = fyrbodal.people.map((p) => p.id).filter((id) => id !== leader && id !== 'fyrbodal:person-002' && id !== 'fyrbodal:person-020' && id !== 'fyrbodal:person-021');
const sub = (personId) => `bench-${personId}`;

// BENCH_STORE=memory measures the server without a database (what HTTP, sign-in and core cost).
const inMemory = process.env.BENCH_STORE === 'memory';
const folder = process.env.DATABASE_URL || inMemory ? undefined : mkdtempSync(join(tmpdir(), 'samverkan-bench-'));
/** The database: BENCH_PGLITE=main puts PGlite on the server's own thread (as before it had a thread of its own). */
async function database() {
  if (process.env.BENCH_PGLITE !== 'main' || !folder) return openDatabase({ url: process.env.DATABASE_URL, dataDir: folder });
  const sql = await createPgliteClient({ dataDir: folder });
  await ensureMigrated(sql);
  return sql;
}
const stores = inMemory ? memoryNetworkStores() : postgresNetworkStores(await database(), { onError: () => undefined });
const dataset = { ...fyrbodal, people: fyrbodal.people.map((p) => ({ ...p, identityClaims: [{ kind: 'sub', value: sub(p.id) }] })) };
const networks = Array.from({ length: NETWORKS }, (_, i) => `bench-${String(i + 1).padStart(2, '0')}-${Date.now().toString(36)}`);
const meetings = fyrbodal.meetings.map((m) => m.id);
for (const network of networks) {
  await createNetwork({ stores, network, dataset, admin: { kind: 'sub', value: sub(leader) } });
  const store = await stores.open(network);
  const runtime = await createSamverkan({ store, identity: sessionIdentity(() => leader) });
  for (const [n, meetingId] of meetings.entries()) {
    const opened = await runtime.dispatch({ type: 'openCall', id: `open-${n}`, meetingId });
    if (!opened.ok) throw new Error(`openCall ${meetingId}: ${opened.message.en}`);
  }
  await runtime.close();
  await store.close();
}

const server = createServer({
  stores,
  log: silentLogger,
  config: { host: '127.0.0.1', port: 0, rateLimitPerSession: 1_000_000, rateLimitPerAddress: 1_000_000, sessionSecret: 'the load benchmark’s session secret, long enough' },
});
const running = await listen(server);
const sessions = [];
for (let i = 0; i < SESSIONS; i += 1) {
  const network = networks[i % NETWORKS];
  const personId = representatives[Math.floor(i / NETWORKS) % representatives.length];
  const { name, value } = await server.issueSession([{ kind: 'sub', value: sub(personId) }]);
  sessions.push({ network, personId, cookie: `${name}=${value}` });
}
const leaders = {};
for (const network of networks) {
  const { name, value } = await server.issueSession([{ kind: 'sub', value: sub(leader) }]);
  leaders[network] = `${name}=${value}`;
}
process.stdout.write(`${JSON.stringify({ url: running.url, database: stores.kind, networks, meetings, sessions, leaders })}\n`);

process.once('SIGTERM', async () => {
  await running.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
  process.exit(0);
});
