// The snapshot store on a real PostgreSQL (Debian's, started by the test run), and what only a
// database with more than one connection can show: a generation replaced while another
// process reads is read whole, old or new, never half of each.
import { afterAll, expect, it } from 'vitest';
import type { SnapshotRecord } from '@samverkan/core/runtime';
import { createPgClient } from './pg-client.js';
import { createPostgresSnapshotStore } from './postgres-snapshot-store.js';
import { describePostgresSnapshotStore } from './postgres-snapshot-store.suite.js';
import type { SqlClient } from './sql-client.js';
import { describeOnPostgres } from './postgres-test-support.js';
import { uniqueNetwork } from './store-test-support.js';

describeOnPostgres('snapshot store on PostgreSQL', ({ url }) => {
  const sql = createPgClient({ connectionString: url });
  const writer = createPgClient({ connectionString: url, max: 2 });
  afterAll(() => Promise.all([sql.close(), writer.close()]));

  describePostgresSnapshotStore('PostgreSQL', () => sql);

  it('a reader paging through a generation while another connection replaces it reads the old generation whole', async () => {
    const network = uniqueNetwork();
    const records = (label: string): SnapshotRecord[] => Array.from({ length: 6 }, (_, index) => ({ stream: `s${index}`, label }));
    const writing = createPostgresSnapshotStore({ sql: writer, network });
    await writing.replace(records('old'));

    // After the reader's first page, the other connection writes a whole new generation.
    let pages = 0;
    const pausing: SqlClient = {
      ...sql,
      transaction: (work) =>
        sql.transaction((tx) =>
          work({
            script: (text) => tx.script(text),
            query: async <Row>(text: string, params?: readonly unknown[]) => {
              const result = await tx.query<Row>(text, params);
              if (text.startsWith('SELECT stream') && ++pages === 1) await writing.replace(records('new'));
              return result;
            },
          }),
        ),
    };
    const read = (await createPostgresSnapshotStore({ sql: pausing, network, pageSize: 2 }).readAll()) as SnapshotRecord[];
    expect(pages).toBe(4);
    expect(read.map((record) => record.label)).toEqual(Array(6).fill('old'));
    expect(((await writing.readAll()) as SnapshotRecord[]).map((record) => record.label)).toEqual(Array(6).fill('new'));
  });
});
