import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { communicator, projectManager } from '../samples/ehalsalyftet.people.js';
import { sampleHistories } from '../samples/history/index.js';
import { createSampleRuntime, type SampleId } from '../samples/load-sample.js';
import { inertScopeOf, machines } from './aggregates.js';
import type { Samverkan } from './create-samverkan.js';
import { directTransition } from './direct-transition.js';
import { xstateSnapshots, type LifecycleStep } from './sample-steps.test-support.js';
import type { AggregateKind } from './state.js';
import { createMemoryStore } from './store/memory-store.js';

type MachineEvent = LifecycleStep['event'];

/** The samples' histories hold no communication plan's events: a few, as `communication-plan.test.ts` dispatches them. */
async function withCommunication(runtime: Samverkan): Promise<void> {
  const planId = 'ehalsalyftet:kommunikationsplan-2016';
  const at = (day: string) => `2016-${day}T10:00:00+02:00`;
  const commands = [
    { type: 'completeCommunicationActivity', by: communicator.id, at: at('05-24'), activityId: 'a4', note: 'Kick-off' },
    { type: 'cancelCommunicationActivity', by: projectManager.id, at: at('05-25'), activityId: 'a2', reason: 'Ersätts' },
    { type: 'followUpCommunicationPlan', by: projectManager.id, at: at('12-10'), know: 'met', feel: 'partlyMet', do: 'notMet', themeId: 'ehalsalyftet:tema-1' },
  ];
  for (const [i, command] of commands.entries()) {
    const result = await runtime.dispatch({ id: `k-${i}`, communicationPlanId: planId, ...command } as never);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  }
}

/** Every lifecycle step of every sample's history, the snapshots worked out by xstate's own functions. */
async function sampleSteps(): Promise<LifecycleStep[]> {
  const steps: LifecycleStep[] = [];
  for (const sampleId of Object.keys(sampleHistories) as SampleId[]) {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime(sampleId, store);
    if (sampleId === 'ehalsalyftet') await withCommunication(runtime);
    await xstateSnapshots(store, (step) => steps.push(step));
  }
  return steps;
}

const steps = await sampleSteps();

/** xstate's own next snapshot, through the same scope the runtime lends the machine. */
function byXstate(kind: AggregateKind, before: AnyMachineSnapshot, event: MachineEvent): AnyMachineSnapshot {
  return machines[kind].transition(before, event as never, inertScopeOf(machines[kind])) as AnyMachineSnapshot;
}

/** The same snapshot field for field: the same object where xstate keeps it, else equal values and the same nodes, machine and methods. */
function expectSame(kind: AggregateKind, before: AnyMachineSnapshot, direct: AnyMachineSnapshot, reference: AnyMachineSnapshot): void {
  expect(direct === before, 'kept as it was').toBe(reference === before);
  expect(Object.keys(direct)).toEqual(Object.keys(reference));
  const d = direct as unknown as Record<string, unknown>;
  const r = reference as unknown as Record<string, unknown>;
  for (const key of Object.keys(reference)) {
    if (key === 'tags') expect([...(d.tags as Set<string>)]).toEqual([...(r.tags as Set<string>)]);
    else if (key === '_nodes') expect((d._nodes as Array<{ id: string }>).map((n) => n.id)).toEqual((r._nodes as Array<{ id: string }>).map((n) => n.id));
    else if (typeof r[key] === 'function' || ['machine', 'children', 'historyValue'].includes(key)) expect(d[key], key).toBe(r[key]);
    else expect(d[key], key).toEqual(r[key]);
  }
  const machine = machines[kind] as AnyStateMachine;
  expect(machine.getPersistedSnapshot(direct)).toEqual(machine.getPersistedSnapshot(reference));
}

describe('directTransition', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives xstate’s snapshot, field for field, at every step of every sample’s history', () => {
    const kinds = new Set(steps.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(Object.keys(machines).sort());
    for (const { kind, before, event } of steps) {
      expectSame(kind, before, directTransition(machines[kind], before, event, inertScopeOf(machines[kind])), byXstate(kind, before, event));
    }
  });

  it('gives xstate’s answer to every event of a kind in every state the samples reach — refusals, guards that fail, other states', () => {
    const states = new Map<string, LifecycleStep>();
    for (const step of steps) {
      const key = `${step.kind} ${JSON.stringify(step.before.value)}`;
      if (!states.has(key)) states.set(key, step);
    }
    // Each event type of a kind a few times (its first, and different payloads after it), and types no transition names.
    const eventsOf = new Map<AggregateKind, MachineEvent[]>();
    const seen = new Map<string, number>();
    for (const { kind, event } of steps) {
      const key = `${kind} ${event.type}`;
      if ((seen.get(key) ?? 0) >= 6) continue;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      eventsOf.set(kind, [...(eventsOf.get(kind) ?? []), event]);
    }
    let compared = 0;
    let moved = 0;
    for (const { kind, before } of states.values()) {
      const odd = ['__proto__', 'constructor', 'toString', 'no.such.*', 'xstate.stop'].map((type) => ({ type, by: 'p-1', at: '2020-01-01T00:00:00Z' }));
      for (const event of [...eventsOf.get(kind)!, ...odd]) {
        const reference = byXstate(kind, before, event);
        expectSame(kind, before, directTransition(machines[kind], before, event, inertScopeOf(machines[kind])), reference);
        compared += 1;
        if (reference !== before) moved += 1;
      }
    }
    expect(states.size).toBeGreaterThan(25);
    expect(moved).toBeGreaterThan(100);
    expect(compared - moved).toBeGreaterThan(500);
  });

  it('works out the plain transitions itself: xstate is asked only where a transition holds more (parameters, eventless transitions)', () => {
    const asked = new Map<string, number>();
    for (const [kind, machine] of Object.entries(machines)) {
      const own = machine.transition.bind(machine);
      vi.spyOn(machine, 'transition').mockImplementation((snapshot, event, scope) => {
        const key = `${kind} ${JSON.stringify(snapshot.value)} ${(event as { type: string }).type}`;
        asked.set(key, (asked.get(key) ?? 0) + 1);
        return own(snapshot, event, scope);
      });
    }
    for (const { kind, before, event } of steps) directTransition(machines[kind], before, event, inertScopeOf(machines[kind]));
    // The mandate's draft is left by an eventless transition (an imported, approved mandate
    // becomes active) and its early end has parameters: those stay with xstate, nothing else.
    const kindsAsked = new Set([...asked.keys()].map((key) => key.split(' ')[0]));
    expect([...kindsAsked].filter((kind) => kind !== 'mandate')).toEqual([]);
    const totalAsked = [...asked.values()].reduce((a, b) => a + b, 0);
    expect(totalAsked).toBeLessThan(steps.length / 10);
    expect(steps.length).toBeGreaterThan(300);
  });
});
