import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfessionalCategory } from '../person/professional-category.js';
import { DEFAULT_YEARLY_CAP_HOURS, MAX_HOURS_PER_DAY } from './esf-limits.js';
import { amountInOre, esfReport, formatSek, type EsfAmounts } from './esf.rules.js';
import type { TimeActivity, TimeReport } from './time-report.schema.js';
import type { UnitCost } from './unit-cost.schema.js';

const costs: UnitCost[] = [
  { professionalCategory: 'nurse', amountPerHour: 412.37, validFrom: '2016-01-01', validTo: '2016-12-31', exampleFigure: true },
  { professionalCategory: 'nurse', amountPerHour: 425, validFrom: '2017-01-01', validTo: '2018-12-31', exampleFigure: true },
  { professionalCategory: 'physician', amountPerHour: 690, validFrom: '2016-01-01', validTo: '2018-12-31', exampleFigure: true },
  { professionalCategory: 'assistantNurse', amountPerHour: 301.5, validFrom: '2016-01-01', exampleFigure: false },
];

let seq = 0;
function report(
  personId: string,
  date: string,
  hours: number,
  professionalCategory: ProfessionalCategory = 'nurse',
  extra: Partial<TimeReport> = {},
): TimeReport {
  seq += 1;
  return {
    id: `r${String(seq).padStart(4, '0')}`,
    personId,
    projectId: 'ehalsalyftet',
    date,
    hours,
    activity: 'dialogueSeminar',
    seminarId: 'sem-1',
    professionalCategory,
    ...extra,
  };
}

describe('esfReport: reimbursement', () => {
  it('pays hours × the unit cost of the category, in whole öre rounded half up', () => {
    // 2.5 h × 412,37 kr = 1 030,925 kr → 103 093 öre.
    const r = esfReport({ reports: [report('anna', '2016-10-03', 2.5)], unitCosts: costs });
    expect(r.lines[0]).toMatchObject({ reimbursedHours: 2.5, excessHours: 0, withheldHours: 0, amountOre: 103_093, violations: [] });
    expect(r.total).toEqual({ hours: 2.5, reimbursedHours: 2.5, excessHours: 0, withheldHours: 0, amountOre: 103_093, amountSek: 1030.93 });
    expect(r.violations).toEqual([]);
  });

  it('uses the unit cost valid on the date of each report', () => {
    const r = esfReport({
      reports: [report('anna', '2016-12-31', 1), report('anna', '2017-01-01', 1)],
      unitCosts: costs,
    });
    expect(r.lines.map((l) => l.amountOre)).toEqual([41_237, 42_500]);
    expect(r.lines.map((l) => l.unitCost?.validFrom)).toEqual(['2016-01-01', '2017-01-01']);
  });

  it('groups per category, month and year, each adding up to the total', () => {
    const r = esfReport({
      reports: [
        report('anna', '2017-02-10', 3),
        report('bo', '2017-02-10', 2, 'physician'),
        report('anna', '2017-03-01', 1.5),
        report('cia', '2018-01-15', 4, 'assistantNurse'),
      ],
      unitCosts: costs,
    });
    // 3 × 425 = 1 275; 2 × 690 = 1 380; 1,5 × 425 = 637,50; 4 × 301,50 = 1 206.
    expect(r.byCategory.map((c) => [c.professionalCategory, c.hours, c.amountOre])).toEqual([
      ['nurse', 4.5, 191_250],
      ['physician', 2, 138_000],
      ['assistantNurse', 4, 120_600],
    ]);
    expect(r.byMonth.map((m) => [m.period, m.hours, m.amountOre])).toEqual([
      ['2017-02', 5, 265_500],
      ['2017-03', 1.5, 63_750],
      ['2018-01', 4, 120_600],
    ]);
    expect(r.byYear.map((y) => [y.period, y.amountOre])).toEqual([
      ['2017', 329_250],
      ['2018', 120_600],
    ]);
    expect(r.byMonth[0]?.byCategory.map((c) => c.professionalCategory)).toEqual(['nurse', 'physician']);
    expect(r.total.amountOre).toBe(449_850);
  });

  it('says when the figures are made-up sample figures', () => {
    expect(esfReport({ reports: [report('anna', '2017-02-10', 1)], unitCosts: costs }).containsExampleFigures).toBe(true);
    expect(esfReport({ reports: [report('cia', '2017-02-10', 1, 'assistantNurse')], unitCosts: costs }).containsExampleFigures).toBe(false);
  });

  it('is empty for no reports', () => {
    const r = esfReport({ reports: [], unitCosts: costs });
    expect(r.total).toEqual({ hours: 0, reimbursedHours: 0, excessHours: 0, withheldHours: 0, amountOre: 0, amountSek: 0 });
    expect(r.byCategory).toEqual([]);
    expect(r.byMonth).toEqual([]);
  });
});

