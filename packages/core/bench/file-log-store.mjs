// Bench-only stores (not a test, not published) whose data are not in the process's heap, so
// that the benchmark's peak memory is the runtime's and not a second copy of the log beside it:
//
// - `createFileLogStore`: an event store over a file of JSON lines. The heap holds only an index
//   (each event's byte offset and length, each stream's positions, each command's first position)
//   and the personal-data part; events are read back from the file (`read`, `readAll`, `readPage`)
//   and parsed on every read, as a database's rows would be. Appends are written with `writeSync`
//   (to the page cache, no fsync: the bench measures the runtime, not a disk).
// - `createFileSnapshotStore`: the snapshot store port over a file of JSON lines.
// - `openFileLogStore` / `createFileSnapshotStore({ dir })` open what an earlier process left in
//   `dir` (`keep()` writes the personal-data part there), so that a start can be measured in a
//   process of its own (snapshot-start.mjs).
//
// Both keep the port's promises the runtime relies on (versions, conflicts, a command written
// once, listeners hearing every append) but check their arguments less than the real adapters.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conflictMessage } from '../dist/runtime/index.js';

function temporaryDirectory() {
  return mkdtempSync(join(tmpdir(), 'samverkan-bench-'));
}

/** A file log store over the log (and personal-data part) an earlier process kept in `dir`; its index is read from the file. */
export function openFileLogStore(dir) {
  return createFileLogStore({ dir, reopen: true });
}

