// Schema migrations: numbered files applied once, in one transaction, recorded with a checksum;
// several processes starting at once on one fresh database apply each file once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Migration } from './migrations.js';
import { loadMigrations, migrate } from './migrations.js';
import { createPgClient } from './pg-client.js';
import { createPgliteClient } from './pglite-client.js';
import { describeOnPostgres } from './postgres-test-support.js';
import type { SqlClient } from './sql-client.js';

async function tables(sql: SqlClient): Promise<string[]> {
  const { rows } = await sql.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'samverkan' ORDER BY table_name");
  return rows.map((row) => row.name);
}

async function recorded(sql: SqlClient): Promise<Array<{ version: number; name: string }>> {
  const { rows } = await sql.query<{ version: number; name: string }>('SELECT version, name FROM samverkan.migrations ORDER BY version');
  return rows;
}

describe('migrations', () => {
  it('ships numbered SQL files, 0001 first and no gaps', async () => {
    const files = await loadMigrations();
    expect(files.map((file) => file.version)).toEqual(files.map((_, index) => index + 1));
    expect(files[0]).toMatchObject({ version: 1, name: 'event-log', checksum: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(files[0]!.sql).toMatch(/CREATE TABLE samverkan\.events/);
  });

  describe('on PGlite', () => {
    // One PGlite for the file (starting one takes seconds); each test starts from an empty schema.
    let database: SqlClient;
    beforeAll(async () => {
      database = await createPgliteClient({ dataDir: 'memory://' });
    }, 120_000);
    afterAll(() => database.close());
    async function fresh(): Promise<SqlClient> {
      await database.script('DROP SCHEMA IF EXISTS samverkan CASCADE');
      return database;
    }

    it('applies every file once and records it; a second run does nothing', async () => {
      const sql = await fresh();
      const files = await loadMigrations();
      expect(await migrate(sql)).toEqual({ applied: files.map((file) => file.version), version: files.length });
      expect(await tables(sql)).toEqual(['events', 'migrations', 'networks', 'personal_data', 'snapshots', 'streams']);
      expect(await migrate(sql)).toEqual({ applied: [], version: files.length });
      expect(await recorded(sql)).toEqual(files.map((file) => ({ version: file.version, name: file.name })));
    });

    it('refuses to go on when an applied file has been edited since, and changes nothing', async () => {
      const sql = await fresh();
      const files = await loadMigrations();
      await migrate(sql);
      const edited: Migration[] = files.map((file, index) => (index === 0 ? { ...file, sql: `${file.sql}\n-- edited`, checksum: 'e'.repeat(64) } : file));
      const next: Migration = { version: files.length + 1, name: 'next', sql: 'CREATE TABLE samverkan.next (id integer);', checksum: 'a'.repeat(64) };
      await expect(migrate(sql, [...edited, next])).rejects.toThrow(/0001-event-log\.sql was applied to this database with other content/);
      expect(await tables(sql)).not.toContain('next');
    });

    it('leaves the schema as it was when a file fails half-way', async () => {
      const sql = await fresh();
      const files = await loadMigrations();
      const failing: Migration = {
        version: files.length + 1,
        name: 'failing',
        sql: 'CREATE TABLE samverkan.half (id integer); SELECT 1 / 0;',
        checksum: 'b'.repeat(64),
      };
      await expect(migrate(sql, [...files, failing])).rejects.toThrow(/division by zero/);
      // Nothing of the run is kept, not even the files before the failing one.
      expect(await tables(sql)).toEqual([]);
      expect(await migrate(sql)).toEqual({ applied: files.map((file) => file.version), version: files.length });
    });
  });
});

describeOnPostgres('migrations on PostgreSQL', ({ url }) => {
  const admin = createPgClient({ connectionString: url });
  afterAll(() => admin.close());

  it('applies each file once when several processes start at once on a fresh database', async () => {
    const database = `migrate_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await admin.query(`CREATE DATABASE ${database}`);
    const clients = Array.from({ length: 6 }, () => createPgClient({ connectionString: url.replace(/\/postgres$/, `/${database}`), max: 2 }));
    try {
      const files = await loadMigrations();
      const reports = await Promise.all(clients.map((sql) => migrate(sql)));
      expect(reports.filter((report) => report.applied.length > 0)).toEqual([{ applied: files.map((file) => file.version), version: files.length }]);
      expect(reports.filter((report) => report.applied.length === 0)).toHaveLength(5);
      expect(await recorded(clients[0]!)).toEqual(files.map((file) => ({ version: file.version, name: file.name })));
      expect(await tables(clients[0]!)).toEqual(['events', 'migrations', 'networks', 'personal_data', 'snapshots', 'streams']);
    } finally {
      await Promise.all(clients.map((sql) => sql.close()));
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  });
});
