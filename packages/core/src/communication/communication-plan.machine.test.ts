import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ehalsalyftet } from '../samples/ehalsalyftet.js';
import { graphCoverage } from '../testing/graph-coverage.js';
import { CommunicationPlan } from './communication-plan.schema.js';
import type { CommunicationPlanEvent } from './communication-plan.events.js';
import { activityStatuses, communicationPlanMachine } from './communication-plan.machine.js';

const plan = CommunicationPlan.parse(ehalsalyftet.communicationPlans![0]);
const by = 'ehalsalyftet:person-002';
const at = '2016-06-01T10:00:00+02:00';

describe('communication plan machine', () => {
  it('starts in force with every activity planned', () => {
    const actor = createActor(communicationPlanMachine, { input: plan }).start();
    expect(actor.getSnapshot().value).toBe('inForce');
    expect(activityStatuses(actor.getSnapshot().context).every((a) => a.status === 'planned')).toBe(true);
  });

  it('refuses an activity the plan does not have, and a revision that is not later', () => {
    const snapshot = createActor(communicationPlanMachine, { input: plan }).start().getSnapshot();
    expect(snapshot.can({ type: 'completeActivity', by, at, activityId: 'nope' })).toBe(false);
    expect(snapshot.can({ type: 'revise', by, at, version: '1.0', reason: 'Samma', activities: plan.activities })).toBe(false);
    expect(snapshot.can({ type: 'revise', by, at, version: '2.0', reason: 'Ny', activities: plan.activities })).toBe(true);
  });

  it('reaches every state and takes every transition', () => {
    const events: CommunicationPlanEvent[] = [
      { type: 'completeActivity', by, at, activityId: 'a1' },
      { type: 'cancelActivity', by, at, activityId: 'a2', reason: 'Utgår' },
      { type: 'revise', by, at, version: '1.1', reason: 'Efter tema', activities: plan.activities },
      { type: 'followUp', by, at, know: 'met', feel: 'met', do: 'partlyMet' },
    ];
    const report = graphCoverage(communicationPlanMachine, {
      input: plan,
      events: () => events,
      serializeState: (s) => JSON.stringify([s.value, Object.keys(s.context.progress).sort(), s.context.plan.versions.length, s.context.followUps.length > 0]),
    });
    expect(report.unreachedStates).toEqual([]);
    expect(report.untakenTransitions).toEqual([]);
    expect(report.transitions).toHaveLength(4);
  });
});
