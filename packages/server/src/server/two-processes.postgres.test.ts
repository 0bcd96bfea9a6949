// Scaling out on PostgreSQL: two server processes (each with its own pool, as separate processes
// would have) on one database. A command accepted by one reaches the live stream of the other
// (LISTEN/NOTIFY); two commands on one meeting at once, one in each, give one success and one
// CONFLICT — never two versions — and both processes end with the same meeting.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPostgresCluster } from '../../scripts/postgres-cluster.mjs';
import { createNetwork } from '../cli/network-admin.js';
import { postgresNetworkStores } from '../networks/network-stores.js';
import { createPgClient } from '../store/pg-client.js';
import { describeOnPostgres } from '../store/postgres-test-support.js';
import { faultyStores, firstMeeting, openEventStream, people, startTestServer, subOf, withClaims, type TestServer } from '../test-support/server-test-support.js';

describeOnPostgres('two server processes on one PostgreSQL', ({ url }) => {
  const database = `servers_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const databaseUrl = url.replace(/\/postgres$/, `/${database}`);
  const admin = createPgClient({ connectionString: url });
  let one: TestServer;
  let two: TestServer;
  let slowTwo: ReturnType<typeof faultyStores>['faults'];

  beforeAll(async () => {
    await admin.query(`CREATE DATABASE ${database}`);
    const setup = postgresNetworkStores(createPgClient({ connectionString: databaseUrl }));
    await createNetwork({ stores: setup, network: 'fyrbodal', dataset: withClaims(), admin: { kind: 'sub', value: subOf(people.processLeader) }, clock: () => '2019-01-01T08:00:00+01:00' });
    await setup.close();
    one = await startTestServer({ stores: postgresNetworkStores(createPgClient({ connectionString: databaseUrl, applicationName: 'server-one' })), networks: [] });
    const faulty = faultyStores(postgresNetworkStores(createPgClient({ connectionString: databaseUrl, applicationName: 'server-two' })));
    slowTwo = faulty.faults;
    two = await startTestServer({ stores: faulty.stores, networks: [] });
    for (const t of [one, two]) t.clock.set('2019-01-02T09:00:00+01:00');
  }, 120_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.close();
  });

  it("sends a command accepted by one process to the other's live stream", async () => {
    const stream = openEventStream(`${two.url}/api/networks/fyrbodal/events`, { cookie: await two.cookieFor(people.representative) });
    await stream.until(() => stream.positions().length === 1);
    const opened = await one.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: { type: 'openCall', id: 'open', meetingId: firstMeeting } });
    expect(opened.status).toBe(201);
    await stream.until(() => stream.positions().length === 2);
    expect(JSON.parse(stream.messages.at(-1)!.data)).toMatchObject([{ type: 'openCall', commandId: 'open', position: 2 }]);
    // The other process's state has it too, so a command there is checked against it.
    const state = (await (await two.request('/api/networks/fyrbodal/state', { as: people.representative })).json()) as { meetings: Record<string, { status: string }> };
    expect(state.meetings[firstMeeting]!.status).toBe('collectingItems');
    stream.cut();
    await stream.done;
  });

  it('gives one success and one CONFLICT for two commands on one meeting at once, and both processes end with the same meeting', async () => {
    // The second process is a little slower to write: both check the command against the same
    // version of the meeting, and the database lets only one of them write after it.
    // (Slower by far more than the other needs to check and write, on a busy machine too.)
    slowTwo.appendDelayMs = 1_500;
    const item = (n: string) => ({ id: n, title: `Punkt ${n}`, kind: 'information', durationMinutes: 10 });
    const [first, second] = await Promise.all([
      two.request('/api/networks/fyrbodal/commands', { as: people.otherRepresentative, body: { type: 'proposeAgendaItem', id: 'from-two', meetingId: firstMeeting, item: item('b') } }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        one.request('/api/networks/fyrbodal/commands', { as: people.representative, body: { type: 'proposeAgendaItem', id: 'from-one', meetingId: firstMeeting, item: item('a') } }),
      ),
    ]);
    slowTwo.appendDelayMs = 0;
    expect(second.status).toBe(201);
    expect(first.status).toBe(409);
    expect(await first.json()).toMatchObject({ ok: false, code: 'CONFLICT', details: { stream: `meeting:${firstMeeting}` } });
    const log = (await (await one.request('/api/networks/fyrbodal/log', { as: people.processLeader })).json()) as { events: Array<{ stream: string; version: number }> };
    const versions = log.events.filter((e) => e.stream === `meeting:${firstMeeting}`).map((e) => e.version);
    expect(versions).toEqual([1, 2]);
    // The refused one, sent again, is checked against the meeting as it is now, and goes in.
    const retried = await two.request('/api/networks/fyrbodal/commands', { as: people.otherRepresentative, body: { type: 'proposeAgendaItem', id: 'from-two', meetingId: firstMeeting, item: item('b') } });
    expect(retried.status).toBe(201);
    const meetingIn = async (t: TestServer) =>
      ((await (await t.request('/api/networks/fyrbodal/state', { as: people.processLeader })).json()) as { meetings: Record<string, { version: number; context: { agenda: Array<{ id: string }> } }> }).meetings[firstMeeting]!;
    await expect.poll(async () => (await meetingIn(one)).version, { timeout: 10_000 }).toBe(3);
    expect(await meetingIn(one)).toEqual(await meetingIn(two));
    expect((await meetingIn(two)).context.agenda.map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('a server whose PostgreSQL restarts under load', () => {
  it('answers 503 while the database is down, recovers by itself, and records every command once', { timeout: 180_000 }, async () => {
    // A PostgreSQL of its own: stopping the shared one would pull it from under the other test files.
    const cluster = await startPostgresCluster();
    const stores = postgresNetworkStores(createPgClient({ connectionString: cluster.info.url, onError: () => undefined }), { onError: () => undefined });
    await createNetwork({ stores, network: 'fyrbodal', dataset: withClaims(), admin: { kind: 'sub', value: subOf(people.processLeader) }, clock: () => '2019-01-01T08:00:00+01:00' });
    const t = await startTestServer({ stores, networks: [], config: { requestTimeoutMs: 8_000, rateLimitPerSession: 100_000, rateLimitPerAddress: 100_000 } });
    type Outcome = { at: number; status: number; code?: string };
    const outcomes: Outcome[] = [];
    const confirmed = new Set<string>();
    let running = true;
    try {
      expect((await t.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: { type: 'openCall', id: 'open', meetingId: firstMeeting } })).status).toBe(201);
      // Three people proposing items one after another; a refused command is sent again with its id.
      async function load(person: string, prefix: string): Promise<void> {
        let n = 0;
        while (running && n < 50) {
          const id = `${prefix}-${n}`;
          const response = await t.request('/api/networks/fyrbodal/commands', { as: person, body: { type: 'proposeAgendaItem', id, meetingId: firstMeeting, item: { id, title: `Punkt ${id}`, kind: 'information', durationMinutes: 5 } } });
          const body = (await response.json()) as { code?: string };
          outcomes.push({ at: Date.now(), status: response.status, ...(body.code ? { code: body.code } : {}) });
          if (response.status === 200 || response.status === 201) {
            confirmed.add(id);
            n += 1;
          } else {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      }
      const writers = [load(people.representative, 'k'), load(people.otherRepresentative, 'j'), load('fyrbodal:person-005', 'm')];
      await vi.waitFor(() => expect(outcomes.filter((o) => o.status === 201).length).toBeGreaterThan(15), { timeout: 30_000 });
      const stoppedAt = Date.now();
      cluster.stopServer('fast');
      await vi.waitFor(() => expect(outcomes.filter((o) => o.at > stoppedAt && o.status === 503).length).toBeGreaterThan(3), { timeout: 30_000 });
      expect((await t.request('/ready')).status).toBe(503);
      const restartedAt = Date.now();
      cluster.startServer();
      await vi.waitFor(() => expect(outcomes.filter((o) => o.at > restartedAt && o.status === 201).length).toBeGreaterThan(15), { timeout: 60_000 });
      running = false;
      await Promise.all(writers);
      expect((await t.request('/ready')).status).toBe(200);

      // Down, the answer was 503 STORE_UNAVAILABLE (a command whose commit was cut off may come
      // back as a CONFLICT and then, sent again, as a duplicate) — never a 500.
      const refused = outcomes.filter((o) => o.status !== 200 && o.status !== 201);
      for (const o of refused) expect([503, 409]).toContain(o.status);
      expect(refused.filter((o) => o.status === 503).every((o) => o.code === 'STORE_UNAVAILABLE')).toBe(true);
      // The log: each confirmed command once, the meeting's versions without a gap.
      const log = (await (await t.request('/api/networks/fyrbodal/log?limit=5000', { as: people.processLeader })).json()) as { events: Array<{ commandId: string; stream: string; version: number; position: number }> };
      const ids = log.events.map((e) => e.commandId);
      for (const id of confirmed) expect(ids.filter((x) => x === id)).toHaveLength(1);
      const versions = log.events.filter((e) => e.stream === `meeting:${firstMeeting}`).map((e) => e.version);
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
      expect(log.events.map((e) => e.position)).toEqual(Array.from({ length: log.events.length }, (_, i) => i + 1));
    } finally {
      running = false;
      await t.stop().catch(() => undefined);
      cluster.stop();
    }
  });
});
