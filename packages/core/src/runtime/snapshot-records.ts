/**
 * Turning a live aggregate into a snapshot record and back. The machine snapshot is kept as its
 * state value and context only (our machines have no history states, children or output — a
 * snapshot that has any is not written, its stream is rebuilt instead), and resolved through the
 * machine on the way back, which refuses a state value the machine does not have.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { machines, parseStream, type Aggregate } from './aggregates.js';
import type { AggregateSnapshotRecord } from './snapshot-record.schema.js';
import { fitsLine } from './packed-lines.js';
import { snapshotVersions } from './snapshot-versions.js';
import type { AggregateKind } from './state.js';

/** The machine id a snapshot of `kind` names (the dataset stream has no machine). */
export function machineIdOf(kind: AggregateKind | 'dataset'): string {
  return kind === 'dataset' ? 'dataset' : machines[kind].id;
}

/** Whether an aggregate's machine snapshot is all in its value and context. */
export function isPlainSnapshot(snapshot: AnyMachineSnapshot): boolean {
  const history = (snapshot as { historyValue?: object }).historyValue;
  return Object.keys(snapshot.children ?? {}).length === 0 && snapshot.output === undefined && snapshot.error === undefined && (!history || Object.keys(history).length === 0);
}

/**
 * The state part of an aggregate's record: the machine snapshot's value and context themselves,
 * not a copy (they are plain data the machines never change in place; the snapshot store copies
 * what it keeps, and a copy here doubled the memory a generation took at a million events).
 */
export function aggregateState(aggregate: Aggregate): AggregateSnapshotRecord['state'] {
  return { value: aggregate.snapshot.value as AggregateSnapshotRecord['state']['value'], context: aggregate.snapshot.context as Record<string, unknown> };
}

/**
 * The aggregate a record describes, or why it does not fit: another kind than its stream names,
 * another machine or machine version, or a state the machine does not have.
 */
export function restoreAggregate(record: AggregateSnapshotRecord): Aggregate | string {
  const where = parseStream(record.stream);
  const kind = record.kind as AggregateKind;
  if (!where || where.kind !== kind) return 'its kind is not its stream’s';
  if (record.machine !== machineIdOf(kind) || record.machineVersion !== snapshotVersions[kind]) return 'it was written for another version of the machine';
  try {
    const snapshot = machines[kind].resolveState({ value: record.state.value as never, context: record.state.context as never }) as AnyMachineSnapshot;
    return { kind, id: where.id, snapshot, version: record.version, ...(record.lastAt !== undefined ? { lastAt: record.lastAt } : {}) };
  } catch (error) {
    return `its state does not fit the machine (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** A command's place in a stream: its id, fingerprint (null: none shared), first version there, how many in a row. */
export type CommandPlace = [commandId: string, commandHash: string | null, version: number, count: number];

/** Whether a record's event ids are exactly one per version, none empty (read without splitting them: see `PackedLines`). */
export function eventIdsFit(text: string, version: number): boolean {
  if (text === '') return version === 0;
  let lines = 0;
  for (let start = 0; ; lines++) {
    const end = text.indexOf('\n', start);
    if (end === start || start === text.length) return false;
    if (end < 0) return lines + 1 === version;
    start = end + 1;
  }
}

/** A stream's commands as lines (see `CommandPlace`), or undefined if an id holds a line break or tab. */
export function encodeCommands(places: readonly CommandPlace[]): string | undefined {
  if (!places.every(([id, hash]) => fitsLine(id) && (hash === null || fitsLine(hash)))) return undefined;
  return places.map(([id, hash, version, count]) => `${id}\t${hash ?? '-'}\t${version}\t${count}`).join('\n');
}

/** The commands of a record, or undefined if a line is malformed or points outside versions 1…`version`. */
export function decodeCommands(text: string, version: number): CommandPlace[] | undefined {
  if (text === '') return [];
  const out: CommandPlace[] = [];
  for (const line of text.split('\n')) {
    const [id, hash, first, count, extra] = line.split('\t');
    const from = Number(first);
    const n = Number(count);
    if (!id || !hash || extra !== undefined || !Number.isInteger(from) || !Number.isInteger(n) || from < 1 || n < 1 || from + n - 1 > version) return undefined;
    out.push([id, hash === '-' ? null : hash, from, n]);
  }
  return out;
}
