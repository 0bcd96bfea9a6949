// PGlite on a worker thread (pglite-thread-client.ts): the same SqlClient as in-process PGlite —
// transactions that commit or roll back whole, the database's errors with their codes, LISTEN and
// NOTIFY — and a worker that is gone fails requests as a lost connection (HTTP 503), not as a
// wrong answer. The event store contract runs on it in postgres-store.pglite-thread.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteThreadClient } from './pglite-thread-client.js';
import type { SqlClient } from './sql-client.js';
import { isConnectionFailure } from './store-errors.js';

describe('PGlite on a worker thread', () => {
  let sql: SqlClient;
  beforeAll(async () => {
    sql = await createPgliteThreadClient({ dataDir: 'memory://' });
    await sql.script('CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)');
  }, 120_000);
  afterAll(() => sql.close());

  it('answers queries with their rows and parameters', async () => {
    await sql.query('INSERT INTO notes (id, text) VALUES ($1, $2), ($3, $4)', [1, 'ett', 2, 'två']);
    expect((await sql.query<{ id: number; text: string }>('SELECT id, text FROM notes WHERE id >= $1 ORDER BY id', [1])).rows).toEqual([
      { id: 1, text: 'ett' },
      { id: 2, text: 'två' },
    ]);
  });

  it('commits a transaction whole, and rolls one back whole when its work throws', async () => {
    const answer = await sql.transaction(async (tx) => {
      await tx.query('INSERT INTO notes (id, text) VALUES (10, $1)', ['tio']);
      return (await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM notes WHERE id = 10')).rows[0]!.count;
    });
    expect(answer).toBe(1);
    await expect(
      sql.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id, text) VALUES (11, $1)', ['elva']);
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect((await sql.query<{ id: number }>('SELECT id FROM notes WHERE id >= 10 ORDER BY id')).rows).toEqual([{ id: 10 }]);
  });

  it('passes on the database’s error with its code', async () => {
    const error = await sql.query('INSERT INTO notes (id, text) VALUES (1, $1)', ['igen']).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', message: expect.stringContaining('duplicate key') });
    expect(isConnectionFailure(error)).toBe(false);
  });

  it('hears NOTIFY on a channel it listens to, and stops hearing when told', async () => {
    const heard: string[] = [];
    const stop = await sql.listen('notes_changed', { notify: (payload) => heard.push(payload), reconnected: () => undefined });
    await sql.query("SELECT pg_notify('notes_changed', 'första')");
    await expect.poll(() => heard).toEqual(['första']);
    stop();
    await sql.query("SELECT pg_notify('notes_changed', 'andra')");
    await sql.query('SELECT 1');
    expect(heard).toEqual(['första']);
  });
});

it('fails requests to a closed client as a lost connection', async () => {
  const sql = await createPgliteThreadClient({ dataDir: 'memory://' });
  await sql.close();
  const error = await sql.query('SELECT 1').then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(isConnectionFailure(error)).toBe(true);
}, 120_000);
