// Several processes on one PostgreSQL database, as several server processes behind a load
// balancer: concurrent appends to one stream give one success and one CONFLICT, and an append in
// one process reaches the subscribers of the others — in order, once, also after a lost LISTEN.
import { batch } from '@samverkan/core/testing';
import type { StoredEvent } from '@samverkan/core/runtime';
import { afterAll, expect, it, vi } from 'vitest';
import { createPgClient } from './pg-client.js';
import { createPostgresStore } from './postgres-store.js';
import { describeOnPostgres, storeWithOwnPool } from './postgres-test-support.js';
import type { Worker, WorkerResult } from './store-test-support.js';
import { startWorker, uniqueNetwork } from './store-test-support.js';

describeOnPostgres('PostgreSQL store — several processes on one database', ({ url }) => {
  const sql = createPgClient({ connectionString: url });
  afterAll(() => sql.close());

  async function workers(network: string, count: number): Promise<Worker[]> {
    return Promise.all(Array.from({ length: count }, () => startWorker(url, network)));
  }

  it('gives one success and one CONFLICT when two processes append to one stream at once, never two versions', async () => {
    const network = uniqueNetwork();
    const [one, two] = await workers(network, 2);
    try {
      let version = 0;
      for (let round = 0; round < 25; round += 1) {
        const commands = [batch(2), batch(2)];
        const [a, b] = await Promise.all([
          one!.request({ op: 'append', stream: 'meeting:shared', expectedVersion: version, events: commands[0] }),
          two!.request({ op: 'append', stream: 'meeting:shared', expectedVersion: version, events: commands[1] }),
        ]);
        const results = [a.result, b.result] as WorkerResult[];
        expect(results.filter((result) => result.ok)).toHaveLength(1);
        expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, code: 'CONFLICT', actualVersion: version + 2 }]);
        version += 2;
      }
      const store = await createPostgresStore({ sql, network });
      const stream = await store.read('meeting:shared');
      expect(stream.map((event) => event.version)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      expect(stream.map((event) => event.position)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      // Each version once, each command whole (its two events next to each other).
      for (let index = 0; index < 50; index += 2) expect(stream[index]!.commandId).toBe(stream[index + 1]!.commandId);
      await store.close();
    } finally {
      one?.kill('SIGKILL');
      two?.kill('SIGKILL');
    }
  });

  it("delivers one process's appends to another's subscribers, in log order, once each, one call per append", async () => {
    const network = uniqueNetwork();
    const [listener, otherWriter] = await workers(network, 2);
    const here = await createPostgresStore({ sql, network });
    const heardHere: StoredEvent[][] = [];
    here.subscribe((events) => heardHere.push(events));
    try {
      await listener!.request({ op: 'subscribe' });
      const expected: number[][] = [];
      let versions = { a: 0, b: 0 };
      for (let round = 0; round < 15; round += 1) {
        const single = await here.append('meeting:a', versions.a, batch(1 + (round % 3)));
        if (!single.ok) throw new Error(single.message.en);
        versions = { ...versions, a: versions.a + single.events.length };
        expected.push(single.events.map((event) => event.position));
        const fromOther = await otherWriter!.request({
          op: 'batch',
          parts: [
            { stream: 'meeting:b', expectedVersion: versions.b, events: batch(2) },
            { stream: 'meeting:a', expectedVersion: versions.a, events: batch(1) },
          ],
        });
        const result = fromOther.result as Extract<WorkerResult, { ok: true }>;
        expect(result.ok).toBe(true);
        versions = { a: versions.a + 1, b: versions.b + 2 };
        expected.push(result.positions);
      }
      // The third process heard every append, as it was appended.
      await vi.waitFor(
        () =>
          expect(listener!.messages.filter((message) => message.kind === 'heard').map((message) => (message as { positions: number[] }).positions)).toEqual(expected),
        { timeout: 10_000 },
      );
      // This process heard its own appends and the other's alike.
      await vi.waitFor(() => expect(heardHere.map((events) => events.map((event) => event.position))).toEqual(expected), { timeout: 10_000 });
      expect(heardHere.flat()).toEqual(await here.readAll());
    } finally {
      await here.close();
      listener?.kill('SIGKILL');
      otherWriter?.kill('SIGKILL');
    }
  });

  it('catches a subscriber up on the appends it missed while its LISTEN connection was cut', async () => {
    const network = uniqueNetwork();
    const writer = await createPostgresStore({ sql, network });
    const reader = await storeWithOwnPool(url, { network, onError: () => undefined, applicationName: `samverkan-reader-${network}` });
    const heard: StoredEvent[] = [];
    reader.subscribe((events) => heard.push(...events));
    try {
      const before = await writer.append('meeting:a', 0, batch(2));
      await vi.waitFor(() => expect(heard).toHaveLength(2));

      // Cut the reader's LISTEN connection, and wait until the server has ended it.
      const { rows } = await sql.query<{ pid: number }>('SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        `samverkan-reader-${network} (listen)`,
      ]);
      expect(rows).toHaveLength(1);
      await vi.waitFor(
        async () => expect((await sql.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1::int[])', [rows.map((row) => row.pid)])).rows).toEqual([]),
        { interval: 5 },
      );
      // Appended while the reader cannot hear: no notification reaches it, and none follows.
      const missed = await writer.append('meeting:a', 2, batch(3));
      expect(before.ok && missed.ok).toBe(true);

      await vi.waitFor(() => expect(heard.map((event) => event.position)).toEqual([1, 2, 3, 4, 5]), { timeout: 15_000 });
      expect(heard).toEqual(await writer.readAll());
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});
