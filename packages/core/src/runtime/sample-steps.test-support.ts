/**
 * A sample's log walked through xstate's own functions (`initialTransition`, `transition`), for
 * tests that compare the runtime's snapshots with xstate's: each record's snapshot at the end, and
 * every lifecycle step on the way (the snapshot before it and the event as its machine gets it).
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { Dataset } from '../dataset/dataset.schema.js';
import { withPersonalData } from '../person/personal-data.js';
import { datasetAggregates, machines, parseStream, streamOf } from './aggregates.js';
import { DATASET_STREAM } from './create-samverkan.js';
import type { AggregateKind } from './state.js';
import type { EventStore } from './store/store.js';

/** One step of a record: its kind, its snapshot before the event, and the event as its machine gets it. */
export interface LifecycleStep {
  kind: AggregateKind;
  before: AnyMachineSnapshot;
  event: { type: string; [key: string]: unknown };
}

/** Every record's snapshot after the store's log, by stream, as xstate works them out; `onStep` hears each step. */
export async function xstateSnapshots(store: EventStore, onStep: (step: LifecycleStep) => void = () => {}): Promise<Map<string, AnyMachineSnapshot>> {
  const snapshots = new Map<string, AnyMachineSnapshot>();
  const personal = new Map((await store.readPersonalData!()).map((r) => [r.personId, r.data]));
  for (const event of await store.readAll()) {
    if (event.stream === DATASET_STREAM) {
      // A directory change (a person added, a group set up, a seat filled) starts no record.
      if ((event.data as { dataset?: unknown }).dataset === undefined) continue;
      for (const { kind, id, input } of datasetAggregates(Dataset.parse(withPersonalData(event.data.dataset, personal)))) {
        const stream = streamOf(kind, id);
        if (!snapshots.has(stream)) snapshots.set(stream, initialTransition(machines[kind], input)[0] as AnyMachineSnapshot);
      }
      continue;
    }
    const where = parseStream(event.stream);
    if (!where) continue;
    const data = event.data as Record<string, unknown> & { type: string };
    const before = snapshots.get(event.stream);
    if ('create' in data) snapshots.set(event.stream, initialTransition(machines[where.kind], data.create)[0] as AnyMachineSnapshot);
    else if (before) {
      const machineEvent = { ...data, by: event.by, at: event.at };
      onStep({ kind: where.kind, before, event: machineEvent });
      snapshots.set(event.stream, transition(machines[where.kind], before, machineEvent as never)[0] as AnyMachineSnapshot);
    }
  }
  return snapshots;
}
