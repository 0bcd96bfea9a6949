/**
 * Recurring deliverables, templates and goals (issue 15, item 6): an annual report every year —
 * a recurrence rule on the mandate that produces each year's deliverable with its due date; a
 * deliverable produced from a template, with its outline of sections; a mandate's structured
 * goals with follow-up dates and a check-in schedule.
 */
import { describe, expect, it } from 'vitest';
import { goalCheckIns } from '../mandate/goal-follow-up.rules.js';
import { Mandate } from '../mandate/mandate.schema.js';
import { goalCheckInsQuery } from '../queries/goal-check-ins.js';
import { parseWith } from '../shared/validation.js';
import { cmd, startTestNetwork, T, testMandate, testNetwork } from '../testing/test-network.js';

const at = (day: string, time = '10:00') => `2030-${day}T${time}:00+01:00`;

const template = {
  id: 't:mall-arsrapport',
  kind: 'annualReport',
  title: 'Årsrapport',
  outline: [
    { heading: 'Året i korthet', guidance: 'Vad har samverkan åstadkommit under året?' },
    { heading: 'Måluppfyllelse' },
    { heading: 'Inför nästa år' },
  ],
} as const;

const mandate = testMandate('t:uppdrag', {
  version: '1.0',
  classification: 'public',
  versionHistory: [{ date: '2029-12-10', version: '1.0', issuer: 'Styrgruppen' }],
  roles: [],
  deliverables: [
    {
      id: 'arsrapport',
      kind: 'annualReport',
      title: 'Årsrapport',
      description: 'Samverkans årsrapport till styrgruppen.',
      recurrence: { every: 'year', dueMonth: 3, dueDay: 31, dueInFollowingYear: true },
      templateId: template.id,
      ownerRoleId: T.roles.processLeader,
    },
  ],
  goals: [
    { id: 'mal-1', text: 'Alla kommuner har en gemensam rutin för trygg hemgång.', measure: 'Antal kommuner med rutinen', target: '3 av 3', followUpDates: ['2030-11-15'] },
    { id: 'mal-2', text: 'Färre återinskrivningar inom 30 dagar.' },
  ],
  followUp: { description: 'Styrgruppen följer upp målen.', checkInEveryMonths: 6 },
});

async function network() {
  const dataset = testNetwork();
  dataset.deliverableTemplates = [{ ...template, outline: [...template.outline] }];
  const { sv, store } = await startTestNetwork(dataset);
  const imported = await sv.dispatch(cmd({ type: 'importApprovedMandate', by: T.chair, at: at('01-15'), mandateId: 't:uppdrag', mandate, approval: { approvedOn: '2029-12-10' } }));
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  return { sv, store };
}

describe('a recurring annual report', () => {
  const plan = (year: number, deliverableId = `t:arsrapport-${year}`, mandateDeliverableId = 'arsrapport') =>
    cmd({ type: 'planRecurringDeliverable', by: T.processLeader, at: at('02-01'), deliverableId, mandateId: 't:uppdrag', mandateDeliverableId, year });

  it("produces each year's deliverable with its due date, its template's outline and its owner role", async () => {
    const { sv } = await network();
    for (const year of [2030, 2031]) expect((await sv.dispatch(plan(year))).ok).toBe(true);
    const d2030 = sv.getState().deliverables.get('t:arsrapport-2030')!;
    expect(d2030.status).toBe('planned');
    expect(d2030.context).toMatchObject({
      kind: 'annualReport',
      title: 'Årsrapport 2030',
      due: '2031-03-31',
      mandateId: 't:uppdrag',
      ownerId: T.roles.processLeader,
      ownerKind: 'role',
      templateId: template.id,
      outline: template.outline,
      occurrence: { mandateDeliverableId: 'arsrapport', year: 2030 },
    });
    expect(sv.getState().deliverables.get('t:arsrapport-2031')!.context.due).toBe('2032-03-31');
  });

  it('produces each year once, within the period, and only of a recurring deliverable', async () => {
    const { sv } = await network();
    await sv.dispatch(plan(2030));
    expect(await sv.dispatch(plan(2030, 't:annan-2030'))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await sv.dispatch(plan(2033))).toMatchObject({ ok: false, code: 'NOT_FOUND', message: { sv: 'Leveransen återkommer åren 2030–2031, inte 2033.' } });
    expect(await sv.dispatch(plan(2030, 't:x', 'ingen'))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await sv.dispatch({ ...plan(2031), by: T.repA })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'produceDeliverable' } });
  });

  it('needs an id and an owner role to recur, located in the mandate', () => {
    const parsed = parseWith(Mandate, { ...mandate, deliverables: [{ kind: 'annualReport', description: 'Årsrapport', recurrence: { every: 'year', dueMonth: 2, dueDay: 30 } }] });
    expect(!parsed.ok && parsed.issues.map((i) => i.pathText).sort()).toEqual(['deliverables[0].id', 'deliverables[0].ownerRoleId', 'deliverables[0].recurrence.dueDay']);
  });
});

