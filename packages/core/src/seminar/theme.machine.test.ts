import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { graphCoverage } from '../testing/graph-coverage.js';
import type { DialogueSeminarStatus } from './dialogue-seminar.schema.js';
import type { ThemeEvent } from './theme.events.js';
import { themeMachine } from './theme.machine.js';
import { parseWith } from '../shared/validation.js';
import { Theme, type OpenSeminar, type ThemeInputData } from './theme.schema.js';

const STEERING_GROUP = 'ehl:styrgrupp';
const meta = { by: 'ehl:ordforande', at: '2016-09-01T10:00:00+02:00' };

const input: ThemeInputData = {
  id: 'ehl:tema-1',
  programmeId: 'ehl:ehalsalyftet',
  title: 'Digitala vårdmöten',
  steeringGroupId: STEERING_GROUP,
};

const ev = {
  decide: (decidedBy = STEERING_GROUP, direction = 'Hur digitala vårdmöten förändrar vardagen'): ThemeEvent => ({
    type: 'decideTheme',
    decidedBy,
    direction,
    period: { start: '2016-10-01', end: '2017-01-31' },
    ...meta,
  }),
  network: (notes?: string): ThemeEvent => ({
    type: 'holdNetworkMeeting',
    attendeeIds: ['ehl:ul-1', 'ehl:ul-2'],
    ...(notes === undefined ? {} : { notes }),
    ...meta,
  }),
  start: (): ThemeEvent => ({ type: 'startSeminars', ...meta }),
  add: (seminarId: string): ThemeEvent => ({ type: 'seminarAdded', seminarId, ...meta }),
  status: (seminarId: string, status: DialogueSeminarStatus): ThemeEvent => ({ type: 'seminarStatusChanged', seminarId, status, ...meta }),
  evaluate: (openSeminars?: OpenSeminar[], summary = 'Temat nådde alla enheter'): ThemeEvent => ({
    type: 'evaluateTheme',
    summary,
    ...(openSeminars === undefined ? {} : { openSeminars }),
    ...meta,
  }),
  close: (): ThemeEvent => ({ type: 'closeTheme', ...meta }),
};

function start() {
  return createActor(themeMachine, { input }).start();
}

function runTo(state: 'decided' | 'networkMet' | 'seminarsRunning' | 'evaluated' | 'closed') {
  const actor = start();
  actor.send(ev.decide());
  if (state === 'decided') return actor;
  actor.send(ev.network());
  if (state === 'networkMet') return actor;
  actor.send(ev.start());
  if (state === 'seminarsRunning') return actor;
  actor.send(ev.evaluate());
  if (state === 'evaluated') return actor;
  actor.send(ev.close());
  return actor;
}

describe('theme: decision', () => {
  it('starts proposed with its steering group and no seminars', () => {
    const snap = start().getSnapshot();
    expect(snap.value).toBe('proposed');
    expect(snap.context).toMatchObject({ id: 'ehl:tema-1', steeringGroupId: STEERING_GROUP, seminars: [], networkMeetings: [] });
    expect(snap.context.decidedBy).toBeUndefined();
  });

  it('is decided by the steering group, which sets the direction', () => {
    const actor = start();
    actor.send(ev.decide());
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('decided');
    expect(snap.context).toMatchObject({
      decidedBy: STEERING_GROUP,
      decidedAt: meta.at,
      direction: 'Hur digitala vårdmöten förändrar vardagen',
      period: { start: '2016-10-01', end: '2017-01-31' },
    });
  });

  it('cannot be decided by another group or without a direction', () => {
    const snap = start().getSnapshot();
    expect(snap.can(ev.decide('ehl:projektkontoret'))).toBe(false);
    expect(snap.can(ev.decide(STEERING_GROUP, '  '))).toBe(false);
  });

  it('takes no seminars before it is decided', () => {
    expect(start().getSnapshot().can(ev.add('sem-1'))).toBe(false);
  });
});

