import { describe, expect, it } from 'vitest';
import { fyrbodal } from '../samples/fyrbodal.js';
import { F, fyrbodalWorld, TestWorld, E, ehalsalyftetWorld } from './test-state.js';
import { vacanciesQuery } from './vacancies.js';
import { roleDisplayName } from '../role/role.schema.js';

describe('vacanciesQuery', () => {
  const state = fyrbodalWorld().state();

  it('lists the vacant seats with role and organisation names', () => {
    const rows = vacanciesQuery(state);
    expect(rows).toEqual([
      expect.objectContaining({
        source: { kind: 'mandate', id: F.mandate, name: 'Uppdragsbeskrivning – Nätverket för e-hälsa i Fyrbodal' },
        roleId: 'fyrbodal:kommunrepresentant',
        roleName: 'Kommunrepresentant',
        organisationId: 'fyrbodal:bengtsfors',
        organisationName: 'Bengtsfors',
        missing: 1,
        holders: 0,
        min: 1,
        max: 2,
      }),
      expect.objectContaining({ organisationName: 'Åmål', missing: 1 }),
    ]);
  });

  it('names the role in both languages, the English name from the role itself', () => {
    const [first] = vacanciesQuery(state);
    expect(first?.roleNames).toEqual({ sv: 'Kommunrepresentant', en: 'Municipal representative' });
  });

  it('falls back to the English name of the role’s kind where a role has no English name', () => {
    expect(roleDisplayName({ name: 'Kommunrepresentant', kind: 'representative' }, 'en')).toBe('Representative');
    expect(roleDisplayName({ name: 'Kommunrepresentant', kind: 'representative', englishName: 'Municipal representative' }, 'sv')).toBe('Kommunrepresentant');
  });

  it('lists the seats of the plans that staff a group', () => {
    expect(vacanciesQuery(state, { groupId: F.network }).map((r) => r.organisationName)).toEqual(['Bengtsfors', 'Åmål']);
    expect(vacanciesQuery(state, { groupId: 'fyrbodal:okand-grupp' })).toEqual([]);
  });

  it('follows a staffing change to the mandate at once', () => {
    const world = new TestWorld(fyrbodal);
    const plan = world.dataset.mandates[0]!.staffingPlan;
    world.send('mandate', F.mandate, {
      type: 'amend',
      by: F.processLeader,
      at: '2019-02-20T09:00:00+01:00',
      section: 'staffingPlan',
      change: {
        entries: plan.entries.map((e) => (e.organisationId === 'fyrbodal:bengtsfors' ? { ...e, personIds: ['fyrbodal:ny-representant'] } : e)),
      },
    });
    expect(vacanciesQuery(world.state()).map((r) => r.organisationName)).toEqual(['Åmål']);
  });

  it('includes groups’ own plans, and counts a seat missing several people', () => {
    const ehl = ehalsalyftetWorld().state();
    const group = ehl.dataset.groups.find((g) => g.id === E.steeringGroup)!;
    const members = group.staffingPlan!.entries[0]!.personIds;
    const short = {
      ...ehl,
      dataset: {
        ...ehl.dataset,
        groups: ehl.dataset.groups.map((g) =>
          g.id === E.steeringGroup ? { ...g, staffingPlan: { entries: [{ ...g.staffingPlan!.entries[0]!, personIds: members.slice(0, 1) }] } } : g,
        ),
      },
    };
    const rows = vacanciesQuery(short, { groupId: E.steeringGroup });
    expect(rows).toEqual([
      expect.objectContaining({
        source: { kind: 'group', id: E.steeringGroup, name: 'Styrgruppen för eHälsalyftet' },
        roleName: 'Ledamot i styrgruppen',
        organisationId: undefined,
        holders: 1,
        min: 3,
        missing: 2,
      }),
    ]);
    expect(vacanciesQuery(ehl, { groupId: E.steeringGroup })).toEqual([]);
  });
});
