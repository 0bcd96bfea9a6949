/** Helpers the store tests share (test-only: no entry point reaches this file). */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

let networks = 0;

/** A network name no other test uses. */
export function uniqueNetwork(): string {
  networks += 1;
  return `test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${networks}`;
}

/** What a worker answers to a write. */
export type WorkerResult = { ok: true; duplicate: boolean; positions: number[] } | { ok: false; code: string; actualVersion: number };

export type WorkerMessage =
  | { kind: 'ready'; pid: number }
  | { kind: 'writing'; id: number }
  | { kind: 'paused' }
  | { kind: 'in-statement' }
  | { kind: 'answer'; id: number; result?: WorkerResult | { ok: true }; error?: { name?: string; code?: string; message: string } }
  | { kind: 'heard'; positions: number[] }
  | { kind: 'error'; message: string };

export interface Worker {
  pid: number;
  /** Every line the worker printed, in order. */
  messages: WorkerMessage[];
  /** Sends a command; resolves with its answer. */
  request(command: Record<string, unknown>): Promise<Extract<WorkerMessage, { kind: 'answer' }>>;
  /** Sends a command without waiting; returns its id. */
  send(command: Record<string, unknown>): number;
  /** Resolves when the worker prints a message that `match` accepts. */
  waitFor(match: (message: WorkerMessage) => boolean, timeoutMs?: number): Promise<WorkerMessage>;
  kill(signal: NodeJS.Signals): void;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals>;
}

const workerScript = fileURLToPath(new URL('./test-fixtures/store-worker.mjs', import.meta.url));
const builtStore = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/** Starts store-worker.mjs in a child process on `target` (a postgres:// url or pglite:<folder>). */
export async function startWorker(target: string, network: string): Promise<Worker> {
  if (!existsSync(builtStore)) throw new Error('The worker runs the built store: run `pnpm build` in packages/server first.');
  const child = spawn(process.execPath, [workerScript, target, network], { stdio: ['pipe', 'pipe', 'inherit'] });
  const messages: WorkerMessage[] = [];
  const waiting = new Set<{ match: (message: WorkerMessage) => boolean; resolve: (message: WorkerMessage) => void }>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    let message: WorkerMessage;
    try {
      message = JSON.parse(line) as WorkerMessage;
    } catch {
      return;
    }
    messages.push(message);
    for (const waiter of [...waiting]) {
      if (waiter.match(message)) {
        waiting.delete(waiter);
        waiter.resolve(message);
      }
    }
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code ?? 0)));
  let ids = 0;

  function waitFor(match: (message: WorkerMessage) => boolean, timeoutMs = 30_000): Promise<WorkerMessage> {
    const seen = messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve };
      waiting.add(waiter);
      const timer = setTimeout(() => {
        waiting.delete(waiter);
        reject(new Error(`worker ${child.pid}: no such message within ${timeoutMs} ms; it said: ${JSON.stringify(messages.slice(-5))}`));
      }, timeoutMs);
      void exited.then((how) => {
        if (!waiting.has(waiter)) return;
        waiting.delete(waiter);
        clearTimeout(timer);
        reject(new Error(`worker ${child.pid} exited (${how}) before the message came; it said: ${JSON.stringify(messages.slice(-5))}`));
      });
      const done = waiter.resolve;
      waiter.resolve = (message) => {
        clearTimeout(timer);
        done(message);
      };
    });
  }

  function send(command: Record<string, unknown>): number {
    ids += 1;
    child.stdin.write(`${JSON.stringify({ ...command, id: ids })}\n`);
    return ids;
  }

  const ready = (await waitFor((message) => message.kind === 'ready', 60_000)) as Extract<WorkerMessage, { kind: 'ready' }>;
  return {
    pid: ready.pid,
    messages,
    send,
    waitFor,
    async request(command) {
      const id = send(command);
      return (await waitFor((message) => message.kind === 'answer' && message.id === id)) as Extract<WorkerMessage, { kind: 'answer' }>;
    },
    kill(signal) {
      child.kill(signal);
    },
    exited,
  };
}
