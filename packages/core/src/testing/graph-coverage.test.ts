import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { graphCoverage } from './graph-coverage.js';

const toggle = setup({
  types: { events: {} as { type: 'on' } | { type: 'off' } | { type: 'never' } },
  guards: { no: () => false },
}).createMachine({
  id: 'toggle',
  initial: 'off',
  states: {
    off: { on: { on: 'on', never: { guard: 'no', target: 'unreachable' } } },
    on: { on: { off: 'off' } },
    unreachable: {},
  },
});

describe('graphCoverage', () => {
  it('reports a state and a transition that no path reaches', () => {
    const report = graphCoverage(toggle, {
      events: () => [{ type: 'on' as const }, { type: 'off' as const }, { type: 'never' as const }],
      serializeState: (s) => JSON.stringify(s.value),
    });
    expect(report.unreachedStates).toEqual(['toggle.unreachable']);
    expect(report.untakenTransitions).toEqual(['toggle.off --never [no]--> toggle.unreachable']);
    expect(report.transitions).toHaveLength(3);
  });

  it('reports full coverage when every edge is taken', () => {
    const report = graphCoverage(toggle.provide({ guards: { no: () => true } }), {
      events: () => [{ type: 'on' as const }, { type: 'off' as const }, { type: 'never' as const }],
      serializeState: (s) => JSON.stringify(s.value),
    });
    expect(report.unreachedStates).toEqual([]);
    expect(report.untakenTransitions).toEqual([]);
  });
});
