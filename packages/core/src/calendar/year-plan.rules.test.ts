import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cadence, MeetingSeries } from '../meeting/meeting-series.schema.js';
import { addDays, daysBetween, isoDate, isoWeekday } from '../shared/dates.js';
import { isWorkingDay } from './swedish-holidays.js';
import {
  describeMove,
  planMeetingYear,
  planSeriesYear,
  type PlannedMeetingDate,
  type YearPlanResult,
} from './year-plan.rules.js';

/** Monday of the ISO week of a date. */
const weekOf = (date: string) => addDays(date, 1 - isoWeekday(date));
const monthOf = (date: string) => Number(date.slice(5, 7));

function planOf(result: YearPlanResult): PlannedMeetingDate[] {
  if (!result.ok) throw new Error(`expected a plan, got: ${result.message.en}`);
  return result.value;
}

/** Swedish days off (weekdays only) of the Fyrbodal years, written from the calendars by hand. */
const daysOffByHand: Record<number, string[]> = {
  // Easter 2019-04-21; midsommarafton 21 June; alla helgons dag 2 November.
  2019: [
    '01-01', '01-06', '04-19', '04-21', '04-22', '05-01', '05-30', '06-06', '06-09', '06-21', '06-22',
    '11-02', '12-24', '12-25', '12-26', '12-31',
  ],
  // Easter 2020-04-12; midsommarafton 19 June; alla helgons dag 31 October.
  2020: [
    '01-01', '01-06', '04-10', '04-12', '04-13', '05-01', '05-21', '05-31', '06-06', '06-19', '06-20',
    '10-31', '12-24', '12-25', '12-26', '12-31',
  ],
};

describe('planMeetingYear: the Fyrbodal network, 6 meetings a year about 2 months apart', () => {
  const cases = [2019, 2020].flatMap((year) => [1, 2, 3, 4, 5].map((weekday) => [year, weekday] as const));

  it.each(cases)('plans %i on weekday %i: 6 working days, none in July, 5–12 weeks apart, one a week', (year, weekday) => {
    const plan = planOf(planMeetingYear({ year, meetingsPerYear: 6, preferredWeekday: weekday }));
    expect(plan).toHaveLength(6);
    const dates = plan.map((m) => m.date);
    const off = new Set((daysOffByHand[year] ?? []).map((md) => `${year}-${md}`));
    for (const date of dates) {
      expect(date.slice(0, 4)).toBe(String(year));
      expect(off.has(date)).toBe(false);
      expect(isoWeekday(date)).toBeLessThanOrEqual(5);
      expect(monthOf(date)).not.toBe(7);
      // Six meetings leave the usual weekday free somewhere near: no meeting changes weekday.
      expect(isoWeekday(date)).toBe(weekday);
    }
    for (let i = 1; i < dates.length; i++) {
      const gap = daysBetween(dates[i - 1] ?? '', dates[i] ?? '');
      expect(gap).toBeGreaterThanOrEqual(5 * 7);
      expect(gap).toBeLessThanOrEqual(12 * 7);
    }
    expect(new Set(dates.map(weekOf)).size).toBe(6);
    // One meeting in each two-month stretch: Jan–Feb, Mar–Apr, May–Jun, Aug–Sep, Oct, Nov–Dec.
    expect(monthOf(dates[0] ?? '')).toBeLessThanOrEqual(2);
    expect(monthOf(dates[5] ?? '')).toBeGreaterThanOrEqual(11);
  });

  it('plans the same year from the series cadence (planSeriesYear)', () => {
    const series = MeetingSeries.parse({
      id: 'fyrbodal-natverk',
      name: 'Möte för nätverk',
      groupId: 'fyrbodal-ehalsa',
      cadence: { meetingsPerYear: 6 },
      agendaLeadTimeDays: 14,
      responsibleRole: 'processLeader',
    });
    const fromSeries = planOf(planSeriesYear(series, 2020, { preferredWeekday: 4 }));
    const direct = planOf(planMeetingYear({ year: 2020, meetingsPerYear: 6, preferredWeekday: 4, breakMonths: [7] }));
    expect(fromSeries).toEqual(direct);
  });
});