describe('theme: network and seminars', () => {
  it('needs the network to meet before the seminars start', () => {
    const actor = runTo('decided');
    expect(actor.getSnapshot().can(ev.start())).toBe(false);
    actor.send(ev.network('Genomgång av temats material'));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('networkMet');
    expect(snap.context.networkMeetings).toEqual([
      { attendeeIds: ['ehl:ul-1', 'ehl:ul-2'], notes: 'Genomgång av temats material', ...meta },
    ]);
  });

  it('records further network meetings before and while the seminars run', () => {
    const actor = runTo('networkMet');
    actor.send(ev.network());
    actor.send(ev.start());
    actor.send(ev.network());
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('seminarsRunning');
    expect(snap.context.networkMeetings).toHaveLength(3);
    expect(snap.context.seminarsStartedAt).toBe(meta.at);
  });

  it('keeps the list of its seminars and their statuses', () => {
    const actor = runTo('decided');
    actor.send(ev.add('sem-1'));
    actor.send(ev.network());
    actor.send(ev.add('sem-2'));
    actor.send(ev.start());
    actor.send(ev.status('sem-1', 'held'));
    actor.send(ev.status('sem-2', 'cancelled'));
    expect(actor.getSnapshot().context.seminars).toEqual([
      { seminarId: 'sem-1', status: 'held' },
      { seminarId: 'sem-2', status: 'cancelled' },
    ]);
  });

  it('refuses a seminar it already has, a status for an unknown seminar and a step back', () => {
    const actor = runTo('seminarsRunning');
    actor.send(ev.add('sem-1'));
    actor.send(ev.status('sem-1', 'reported'));
    const snap = actor.getSnapshot();
    expect(snap.can(ev.add('sem-1'))).toBe(false);
    expect(snap.can(ev.status('sem-9', 'held'))).toBe(false);
    expect(snap.can(ev.status('sem-1', 'held'))).toBe(false);
    expect(snap.can(ev.status('sem-1', 'cancelled'))).toBe(false);
    expect(snap.can(ev.status('sem-1', 'fedBack'))).toBe(true);
  });
});

describe('theme: evaluation and closing', () => {
  it('cannot be evaluated before the seminars run', () => {
    expect(runTo('decided').getSnapshot().can(ev.evaluate())).toBe(false);
    expect(runTo('networkMet').getSnapshot().can(ev.evaluate())).toBe(false);
  });

  it('is evaluated when every seminar is fed back or cancelled', () => {
    const actor = runTo('networkMet');
    actor.send(ev.add('sem-1'));
    actor.send(ev.add('sem-2'));
    actor.send(ev.start());
    actor.send(ev.status('sem-1', 'fedBack'));
    expect(actor.getSnapshot().can(ev.evaluate())).toBe(false);
    actor.send(ev.status('sem-2', 'cancelled'));
    actor.send(ev.evaluate(undefined));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('evaluated');
    expect(snap.context.evaluation).toEqual({ summary: 'Temat nådde alla enheter', openSeminars: [], ...meta });
  });

  it('is evaluated with a reason for each seminar that was not fed back', () => {
    const actor = runTo('networkMet');
    actor.send(ev.add('sem-1'));
    actor.send(ev.add('sem-2'));
    actor.send(ev.start());
    actor.send(ev.status('sem-1', 'fedBack'));
    actor.send(ev.status('sem-2', 'reported'));
    const reason = { seminarId: 'sem-2', reason: 'Utvecklingsledaren slutade innan återkopplingen' };
    expect(actor.getSnapshot().can(ev.evaluate([{ seminarId: 'sem-1', reason: 'Fel' }]))).toBe(false);
    actor.send(ev.evaluate([reason]));
    expect(actor.getSnapshot().value).toBe('evaluated');
    expect(actor.getSnapshot().context.evaluation?.openSeminars).toEqual([reason]);
  });

  it('refuses an evaluation without a summary', () => {
    expect(runTo('seminarsRunning').getSnapshot().can(ev.evaluate([], ' '))).toBe(false);
  });

  it('still records a late feedback after the evaluation', () => {
    const actor = runTo('networkMet');
    actor.send(ev.add('sem-1'));
    actor.send(ev.start());
    actor.send(ev.evaluate([{ seminarId: 'sem-1', reason: 'Väntar på ledningsgruppens möte' }]));
    actor.send(ev.status('sem-1', 'fedBack'));
    expect(actor.getSnapshot().context.seminars).toEqual([{ seminarId: 'sem-1', status: 'fedBack' }]);
    expect(actor.getSnapshot().can(ev.add('sem-2'))).toBe(false);
  });

  it('ends as a valid Theme document', () => {
    const actor = runTo('networkMet');
    actor.send(ev.add('sem-1'));
    actor.send(ev.start());
    actor.send(ev.status('sem-1', 'fedBack'));
    actor.send(ev.evaluate([], 'Alla enheter deltog'));
    actor.send(ev.close());
    const context = actor.getSnapshot().context;
    expect(parseWith(Theme, context)).toEqual({ ok: true, value: context });
  });

  it('is closed after the evaluation, and closed is final', () => {
    expect(runTo('seminarsRunning').getSnapshot().can(ev.close())).toBe(false);
    const snap = runTo('closed').getSnapshot();
    expect(snap.value).toBe('closed');
    expect(snap.status).toBe('done');
    expect(snap.context.closedAt).toBe(meta.at);
    expect(snap.can(ev.network())).toBe(false);
  });
});

