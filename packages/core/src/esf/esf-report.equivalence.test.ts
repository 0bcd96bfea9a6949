import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfessionalCategory } from '../person/professional-category.js';
import { referenceEsfReport } from './esf-report.reference.js';
import { esfReport, type EsfReportOptions } from './esf.rules.js';
import type { TimeReport } from './time-report.schema.js';
import type { UnitCost } from './unit-cost.schema.js';

/**
 * `esfReport` is written for speed (numbered keys, typed arrays, one pass per rule); the
 * straightforward version it replaced is kept as `referenceEsfReport`. On generated reports —
 * caps crossed, categories mixed, unit costs missing and overlapping, ids out of order and
 * repeated, periods — both must give the same report, to the order of keys and of every list.
 */
describe('esfReport equals the straightforward reference', () => {
  const categories: ProfessionalCategory[] = ['nurse', 'physician', 'assistantNurse', 'manager'];
  const dates = ['2016-06-30', '2016-12-31', '2017-01-01', '2017-01-02', '2017-02-15', '2017-02-16', '2018-06-01', '2018-06-02'];
  const cost = fc.record({
    professionalCategory: fc.constantFrom(...categories),
    amountPerHour: fc.integer({ min: 1, max: 100_000_00 }).map((ore) => ore / 100),
    validFrom: fc.constantFrom(...dates),
    validTo: fc.option(fc.constantFrom(...dates), { nil: undefined }),
    exampleFigure: fc.boolean(),
  }).map(({ validTo, ...c }): UnitCost => (validTo === undefined || validTo < c.validFrom ? c : { ...c, validTo }));
  const report = fc.record({
    id: fc.constantFrom('a', 'b', 'r1', 'r10', 'r2', 'r9', 'x', 'Z', 'å'),
    personId: fc.constantFrom('anna', 'bo', 'cia', 'dan'),
    projectId: fc.constantFrom('p1', 'p2'),
    date: fc.constantFrom(...dates),
    hours: fc.oneof(fc.integer({ min: 1, max: 1400 }).map((c) => c / 100), fc.constantFrom(0.125, 1 / 3, 13, 24)),
    professionalCategory: fc.constantFrom(...categories),
  }).map((r): TimeReport => ({ ...r, activity: 'networkMeeting' }));
  const options = fc.record({
    reports: fc.array(report, { maxLength: 80 }),
    unitCosts: fc.array(cost, { maxLength: 6 }),
    period: fc.option(fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...dates)).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })), { nil: undefined }),
    yearlyCapHours: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    maxHoursPerDay: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
  }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as unknown as EsfReportOptions);

  it('gives the same report on generated reports', () => {
    fc.assert(
      fc.property(options, (o) => {
        const fast = esfReport(o);
        const reference = referenceEsfReport(o);
        expect(fast).toStrictEqual(reference);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same report on a larger generated year', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 200, maxLength: 1500 }), fc.array(cost, { maxLength: 8 }), (reports, unitCosts) => {
        expect(esfReport({ reports, unitCosts, yearlyCapHours: 200 })).toStrictEqual(referenceEsfReport({ reports, unitCosts, yearlyCapHours: 200 }));
      }),
      { numRuns: 20 },
    );
  });
});