describe('esfReport: the 13-hour day', () => {
  it('flags a day over 13 hours and pays only up to 13', () => {
    const first = report('anna', '2017-02-10', 8);
    const second = report('anna', '2017-02-10', 6);
    const r = esfReport({ reports: [second, first], unitCosts: costs });
    expect(r.violations).toEqual([
      {
        code: 'dailyHoursExceeded',
        personId: 'anna',
        date: '2017-02-10',
        excessHours: 1,
        message: {
          sv: 'anna har rapporterat 14 timmar den 2017-02-10; högst 13 per dag ersätts.',
          en: 'anna reported 14 hours on 2017-02-10; at most 13 a day are reimbursed.',
        },
        reportIds: [first.id, second.id],
      },
    ]);
    expect(r.lines.map((l) => [l.report.id, l.reimbursedHours, l.excessHours])).toEqual([
      [first.id, 8, 0],
      [second.id, 5, 1],
    ]);
    expect(r.lines.every((l) => l.violations.includes('dailyHoursExceeded'))).toBe(true);
    expect(r.total.amountOre).toBe(13 * 42_500);
    expect(r.total.excessHours).toBe(1);
  });

  it('flags a single report of 14 hours', () => {
    const r = esfReport({ reports: [report('anna', '2017-02-10', 14)], unitCosts: costs });
    expect(r.violations.map((v) => v.code)).toEqual(['dailyHoursExceeded']);
    expect(r.lines[0]?.reimbursedHours).toBe(13);
  });

  it('accepts exactly 13 hours, and 13 hours each for two people on the same day', () => {
    const r = esfReport({
      reports: [report('anna', '2017-02-10', 6.5), report('anna', '2017-02-10', 6.5), report('bo', '2017-02-10', 13, 'physician')],
      unitCosts: costs,
    });
    expect(r.violations).toEqual([]);
  });

  it('honours another daily limit when given', () => {
    const r = esfReport({ reports: [report('anna', '2017-02-10', 9)], unitCosts: costs, maxHoursPerDay: 8 });
    expect(r.violations[0]).toMatchObject({ code: 'dailyHoursExceeded', excessHours: 1 });
  });
});

describe('esfReport: the yearly cap', () => {
  it('cuts the hours above the cap in date order and reports the excess', () => {
    const a = report('anna', '2017-02-01', 10);
    const b = report('anna', '2017-03-01', 10);
    const c = report('anna', '2017-04-01', 5);
    const next = report('anna', '2018-01-02', 5);
    const r = esfReport({ reports: [c, next, a, b], unitCosts: costs, yearlyCapHours: 20 });
    expect(r.violations).toEqual([
      {
        code: 'yearlyCapExceeded',
        personId: 'anna',
        year: 2017,
        excessHours: 5,
        message: {
          sv: 'anna har 25 timmar år 2017; högst 20 per år ersätts.',
          en: 'anna has 25 hours in 2017; at most 20 a year are reimbursed.',
        },
        reportIds: [c.id],
      },
    ]);
    expect(r.lines.map((l) => [l.report.id, l.reimbursedHours, l.excessHours])).toEqual([
      [a.id, 10, 0],
      [b.id, 10, 0],
      [c.id, 0, 5],
      [next.id, 5, 0],
    ]);
  });

  it('splits the report that crosses the cap', () => {
    const r = esfReport({
      reports: [report('anna', '2017-02-01', 12), report('anna', '2017-02-02', 12)],
      unitCosts: costs,
      yearlyCapHours: 20,
    });
    expect(r.lines.map((l) => l.reimbursedHours)).toEqual([12, 8]);
    expect(r.total.excessHours).toBe(4);
  });

  it('counts the yearly cap after the daily limit, so no hour is cut twice', () => {
    const r = esfReport({
      reports: [report('anna', '2017-02-01', 15), report('anna', '2017-02-02', 10)],
      unitCosts: costs,
      yearlyCapHours: 20,
    });
    expect(r.violations.map((v) => [v.code, v.excessHours])).toEqual([
      ['dailyHoursExceeded', 2],
      ['yearlyCapExceeded', 3],
    ]);
    expect(r.total).toMatchObject({ hours: 25, reimbursedHours: 20, excessHours: 5 });
  });

  it(`caps at ${DEFAULT_YEARLY_CAP_HOURS} hours a year by default`, () => {
    // 133 days × 13 hours = 1 729 hours: nine above the cap.
    const reports = Array.from({ length: 133 }, (_, i) => {
      const day = new Date(Date.UTC(2017, 0, 1 + i)).toISOString().slice(0, 10);
      return report('anna', day, MAX_HOURS_PER_DAY);
    });
    const r = esfReport({ reports, unitCosts: costs });
    expect(r.violations).toMatchObject([{ code: 'yearlyCapExceeded', year: 2017, excessHours: 9 }]);
    expect(r.total.reimbursedHours).toBe(1720);
  });
});

