import { describe, expect, it } from 'vitest';
import { esfReportQuery } from './esf-report.js';
import { E, ehalsalyftetWorld } from './test-state.js';

const world = ehalsalyftetWorld();
const state = world.state();
const d = world.dataset;
const theme1First = d.seminars.filter((s) => s.themeId === E.theme1)[0]!.id;
const theme2First = d.seminars.filter((s) => s.themeId === E.theme2)[0]!.id;
/** The hours the theme-2 seminar reported through its lifecycle: leader 3.5, ten participants 2.25. */
const seminarRows = state.seminars.get(theme2First)!.context.hours;

describe('esfReportQuery', () => {
  it('adds the hours of seminars reported through their lifecycle to the dataset’s time reports', () => {
    const report = esfReportQuery(state);
    expect(seminarRows).toHaveLength(11);
    expect(report.lines).toHaveLength(d.timeReports.length + 11);
    const datasetHours = d.timeReports.reduce((sum, r) => sum + r.hours, 0);
    expect(report.total.hours).toBe(datasetHours + 3.5 + 10 * 2.25);
    expect(report.seminarIds).toEqual([theme2First]);
    const fromSeminar = report.lines.filter((l) => l.report.seminarId === theme2First);
    expect(fromSeminar.map((l) => l.report.date)).toEqual(Array(11).fill('2017-04-04'));
    expect(fromSeminar.every((l) => l.report.projectId === E.programme && l.report.activity === 'dialogueSeminar')).toBe(true);
  });

  it('does not count a seminar twice when its hours are already in the dataset', () => {
    const report = esfReportQuery(state);
    expect(report.seminarIdsAlreadyReported).toEqual([theme1First]);
    const lines = report.lines.filter((l) => l.report.seminarId === theme1First);
    expect(lines).toHaveLength(d.timeReports.filter((r) => r.seminarId === theme1First).length);
    expect(lines.some((l) => l.report.id.startsWith(`${theme1First}:hours:`))).toBe(false);
  });

  it('reimburses hours at the unit cost of each category, per month and category', () => {
    const report = esfReportQuery(state);
    const cost = (category: string) => d.unitCosts.find((c) => c.professionalCategory === category)!.amountPerHour;
    const all = [...d.timeReports, ...seminarRows.map((r) => ({ ...r, date: '2017-04-04' }))];
    const expectedOre = all.reduce((sum, r) => sum + Math.round(r.hours * cost(r.professionalCategory) * 100), 0);
    expect(report.total).toMatchObject({ reimbursedHours: report.total.hours, excessHours: 0, withheldHours: 0, amountOre: expectedOre });
    expect(report.violations).toEqual([]);
    expect(report.containsExampleFigures).toBe(true);
    expect(report.byMonth.map((m) => [m.period, m.hours])).toEqual([
      ['2016-10', d.timeReports.reduce((sum, r) => sum + r.hours, 0)],
      ['2017-04', 26],
    ]);
    const april = report.byMonth[1]!;
    const nurses = seminarRows.filter((r) => r.professionalCategory === 'nurse').reduce((s, r) => s + r.hours, 0);
    expect(april.byCategory.find((c) => c.professionalCategory === 'nurse')?.hours).toBe(nurses);
  });

  it('limits the lines to a period and names the people in them', () => {
    const report = esfReportQuery(state, { period: { start: '2017-01-01', end: '2017-12-31' } });
    expect(report.lines).toHaveLength(11);
    expect(report.total.hours).toBe(26);
    const leader = d.seminars.find((s) => s.id === theme2First)!.leaderId;
    expect(report.personNames[leader]).toBe(d.people.find((p) => p.id === leader)!.name);
    expect(Object.keys(report.personNames)).toHaveLength(11);
  });

  it('reports violations of a lower yearly cap', () => {
    const report = esfReportQuery(state, { yearlyCapHours: 2 });
    const perPersonYear = new Map<string, number>();
    for (const r of [...d.timeReports, ...seminarRows.map((x) => ({ ...x, date: '2017-04-04' }))]) {
      const key = `${r.personId}|${r.date.slice(0, 4)}`;
      perPersonYear.set(key, (perPersonYear.get(key) ?? 0) + r.hours);
    }
    const over = [...perPersonYear.values()].filter((h) => h > 2);
    expect(report.violations.filter((v) => v.code === 'yearlyCapExceeded')).toHaveLength(over.length);
    expect(report.total.excessHours).toBeCloseTo(over.reduce((s, h) => s + h - 2, 0), 2);
  });

  it('filters by project', () => {
    expect(esfReportQuery(state, { projectId: E.programme }).lines).toHaveLength(d.timeReports.length + 11);
    const other = esfReportQuery(state, { projectId: 'annat-projekt' });
    expect(other.lines).toEqual([]);
    expect(other.seminarIds).toEqual([]);
    expect(other.seminarIdsAlreadyReported).toEqual([]);
    expect(other.total.amountOre).toBe(0);
  });

  it('leaves out seminars that are held but not reported', () => {
    const held = d.seminars.filter((s) => s.themeId === E.theme1)[1]!.id;
    expect(state.seminars.get(held)?.status).toBe('held');
    expect(esfReportQuery(state).lines.some((l) => l.report.seminarId === held && l.report.id.includes(':hours:'))).toBe(false);
  });
});
