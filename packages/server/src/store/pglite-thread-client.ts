/**
 * PGlite on a worker thread of its own (`pglite-worker.mjs`), as the embedded database of a
 * server: PGlite holds the thread it runs on for the whole of each statement, so on the server's
 * thread every append was time taken from reading requests and running core. On its own thread
 * the database works on the machine's other core. The same `SqlClient` as in-process PGlite; a
 * worker that stops (killed, out of memory) fails what was asked of it as a lost connection
 * (HTTP 503), never as a wrong answer.
 */
import { Worker } from 'node:worker_threads';
import type { SqlClient, SqlNotificationHandler, SqlQueryable } from './sql-client.js';

export interface PgliteThreadClientOptions {
  /** The data folder (created if missing), or `memory://`. One process at a time may open a folder. */
  dataDir: string;
}

/** What the worker answers a request. */
type Answer = { id: number; rows?: unknown[]; error?: Record<string, unknown> };

/** The error of a request the worker did not answer: a lost connection, as `isConnectionFailure` knows it. */
function workerStopped(why: string): Error {
  return Object.assign(new Error(`PGlite worker stopped: ${why}`), { code: '57P01' });
}

export async function createPgliteThreadClient(options: PgliteThreadClientOptions): Promise<SqlClient> {
  if (!options.dataDir) throw new TypeError('createPgliteThreadClient: give a dataDir (or memory://).');
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir: options.dataDir } });
  const pending = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();
  const channels = new Map<string, { handlers: Set<SqlNotificationHandler>; listening: Promise<unknown> }>();
  let nextId = 0;
  let stopped: Error | undefined;
  let closed = false;

  // Ready, or why not.
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    worker.once('error', failed);
    worker.once('exit', (code) => failed(workerStopped(`it exited (${code}) while starting`)));
    worker.once('message', (message: { ready?: true; failed?: Record<string, unknown> }) => {
      worker.removeAllListeners('error').removeAllListeners('exit');
      if (message.ready) resolve();
      else reject(Object.assign(new Error(String(message.failed?.message ?? 'PGlite did not start')), message.failed));
    });
  });

  function stop(error: Error): void {
    stopped ??= error;
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
    worker.unref();
  }
  worker.on('error', (error) => stop(workerStopped(error.message)));
  worker.on('exit', (code) => stop(workerStopped(closed ? 'the client was closed' : `it exited (${code})`)));
  worker.on('message', (message: Answer | { channel: string; payload: string }) => {
    if ('channel' in message) {
      for (const handler of [...(channels.get(message.channel)?.handlers ?? [])]) handler.notify(message.payload);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    // Idle, the worker does not keep the process alive (as PGlite on the main thread would not).
    if (pending.size === 0) worker.unref();
    if (message.error) waiting.reject(Object.assign(new Error(String(message.error.message)), message.error));
    else waiting.resolve(message);
  });
  worker.unref();

  function call(request: Record<string, unknown>): Promise<Answer> {
    if (stopped) return Promise.reject(stopped);
    const id = (nextId += 1);
    return new Promise<Answer>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  }

  const on = (tx?: number): SqlQueryable => ({
    async query<Row>(text: string, params?: readonly unknown[]) {
      const answer = await call({ op: 'query', text, params, tx });
      return { rows: (answer.rows ?? []) as Row[] };
    },
    async script(text: string) {
      await call({ op: 'exec', text, tx });
    },
  });

  return {
    kind: 'pglite',
    ...on(),

    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const { id: tx } = await call({ op: 'begin' });
      let result: T;
      try {
        result = await work(on(tx));
      } catch (error) {
        await call({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await call({ op: 'end', tx, commit: true });
      return result;
    },

    async listen(channel: string, handler: SqlNotificationHandler): Promise<() => void> {
      if (closed) throw new Error('createPgliteThreadClient: the client is closed.');
      let entry = channels.get(channel);
      if (!entry) {
        entry = { handlers: new Set(), listening: call({ op: 'listen', channel }) };
        channels.set(channel, entry);
        const failed = entry;
        entry.listening.catch(() => {
          if (channels.get(channel) === failed) channels.delete(channel);
        });
      }
      entry.handlers.add(handler);
      await entry.listening;
      const { handlers } = entry;
      return () => {
        handlers.delete(handler);
      };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      channels.clear();
      if (!stopped) await call({ op: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}