describe('esfReport: categories and unit costs', () => {
  it('withholds the time of a person reported under two categories in one project', () => {
    const a = report('anna', '2017-02-01', 2, 'nurse');
    const b = report('anna', '2017-02-08', 2, 'physician');
    const r = esfReport({ reports: [a, b], unitCosts: costs });
    expect(r.violations).toMatchObject([
      { code: 'multipleProfessionalCategories', personId: 'anna', projectId: 'ehalsalyftet', reportIds: [a.id, b.id] },
    ]);
    expect(r.violations[0]?.message.sv).toContain('sjuksköterska, läkare');
    expect(r.lines.map((l) => [l.withheldHours, l.amountOre])).toEqual([
      [2, 0],
      [2, 0],
    ]);
    expect(r.total).toMatchObject({ hours: 4, reimbursedHours: 0, withheldHours: 4, amountOre: 0 });
  });

  it('allows different categories in different projects', () => {
    const r = esfReport({
      reports: [report('anna', '2017-02-01', 2, 'nurse'), report('anna', '2017-02-08', 2, 'physician', { projectId: 'annat-projekt' })],
      unitCosts: costs,
    });
    expect(r.violations).toEqual([]);
  });

  it('withholds a report with no unit cost for its category or date', () => {
    const early = report('anna', '2015-12-31', 2);
    const manager = report('dan', '2017-02-01', 2, 'manager');
    const r = esfReport({ reports: [early, manager], unitCosts: costs });
    expect(r.violations.map((v) => [v.code, v.personId, v.date, v.reportIds])).toEqual([
      ['missingUnitCost', 'anna', '2015-12-31', [early.id]],
      ['missingUnitCost', 'dan', '2017-02-01', [manager.id]],
    ]);
    expect(r.violations[1]?.message.en).toBe('There is no unit cost for manager on 2017-02-01; the time is not reimbursed.');
    expect(r.lines.every((l) => l.amountOre === 0 && l.withheldHours === 2 && l.unitCost === undefined)).toBe(true);
  });

  it('withholds a report when overlapping unit costs make the amount ambiguous', () => {
    const overlapping = [...costs, { professionalCategory: 'physician' as const, amountPerHour: 700, validFrom: '2017-01-01', exampleFigure: true }];
    const r = esfReport({ reports: [report('bo', '2017-02-01', 1, 'physician')], unitCosts: overlapping });
    expect(r.violations.map((v) => v.code)).toEqual(['ambiguousUnitCost']);
    expect(r.total.amountOre).toBe(0);
  });
});

