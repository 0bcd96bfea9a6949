// @ts-check
/**
 * PGlite in a worker thread of its own (`pglite-thread-client.ts` starts it). PGlite is
 * PostgreSQL compiled to WebAssembly: where it runs, each statement holds the thread until it is
 * done. On the server's own thread that is time taken from every request; here the database works
 * on the machine's other core while the server reads requests and runs core.
 *
 * Plain JavaScript beside the TypeScript, because a worker is started from a file: the same file
 * runs from `src/` (tests) and from `dist/` (copied there by the build).
 *
 * Messages in: { id, op: 'query', text, params, tx? } · { id, op: 'exec', text, tx? } ·
 * { id, op: 'begin' } (the transaction's id is the message's) · { id, op: 'end', tx, commit } ·
 * { id, op: 'listen', channel } · { id, op: 'close' }.
 * Messages out: { ready: true } or { failed: error } once; { id, rows } · { id } · { id, error };
 * { channel, payload } for each notification.
 */
import process from 'node:process';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

if (!parentPort) throw new Error('pglite-worker.mjs runs as a worker thread.');
const port = parentPort;

/** An error as plain data: its message, name and every own field (`code`, `detail`, …) a caller may test. */
function plain(/** @type {unknown} */ error) {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  /** @type {Record<string, unknown>} */
  const fields = { message: String(/** @type {{ message?: unknown }} */ (error).message ?? error), name: /** @type {{ name?: unknown }} */ (error).name };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return fields;
}

/** @type {PGlite} */
let db;
try {
  db = await PGlite.create(workerData.dataDir);
} catch (error) {
  port.postMessage({ failed: plain(error) });
  process.exit(1);
}

/** Why a transaction is rolled back on request (not an error to report). */
const ROLLBACK = Symbol('rollback');

/**
 * Open transactions: PGlite's own `transaction`, held open between messages until `end` comes.
 * @type {Map<number, { tx: import('@electric-sql/pglite').Transaction, finish: (commit: boolean) => void, done: Promise<unknown> }>}
 */
const transactions = new Map();

/** @param {number | undefined} id */
function target(id) {
  if (id === undefined) return db;
  const open = transactions.get(id);
  if (!open) throw new Error(`PGlite worker: no open transaction ${id}.`);
  return open.tx;
}

/** @param {any} message */
async function handle(message) {
  switch (message.op) {
    case 'query': {
      const result = await target(message.tx).query(message.text, message.params);
      return { rows: result.rows };
    }
    case 'exec':
      await target(message.tx).exec(message.text);
      return {};
    case 'begin': {
      /** @type {(value: unknown) => void} */
      let started = () => undefined;
      const begun = new Promise((resolve) => (started = resolve));
      /** @type {(commit: boolean) => void} */
      let finish = () => undefined;
      const ended = new Promise((resolve, reject) => (finish = (commit) => (commit ? resolve(undefined) : reject(ROLLBACK))));
      const done = db.transaction(async (tx) => {
        transactions.set(message.id, { tx, finish, done });
        started(undefined);
        await ended;
      });
      // A BEGIN that fails settles `done` before the transaction starts.
      await Promise.race([begun, done]);
      return {};
    }
    case 'end': {
      const open = transactions.get(message.tx);
      if (!open) throw new Error(`PGlite worker: no open transaction ${message.tx}.`);
      open.finish(message.commit);
      try {
        await open.done;
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      } finally {
        transactions.delete(message.tx);
      }
      return {};
    }
    case 'listen':
      await db.listen(message.channel, (payload) => port.postMessage({ channel: message.channel, payload }));
      return {};
    case 'close':
      await db.close();
      return {};
    default:
      throw new Error(`PGlite worker: unknown operation ${JSON.stringify(message.op)}.`);
  }
}

port.on('message', (message) => {
  handle(message).then(
    (answer) => {
      port.postMessage({ id: message.id, ...answer });
      if (message.op === 'close') port.close();
    },
    (error) => port.postMessage({ id: message.id, error: plain(error) }),
  );
});
port.postMessage({ ready: true });
