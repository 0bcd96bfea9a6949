/* global process */
// A throw-away PostgreSQL server for the tests and the bench: Debian's postgresql package
// (/usr/lib/postgresql/<version>/bin), a new cluster (initdb) in a temporary directory, run as a
// user that is not root (PostgreSQL refuses to run as root: as root, a system user
// `samverkan-pg` is made for it), listening on 127.0.0.1 on a free port only, and removed
// after. Nothing here downloads anything: without the package it fails and says how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUN_AS = 'samverkan-pg';

/** The bin directory of the newest PostgreSQL Debian's packages installed (or POSTGRES_BIN_DIR). */
export function findPostgresBin() {
  const candidates = process.env.POSTGRES_BIN_DIR
    ? [process.env.POSTGRES_BIN_DIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((version) => /^\d+$/.test(version))
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => join('/usr/lib/postgresql', version, 'bin'))
      : [];
  const bin = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'postgres')));
  if (!bin) {
    throw new Error(
      "PostgreSQL is not installed: no initdb, pg_ctl and postgres under /usr/lib/postgresql/*/bin (or POSTGRES_BIN_DIR). Install Debian's package with `bash scripts/bootstrap.sh --postgres` (apt-get install postgresql) and run the tests again.",
    );
  }
  return bin;
}

/** The uid and gid to run PostgreSQL as: ourselves, or (as root) the system user made for it. */
function runAsUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const exists = spawnSync('id', ['-u', RUN_AS], { stdio: 'ignore' }).status === 0;
  if (!exists) {
    const made = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', RUN_AS], { encoding: 'utf8' });
    if (made.status !== 0 && spawnSync('id', ['-u', RUN_AS], { stdio: 'ignore' }).status !== 0) {
      throw new Error(`Could not create the user ${RUN_AS} to run PostgreSQL as (PostgreSQL does not run as root): ${made.stderr || made.error}`);
    }
  }
  const uid = Number(execFileSync('id', ['-u', RUN_AS], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', RUN_AS], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** A port on 127.0.0.1 that nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs one of PostgreSQL's programs as the cluster's user; throws with its output if it fails. */
export function runPostgresTool(info, tool, args, { allowFailure = false, timeoutMs = 60_000 } = {}) {
  const result = spawnSync(join(info.binDir, tool), args, {
    encoding: 'utf8',
    uid: info.uid,
    gid: info.gid,
    cwd: info.baseDir,
    timeout: timeoutMs,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' },
  });
  if (!allowFailure && result.status !== 0) {
    const log = existsSync(info.logFile) ? readFileSync(info.logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
    throw new Error(`${tool} ${args.join(' ')} failed (${result.status ?? result.signal ?? result.error}):\n${result.stdout}${result.stderr}${log ? `\n--- server log ---\n${log}` : ''}`);
  }
  return result;
}

/**
 * Starts a new cluster. `durable: false` (the tests) turns off fsync, which only matters if the
 * machine itself crashes; the bench keeps PostgreSQL's defaults.
 * Returns { info, stopServer, startServer, stop }.
 */
export async function startPostgresCluster({ durable = false } = {}) {
  const binDir = findPostgresBin();
  const { uid, gid } = runAsUser();
  const baseDir = mkdtempSync(join(tmpdir(), 'samverkan-pg-'));
  if (uid !== undefined) chownSync(baseDir, uid, gid);
  const info = {
    binDir,
    baseDir,
    dataDir: join(baseDir, 'data'),
    logFile: join(baseDir, 'postgres.log'),
    port: await freePort(),
    uid,
    gid,
    url: '',
  };
  info.url = `postgres://postgres@127.0.0.1:${info.port}/postgres`;
  const settings = [
    `-p ${info.port}`,
    `-k ${baseDir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');

  let running = false;
  const startServer = () => {
    runPostgresTool(info, 'pg_ctl', ['start', '-D', info.dataDir, '-l', info.logFile, '-w', '-t', '60', '-o', settings]);
    running = true;
  };
  /** `fast` ends sessions and shuts down cleanly; `immediate` is as abrupt as a crash. */
  const stopServer = (mode = 'fast') => {
    runPostgresTool(info, 'pg_ctl', ['stop', '-D', info.dataDir, '-m', mode, '-w', '-t', '60'], { allowFailure: !running });
    running = false;
  };
  let removed = false;
  const stop = () => {
    if (removed) return;
    removed = true;
    process.off('exit', stop);
    try {
      if (existsSync(join(info.dataDir, 'postmaster.pid'))) runPostgresTool(info, 'pg_ctl', ['stop', '-D', info.dataDir, '-m', 'immediate', '-w', '-t', '30'], { allowFailure: true });
    } finally {
      rmSync(baseDir, { recursive: true, force: true });
    }
  };
  // Whatever happens to the process that started it, the server does not outlive it.
  process.on('exit', stop);

  try {
    runPostgresTool(info, 'initdb', ['-D', info.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    startServer();
  } catch (error) {
    stop();
    throw error;
  }
  return { info, startServer, stopServer, stop };
}
