// PGlite on a data folder, the embedded default: the log outlives the process, and a process
// killed in the middle of a batch leaves none of it behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batch } from '@samverkan/core/testing';
import type { StreamAppend } from '@samverkan/core/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteClient } from './pglite-client.js';
import { createPostgresStore } from './postgres-store.js';
import { startWorker, uniqueNetwork } from './store-test-support.js';

const folders: string[] = [];
function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'samverkan-pglite-'));
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function bigBatch(streams: number, perStream: number): StreamAppend[] {
  const text = 'Protokollet justeras av ordföranden och en vald justerare. '.repeat(9);
  return Array.from({ length: streams }, (_, index) => ({
    stream: `meeting:big-${index}`,
    expectedVersion: 0,
    events: batch(perStream).map((event) => ({ ...event, data: { ...event.data, text } })),
  }));
}

describe('PostgreSQL store on PGlite in a data folder', () => {
  it('keeps the log across closing and opening the folder again', { timeout: 180_000 }, async () => {
    const folder = dataFolder();
    const network = uniqueNetwork();
    const first = await createPgliteClient({ dataDir: folder });
    const store = await createPostgresStore({ sql: first, network });
    const a = await store.append('meeting:a', 0, batch(2, 'command-kept'));
    const b = await store.appendBatch([{ stream: 'mandate:b', expectedVersion: 0, events: batch(1) }]);
    await store.close();
    await first.close();

    const again = await createPgliteClient({ dataDir: folder });
    try {
      const reopened = await createPostgresStore({ sql: again, network });
      expect(await reopened.readAll()).toEqual([...(a.ok ? a.events : []), ...(b.ok ? b.events : [])]);
      expect(await reopened.append('meeting:a', 0, batch(1, 'command-kept'))).toMatchObject({ ok: true, duplicate: true });
      const next = await reopened.append('meeting:a', 2, batch(1));
      expect(next.ok && next.events.map((event) => [event.version, event.position])).toEqual([[3, 4]]);
    } finally {
      await again.close();
    }
  });

  it.each([
    ['on the thread that sent it', 'pglite', 0, 10],
    // The statement is posted to PGlite's thread as it is said to start; it then runs there for
    // about two seconds on an idle machine (a 10 000-event batch took under half of one, so a
    // kill 500 ms on came after it), and the kill 300 ms on lands in it.
    ['on a worker thread of its own', 'pglite-thread', 300, 40],
  ])('leaves no part of a batch behind when the process writing it is killed mid-way, PGlite %s', { timeout: 300_000 }, async (_where, target, delayMs, streams) => {
    const network = uniqueNetwork();
    const parts = bigBatch(streams, 1000); // 1 000 events a stream, about 0.7 MB of JSON
    const folder = dataFolder();
    const worker = await startWorker(`${target}:${folder}`, network);
    // On PGlite the batch is one statement (its own transaction). The worker says so as the
    // statement starts, then PGlite runs it for seconds; the process is killed there.
    worker.send({ op: 'batch', parts, sayInStatement: true });
    await worker.waitFor((message) => message.kind === 'in-statement', 240_000);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    worker.kill('SIGKILL');
    expect(await worker.exited).toBe('SIGKILL');
    expect(worker.messages.some((message) => message.kind === 'answer')).toBe(false);

    // The folder opens (PostgreSQL recovers from its write-ahead log) with none of the batch.
    const sql = await createPgliteClient({ dataDir: folder });
    try {
      const store = await createPostgresStore({ sql, network });
      expect(await store.readAll()).toEqual([]);
      expect(await store.heads()).toEqual(new Map());
      const again = await store.appendBatch(parts);
      expect(again.ok && again.events.map((event) => event.position)).toEqual(Array.from({ length: streams * 1000 }, (_, index) => index + 1));
    } finally {
      await sql.close();
    }
  });
});
