import { describe, expect, it } from 'vitest';
import { sampleHistories } from '../samples/history/index.js';
import { createSampleRuntime, type SampleId } from '../samples/load-sample.js';
import { stateText } from './aggregates.js';
import { createSamverkan } from './create-samverkan.js';
import { xstateSnapshots } from './sample-steps.test-support.js';
import type { AggregateView, RuntimeState } from './state.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EventStore } from './store/store.js';
import { trustedRecords } from './identity.js';

const sampleIds = Object.keys(sampleHistories) as SampleId[];

async function storeWith(sampleId: SampleId, options: { upTo?: string } = {}): Promise<EventStore> {
  const store = createMemoryStore();
  await createSampleRuntime(sampleId, store, options);
  return store;
}

/** Every aggregate view of a state, keyed by stream. */
function views(state: RuntimeState): Map<string, AggregateView<unknown, string>> {
  const all = [state.mandates, state.meetings, state.themes, state.seminars, state.deliverables, state.agreements, state.communicationPlans];
  return new Map(all.flatMap((map) => [...map.values()]).map((view) => [view.stream, view as AggregateView<unknown, string>]));
}

/** Counts the turns a chain of 0 ms timers gets while `work` runs. */
async function timerTurnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  return turns;
}

describe('replay', () => {
  it.each(sampleIds)('%s: the machines give the same snapshots as xstate’s own transition functions, event by event', async (sampleId) => {
    const store = await storeWith(sampleId);
    const snapshots = await xstateSnapshots(store);
    const replayed = views((await createSamverkan({ identity: trustedRecords(), store })).getState());
    expect([...replayed.keys()].sort()).toEqual([...snapshots.keys()].sort());
    for (const [stream, snapshot] of snapshots) {
      expect({ stream, state: replayed.get(stream)!.state, context: replayed.get(stream)!.context }).toEqual({ stream, state: stateText(snapshot.value), context: snapshot.context });
    }
  });

  it.each(sampleIds)('%s: a replay in slices ends in the same state as a one-shot replay', async (sampleId) => {
    const store = await storeWith(sampleId);
    const oneShot = (await createSamverkan({ identity: trustedRecords(), store })).getState();
    for (const yieldEvery of [0, 1]) {
      const sliced = await createSamverkan({ identity: trustedRecords(), store, replay: { yieldEvery } });
      expect(sliced.getState()).toEqual(oneShot);
    }
    expect(views(oneShot).size).toBeGreaterThan(0);
  });

  it('yields to the event loop between slices; a one-shot replay of a memory store does not', async () => {
    const store = await storeWith('orebro');
    expect((await store.readAll()).length).toBeGreaterThan(50);
    expect(await timerTurnsDuring(() => createSamverkan({ identity: trustedRecords(), store }))).toBe(0);
    expect(await timerTurnsDuring(() => createSamverkan({ identity: trustedRecords(), store, replay: { yieldEvery: 0 } }))).toBeGreaterThan(10);
  });

  it('keeps what another writer appends while it yields, and follows that writer afterwards', async () => {
    const commands = sampleHistories.fyrbodal.commands();
    const k = commands.findIndex((command, i) => i > 0 && Date.parse(command.at) > Date.parse(commands[i - 1]!.at));
    const store = await storeWith('fyrbodal', { upTo: commands[k - 1]!.at });
    const other = await createSamverkan({ identity: trustedRecords(), store });
    let appendedDuringReplay = false;
    let replayDone = false;
    setTimeout(() => {
      void other.dispatch(commands[k]!).then((result) => {
        expect(result).toMatchObject({ ok: true });
        appendedDuringReplay = !replayDone;
      });
    }, 0);
    const sliced = await createSamverkan({ identity: trustedRecords(), store, replay: { yieldEvery: 0 } });
    replayDone = true;
    expect(appendedDuringReplay).toBe(true);
    expect(sliced.getState()).toEqual((await createSamverkan({ identity: trustedRecords(), store })).getState());

    expect(await other.dispatch(commands[k + 1]!)).toMatchObject({ ok: true });
    expect(sliced.getState()).toEqual((await createSamverkan({ identity: trustedRecords(), store })).getState());
  });

  it('refuses a yieldEvery that is no number of milliseconds', async () => {
    for (const yieldEvery of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(createSamverkan({ identity: trustedRecords(), store: createMemoryStore(), replay: { yieldEvery } })).rejects.toThrow(RangeError);
    }
  });
});