describe('esfReport: period', () => {
  it('lists only the period but counts the caps over every report given', () => {
    const jan = report('anna', '2017-01-10', 12);
    const feb = report('anna', '2017-02-10', 12);
    const r = esfReport({
      reports: [jan, feb],
      unitCosts: costs,
      period: { start: '2017-02-01', end: '2017-02-28' },
      yearlyCapHours: 20,
    });
    expect(r.lines.map((l) => [l.report.id, l.reimbursedHours, l.excessHours])).toEqual([[feb.id, 8, 4]]);
    expect(r.violations.map((v) => v.code)).toEqual(['yearlyCapExceeded']);
    expect(r.byMonth.map((m) => m.period)).toEqual(['2017-02']);
    expect(r.period).toEqual({ start: '2017-02-01', end: '2017-02-28' });
  });

  it('leaves out violations that concern only reports outside the period', () => {
    const r = esfReport({
      reports: [report('anna', '2017-01-10', 14), report('anna', '2017-02-10', 1)],
      unitCosts: costs,
      period: { start: '2017-02-01', end: '2017-02-28' },
    });
    expect(r.violations).toEqual([]);
  });
});

describe('esfReport: parameters', () => {
  it('refuses a cap that is not positive and a daily limit above 24', () => {
    expect(() => esfReport({ reports: [], unitCosts: [], yearlyCapHours: 0 })).toThrow(RangeError);
    expect(() => esfReport({ reports: [], unitCosts: [], maxHoursPerDay: 25 })).toThrow(RangeError);
  });
});

describe('amountInOre and formatSek', () => {
  it('rounds half an öre up', () => {
    expect(amountInOre(0.5, 0.01)).toBe(1);
    expect(amountInOre(0.49, 0.01)).toBe(0);
    expect(amountInOre(1.1, 333.33)).toBe(36_666);
  });

  it('writes kronor the Swedish way by default, with no-break spaces', () => {
    expect(formatSek(1234.5)).toBe('1\u00a0234,50\u00a0kr');
    expect(formatSek(0)).toBe('0,00\u00a0kr');
    expect(formatSek(-1234.5)).toBe('\u22121\u00a0234,50\u00a0kr');
  });

  it('writes kronor for English readers', () => {
    expect(formatSek(1234.5, 'en')).toBe('SEK\u00a01,234.50');
  });
});