export function createFileLogStore({ dir = temporaryDirectory(), reopen = false } = {}) {
  const file = join(dir, 'log.jsonl');
  let fd = openSync(file, reopen ? 'r+' : 'w+');
  let bytes = 0;
  /** Byte offset and length of the event at position p, at index p - 1. */
  let offsets = [];
  let lengths = [];
  /** Each stream's positions, in version order. */
  let streams = new Map();
  /** Each command's first position (a command's events are one append: contiguous), and how many where more than one. */
  let commands = new Map();
  let commandCounts = new Map();
  let personal = new Map();
  const listeners = new Set();
  let closed = false;

  const ensureOpen = (what) => {
    if (closed) throw new Error(`File log store: cannot ${what}, the store is closed.`);
  };
  function readRange(from, to) {
    // Positions from..to (inclusive, 1-based), contiguous in the file: one read.
    if (to < from) return [];
    const start = offsets[from - 1];
    const end = offsets[to - 1] + lengths[to - 1];
    const buffer = Buffer.allocUnsafe(end - start);
    readSync(fd, buffer, 0, buffer.length, start);
    const text = buffer.toString('utf8');
    const out = [];
    let at = 0;
    for (let p = from; p <= to; p++) {
      const next = text.indexOf('\n', at);
      out.push(JSON.parse(text.slice(at, next)));
      at = next + 1;
    }
    return out;
  }
  const eventAt = (position) => readRange(position, position)[0];
  /** The index of a log written by another process: every line read once, in chunks. */
  function readIndex() {
    const chunk = Buffer.allocUnsafe(16 * 1024 * 1024);
    let rest = '';
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, bytes);
      if (read === 0) break;
      const lines = (rest + chunk.toString('utf8', 0, read)).split('\n');
      rest = lines.pop();
      bytes += read;
      for (const line of lines) index(JSON.parse(line), Buffer.byteLength(line, 'utf8') + 1);
    }
  }
  function index(e, length) {
    const at = offsets.length === 0 ? 0 : offsets.at(-1) + lengths.at(-1);
    offsets.push(at);
    lengths.push(length);
    let list = streams.get(e.stream);
    if (!list) streams.set(e.stream, (list = []));
    list.push(e.position);
    if (!commands.has(e.commandId)) commands.set(e.commandId, e.position);
    else commandCounts.set(e.commandId, (commandCounts.get(e.commandId) ?? 1) + 1);
  }
  function write(stored) {
    const text = stored.map((e) => JSON.stringify(e) + '\n').join('');
    const buffer = Buffer.from(text, 'utf8');
    writeSync(fd, buffer, 0, buffer.length, bytes);
    for (const e of stored) index(e, Buffer.byteLength(JSON.stringify(e), 'utf8') + 1);
    bytes += buffer.length;
  }
  function record(stream, version, position, event) {
    const r = { id: event.id, type: event.type, at: event.at, by: event.by, role: event.role, commandId: event.commandId, data: event.data, stream, version };
    for (const key of ['reason', 'commandHash', 'format', 'previousHash', 'hash']) if (event[key] !== undefined) r[key] = event[key];
    r.position = position;
    return JSON.parse(JSON.stringify(r));
  }
  const earlierOf = (events) => {
    const positions = [...new Set(events.flatMap((e) => {
      const first = commands.get(e.commandId);
      return first === undefined ? [] : Array.from({ length: commandCounts.get(e.commandId) ?? 1 }, (_, i) => first + i);
    }))].sort((a, b) => a - b);
    return positions.map(eventAt);
  };
  function applyPersonal(change) {
    for (const r of change?.put ?? []) personal.set(r.personId, structuredClone({ personId: r.personId, data: r.data }));
    for (const id of change?.erase ?? []) personal.delete(id);
  }
  function notify(events) {
    if (events.length === 0) return;
    for (const listener of [...listeners]) {
      try {
        listener(structuredClone(events));
      } catch (error) {
        console.error(error);
      }
    }
  }

  let kept = false;
  if (reopen) {
    readIndex();
    for (const r of JSON.parse(readFileSync(join(dir, 'personal.json'), 'utf8'))) personal.set(r.personId, r);
  }

  return {
    /** Writes the personal-data part beside the log and keeps both on `close`, for `openFileLogStore(dir)`. */
    keep() {
      writeFileSync(join(dir, 'personal.json'), JSON.stringify([...personal.values()]));
      kept = true;
      return dir;
    },
    async append(stream, expectedVersion, events, personalData) {
      ensureOpen('append');
      if (events.length === 0) return { ok: true, events: [], duplicate: false };
      const earlier = earlierOf(events);
      if (earlier.length > 0) return { ok: true, events: earlier, duplicate: true };
      const actual = streams.get(stream)?.length ?? 0;
      if (actual !== expectedVersion) return { ok: false, code: 'CONFLICT', expectedVersion, actualVersion: actual, message: conflictMessage(stream, expectedVersion, actual) };
      const first = offsets.length + 1;
      const stored = events.map((e, i) => record(stream, expectedVersion + i + 1, first + i, e));
      write(stored);
      applyPersonal(personalData);
      notify(stored);
      return { ok: true, events: structuredClone(stored), duplicate: false };
    },
    async appendBatch(parts) {
      ensureOpen('append');
      const versions = new Map();
      const plan = [];
      for (const [index, part] of parts.entries()) {
        const earlier = earlierOf(part.events);
        if (earlier.length > 0) {
          plan.push({ duplicate: earlier });
          continue;
        }
        const actual = versions.get(part.stream) ?? streams.get(part.stream)?.length ?? 0;
        if (actual !== part.expectedVersion) {
          return { ok: false, code: 'CONFLICT', index, stream: part.stream, expectedVersion: part.expectedVersion, actualVersion: actual, message: conflictMessage(part.stream, part.expectedVersion, actual) };
        }
        versions.set(part.stream, actual + part.events.length);
        plan.push({ part, from: actual });
      }
      let position = offsets.length;
      const written = [];
      const results = plan.map((step) => {
        if (step.duplicate) return { events: step.duplicate, duplicate: true };
        const stored = step.part.events.map((e, i) => record(step.part.stream, step.from + i + 1, (position += 1), e));
        written.push(...stored);
        return { events: stored, duplicate: false, personalData: step.part.personalData };
      });
      write(written);
      for (const r of results) applyPersonal(r.personalData);
      notify(written);
      return { ok: true, results: results.map(({ events, duplicate }) => ({ events, duplicate })), events: written };
    },
    async read(stream, fromVersion = 1) {
      ensureOpen('read');
      return (streams.get(stream) ?? []).slice(Math.max(1, fromVersion) - 1).map(eventAt);
    },
    async readAll(fromPosition = 1) {
      ensureOpen('read');
      return readRange(Math.max(1, fromPosition), offsets.length);
    },
    async readPage(fromPosition, limit) {
      ensureOpen('read');
      const from = Math.max(1, fromPosition);
      return readRange(from, Math.min(offsets.length, from + limit - 1));
    },
    async version(stream) {
      ensureOpen('read');
      return streams.get(stream)?.length ?? 0;
    },
    async readPersonalData() {
      ensureOpen('read');
      return structuredClone([...personal.values()]);
    },
    subscribe(listener) {
      const entry = (events) => listener(events);
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    async clear() {
      closeSync(fd);
      fd = openSync(file, 'w+');
      bytes = 0;
      offsets = [];
      lengths = [];
      streams = new Map();
      commands = new Map();
      commandCounts = new Map();
      personal = new Map();
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      closeSync(fd);
      if (!kept) rmSync(dir, { recursive: true, force: true });
    },
    /** Bytes of the log file. */
    bytes: () => bytes,
  };
}

export function createFileSnapshotStore({ dir = temporaryDirectory() } = {}) {
  const file = join(dir, 'snapshots.jsonl');
  let written = existsSync(file);
  return {
    async readAll() {
      if (!written) return [];
      // In chunks: a generation at a million events is more JSON than one string may hold.
      const fd = openSync(file, 'r');
      const out = [];
      try {
        const chunk = Buffer.allocUnsafe(16 * 1024 * 1024);
        let rest = '';
        for (;;) {
          const read = readSync(fd, chunk, 0, chunk.length, null);
          if (read === 0) break;
          const lines = (rest + chunk.toString('utf8', 0, read)).split('\n');
          rest = lines.pop();
          for (const line of lines) if (line !== '') out.push(JSON.parse(line));
        }
        if (rest !== '') out.push(JSON.parse(rest));
      } finally {
        closeSync(fd);
      }
      return out;
    },
    async replace(records) {
      // Written line by line, then renamed over the old generation: a failed write leaves it.
      const fd = openSync(file + '.new', 'w');
      try {
        for (const record of records) writeSync(fd, JSON.stringify(record) + '\n');
      } finally {
        closeSync(fd);
      }
      renameSync(file + '.new', file);
      written = true;
    },
    async clear() {
      rmSync(file, { force: true });
      written = false;
    },
    async close({ keep = false } = {}) {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
    dir,
    bytes: () => (written ? statSync(file).size : 0),
  };
}
