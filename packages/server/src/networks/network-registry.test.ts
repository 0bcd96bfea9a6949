// Loading a network reads its log once: the runtime's replay. Where the log ends comes from the
// store's own record of it, not from reading the whole log a second time. A network's snapshots
// are written when enough events came since the last ones, and its next load starts from them.
import type { SnapshotStore } from '@samverkan/core/runtime';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createNetwork } from '../cli/network-admin.js';
import { requestScope } from '../server/request-context.js';
import { silentLogger, type Logger } from '../server/logger.js';
import { createPgliteClient } from '../store/pglite-client.js';
import type { SqlClient } from '../store/sql-client.js';
import { firstMeeting, people, subOf, withClaims } from '../test-support/server-test-support.js';
import { NetworkRegistry, type NetworkRegistryOptions } from './network-registry.js';
import { postgresNetworkStores, type NetworkStores } from './network-stores.js';

/** A logger that keeps what it is told. */
function recordingLogger() {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, ...(fields ? { fields } : {}) });
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

describe('network registry', () => {
  const closing: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const close of closing.reverse()) await close();
  });

  it('loads a network reading its log once, and knows the position where it ends', async () => {
    const stores = postgresNetworkStores(await createPgliteClient({ dataDir: 'memory://' }));
    closing.push(() => stores.close());
    await createNetwork({ stores, network: 'fyrbodal', dataset: withClaims(), admin: { kind: 'sub', value: subOf(people.processLeader) }, clock: () => '2019-01-01T08:00:00+01:00' });

    // Every read of the whole log that loading makes, counted.
    let wholeReads = 0;
    const counting: NetworkStores = {
      ...stores,
      async open(network) {
        const store = await stores.open(network);
        const readAll = store.readAll.bind(store);
        store.readAll = (from) => {
          if ((from ?? 1) <= 1) wholeReads += 1;
          return readAll(from);
        };
        return store;
      },
    };
    const registry = new NetworkRegistry({ stores: counting, clock: () => '2019-01-02T08:00:00+01:00', idleMs: 60_000, log: silentLogger });
    closing.push(() => registry.close());

    const { handle, release } = await registry.lease('fyrbodal');
    try {
      const store = await stores.open('fyrbodal');
      const log = await store.readAll();
      await store.close();
      expect(log.length).toBeGreaterThan(0);
      expect(handle.position()).toBe(log.at(-1)!.position);
      expect(handle.runtime.getState().damaged).toEqual([]);
      // The runtime reads the log a page at a time (readPage); nothing reads it whole.
      expect(wholeReads).toBe(0);
    } finally {
      release();
    }
  });

  describe('snapshots', () => {
    const later = Date.now() + 86_400_000;

    async function fyrbodalOnPglite(): Promise<{ sql: SqlClient; stores: NetworkStores }> {
      const sql = await createPgliteClient({ dataDir: 'memory://' });
      const stores = postgresNetworkStores(sql);
      closing.push(() => stores.close());
      await createNetwork({ stores, network: 'fyrbodal', dataset: withClaims(), admin: { kind: 'sub', value: subOf(people.processLeader) }, clock: () => '2019-01-01T08:00:00+01:00' });
      return { sql, stores };
    }
    const registryOn = (stores: NetworkStores, log: Logger, options: Partial<NetworkRegistryOptions> = {}) => {
      const registry = new NetworkRegistry({ stores, clock: () => '2019-01-02T08:00:00+01:00', idleMs: 60_000, log, ...options });
      closing.push(() => registry.close());
      return registry;
    };
    const snapshotRows = async (sql: SqlClient) => (await sql.query<{ count: number }>('SELECT count(*)::int AS count FROM samverkan.snapshots')).rows[0]!.count;

    it('writes them after a load that replayed enough events, and the next load starts from them in the same state', async () => {
      const { sql, stores } = await fyrbodalOnPglite();
      const { log, lines } = recordingLogger();
      const registry = registryOn(stores, log, { snapshotEveryEvents: 1 });
      const first = await registry.use('fyrbodal', async (handle) => ({ startUp: handle.runtime.startUp, state: handle.runtime.getState() }));
      expect(first.startUp.from).toBe('log');
      expect(await registry.sweep(later)).toEqual(['fyrbodal']);
      expect(await snapshotRows(sql)).toBeGreaterThan(1);
      expect(lines.filter((line) => line.message === 'snapshots written').map((line) => line.fields?.occasion)).toEqual(['loaded']);

      const again = await registry.use('fyrbodal', async (handle) => ({ startUp: handle.runtime.startUp, state: handle.runtime.getState() }));
      expect(again.startUp).toMatchObject({ from: 'snapshots', replayed: 0, rebuilt: 0, discarded: [] });
      expect(again.state).toEqual(first.state);
      expect(lines.filter((line) => line.message === 'network loaded').map((line) => line.fields?.from)).toEqual(['log', 'snapshots']);
    });

    it('writes them again when a network is released with enough new events, and never with snapshotEveryEvents 0', async () => {
      const { sql, stores } = await fyrbodalOnPglite();
      const never = registryOn(stores, silentLogger, { snapshotEveryEvents: 0 });
      await never.use('fyrbodal', async () => undefined);
      await never.sweep(later);
      expect(await snapshotRows(sql)).toBe(0);

      // The load's replay alone is below the threshold; one more command makes it.
      const replayed = await never.use('fyrbodal', async (handle) => handle.runtime.startUp.replayed);
      const { log, lines } = recordingLogger();
      const registry = registryOn(stores, log, { snapshotEveryEvents: replayed + 1 });
      const status = await registry.use('fyrbodal', (handle) =>
        requestScope.run({ personId: people.processLeader }, async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          expect(await snapshotRows(sql)).toBe(0);
          const before = handle.runtime.getState().meetings.get(firstMeeting)?.status;
          expect(await handle.runtime.dispatch({ type: 'openCall', id: 'open', meetingId: firstMeeting })).toMatchObject({ ok: true });
          const after = handle.runtime.getState().meetings.get(firstMeeting)?.status;
          expect(after).not.toBe(before);
          return after;
        }),
      );
      await registry.sweep(later);
      expect(lines.filter((line) => line.message === 'snapshots written').map((line) => [line.fields?.occasion, line.fields?.events])).toEqual([['released', replayed + 1]]);

      const again = await registry.use('fyrbodal', async (handle) => ({ startUp: handle.runtime.startUp, call: handle.runtime.getState().meetings.get(firstMeeting)?.status }));
      expect(again.startUp).toMatchObject({ from: 'snapshots', replayed: 0 });
      expect(again.call).toBe(status);
    });

    it('writes them while a network stays loaded, once it has been quiet after enough new events', async () => {
      const { stores } = await fyrbodalOnPglite();
      const replayed = await registryOn(stores, silentLogger, { snapshotEveryEvents: 0 }).use('fyrbodal', async (handle) => handle.runtime.startUp.replayed);
      const { log, lines } = recordingLogger();
      const registry = registryOn(stores, log, { snapshotEveryEvents: replayed + 1, snapshotQuietMs: 100 });
      const { handle, release } = await registry.lease('fyrbodal');
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(lines.filter((line) => line.message === 'snapshots written')).toEqual([]);
        await requestScope.run({ personId: people.processLeader }, () => handle.runtime.dispatch({ type: 'openCall', id: 'open', meetingId: firstMeeting }));
        await vi.waitFor(() => expect(lines.some((line) => line.message === 'snapshots written')).toBe(true), { timeout: 15_000, interval: 50 });
        expect(lines.filter((line) => line.message === 'snapshots written').map((line) => [line.fields?.occasion, line.fields?.events])).toEqual([['quiet', replayed + 1]]);
      } finally {
        release();
      }
      // Released with nothing new since: nothing more to write.
      await registry.sweep(later);
      expect(lines.filter((line) => line.message === 'snapshots written')).toHaveLength(1);
    });

    it('a snapshot write that fails is logged and tried again; the network goes on', async () => {
      const { stores } = await fyrbodalOnPglite();
      let failing = true;
      const flaky: NetworkStores = {
        ...stores,
        snapshots(network) {
          const inner = stores.snapshots!(network);
          return {
            ...inner,
            replace: (records) => (failing ? Promise.reject(new Error('disk full (simulated)')) : inner.replace(records)),
          } satisfies SnapshotStore;
        },
      };
      const { log, lines } = recordingLogger();
      const registry = registryOn(flaky, log, { snapshotEveryEvents: 1 });
      await registry.use('fyrbodal', async (handle) => expect(handle.runtime.getState().damaged).toEqual([]));
      await registry.sweep(later);
      expect(lines.filter((line) => line.message.startsWith('snapshots')).map((line) => [line.level, line.message, line.fields?.occasion])).toEqual([
        ['warn', 'snapshots not written', 'loaded'],
        ['warn', 'snapshots not written', 'released'],
      ]);
      expect(String(lines.find((line) => line.level === 'warn')?.fields?.reason)).toMatch(/disk full/);
      failing = false;
      expect(await registry.use('fyrbodal', async (handle) => handle.runtime.startUp.from)).toBe('log');
      await registry.sweep(later);
      expect(await registry.use('fyrbodal', async (handle) => handle.runtime.startUp.from)).toBe('snapshots');
    });

    it('holds no personal data the log does not hold: names and contact details stay in the personal-data part', async () => {
      const { sql, stores } = await fyrbodalOnPglite();
      const registry = registryOn(stores, silentLogger, { snapshotEveryEvents: 1 });
      const everyone = await registry.use('fyrbodal', async (handle) => handle.runtime.getState().dataset.people ?? []);
      await registry.sweep(later);
      const textOf = async (query: string) => (await sql.query<{ text: string }>(query)).rows[0]!.text;
      const log = await textOf("SELECT string_agg(event::text, '\n') AS text FROM samverkan.events");
      const personalData = await textOf("SELECT string_agg(data::text, '\n') AS text FROM samverkan.personal_data");
      const snapshots = await textOf("SELECT string_agg(record::text, '\n') AS text FROM samverkan.snapshots");
      // Names a document of the log itself names (a mandate's version history) are the log's.
      const private_ = everyone.flatMap((person) => [person.name, person.contact?.email ?? '', person.contact?.phone ?? '', ...(person.identityClaims ?? []).map((claim) => claim.value)]).filter((value) => value !== '' && !log.includes(value));
      expect(private_.length).toBeGreaterThan(10);
      for (const value of private_) {
        expect(personalData).toContain(value);
        expect(snapshots).not.toContain(value);
      }
      expect(snapshots).toContain(people.representative);
    });
  });
});
