/**
 * Schema migrations: numbered SQL files in `migrations/` (`0001-event-log.sql`, …), applied in
 * order at start, each recorded in `samverkan.migrations` with a checksum. The whole run is one
 * transaction under an advisory lock, so several server processes starting at once on one
 * database apply each file once (the others wait, then find nothing left to do), and a failed
 * file leaves the schema as it was.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { SqlClient } from './sql-client.js';

/** A migration file. */
export interface Migration {
  /** The number the file name starts with. */
  version: number;
  /** The rest of the file name, without `.sql`. */
  name: string;
  sql: string;
  /** SHA-256 of the SQL (hex): a file changed after it was applied is refused. */
  checksum: string;
}

/** The key of the advisory lock that serialises migration runs ('samv' in ASCII). */
export const MIGRATION_LOCK_KEY = 0x73616d76;

const FILE_NAME = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** The migration files shipped with this package, in order. */
export async function loadMigrations(directory: URL = new URL('./migrations/', import.meta.url)): Promise<Migration[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const match = FILE_NAME.exec(name);
    if (!match) throw new Error(`Migrations: «${name}» is not named NNNN-name.sql.`);
    const sql = await readFile(new URL(name, directory), 'utf8');
    migrations.push({ version: Number(match[1]), name: match[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migrations: expected number ${index + 1}, found «${names[index]}» (numbers run 0001, 0002, … without gaps).`);
  });
  return migrations;
}

/** What a run did. */
export interface MigrationReport {
  /** Versions applied by this run (empty when the schema was up to date). */
  applied: number[];
  /** The schema's version after the run. */
  version: number;
}

/**
 * Brings the database's schema up to date. Idempotent; safe to call from several processes at
 * once. Refuses (and changes nothing) when an applied file has since been edited.
 */
export async function migrate(sql: SqlClient, migrations?: readonly Migration[]): Promise<MigrationReport> {
  const files = migrations ?? (await loadMigrations());
  return sql.transaction(async (tx) => {
    // Held until this transaction ends: a concurrent run waits here, then sees this one's rows.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.script(`
      CREATE SCHEMA IF NOT EXISTS samverkan;
      CREATE TABLE IF NOT EXISTS samverkan.migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );
    `);
    const { rows } = await tx.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM samverkan.migrations ORDER BY version');
    const done = new Map(rows.map((row) => [Number(row.version), row]));
    for (const file of files) {
      const recorded = done.get(file.version);
      if (recorded && recorded.checksum !== file.checksum) {
        throw new Error(
          `Migrations: ${String(file.version).padStart(4, '0')}-${recorded.name}.sql was applied to this database with other content than the file has now. Applied files are never edited: add a new numbered file instead.`,
        );
      }
    }
    const applied: number[] = [];
    for (const file of files) {
      if (done.has(file.version)) continue;
      await tx.script(file.sql);
      await tx.query('INSERT INTO samverkan.migrations (version, name, checksum) VALUES ($1, $2, $3)', [file.version, file.name, file.checksum]);
      applied.push(file.version);
    }
    const version = Math.max(0, ...done.keys(), ...applied);
    return { applied, version };
  });
}

const migrated = new WeakMap<SqlClient, Promise<MigrationReport>>();

/** `migrate` once per client (later calls share the first run's result; a failed run is tried again). */
export function ensureMigrated(sql: SqlClient): Promise<MigrationReport> {
  let run = migrated.get(sql);
  if (!run) {
    run = migrate(sql);
    migrated.set(sql, run);
    run.catch(() => {
      if (migrated.get(sql) === run) migrated.delete(sql);
    });
  }
  return run;
}
