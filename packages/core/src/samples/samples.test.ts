import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/swedish-holidays.js';
import { Dataset, type Dataset as DatasetType } from '../dataset/dataset.schema.js';
import { esfReport } from '../esf/esf.rules.js';
import { seminarGroupWarnings } from '../seminar/seminar.rules.js';
import { swedishDate } from '../shared/dates.js';
import { parseWith } from '../shared/validation.js';
import { vacancies } from '../staffing/staffing.rules.js';
import { sampleHistories, samples } from './index.js';

function load(id: keyof typeof samples): DatasetType {
  const result = parseWith(Dataset, samples[id]);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
  return result.value;
}

describe('sample datasets', () => {
  it.each(Object.keys(samples) as Array<keyof typeof samples>)('%s validates against the schemas, references included', (id) => {
    expect(parseWith(Dataset, samples[id]).ok).toBe(true);
  });

  it.each(Object.keys(samples) as Array<keyof typeof samples>)('%s plans its meetings and seminars on Swedish working days', (id) => {
    const d = load(id);
    // A sample built by command (Sjölunda) plans its meetings in its history.
    const planned = sampleHistories[id].commands().flatMap((c) => (c.type === 'planMeeting' ? [(c.meeting as { startsAt: string }).startsAt] : []));
    const days = [...d.meetings.map((m) => m.startsAt), ...d.seminars.map((s) => s.plannedAt), ...planned].map(swedishDate);
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((day) => !isWorkingDay(day))).toEqual([]);
  });

  it('use invented people only: no sample name occurs in the source documents', () => {
    // The source documents' text lives beside this test (fixtures/source-documents/), so a
    // clone of the repository alone runs it.
    const seedsDir = fileURLToPath(new URL('./fixtures/source-documents/', import.meta.url));
    const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    const seeds = files.map((f) => readFileSync(seedsDir + f, 'utf8')).join('\n');
    expect(seeds.length).toBeGreaterThan(10_000);
    const names = Object.values(samples).flatMap((s) => (s.people ?? []).map((p) => p.name));
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((n) => seeds.includes(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the Fyrbodal sample', () => {
  const d = load('fyrbodal');
  const mandate = d.mandates[0]!;

  it('has 14 municipalities with one or two representatives and two vacancies', () => {
    expect(d.organisations.filter((o) => o.kind === 'municipality')).toHaveLength(14);
    const reps = mandate.staffingPlan.entries.filter((e) => e.roleId === 'fyrbodal:kommunrepresentant');
    expect(reps).toHaveLength(14);
    expect(reps.every((e) => e.personIds.length <= 2 && e.max === 2)).toBe(true);
    const vacant = vacancies(mandate.staffingPlan).map((v) => d.organisations.find((o) => o.id === v.organisationId)?.name);
    expect(vacant).toEqual(['Bengtsfors', 'Åmål']);
  });

  it('keeps the document’s version history up to the draft the history reviews, commissioner, financier and process leader', () => {
    // The reviews of 0.2 and the approval as 1.0 are recorded by the history (history.test.ts).
    expect(mandate.versionHistory.map((v) => v.version)).toEqual(['0.1', '0.1', '0.2']);
    expect(mandate.versionHistory.at(-1)?.reason).toBe('Input från nätverk');
    expect(mandate.version).toBe('0.2');
    expect(mandate.classification).toBe('internal');
    expect(mandate.commissioner.name).toContain('Socialchefsnätverket');
    expect(mandate.financiers.map((f) => f.name)).toEqual(['VästKom']);
    expect(mandate.roles.map((r) => r.kind)).toContain('processLeader');
  });

  it('meets six times a year in 2019 and 2020, never in July', () => {
    const days = d.meetings.map((m) => swedishDate(m.startsAt));
    expect(days.filter((x) => x.startsWith('2019'))).toHaveLength(6);
    expect(days.filter((x) => x.startsWith('2020'))).toHaveLength(6);
    expect(days.some((x) => x.slice(5, 7) === '07')).toBe(false);
    expect(mandate.meetings[0]?.agendaLeadTimeDays).toBe(14);
  });
});

describe('the eHälsalyftet sample', () => {
  const d = load('ehalsalyftet');

  it('has a steering group, process supervisors, development leaders and three themes', () => {
    expect(d.themes).toHaveLength(3);
    const kinds = new Set(d.roles.map((r) => r.kind));
    for (const k of ['steeringGroupMember', 'processSupervisor', 'developmentLeader'] as const) expect(kinds.has(k)).toBe(true);
    expect(d.groups.find((g) => g.kind === 'steeringGroup')).toBeDefined();
  });

  it('runs seminars of about ten people across professional categories', () => {
    expect(d.seminars.length).toBeGreaterThanOrEqual(9);
    for (const s of d.seminars) expect(seminarGroupWarnings(s.participants)).toEqual([]);
  });

  it('marks its unit costs as example figures and reports ESF time without violations', () => {
    expect(d.unitCosts.every((u) => u.exampleFigure)).toBe(true);
    const report = esfReport({ reports: d.timeReports, unitCosts: d.unitCosts });
    expect(report.violations).toEqual([]);
    expect(report.containsExampleFigures).toBe(true);
    expect(report.total.hours).toBe(d.timeReports.reduce((sum, r) => sum + r.hours, 0));
  });

  it('has its mandate as the proposal the steering group approves in the history', () => {
    const mandate = d.mandates[0]!;
    expect([mandate.version, mandate.classification]).toEqual(['0.9', 'internal']);
    expect(mandate.versionHistory.map((v) => v.reason)).toEqual(['Förslag']);
  });

  it('has its communication plan with know / feel / do goals, revised after each theme', () => {
    const plan = d.communicationPlans[0]!;
    expect(plan.communicationGoals.do).toEqual(['Delta i ett dialogseminarium per tema']);
    expect(plan.revisionRule.trigger).toBe('afterEachTheme');
    expect(plan.risks).toHaveLength(4);
  });
});

describe('the Örebro sample', () => {
  const d = load('orebro');

  it('has four sub-county groups, each with a collaboration leader in its local mandate', () => {
    const groups = d.groups.filter((g) => g.kind === 'subCountyGroup');
    expect(groups).toHaveLength(4);
    for (const g of groups) {
      const local = d.mandates.find((m) => m.id === g.mandateId)!;
      expect(local.parentMandateId).toBe('orebro:uppdrag-samverkansledare-lanet');
      const leaderEntry = local.staffingPlan.entries.find((e) => e.roleId === 'orebro:samverkansledare');
      expect(leaderEntry?.personIds).toHaveLength(1);
    }
  });

  it('has the county-wide and local mandates as the proposals the history approves, with the parties as approvers', () => {
    expect(d.mandates).toHaveLength(5);
    for (const m of d.mandates) {
      expect([m.version, m.classification]).toEqual(['0.9', 'internal']);
      expect(m.versionHistory.map((v) => v.reason)).toEqual(['Förslag']);
    }
    const county = d.mandates.find((m) => m.parentMandateId === undefined)!;
    const approvers = county.staffingPlan.entries.filter((e) => d.roles.find((r) => r.id === e.roleId)?.authorities.includes('approveMandate'));
    expect(approvers.flatMap((e) => e.personIds)).toHaveLength(2);
  });

  it('has an action plan per sub-county group', () => {
    expect(new Set(d.actionPlans.map((p) => p.subCountyGroupId)).size).toBe(4);
  });
});

describe('the Dalarna sample', () => {
  const d = load('dalarna');
  const mandate = d.mandates[0]!;

  it('is an 18-month mandate with a possible extension', () => {
    expect(mandate.period.durationMonths).toBe(18);
    expect(mandate.period.extension?.maxCount).toBe(1);
    // The draft Välfärdsrådet approves as 1.0 on 2026-01-08 in the history (history.test.ts).
    expect(mandate.version).toBe('0.9');
    expect(mandate.classification).toBe('internal');
    expect(mandate.versionHistory.map((v) => v.reason)).toEqual(['Förslag']);
  });

  it('has the 16-party agreement and the five documentation deliverables', () => {
    expect(d.agreements[0]?.parties).toHaveLength(16);
    expect(d.deliverables.map((x) => x.kind).sort()).toEqual(
      ['agreement', 'communicationPlan', 'finalReport', 'implementationPlan', 'riskAnalysis'],
    );
  });

  it('has a transition leader and reference persons with patient experience', () => {
    expect(d.roles.some((r) => r.kind === 'transitionLeader')).toBe(true);
    expect(d.people.filter((p) => p.title?.startsWith('Referensperson'))).toHaveLength(2);
  });
});
