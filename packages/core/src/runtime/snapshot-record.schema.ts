/**
 * What a snapshot store holds, as the runtime writes and checks it: one record per stream (a
 * record's state at a version, the hash of the last event it covers, the ids of its events and
 * the commands that wrote them) and one runtime record (`#runtime`) with the log position the
 * generation covers, the streams it has and those a start must rebuild from their events. A
 * record that does not fit this schema is discarded, never guessed at.
 */
import * as z from 'zod';
import { aggregateKinds } from './aggregates.js';
import type { AggregateKind } from './state.js';

/** The layout of the records below; bump when it changes (every older snapshot is then discarded). */
export const SNAPSHOT_FORMAT = 1;

/** The key of the runtime's own record. */
export const RUNTIME_RECORD = '#runtime';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

const common = {
  format: z.literal(SNAPSHOT_FORMAT),
  generation: z.string().min(1),
  stream: z.string().min(1),
  /** The machine's id (`dataset` for the dataset stream) and its kind's version (`snapshotVersions`). */
  machine: z.string().min(1),
  machineVersion: z.number().int(),
  /** The stream's version the state is at (0: a record the dataset describes, no events yet). */
  version: count,
  /** The hash of the event at `version`; null at version 0. */
  hash: hex64.nullable(),
  /** The log position the generation covers (every event up to it is in the state). */
  position: count,
  lastAt: z.string().optional(),
  /**
   * The ids of the stream's events, in order, one per version, one per line (one string, not an
   * array: at a million events the arrays were most of the time spent reading snapshots back).
   * An id with a line break or tab makes its stream rebuilt, not snapshotted (see `fitsLine`).
   */
  eventIds: z.string(),
  /**
   * The commands with events in the stream, one per line: the command's id, its fingerprint (`-`
   * where its events carry different ones or none), the version of its first event here and how
   * many follow in a row, separated by tabs. See `encodeCommands`.
   */
  commands: z.string(),
};

export const AggregateSnapshotRecord = z.object({
  ...common,
  kind: z.enum(aggregateKinds as [AggregateKind, ...AggregateKind[]]),
  /** The machine snapshot's state value and context (plain JSON). */
  state: z.object({ value: z.union([z.string(), z.record(z.string(), z.unknown())]), context: z.record(z.string(), z.unknown()) }),
});
export type AggregateSnapshotRecord = z.infer<typeof AggregateSnapshotRecord>;

export const DatasetSnapshotRecord = z.object({
  ...common,
  kind: z.literal('dataset'),
  /**
   * The dataset as the log holds it — people without their personal data where the store keeps
   * those apart (names come from the store's personal-data part on start, so an erased person's
   * name is never in a snapshot) — and whether one has been loaded.
   */
  state: z.object({ inLog: z.unknown(), loaded: z.boolean() }),
});
export type DatasetSnapshotRecord = z.infer<typeof DatasetSnapshotRecord>;

export const StreamSnapshotRecord = z.discriminatedUnion('kind', [AggregateSnapshotRecord, DatasetSnapshotRecord]);
export type StreamSnapshotRecord = z.infer<typeof StreamSnapshotRecord>;

export const RuntimeSnapshotRecord = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  stream: z.literal(RUNTIME_RECORD),
  generation: z.string().min(1),
  position: count,
  /** Every stream with a record in this generation. */
  streams: z.array(z.string().min(1)),
  /** Streams without a record (damaged or unsealed ones): rebuilt from their events on start. */
  rebuild: z.array(z.string().min(1)),
});
export type RuntimeSnapshotRecord = z.infer<typeof RuntimeSnapshotRecord>;
