/* global process, console */
// A second process on the same database, for the fault and fan-out tests: it opens the built
// store (dist/, so `pnpm build` first) on PostgreSQL or on a PGlite data folder and does what it
// is told on stdin, one JSON command a line, answering on stdout, one JSON line each.
//
//   node store-worker.mjs <postgres://… | pglite:<folder> | pglite-thread:<folder>> <network>
//
// Commands: { id, op: 'append', stream, expectedVersion, events }, { id, op: 'batch', parts },
// { id, op: 'subscribe' } (then every batch heard is printed as { kind: 'heard', positions }),
// { id, op: 'exit' }. Before a write it prints { kind: 'writing', id }; a batch with
// pauseInTransaction: true stops inside its transaction, before COMMIT, and one with
// sayInStatement: true prints { kind: 'in-statement' } as its one append statement starts
// (see below).
import { createInterface } from 'node:readline';
import { createPgClient, createPgliteClient, createPgliteThreadClient, createPostgresStore } from '../../../dist/index.js';

const [target, network] = process.argv.slice(2);
if (!target || !network) {
  console.error('usage: node store-worker.mjs <postgres://… | pglite:<folder>> <network>');
  process.exit(2);
}

const say = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const database = target.startsWith('pglite:')
  ? await createPgliteClient({ dataDir: target.slice('pglite:'.length) })
  : target.startsWith('pglite-thread:')
    ? await createPgliteThreadClient({ dataDir: target.slice('pglite-thread:'.length) })
    : createPgClient({ connectionString: target, applicationName: `samverkan-test-worker-${process.pid}` });

// With { pauseInTransaction: true } on a batch, the transaction stops for good once the append
// has been made in it, before COMMIT, and the worker says { kind: 'paused' }: the test then kills
// it there, in the middle of the batch, for certain.
let pauseInTransaction = false;
// PGlite sends an append as one statement without BEGIN/COMMIT (a statement is its own
// transaction). With { sayInStatement: true } the worker says { kind: 'in-statement' } just before
// that statement runs — PGlite then runs it on this thread, so a kill that follows lands in it.
let sayInStatement = false;
const sql = {
  ...database,
  async query(text, params) {
    if (sayInStatement && text.startsWith('SELECT samverkan.append(')) say({ kind: 'in-statement' });
    return database.query(text, params);
  },
  transaction: (work) =>
    database.transaction((tx) =>
      work({
        script: (text) => tx.script(text),
        async query(text, params) {
          const result = await tx.query(text, params);
          if (pauseInTransaction && text.startsWith('SELECT samverkan.append(')) {
            say({ kind: 'paused' });
            await new Promise(() => undefined);
          }
          return result;
        },
      }),
    ),
};
const store = await createPostgresStore({ sql, network, onError: (error) => say({ kind: 'error', message: String(error) }) });
say({ kind: 'ready', pid: process.pid });

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const command = JSON.parse(line);
  try {
    if (command.op === 'append') {
      say({ kind: 'writing', id: command.id });
      say({ kind: 'answer', id: command.id, result: summary(await store.append(command.stream, command.expectedVersion, command.events)) });
    } else if (command.op === 'batch') {
      pauseInTransaction = command.pauseInTransaction === true;
      sayInStatement = command.sayInStatement === true;
      say({ kind: 'writing', id: command.id });
      say({ kind: 'answer', id: command.id, result: summary(await store.appendBatch(command.parts)) });
    } else if (command.op === 'subscribe') {
      store.subscribe((events) => say({ kind: 'heard', positions: events.map((event) => event.position) }));
      say({ kind: 'answer', id: command.id, result: { ok: true } });
    } else if (command.op === 'exit') {
      await store.close();
      await database.close();
      say({ kind: 'answer', id: command.id, result: { ok: true } });
      process.exit(0);
    }
  } catch (error) {
    say({ kind: 'answer', id: command.id, error: { name: error?.name, code: error?.code, message: String(error?.message ?? error) } });
  }
}

/** What the tests look at: success and positions, or the conflict. */
function summary(result) {
  if (!result.ok) return { ok: false, code: result.code, actualVersion: result.actualVersion };
  return { ok: true, duplicate: result.duplicate ?? false, positions: (result.events ?? []).map((event) => event.position) };
}
