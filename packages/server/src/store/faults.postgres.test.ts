// Faults on a real PostgreSQL, each bounded in time and on 127.0.0.1 only: a writer killed in the
// middle of a batch, the database restarted under load, a database that is not there.
import { batch } from '@samverkan/core/testing';
import type { NewEvent, StoredEvent, StreamAppend } from '@samverkan/core/runtime';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startPostgresCluster } from '../../scripts/postgres-cluster.mjs';
import { createPgClient } from './pg-client.js';
import { createPostgresStore } from './postgres-store.js';
import { describeOnPostgres, storeWithOwnPool } from './postgres-test-support.js';
import { EventStoreUnavailableError } from './store-errors.js';
import { startWorker, uniqueNetwork } from './store-test-support.js';

/** A batch of `streams` × `perStream` events, each with about half a kilobyte of text. */
function bigBatch(streams: number, perStream: number): StreamAppend[] {
  const text = 'Protokollet justeras av ordföranden och en vald justerare. '.repeat(9);
  return Array.from({ length: streams }, (_, index) => ({
    stream: `meeting:big-${index}`,
    expectedVersion: 0,
    events: batch(perStream).map((event) => ({ ...event, data: { ...event.data, text } })),
  }));
}

describeOnPostgres('PostgreSQL store — faults', ({ url }) => {
  const sql = createPgClient({ connectionString: url });
  afterAll(() => sql.close());

  it('leaves no part of a batch behind when the process writing it is killed mid-way', async () => {
    const network = uniqueNetwork();
    const parts = bigBatch(20, 1000); // 20 000 events, about 15 MB of JSON
    const worker = await startWorker(url, network);
    try {
      // The worker's transaction stops for good with the batch written in it, before COMMIT; the
      // server shows it open, holding a transaction id, its rows not visible to anyone else.
      worker.send({ op: 'batch', parts, pauseInTransaction: true });
      await worker.waitFor((message) => message.kind === 'paused');
      const { rows: open } = await sql.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND backend_xid IS NOT NULL AND state = 'idle in transaction'`,
        [`samverkan-test-worker-${worker.pid}`],
      );
      expect(open).toHaveLength(1);
      const backend = open[0]!.pid;
      const { rows: seen } = await sql.query<{ count: string }>('SELECT count(*) AS count FROM samverkan.events WHERE network = $1', [network]);
      expect(Number(seen[0]!.count)).toBe(0);
      worker.kill('SIGKILL');
      expect(await worker.exited).toBe('SIGKILL');
      expect(worker.messages.some((message) => message.kind === 'answer')).toBe(false);

      // The server sees the connection close and rolls the transaction back.
      await vi.waitFor(
        async () => {
          const { rows } = await sql.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backend]);
          expect(rows).toEqual([]);
        },
        { timeout: 30_000, interval: 20 },
      );
      const { rows } = await sql.query<{ count: string }>('SELECT count(*) AS count FROM samverkan.events WHERE network = $1', [network]);
      expect(Number(rows[0]!.count)).toBe(0);

      // Nothing of it is left: not a row, not a head, not a position, not a lock.
      const store = await createPostgresStore({ sql, network });
      expect(await store.readAll()).toEqual([]);
      expect(await store.heads()).toEqual(new Map());
      const again = await store.appendBatch(parts);
      expect(again.ok && again.events.map((event) => event.position)).toEqual(Array.from({ length: 20_000 }, (_, index) => index + 1));
      expect(await store.version('meeting:big-19')).toBe(1000);
      await store.close();
    } finally {
      worker.kill('SIGKILL');
    }
  });

  it('answers EventStoreUnavailableError within the connection timeout when the database is not there', async () => {
    const nowhere = createPgClient({ connectionString: 'postgres://postgres@127.0.0.1:1/postgres', connectionTimeoutMillis: 2000 });
    const started = Date.now();
    try {
      const opening = createPostgresStore({ sql: nowhere, network: uniqueNetwork() });
      await expect(opening).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(opening).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', localized: { sv: expect.stringMatching(/Databasen/) } });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await nowhere.close();
    }
  });
});

describe('PostgreSQL store — the database restarted under load', () => {
  it('fails appends cleanly while the database is down, recovers after, and loses, repeats or splits nothing', async () => {
    // A server of its own: stopping the shared one would pull it from under the other test files.
    const cluster = await startPostgresCluster();
    const network = uniqueNetwork();
    const writer = await storeWithOwnPool(cluster.info.url, { network, onError: () => undefined });
    const reader = await storeWithOwnPool(cluster.info.url, { network, onError: () => undefined });
    const heard: StoredEvent[] = [];
    reader.subscribe((events) => heard.push(...events));

    type Outcome = { at: number; ok: boolean; error?: unknown };
    const outcomes: Outcome[] = [];
    /** Command ids whose append was answered ok (written now or recognised as written before). */
    const confirmed = new Set<string>();
    let running = true;

    // Four writers, one stream each, appending three-event commands one after another. A failed
    // append is retried with the same command until it is answered: if the first try did commit,
    // the retry is told it is a duplicate.
    async function load(stream: string): Promise<void> {
      let version = 0;
      let pending: NewEvent[] | undefined;
      while (running) {
        pending ??= batch(3);
        try {
          const result = await writer.append(stream, version, pending);
          outcomes.push({ at: Date.now(), ok: result.ok });
          if (!result.ok) throw new Error(`unexpected conflict on ${stream}: ${result.message.en}`);
          confirmed.add(pending[0]!.commandId);
          version = result.events.at(-1)!.version;
          pending = undefined;
        } catch (error) {
          if (!(error instanceof EventStoreUnavailableError)) throw error;
          outcomes.push({ at: Date.now(), ok: false, error });
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }
    }

    try {
      const writers = ['meeting:a', 'meeting:b', 'meeting:c', 'mandate:d'].map(load);
      await vi.waitFor(() => expect(outcomes.filter((outcome) => outcome.ok).length).toBeGreaterThan(40), { timeout: 10_000 });

      const stoppedAt = Date.now();
      cluster.stopServer('fast');
      await vi.waitFor(() => expect(outcomes.filter((outcome) => outcome.at > stoppedAt && !outcome.ok).length).toBeGreaterThan(4), { timeout: 10_000 });
      const restartedAt = Date.now();
      cluster.startServer();
      await vi.waitFor(() => expect(outcomes.filter((outcome) => outcome.at > restartedAt && outcome.ok).length).toBeGreaterThan(40), { timeout: 30_000 });
      running = false;
      await Promise.all(writers);

      // Every failure was the typed error, and none took longer than the connection timeout.
      const failures = outcomes.filter((outcome) => !outcome.ok);
      expect(failures.length).toBeGreaterThan(4);
      for (const failure of failures) expect(failure.error).toMatchObject({ code: 'STORE_UNAVAILABLE' });

      // The log: positions 1…n without a gap, each stream's versions 1…m, each command whole and once.
      const log = await writer.readAll();
      expect(log.map((event) => event.position)).toEqual(Array.from({ length: log.length }, (_, index) => index + 1));
      const byCommand = new Map<string, StoredEvent[]>();
      for (const event of log) byCommand.set(event.commandId, [...(byCommand.get(event.commandId) ?? []), event]);
      for (const [, events] of byCommand) {
        expect(events).toHaveLength(3);
        expect(new Set(events.map((event) => event.stream)).size).toBe(1);
      }
      for (const commandId of confirmed) expect(byCommand.has(commandId)).toBe(true);
      for (const stream of ['meeting:a', 'meeting:b', 'meeting:c', 'mandate:d']) {
        const versions = log.filter((event) => event.stream === stream).map((event) => event.version);
        expect(versions).toEqual(Array.from({ length: versions.length }, (_, index) => index + 1));
        expect(await writer.version(stream)).toBe(versions.length);
      }
      // The other pool's subscriber lost its LISTEN connection with the restart, came back and
      // caught up: every event once, in log order.
      await vi.waitFor(() => expect(heard.map((event) => event.position)).toEqual(log.map((event) => event.position)), { timeout: 15_000 });
      expect(heard).toEqual(log);
    } finally {
      running = false;
      await writer.close().catch(() => undefined);
      await reader.close().catch(() => undefined);
      cluster.stop();
    }
  });
});