describe('esfReport: properties', () => {
  const categories: ProfessionalCategory[] = ['nurse', 'physician', 'assistantNurse', 'manager'];
  const activities: TimeActivity[] = ['dialogueSeminar', 'learningSeminar', 'networkMeeting', 'planning', 'other'];
  const dates = ['2016-12-30', '2016-12-31', '2017-01-01', '2017-01-02', '2017-02-15', '2017-02-16', '2018-06-01'];
  const people = ['anna', 'bo', 'cia'];
  /** Unit costs for all categories but `manager`, changing at new year 2017; some reports therefore lack one. */
  const unitCosts: UnitCost[] = categories
    .filter((c) => c !== 'manager')
    .flatMap((c, i) => [
      { professionalCategory: c, amountPerHour: 300 + i * 111.11, validFrom: '2016-01-01', validTo: '2016-12-31', exampleFigure: true },
      { professionalCategory: c, amountPerHour: 310.07 + i * 97.3, validFrom: '2017-01-01', exampleFigure: false },
    ]);
  const row = fc.record({
    personId: fc.constantFrom(...people),
    projectId: fc.constantFrom('p1', 'p2'),
    date: fc.constantFrom(...dates),
    centi: fc.integer({ min: 1, max: 1000 }),
    activity: fc.constantFrom(...activities),
    professionalCategory: fc.constantFrom(...categories),
  });
  const toReports = (rows: { personId: string; projectId: string; date: string; centi: number; activity: TimeActivity; professionalCategory: ProfessionalCategory }[]): TimeReport[] =>
    rows.map(({ centi, ...r }, i) => ({ id: `r${i}`, hours: centi / 100, ...r }));
  const centiOf = (a: Pick<EsfAmounts, 'hours'>) => Math.round(a.hours * 100);
  const sum = (list: number[]) => list.reduce((s, x) => s + x, 0);

  it('adds up: total = Σ categories = Σ months = Σ years, and every line = reimbursed + excess + withheld', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 5, max: 40 }), (rows, cap) => {
        const r = esfReport({ reports: toReports(rows), unitCosts, yearlyCapHours: cap });
        for (const groups of [r.byCategory, r.byMonth, r.byYear]) {
          expect(sum(groups.map((g) => g.amountOre))).toBe(r.total.amountOre);
          expect(sum(groups.map(centiOf))).toBe(centiOf(r.total));
          expect(sum(groups.map((g) => Math.round(g.reimbursedHours * 100)))).toBe(Math.round(r.total.reimbursedHours * 100));
        }
        for (const month of r.byMonth) expect(sum(month.byCategory.map((c) => c.amountOre))).toBe(month.amountOre);
        expect(sum(r.lines.map((l) => l.amountOre))).toBe(r.total.amountOre);
        for (const l of r.lines) {
          expect(Math.round((l.reimbursedHours + l.excessHours + l.withheldHours) * 100)).toBe(Math.round(l.report.hours * 100));
          expect(Number.isInteger(l.amountOre)).toBe(true);
        }
        expect(r.lines).toHaveLength(rows.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds no violation when every rule is respected, and pays exactly hours × cost', () => {
    // One category per person, at most 13 hours a day, every category with a unit cost, a cap above the total.
    const respectful = fc
      .record({
        categoryOf: fc.record({ anna: fc.constantFrom('nurse', 'physician', 'assistantNurse'), bo: fc.constantFrom('nurse', 'physician', 'assistantNurse'), cia: fc.constantFrom('nurse', 'physician', 'assistantNurse') }),
        days: fc.uniqueArray(fc.record({ personId: fc.constantFrom(...people), date: fc.constantFrom(...dates) }), {
          selector: (d) => `${d.personId}|${d.date}`,
          maxLength: 12,
        }),
        splits: fc.array(fc.array(fc.integer({ min: 1, max: 433 }), { minLength: 1, maxLength: 3 }), { minLength: 12, maxLength: 12 }),
      })
      .map(({ categoryOf, days, splits }) =>
        days.flatMap((d, i) =>
          splits[i]!.map((centi) => ({
            personId: d.personId,
            projectId: 'p1',
            date: d.date,
            centi,
            activity: 'planning' as const,
            professionalCategory: categoryOf[d.personId as 'anna'] as ProfessionalCategory,
          })),
        ),
      );
    fc.assert(
      fc.property(respectful, (rows) => {
        const reports = toReports(rows);
        const r = esfReport({ reports, unitCosts });
        expect(r.violations).toEqual([]);
        expect(r.lines.every((l) => l.violations.length === 0 && l.excessHours === 0 && l.withheldHours === 0)).toBe(true);
        const expected = sum(
          reports.map((rep) => {
            const cost = unitCosts.find(
              (c) => c.professionalCategory === rep.professionalCategory && c.validFrom <= rep.date && (c.validTo === undefined || rep.date <= c.validTo),
            )!;
            return Math.round((Math.round(rep.hours * 100) * Math.round(cost.amountPerHour * 100)) / 100);
          }),
        );
        expect(r.total.amountOre).toBe(expected);
        expect(centiOf(r.total)).toBe(sum(rows.map((x) => x.centi)));
      }),
      { numRuns: 1000 },
    );
  });

  it('always flags a day with more than 13 hours', () => {
    const overDay = fc
      .array(fc.integer({ min: 1, max: 1300 }), { minLength: 1, maxLength: 4 })
      .filter((parts) => sum(parts) > 1300);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), overDay, fc.constantFrom(...people), fc.constantFrom(...dates), (noise, parts, personId, date) => {
        const heavy = parts.map((centi, i) => ({ id: `heavy${i}`, personId, projectId: 'p1', date, hours: centi / 100, activity: 'other' as const, professionalCategory: 'nurse' as const }));
        const r = esfReport({ reports: [...toReports(noise), ...heavy], unitCosts });
        const flagged = r.violations.find((v) => v.code === 'dailyHoursExceeded' && v.personId === personId && v.date === date);
        expect(flagged).toBeDefined();
        for (const h of heavy) expect(flagged!.reportIds).toContain(h.id);
        const dayLines = r.lines.filter((l) => l.report.personId === personId && l.report.date === date);
        expect(sum(dayLines.map((l) => Math.round((l.reimbursedHours + l.withheldHours) * 100)))).toBeLessThanOrEqual(1300);
      }),
      { numRuns: 1000 },
    );
  });
});