describe('planMeetingYear moves a date that falls on a day off, and says why', () => {
  it('moves the Friday meeting off midsommarafton 2020 to the next Friday', () => {
    // By hand: June–December 2020 is 214 days, July weighs ½ → 198.5; the first of six shares
    // has its middle at 16.5 → 17 June (Wednesday) → nearest Friday 19 June = midsommarafton.
    // 12 June and 26 June are equally near; the later one wins.
    const plan = planOf(planMeetingYear({ year: 2020, meetingsPerYear: 6, preferredWeekday: 5, startMonth: 6 }));
    const first = plan[0];
    expect(first).toEqual({
      date: '2020-06-26',
      movedFrom: '2020-06-19',
      reason: { sv: 'midsommarafton', en: 'Midsummer Eve' },
      reasonCode: 'eve',
    });
    expect(first && describeMove(first)).toEqual({
      sv: 'flyttat från 2020-06-19: midsommarafton',
      en: 'moved from 2020-06-19: Midsummer Eve',
    });
  });

  it('moves a monthly Friday meeting off långfredagen 2020', () => {
    // By hand: 2020 weighs 366 − 15.5 = 350.5; the 4th of 12 shares has its middle at 102.2
    // → 12 April (Sunday) → nearest Friday 10 April = långfredagen → 17 April (tie, later wins).
    const plan = planOf(planMeetingYear({ year: 2020, meetingsPerYear: 12, preferredWeekday: 5 }));
    const moved = plan.find((m) => m.movedFrom === '2020-04-10');
    expect(moved).toEqual({
      date: '2020-04-17',
      movedFrom: '2020-04-10',
      reason: { sv: 'långfredagen', en: 'Good Friday' },
      reasonCode: 'holiday',
    });
  });

  it('keeps the weekday over a nearer other day: julafton 2019 goes back a week, not to the 23rd', () => {
    // December 2019, two Tuesday meetings: shares of 15.5 days → 10 December and 24 December.
    // 31 December is nyårsafton, so the same weekday a week earlier (17th) beats Monday the 23rd.
    const plan = planOf(planMeetingYear({ year: 2019, meetingsPerYear: 2, preferredWeekday: 2, startMonth: 12 }));
    expect(plan).toEqual([
      { date: '2019-12-10' },
      {
        date: '2019-12-17',
        movedFrom: '2019-12-24',
        reason: { sv: 'julafton', en: 'Christmas Eve' },
        reasonCode: 'eve',
      },
    ]);
  });

  it('moves around a blocked date with the given reason and never shares a week', () => {
    // As above, with 10 December blocked: it moves to the 17th (tie with the 3rd, later wins);
    // then julafton cannot go back to the 17th's week, and 31st is off → Monday the 23rd.
    const plan = planOf(
      planMeetingYear({
        year: 2019,
        meetingsPerYear: 2,
        preferredWeekday: 2,
        startMonth: 12,
        blockedDates: [{ date: '2019-12-10', reason: { sv: 'regional konferens', en: 'regional conference' } }],
      }),
    );
    expect(plan).toEqual([
      {
        date: '2019-12-17',
        movedFrom: '2019-12-10',
        reason: { sv: 'regional konferens', en: 'regional conference' },
        reasonCode: 'blockedDate',
      },
      {
        date: '2019-12-23',
        movedFrom: '2019-12-24',
        reason: { sv: 'julafton', en: 'Christmas Eve' },
        reasonCode: 'eve',
      },
    ]);
  });

  it('moves a single midsummer meeting of 2019 to the Friday after', () => {
    // 2019 weighs 365 − 15.5 = 349.5; the middle 174.75 → 24 June (Monday) → Friday 21 June.
    const plan = planOf(planMeetingYear({ year: 2019, meetingsPerYear: 1, preferredWeekday: 5 }));
    expect(plan.map((m) => [m.date, m.movedFrom, m.reason?.sv])).toEqual([['2019-06-28', '2019-06-21', 'midsommarafton']]);
  });

  it('moves meetings out of a break month when the break counts fully', () => {
    // breakWeight 1 spreads over the calendar: 12 meetings put one in July, which must move.
    const plan = planOf(planMeetingYear({ year: 2021, meetingsPerYear: 12, preferredWeekday: 3, breakWeight: 1 }));
    const july = plan.filter((m) => m.movedFrom !== undefined && monthOf(m.movedFrom) === 7);
    expect(july).toHaveLength(1);
    expect(july[0]?.reason).toEqual({ sv: 'uppehåll i juli', en: 'break in July' });
    expect(plan.every((m) => monthOf(m.date) !== 7)).toBe(true);
  });

  it('moves a Saturday series to the Friday before, as Saturday is no working day', () => {
    const plan = planOf(planMeetingYear({ year: 2021, meetingsPerYear: 4, preferredWeekday: 6 }));
    expect(plan).toHaveLength(4);
    for (const m of plan) {
      expect(m.reasonCode).toBe('weekend');
      expect(m.reason?.sv).toBe('lördag är ingen arbetsdag');
      expect(isoWeekday(m.movedFrom ?? '')).toBe(6);
      const friday = addDays(m.movedFrom ?? '', -1);
      if (isWorkingDay(friday)) expect(m.date).toBe(friday);
      else expect(isWorkingDay(m.date)).toBe(true);
    }
  });

  it('describes an unmoved meeting as nothing and a moved one without reason plainly', () => {
    expect(describeMove({ date: '2020-03-05' })).toBeUndefined();
    expect(describeMove({ date: '2020-03-12', movedFrom: '2020-03-05' })).toEqual({
      sv: 'flyttat från 2020-03-05',
      en: 'moved from 2020-03-05',
    });
  });
});

