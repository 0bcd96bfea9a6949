// Group commit (group-commit.ts), on PGlite and on a real PostgreSQL: appends made at the same
// time go to the database in one statement, and each is answered as if it had been sent alone —
// its positions, a CONFLICT, a duplicate — and one that fails takes none of the others with it.
import { batch } from '@samverkan/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPgClient } from './pg-client.js';
import { createPgliteClient } from './pglite-client.js';
import { createPgliteThreadClient } from './pglite-thread-client.js';
import type { PostgresEventStore } from './postgres-store.js';
import { createPostgresStore } from './postgres-store.js';
import { describeOnPostgres } from './postgres-test-support.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { uniqueNetwork } from './store-test-support.js';

/** `sql`, with every statement sent through it written down. */
function counting(sql: SqlClient): { client: SqlClient; statements: string[] } {
  const statements: string[] = [];
  const through = (on: SqlQueryable): SqlQueryable => ({
    query: (text, params) => {
      statements.push(text);
      return on.query(text, params);
    },
    script: (text) => on.script(text),
  });
  const client: SqlClient = {
    kind: sql.kind,
    ...through(sql),
    transaction: (work) => sql.transaction((tx) => work(through(tx))),
    listen: (channel, handler) => sql.listen(channel, handler),
    close: () => sql.close(),
  };
  return { client, statements };
}

const appendStatements = (statements: readonly string[]) => ({
  groups: statements.filter((text) => text.includes('samverkan.append_group(')).length,
  alone: statements.filter((text) => text.includes('samverkan.append(')).length,
});

function describeGroupCommit(name: string, open: () => SqlClient | Promise<SqlClient>): void {
  describe(`group commit on ${name}`, () => {
    let sql: SqlClient;
    let statements: string[];
    const stores: PostgresEventStore[] = [];
    beforeAll(async () => {
      ({ client: sql, statements } = counting(await open()));
    }, 120_000);
    afterAll(async () => {
      await Promise.all(stores.map((store) => store.close()));
      await sql.close();
    });
    async function networks(count: number): Promise<PostgresEventStore[]> {
      const opened = await Promise.all(Array.from({ length: count }, () => createPostgresStore({ sql, network: uniqueNetwork() })));
      stores.push(...opened);
      return opened;
    }

    it('writes the appends of twenty networks made at once in one statement, each answered as if alone', async () => {
      const twenty = await networks(20);
      statements.length = 0;
      const results = await Promise.all(twenty.map((store, index) => store.append('meeting:a', 0, batch(index % 3 === 0 ? 2 : 1))));
      expect(appendStatements(statements)).toEqual({ groups: 1, alone: 0 });
      for (const [index, result] of results.entries()) {
        const count = index % 3 === 0 ? 2 : 1;
        expect(result.ok && result.events.map((event) => [event.version, event.position])).toEqual(Array.from({ length: count }, (_, at) => [at + 1, at + 1]));
        expect(await twenty[index]!.readAll()).toEqual(result.ok ? result.events : 'not written');
      }
    });

    it('sends an append alone when nothing else is waiting', async () => {
      const [store] = await networks(1);
      statements.length = 0;
      expect(await store!.append('meeting:a', 0, batch(1))).toMatchObject({ ok: true, duplicate: false });
      expect(appendStatements(statements)).toEqual({ groups: 0, alone: 1 });
    });

    it('answers two appends of one network in a group apart: one written, one CONFLICT, and a retry as a duplicate', async () => {
      const [one, other] = await networks(2);
      const first = batch(1, 'command-first');
      statements.length = 0;
      const [written, stale, elsewhere] = await Promise.all([one!.append('meeting:a', 0, first), one!.append('meeting:a', 0, batch(1)), other!.append('meeting:a', 0, batch(1))]);
      expect(appendStatements(statements)).toEqual({ groups: 1, alone: 0 });
      expect(written).toMatchObject({ ok: true, duplicate: false });
      expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', expectedVersion: 0, actualVersion: 1 });
      expect(elsewhere).toMatchObject({ ok: true, duplicate: false });

      statements.length = 0;
      const [again, next] = await Promise.all([one!.append('meeting:a', 0, first), one!.append('meeting:b', 0, batch(1))]);
      expect(appendStatements(statements)).toEqual({ groups: 1, alone: 0 });
      expect(again).toEqual({ ok: true, duplicate: true, events: written.ok ? written.events : [] });
      expect(next.ok && next.events.map((event) => event.position)).toEqual([2]);
      expect((await one!.readAll()).map((event) => [event.stream, event.version])).toEqual([
        ['meeting:a', 1],
        ['meeting:b', 1],
      ]);
    });

    it('sends a failed group again one by one: only the append at fault fails, the others are written once', async () => {
      const [faulty, ...others] = await networks(5);
      await faulty!.append('meeting:a', 0, batch(2));
      // A stream head edited by hand to behind its events: the next append there breaks the
      // unique (network, stream, version) inside the database, and with it the group's statement.
      await sql.query('UPDATE samverkan.streams SET version = 1 WHERE network = $1', [faulty!.network]);
      statements.length = 0;
      const [refused, ...written] = await Promise.all([faulty!.append('meeting:a', 1, batch(1)), ...others.map((store) => store.append('meeting:a', 0, batch(1)))]);
      expect(appendStatements(statements)).toEqual({ groups: 1, alone: 5 });
      expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
      for (const [index, result] of written.entries()) {
        expect(result).toMatchObject({ ok: true, duplicate: false });
        expect((await others[index]!.readAll()).map((event) => event.position)).toEqual([1]);
      }
      expect(await faulty!.readAll()).toHaveLength(2);
    });

    it('reads nothing back of its own appends: listeners are told what was written, with no read of the log', async () => {
      const twenty = await networks(20);
      const heard = twenty.map(() => [] as number[]);
      twenty.forEach((store, index) => store.subscribe((events) => heard[index]!.push(...events.map((event) => event.position))));
      statements.length = 0;
      for (let round = 0; round < 3; round += 1) await Promise.all(twenty.map((store) => store.append(`meeting:${round}`, 0, batch(1))));
      // The notices of those appends, sent at their commits, come back.
      await vi.waitFor(() => expect(heard).toEqual(twenty.map(() => [1, 2, 3])), { timeout: 10_000, interval: 50 });
      expect(statements.filter((text) => text.includes('FROM samverkan.events'))).toEqual([]);
    });

    it('tells each store’s listeners of its own appends, in order, however they were grouped', async () => {
      const [one, other] = await networks(2);
      const heard: number[][] = [];
      one!.subscribe((events) => heard.push(events.map((event) => event.position)));
      await Promise.all([one!.append('meeting:a', 0, batch(2)), other!.append('meeting:a', 0, batch(1)), one!.append('meeting:b', 0, batch(1))]);
      await one!.append('meeting:c', 0, batch(1));
      expect(heard).toEqual([[1, 2], [3], [4]]);
    });
  });
}

describeGroupCommit('PGlite', () => createPgliteClient({ dataDir: 'memory://' }));
describeGroupCommit('PGlite in a worker thread', () => createPgliteThreadClient({ dataDir: 'memory://' }));
describeOnPostgres('group commit on PostgreSQL', ({ url }) => describeGroupCommit('PostgreSQL', () => createPgClient({ connectionString: url })));