describe('a deliverable produced from a template', () => {
  it("starts with the template's outline; a template that does not exist is NOT_FOUND", async () => {
    const { sv } = await network();
    const deliverable = { id: 't:lagesrapport', kind: 'statusReport', title: 'Lägesrapport', mandateId: 't:uppdrag', ownerId: T.processLeader, due: '2030-06-30', templateId: template.id };
    expect((await sv.dispatch(cmd({ type: 'planDeliverable', by: T.processLeader, at: at('02-01'), deliverableId: deliverable.id, deliverable }))).ok).toBe(true);
    expect(sv.getState().deliverables.get('t:lagesrapport')!.context.outline?.map((s) => s.heading)).toEqual(['Året i korthet', 'Måluppfyllelse', 'Inför nästa år']);
    const missing = await sv.dispatch(cmd({ type: 'planDeliverable', by: T.processLeader, at: at('02-01'), deliverableId: 't:x', deliverable: { ...deliverable, id: 't:x', templateId: 't:ingen' } }));
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe("a mandate's goals", () => {
  it('are checked every six months from the start and on their own days; a follow-up answers the check-in it falls in', () => {
    const parsed = Mandate.parse(mandate);
    const followUps = [{ goalId: 'mal-1', status: 'onTrack' as const, by: T.processLeader, at: at('07-03') }];
    const rows = goalCheckIns(parsed, followUps, '2030-12-01');
    expect(rows.filter((r) => r.goalId === 'mal-1')).toEqual([
      { goalId: 'mal-1', date: '2030-07-01', state: 'done', status: 'onTrack' },
      { goalId: 'mal-1', date: '2030-11-15', state: 'due' },
      { goalId: 'mal-1', date: '2031-01-01', state: 'upcoming' },
      { goalId: 'mal-1', date: '2031-07-01', state: 'upcoming' },
    ]);
    expect(rows.filter((r) => r.goalId === 'mal-2').map((r) => r.date)).toEqual(['2030-07-01', '2031-01-01', '2031-07-01']);
  });

  it('are followed up by command, by whoever follows up goals; the query shows what is due', async () => {
    const { sv } = await network();
    const followed = await sv.dispatch(cmd({ type: 'followUpGoal', by: T.processLeader, at: at('07-02'), mandateId: 't:uppdrag', goalId: 'mal-1', status: 'atRisk', comment: 'Bby saknar rutin' }));
    expect(followed.ok, JSON.stringify(followed)).toBe(true);
    expect(await sv.dispatch(cmd({ type: 'followUpGoal', by: T.repA, at: at('07-02'), mandateId: 't:uppdrag', goalId: 'mal-1', status: 'onTrack' }))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(await sv.dispatch(cmd({ type: 'followUpGoal', by: T.processLeader, at: at('07-02'), mandateId: 't:uppdrag', goalId: 'mal-9', status: 'onTrack' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const due = goalCheckInsQuery(sv.getState(), { now: at('07-10') }).filter((r) => r.date === '2030-07-01');
    expect(due.map((r) => [r.goalId, r.state, r.status])).toEqual([
      ['mal-1', 'done', 'atRisk'],
      ['mal-2', 'due', undefined],
    ]);
  });
});