describe('planMeetingYear with a first date and a start month', () => {
  it('keeps the set first meeting and spreads the rest after it', () => {
    const plan = planOf(
      planMeetingYear({ year: 2020, meetingsPerYear: 6, preferredWeekday: 5, firstDate: '2020-02-06' }),
    );
    expect(plan[0]).toEqual({ date: '2020-02-06' });
    expect(plan).toHaveLength(6);
    const rest = plan.slice(1).map((m) => m.date);
    expect(rest.every((d) => d > '2020-02-09')).toBe(true);
    expect(new Set(plan.map((m) => weekOf(m.date))).size).toBe(6);
  });

  it('starts in the start month', () => {
    const plan = planOf(planMeetingYear({ year: 2019, meetingsPerYear: 3, preferredWeekday: 2, startMonth: 9 }));
    expect(plan).toHaveLength(3);
    expect(plan.every((m) => m.date >= '2019-09-01')).toBe(true);
  });

  it('refuses a first date that is a day off, naming the day in both languages', () => {
    const result = planMeetingYear({ year: 2020, meetingsPerYear: 6, preferredWeekday: 1, firstDate: '2020-01-06' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText)).toEqual(['firstDate']);
    expect(result.message.sv).toContain('«firstDate»');
    expect(result.message.sv).toContain('trettondedag jul');
    expect(result.message.en).toContain('Epiphany');
  });

  it('refuses a first date in a break month', () => {
    const result = planMeetingYear({ year: 2020, meetingsPerYear: 2, preferredWeekday: 1, firstDate: '2020-07-06' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.sv).toContain('uppehåll i juli');
    expect(result.message.en).toContain('break in July');
  });
});

describe('planMeetingYear refuses what cannot be planned, in Swedish and English', () => {
  it('refuses zero meetings', () => {
    const result = planMeetingYear({ year: 2020, meetingsPerYear: 0, preferredWeekday: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText)).toEqual(['meetingsPerYear']);
    expect(result.message.sv).toContain('«meetingsPerYear» måste vara minst 1');
    expect(result.message.en).toContain('«meetingsPerYear» must be at least 1');
  });

  it('refuses a plan where every month is a break', () => {
    const result = planMeetingYear({ year: 2020, meetingsPerYear: 2, preferredWeekday: 2, startMonth: 10, breakMonths: [7, 10, 11, 12] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText)).toEqual(['breakMonths']);
    expect(result.message.sv).toContain('alla månader i planen är uppehåll');
    expect(result.message.en).toContain('every month of the plan is a break');
  });

  it('refuses more meetings than the year has free weeks (one a week)', () => {
    const result = planMeetingYear({ year: 2020, meetingsPerYear: 52, preferredWeekday: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText)).toEqual(['meetingsPerYear']);
    expect(result.message.sv).toMatch(/bara \d+ veckor har en möjlig mötesdag/);
    expect(result.message.en).toMatch(/only \d+ weeks have a possible meeting day/);
  });

  it('refuses a weekday 8, a year it has no rules for and a wrongly typed count, all at once', () => {
    const result = planMeetingYear({ year: 1900, meetingsPerYear: '6' as unknown as number, preferredWeekday: 8 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText).sort()).toEqual(['meetingsPerYear', 'preferredWeekday', 'year']);
    expect(result.message.sv).toMatch(/^Ogiltiga uppgifter: /);
    expect(result.message.en).toMatch(/^Invalid input: /);
  });

  it('passes the cadence on from planSeriesYear and reports its errors the same way', () => {
    const cadence = Cadence.parse({ meetingsPerYear: 6, breakMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    const result = planSeriesYear(cadence, 2020, { preferredWeekday: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText)).toEqual(['breakMonths']);
  });
});

/** Usable weeks by brute force: Mondays of weeks with a working day outside the breaks. */
function usableWeeksByHand(year: number, startMonth: number, breaks: readonly number[]): number {
  const weeks = new Set<string>();
  for (let d = isoDate(year, startMonth, 1); d <= `${year}-12-31`; d = addDays(d, 1)) {
    if (isWorkingDay(d) && !breaks.includes(monthOf(d))) weeks.add(weekOf(d));
  }
  return weeks.size;
}

function expectSoundPlan(plan: PlannedMeetingDate[], count: number, breaks: readonly number[], from: string, weekday: number) {
  expect(plan).toHaveLength(count);
  for (let i = 0; i < plan.length; i++) {
    const m = plan[i];
    if (!m) throw new Error('hole in plan');
    expect(isWorkingDay(m.date)).toBe(true);
    expect(breaks.includes(monthOf(m.date))).toBe(false);
    expect(m.date >= from).toBe(true);
    if (i > 0) {
      const previous = plan[i - 1]?.date ?? '';
      expect(m.date > previous).toBe(true);
      expect(weekOf(m.date) > weekOf(previous)).toBe(true);
    }
    if (m.movedFrom === undefined) {
      expect(m.reason).toBeUndefined();
      if (weekday <= 5) expect(isoWeekday(m.date)).toBe(weekday);
    } else {
      expect(m.reason?.sv.length).toBeGreaterThan(0);
      expect(m.reason?.en.length).toBeGreaterThan(0);
      expect(m.movedFrom).not.toBe(m.date);
    }
  }
}

describe('planMeetingYear properties (fast-check)', () => {
  it('with the July break: every date a working day outside July, increasing, one a week, N of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (year, count, weekday) => {
          const plan = planOf(planMeetingYear({ year, meetingsPerYear: count, preferredWeekday: weekday }));
          expectSoundPlan(plan, count, [7], `${year}-01-01`, weekday);
        },
      ),
      { numRuns: 1000 },
    );
  });

  // CPU-bound (1 000 plans): the time limit only catches a hang, on however busy a machine.
  it('with any start month, breaks, weight and weekday: a sound plan exactly when the free weeks suffice', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 12 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (year, count, weekday, startMonth, breaks, breakWeight) => {
          const result = planMeetingYear({
            year,
            meetingsPerYear: count,
            preferredWeekday: weekday,
            startMonth,
            breakMonths: breaks,
            breakWeight,
          });
          const openMonths = Array.from({ length: 13 - startMonth }, (_, i) => startMonth + i).filter(
            (m) => !breaks.includes(m),
          );
          if (openMonths.length === 0) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.issues.map((i) => i.pathText)).toEqual(['breakMonths']);
            return;
          }
          const free = usableWeeksByHand(year, startMonth, breaks);
          if (free < count) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.issues.map((i) => i.pathText)).toEqual(['meetingsPerYear']);
            return;
          }
          expectSoundPlan(planOf(result), count, breaks, isoDate(year, startMonth, 1), weekday);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
