/**
 * What the PostgreSQL snapshot store promises, on whichever database it is handed (test-only: no
 * entry point reaches this file): core's snapshot store contract, and besides it a generation
 * written all or nothing, networks apart, paging, records that are not JSON refused, and a
 * runtime over the PostgreSQL log starting from its snapshots in the state a full replay gives.
 */
import { createSamverkan, trustedRecords, type SnapshotRecord } from '@samverkan/core/runtime';
import { createSampleRuntime } from '@samverkan/core/samples';
import { describeSnapshotStoreContract } from '@samverkan/core/testing';
import { describe, expect, it } from 'vitest';
import { createPostgresSnapshotStore } from './postgres-snapshot-store.js';
import { createPostgresStore } from './postgres-store.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { uniqueNetwork } from './store-test-support.js';

const byStream = (records: unknown[]) => (records as SnapshotRecord[]).sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0));

/** A generation of `count` small records, each naming `label` (to tell generations apart). */
const generation = (label: string, count: number): SnapshotRecord[] =>
  Array.from({ length: count }, (_, index) => ({ stream: `meeting:${String(index).padStart(3, '0')}`, label, state: { value: 'planned', context: { index } } }));

/** `sql`, except that the `failAt`-th snapshot INSERT of a transaction fails (a write cut off midway). */
function failingInsert(sql: SqlClient, failAt: number): SqlClient {
  return {
    ...sql,
    query: sql.query.bind(sql),
    script: sql.script.bind(sql),
    listen: sql.listen.bind(sql),
    close: sql.close.bind(sql),
    transaction: (work) =>
      sql.transaction((tx) => {
        let inserts = 0;
        const wrapped: SqlQueryable = {
          script: (text) => tx.script(text),
          query: (text, params) => {
            if (text.startsWith('INSERT INTO samverkan.snapshots') && ++inserts === failAt) return Promise.reject(new Error('disk full (simulated)'));
            return tx.query(text, params);
          },
        };
        return work(wrapped);
      }),
  };
}

export function describePostgresSnapshotStore(name: string, sqlOf: () => SqlClient): void {
  describeSnapshotStoreContract(`PostgreSQL snapshot store on ${name}`, () => createPostgresSnapshotStore({ sql: sqlOf(), network: uniqueNetwork() }));

  describe(`PostgreSQL snapshot store on ${name}`, () => {
    it('writes and reads a generation larger than a page, and keeps the last record given for a stream', async () => {
      const store = createPostgresSnapshotStore({ sql: sqlOf(), network: uniqueNetwork(), pageSize: 3 });
      const records = generation('first', 10);
      await store.replace([...records, { stream: 'meeting:003', label: 'again' }]);
      const read = byStream(await store.readAll());
      expect(read).toHaveLength(10);
      expect(read[3]).toEqual({ stream: 'meeting:003', label: 'again' });
      expect(read.filter((r) => r.stream !== 'meeting:003')).toEqual(records.filter((r) => r.stream !== 'meeting:003'));
    });

    it('a write that fails midway leaves the generation before it, whole', async () => {
      const network = uniqueNetwork();
      const store = createPostgresSnapshotStore({ sql: sqlOf(), network, pageSize: 2 });
      const before = generation('before', 5);
      await store.replace(before);
      const cutOff = createPostgresSnapshotStore({ sql: failingInsert(sqlOf(), 2), network, pageSize: 2 });
      await expect(cutOff.replace(generation('after', 6))).rejects.toThrow(/disk full/);
      expect(byStream(await store.readAll())).toEqual(before);
    });

    it('refuses a record that is not JSON data, or has no stream, and replaces nothing', async () => {
      const store = createPostgresSnapshotStore({ sql: sqlOf(), network: uniqueNetwork() });
      const before = generation('before', 2);
      await store.replace(before);
      await expect(store.replace([{ stream: 'meeting:x', count: 1n }])).rejects.toThrow(TypeError);
      await expect(store.replace([{ stream: '' }])).rejects.toThrow(/stream/);
      expect(byStream(await store.readAll())).toEqual(before);
    });

    it('keeps networks apart, and clearing a network’s log deletes its snapshots only', async () => {
      const [one, two] = [uniqueNetwork(), uniqueNetwork()];
      const sql = sqlOf();
      const first = createPostgresSnapshotStore({ sql, network: one });
      const second = createPostgresSnapshotStore({ sql, network: two });
      await first.replace(generation('one', 2));
      await second.replace(generation('two', 3));
      await first.replace(generation('one again', 1));
      expect(byStream(await second.readAll())).toEqual(generation('two', 3));

      const log = await createPostgresStore({ sql, network: two });
      await log.clear();
      await log.close();
      expect(await second.readAll()).toEqual([]);
      expect(await first.readAll()).toEqual(generation('one again', 1));
    });

    it('a runtime on a PostgreSQL log starts from PostgreSQL snapshots in the state a full replay gives', async () => {
      const network = uniqueNetwork();
      const store = await createPostgresStore({ sql: sqlOf(), network });
      const loaded = await createSampleRuntime('orebro', store);
      await loaded.runtime.close();
      const snapshots = createPostgresSnapshotStore({ sql: sqlOf(), network, pageSize: 7 });
      const first = await createSamverkan({ store, identity: trustedRecords(), snapshots });
      expect(first.startUp.from).toBe('log');
      const saved = await first.saveSnapshots();
      expect(saved).toMatchObject({ ok: true });
      const again = await createSamverkan({ store, identity: trustedRecords(), snapshots });
      expect(again.startUp).toMatchObject({ from: 'snapshots', rebuilt: 0, replayed: 0, discarded: [] });
      expect(again.startUp.restored).toBe((saved as { streams: number }).streams);
      expect(again.getState()).toEqual(first.getState());
      await Promise.all([first.close(), again.close()]);
      await store.close();
    });
  });
}