describe('theme: graph coverage', () => {
  it('reaches every state and takes every transition', () => {
    const report = graphCoverage(themeMachine, {
      input,
      events: (s) =>
        s.status === 'done'
          ? []
          : [
              ev.decide(),
              ev.decide('ehl:annan-grupp'),
              ev.network(),
              ev.start(),
              ev.add('sem-1'),
              ev.status('sem-1', 'fedBack'),
              ev.status('sem-1', 'held'),
              ev.evaluate(),
              ev.evaluate([{ seminarId: 'sem-1', reason: 'Inte återkopplat i tid' }]),
              ev.close(),
            ],
      serializeState: (s) => JSON.stringify([s.value, s.context.seminars]),
    });
    expect(report.states).toHaveLength(6);
    expect(report.unreachedStates).toEqual([]);
    expect(report.untakenTransitions).toEqual([]);
  });
});

describe('theme: properties', () => {
  const seminarIds = ['s1', 's2', 's3'];
  const statuses: DialogueSeminarStatus[] = ['planned', 'held', 'reported', 'needsSummarised', 'fedBack', 'cancelled'];
  const event: fc.Arbitrary<ThemeEvent> = fc
    .oneof(
      fc.record({ decidedBy: fc.constantFrom(STEERING_GROUP, 'ehl:annan'), direction: fc.constantFrom('Digitala vårdmöten', ' ') }).map((e) => ({
        type: 'decideTheme' as const,
        ...e,
      })),
      fc.constant({ type: 'holdNetworkMeeting' as const }),
      fc.constant({ type: 'startSeminars' as const }),
      { weight: 2, arbitrary: fc.constantFrom(...seminarIds).map((seminarId) => ({ type: 'seminarAdded' as const, seminarId })) },
      {
        weight: 4,
        arbitrary: fc
          .record({ seminarId: fc.constantFrom(...seminarIds, 's9'), status: fc.constantFrom(...statuses) })
          .map((e) => ({ type: 'seminarStatusChanged' as const, ...e })),
      },
      {
        weight: 2,
        arbitrary: fc
          .record({
            summary: fc.constantFrom('Utvärdering', ''),
            openSeminars: fc.option(
              fc.subarray([...seminarIds, 's9']).map((ids) => ids.map((seminarId) => ({ seminarId, reason: 'Skäl' }))),
              { nil: undefined },
            ),
          })
          .map((e) => ({ type: 'evaluateTheme' as const, ...e })),
      },
      fc.constant({ type: 'closeTheme' as const }),
    )
    .map((e) => ({ ...e, ...meta }) as ThemeEvent);

  const rank: Record<DialogueSeminarStatus, number> = { planned: 0, held: 1, cancelled: 1, reported: 2, needsSummarised: 3, fedBack: 4 };
  const settled = (s: DialogueSeminarStatus) => s === 'fedBack' || s === 'cancelled';
  const tracking = ['decided', 'networkMet', 'seminarsRunning'];

  /** An independent model: the next state, or undefined when the theme must refuse. */
  function step(state: string, seminars: Map<string, DialogueSeminarStatus>, e: ThemeEvent): string | undefined {
    switch (e.type) {
      case 'decideTheme':
        return state === 'proposed' && e.decidedBy === STEERING_GROUP && e.direction.trim() !== '' ? 'decided' : undefined;
      case 'holdNetworkMeeting':
        return state === 'decided' ? 'networkMet' : state === 'networkMet' || state === 'seminarsRunning' ? state : undefined;
      case 'startSeminars':
        return state === 'networkMet' ? 'seminarsRunning' : undefined;
      case 'seminarAdded':
        return tracking.includes(state) && !seminars.has(e.seminarId) ? state : undefined;
      case 'seminarStatusChanged': {
        const from = seminars.get(e.seminarId);
        if (!(tracking.includes(state) || state === 'evaluated') || from === undefined || settled(from)) return undefined;
        const ok = e.status === 'cancelled' ? from === 'planned' : rank[e.status] > rank[from];
        return ok ? state : undefined;
      }
      case 'evaluateTheme': {
        if (state !== 'seminarsRunning' || e.summary.trim() === '') return undefined;
        const open = (e.openSeminars ?? []).map((o) => o.seminarId);
        const needReason = [...seminars].filter(([, s]) => !settled(s)).map(([id]) => id);
        const ok = needReason.every((id) => open.includes(id)) && open.every((id) => needReason.includes(id));
        return ok ? 'evaluated' : undefined;
      }
      case 'closeTheme':
        return state === 'evaluated' ? 'closed' : undefined;
    }
  }

  /** "Advance": the valid next lifecycle event for the theme as it stands (random events seldom close a theme). */
  function advanceEvent(state: string, seminars: Map<string, DialogueSeminarStatus>): ThemeEvent | undefined {
    switch (state) {
      case 'proposed':
        return { type: 'decideTheme', decidedBy: STEERING_GROUP, direction: 'Digitala vårdmöten', ...meta };
      case 'decided':
        return { type: 'holdNetworkMeeting', ...meta };
      case 'networkMet':
        return { type: 'startSeminars', ...meta };
      case 'seminarsRunning': {
        const openSeminars = [...seminars].filter(([, s]) => !settled(s)).map(([seminarId]) => ({ seminarId, reason: 'Ej klart' }));
        return { type: 'evaluateTheme', summary: 'Utvärdering', openSeminars, ...meta };
      }
      case 'evaluated':
        return { type: 'closeTheme', ...meta };
      default:
        return undefined;
    }
  }
  const stepArb = fc.oneof({ weight: 4, arbitrary: event }, { weight: 1, arbitrary: fc.constant('advance' as const) });

  it('follows the model: never evaluated before seminars run, closed is final', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const actor = createActor(themeMachine, { input }).start();
        let state = 'proposed';
        const seminars = new Map<string, DialogueSeminarStatus>();
        const visited = new Set(['proposed']);
        for (const s of steps) {
          const e = s === 'advance' ? advanceEvent(state, seminars) : s;
          if (e === undefined) continue;
          const before = actor.getSnapshot();
          const expected = step(state, seminars, e);
          expect(before.can(e)).toBe(expected !== undefined);
          if (before.status === 'done') {
            // Closed is final: nothing is accepted, so nothing is sent.
            expect(state).toBe('closed');
            continue;
          }
          actor.send(e);
          const snap = actor.getSnapshot();
          if (expected !== undefined) {
            state = expected;
            visited.add(state);
            if (e.type === 'seminarAdded') seminars.set(e.seminarId, 'planned');
            if (e.type === 'seminarStatusChanged') seminars.set(e.seminarId, e.status);
          } else {
            expect(snap.context).toEqual(before.context);
          }
          expect(snap.value).toBe(state);
          expect(snap.context.seminars).toEqual([...seminars].map(([seminarId, status]) => ({ seminarId, status })));
          reached.add(state);
          if (state === 'evaluated' || state === 'closed') {
            expect(visited.has('seminarsRunning')).toBe(true);
            expect(snap.context.seminarsStartedAt).toBeDefined();
            expect(snap.context.evaluation).toBeDefined();
          } else {
            expect(snap.context.evaluation).toBeUndefined();
          }
          if (state !== 'proposed') expect(snap.context.decidedBy).toBe(STEERING_GROUP);
          expect(snap.status === 'done').toBe(state === 'closed');
        }
        actor.stop();
      }),
      { numRuns: 1000 },
    );
    expect(reached).toContain('closed');
  });
});
