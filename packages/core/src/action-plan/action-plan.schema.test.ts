import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { ActionPlan, ActionPlanActivityStatus, actionPlanActivityStatusLabels } from './action-plan.schema.js';

/** A sub-county group's action plan in Örebro county (seed 002), with invented content. */
const vaster = {
  id: 'orebro-vaster-handlingsplan-2026',
  title: 'Handlingsplan länsdel Väster 2026',
  subCountyGroupId: 'orebro-lansdel-vaster',
  period: { start: '2026-01-01', end: '2026-12-31' },
  areas: [
    {
      id: 'barn-unga',
      name: 'Barn och unga',
      activities: [
        { id: 'a1', text: 'Gemensam rutin för SIP för barn', responsible: 'Samverkansledare', due: '2026-06-30', status: 'ongoing' },
      ],
    },
    {
      id: 'visam',
      name: 'Äldre med sammansatta behov (ViSam)',
      activities: [{ id: 'a2', text: 'Sammankalla metodhandledarna varje kvartal', responsible: 'Samverkansledare' }],
    },
  ],
  followUps: [{ date: '2026-04-15', text: 'SIP-rutinen på remiss i kommunerna.' }],
  revisions: [
    { date: '2026-01-20', version: '1.0', reason: 'Fastställd av länsdelsgruppen' },
    { date: '2026-09-10', version: '1.1', reason: 'Nytt område: psykisk hälsa' },
  ],
};

function issuesByPath(result: ReturnType<typeof parseWith>) {
  expect(result.ok).toBe(false);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
}

describe('ActionPlan schema', () => {
  it('accepts a sub-county group’s plan and defaults an activity to not started', () => {
    const parsed = parseWith(ActionPlan, vaster);
    expect(parsed.ok && parsed.value.areas[1]?.activities[0]?.status).toBe('notStarted');
  });

  it('rejects an unknown status and a bad due date, naming the paths in both languages', () => {
    const byPath = issuesByPath(
      parseWith(ActionPlan, {
        ...vaster,
        areas: [{ id: 'x', name: 'X', activities: [{ id: 'a', text: 't', responsible: 'r', due: 'juni', status: 'klar' }] }],
      }),
    );
    expect(byPath['areas[0].activities[0].status']?.sv).toContain('har ett ogiltigt värde ("klar")');
    expect(byPath['areas[0].activities[0].status']?.en).toContain('has an invalid value ("klar")');
    expect(byPath['areas[0].activities[0].due']?.en).toContain('YYYY-MM-DD');
  });

  it('requires a sub-county group and at least one collaboration area', () => {
    const byPath = issuesByPath(parseWith(ActionPlan, { ...vaster, subCountyGroupId: undefined, areas: [] }));
    expect(byPath['subCountyGroupId']?.sv).toBe('«subCountyGroupId» saknas men är obligatoriskt');
    expect(byPath['areas']?.en).toBe('«areas» must not be empty');
  });

  it('rejects an activity id used in two areas and revisions out of date order', () => {
    const [first, second] = vaster.areas as [(typeof vaster.areas)[0], (typeof vaster.areas)[0]];
    const byPath = issuesByPath(
      parseWith(ActionPlan, {
        ...vaster,
        areas: [first, { ...second, activities: [{ ...second.activities[0], id: 'a1' }] }],
        revisions: [...vaster.revisions].reverse(),
      }),
    );
    expect(byPath['areas[1].activities[0].id']?.en).toBe('«areas[1].activities[0].id» two activities have the same id');
    expect(byPath['revisions[1].date']?.sv).toContain('datumordning');
  });

  it('rejects two areas with the same id and a follow-up without text', () => {
    const byPath = issuesByPath(
      parseWith(ActionPlan, {
        ...vaster,
        areas: [vaster.areas[0], { id: 'barn-unga', name: 'Dubblett' }],
        followUps: [{ date: '2026-04-15', text: '' }],
      }),
    );
    expect(byPath['areas[1].id']?.sv).toContain('två samverkansområden har samma id');
    expect(byPath['followUps[0].text']?.en).toBe('«followUps[0].text» must not be empty');
  });
});

describe('labels', () => {
  it('name every activity status in Swedish and English', () => {
    expect(Object.keys(actionPlanActivityStatusLabels).sort()).toEqual([...ActionPlanActivityStatus.options].sort());
    expect(actionPlanActivityStatusLabels.ongoing).toEqual({ sv: 'Pågår', en: 'Ongoing' });
  });
});
