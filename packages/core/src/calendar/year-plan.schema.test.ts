import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { BlockedDate, YearPlanOptions } from './year-plan.schema.js';

describe('YearPlanOptions', () => {
  it('fills in the July break, January start, no blocked dates and a break weight of ½', () => {
    const result = parseWith(YearPlanOptions, { year: 2020, meetingsPerYear: 6, preferredWeekday: 4 });
    expect(result).toEqual({
      ok: true,
      value: {
        year: 2020,
        meetingsPerYear: 6,
        preferredWeekday: 4,
        startMonth: 1,
        breakMonths: [7],
        blockedDates: [],
        breakWeight: 0.5,
      },
    });
  });

  it('rejects a month 13 among the breaks, naming the path in both languages', () => {
    const result = parseWith(YearPlanOptions, { year: 2020, meetingsPerYear: 6, preferredWeekday: 4, breakMonths: [7, 13] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.pathText).toBe('breakMonths[1]');
    expect(result.message.sv).toContain('«breakMonths[1]» får vara högst 12');
    expect(result.message.en).toContain('«breakMonths[1]» must be at most 12');
  });

  it('rejects an unknown option (a typo must not pass silently)', () => {
    const result = parseWith(YearPlanOptions, { year: 2020, meetingsPerYear: 6, preferredWeekday: 4, breakMonth: [7] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ pathText: 'breakMonth', code: 'unrecognized_keys' });
    expect(result.message.sv).toContain('«breakMonth» är inte ett känt fält');
    expect(result.message.en).toContain('«breakMonth» is not a known field');
  });

  it('rejects a first date in another year or before the start month', () => {
    const otherYear = parseWith(YearPlanOptions, { year: 2020, meetingsPerYear: 6, preferredWeekday: 4, firstDate: '2021-02-04' });
    expect(otherYear.ok).toBe(false);
    if (!otherYear.ok) {
      expect(otherYear.message.sv).toContain('«firstDate» måste ligga under år 2020');
      expect(otherYear.message.en).toContain('«firstDate» must be in the year 2020');
    }
    const early = parseWith(YearPlanOptions, {
      year: 2020,
      meetingsPerYear: 6,
      preferredWeekday: 4,
      startMonth: 3,
      firstDate: '2020-02-04',
    });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.message.en).toContain('«firstDate» must not be before the start month of the plan');
  });

  it('rejects a break weight above 1', () => {
    const result = parseWith(YearPlanOptions, { year: 2020, meetingsPerYear: 6, preferredWeekday: 4, breakWeight: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.pathText)).toEqual(['breakWeight']);
  });
});

describe('BlockedDate', () => {
  it('rejects a date that is not YYYY-MM-DD and an empty reason', () => {
    const result = parseWith(BlockedDate, { date: '2020-6-1', reason: { sv: '', en: 'conference' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText).sort()).toEqual(['date', 'reason.sv']);
    expect(result.message.sv).toContain('«date» har fel format');
    expect(result.message.en).toContain('«date» has the wrong format');
  });
});
