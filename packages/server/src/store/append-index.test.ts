// An append must not read the whole of its network's log (nor every person's data). Checking whether its commands are in
// the log already (the retry rule) once joined the commands against a sequential scan of every
// event of the network, so an append cost grew with the log. The database's own counters of the
// transaction (`pg_stat_xact_user_tables`) show whether a statement scanned the events table.
import { batch, newEvent } from '@samverkan/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgClient } from './pg-client.js';
import { createPgliteClient } from './pglite-client.js';
import { ensureMigrated } from './migrations.js';
import { createPostgresStore } from './postgres-store.js';
import { describeOnPostgres } from './postgres-test-support.js';
import type { SqlClient } from './sql-client.js';
import { uniqueNetwork } from './store-test-support.js';

/** An append's parts as `samverkan.append` takes them: one part per command. */
function part(stream: string, expected: number, commandId: string) {
  const { commandId: _, ...rest } = newEvent({ commandId });
  return { stream, expected, commands: [commandId], events: [{ ...rest, commandId }] };
}

function describeAppendReadsByIndex(name: string, makeClient: () => Promise<SqlClient>): void {
  describe(`${name}: an append looks its commands up by index`, () => {
    let sql: SqlClient | undefined;
    afterAll(() => sql?.close());

    it('writes, recognises a retry and refuses a stale version without scanning the log', async () => {
      sql = await makeClient();
      await ensureMigrated(sql);
      const network = uniqueNetwork();
      const store = await createPostgresStore({ sql, network });
      // A log long enough that a scan of it is what a planner would not choose by mistake.
      for (let index = 0; index < 4; index += 1) {
        const written = await store.append(`meeting:${index}`, 0, Array.from({ length: 500 }, () => batch(1)[0]!));
        expect(written.ok).toBe(true);
      }
      await store.close();
      // As PostgreSQL's autovacuum would have done by now: the planner knows the log is long.
      await sql.query('ANALYZE samverkan.events');

      const scans = await sql.transaction(async (tx) => {
        const count = async () =>
          Number((await tx.query<{ scans: string }>(`SELECT coalesce(sum(seq_scan), 0) AS scans FROM pg_stat_xact_user_tables WHERE schemaname = 'samverkan' AND relname IN ('events', 'personal_data')`)).rows[0]?.scans ?? 0);
        const append = async (parts: unknown[]) =>
          (await tx.query<{ answer: Record<string, unknown> }>('SELECT samverkan.append($1, $2::text::jsonb, $3) AS answer', [network, JSON.stringify(parts), 'samverkan_test'])).rows[0]!.answer;
        const before = await count();
        // Single appends (the common case), a retry of one, a stale version, a batch of two.
        for (let index = 0; index < 8; index += 1) expect(await append([part('meeting:new', index, `fresh-${index}`)])).toHaveProperty('written', 1);
        expect(await append([part('meeting:new', 8, 'fresh-3')])).toMatchObject({ written: 0, parts: [{ duplicate: [expect.any(Object)] }] });
        expect(await append([part('meeting:new', 2, 'stale')])).toHaveProperty('conflict');
        expect(await append([part('meeting:a', 0, 'pair-1'), part('meeting:b', 0, 'pair-2')])).toHaveProperty('written', 2);
        // A part that brings a person's data, and one that erases it.
        const put = { ...part('person:p-1', 0, 'put-1'), personal: { put: [{ personId: 'p-1', data: { name: 'Kim Exempel' } }] } };
        expect(await append([put])).toHaveProperty('written', 1);
        const erase = { ...part('person:p-1', 1, 'erase-1'), personal: { erase: ['p-1'] } };
        expect(await append([erase])).toHaveProperty('written', 1);
        return (await count()) - before;
      });
      expect(scans).toBe(0);
    });
  });
}

describeAppendReadsByIndex('PGlite', () => createPgliteClient({ dataDir: 'memory://' }));
describeOnPostgres('PostgreSQL', ({ url }) => describeAppendReadsByIndex('PostgreSQL', async () => createPgClient({ connectionString: url, max: 1 })));
