import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../shared/dates.js';
import {
  easterSunday,
  isSwedishDayOff,
  isWeekend,
  isWorkingDay,
  swedishDayOffOn,
  swedishDaysOff,
  swedishPublicHolidays,
} from './swedish-holidays.js';

/**
 * Golden table, written by hand from published Swedish calendars — NOT produced by the code.
 * Easter Sundays are the published dates; the other movable days follow from them and the law
 * (långfredagen −2, annandag påsk +1, Kristi himmelsfärd +39, pingstdagen +49, midsommardagen
 * the Saturday 20–26 June with midsommarafton the day before, alla helgons dag the Saturday
 * 31 Oct–6 Nov), checked against remembered calendars (midsommarafton 2020-06-19, 2024-06-21,
 * 2025-06-20; alla helgons dag 2020-10-31, 2021-11-06, 2024-11-02; pingst 2024-05-19).
 */
const golden: Record<
  number,
  {
    easter: string;
    goodFriday: string;
    easterMonday: string;
    ascension: string;
    whitSunday: string;
    midsummerEve: string;
    midsummerDay: string;
    allSaints: string;
  }
> = {
  2020: { easter: '04-12', goodFriday: '04-10', easterMonday: '04-13', ascension: '05-21', whitSunday: '05-31', midsummerEve: '06-19', midsummerDay: '06-20', allSaints: '10-31' },
  2021: { easter: '04-04', goodFriday: '04-02', easterMonday: '04-05', ascension: '05-13', whitSunday: '05-23', midsummerEve: '06-25', midsummerDay: '06-26', allSaints: '11-06' },
  2022: { easter: '04-17', goodFriday: '04-15', easterMonday: '04-18', ascension: '05-26', whitSunday: '06-05', midsummerEve: '06-24', midsummerDay: '06-25', allSaints: '11-05' },
  2023: { easter: '04-09', goodFriday: '04-07', easterMonday: '04-10', ascension: '05-18', whitSunday: '05-28', midsummerEve: '06-23', midsummerDay: '06-24', allSaints: '11-04' },
  2024: { easter: '03-31', goodFriday: '03-29', easterMonday: '04-01', ascension: '05-09', whitSunday: '05-19', midsummerEve: '06-21', midsummerDay: '06-22', allSaints: '11-02' },
  2025: { easter: '04-20', goodFriday: '04-18', easterMonday: '04-21', ascension: '05-29', whitSunday: '06-08', midsummerEve: '06-20', midsummerDay: '06-21', allSaints: '11-01' },
  2026: { easter: '04-05', goodFriday: '04-03', easterMonday: '04-06', ascension: '05-14', whitSunday: '05-24', midsummerEve: '06-19', midsummerDay: '06-20', allSaints: '10-31' },
  2027: { easter: '03-28', goodFriday: '03-26', easterMonday: '03-29', ascension: '05-06', whitSunday: '05-16', midsummerEve: '06-25', midsummerDay: '06-26', allSaints: '11-06' },
  2028: { easter: '04-16', goodFriday: '04-14', easterMonday: '04-17', ascension: '05-25', whitSunday: '06-04', midsummerEve: '06-23', midsummerDay: '06-24', allSaints: '11-04' },
  2029: { easter: '04-01', goodFriday: '03-30', easterMonday: '04-02', ascension: '05-10', whitSunday: '05-20', midsummerEve: '06-22', midsummerDay: '06-23', allSaints: '11-03' },
  2030: { easter: '04-21', goodFriday: '04-19', easterMonday: '04-22', ascension: '05-30', whitSunday: '06-09', midsummerEve: '06-21', midsummerDay: '06-22', allSaints: '11-02' },
  2031: { easter: '04-13', goodFriday: '04-11', easterMonday: '04-14', ascension: '05-22', whitSunday: '06-01', midsummerEve: '06-20', midsummerDay: '06-21', allSaints: '11-01' },
  2032: { easter: '03-28', goodFriday: '03-26', easterMonday: '03-29', ascension: '05-06', whitSunday: '05-16', midsummerEve: '06-25', midsummerDay: '06-26', allSaints: '11-06' },
  2033: { easter: '04-17', goodFriday: '04-15', easterMonday: '04-18', ascension: '05-26', whitSunday: '06-05', midsummerEve: '06-24', midsummerDay: '06-25', allSaints: '11-05' },
  2034: { easter: '04-09', goodFriday: '04-07', easterMonday: '04-10', ascension: '05-18', whitSunday: '05-28', midsummerEve: '06-23', midsummerDay: '06-24', allSaints: '11-04' },
  2035: { easter: '03-25', goodFriday: '03-23', easterMonday: '03-26', ascension: '05-03', whitSunday: '05-13', midsummerEve: '06-22', midsummerDay: '06-23', allSaints: '11-03' },
};

const years = Object.keys(golden).map(Number);

describe('swedishPublicHolidays against the published calendars 2020–2035', () => {
  it('covers every year 2020–2035 in the golden table', () => {
    expect(years).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
  });

  it.each(years)('gives the 13 holidays of %i on their published dates with their names', (year) => {
    const g = golden[year];
    if (!g) throw new Error(`no golden row for ${year}`);
    const expected: [string, string][] = [
      ['01-01', 'nyårsdagen'],
      ['01-06', 'trettondedag jul'],
      [g.goodFriday, 'långfredagen'],
      [g.easter, 'påskdagen'],
      [g.easterMonday, 'annandag påsk'],
      ['05-01', 'första maj'],
      [g.ascension, 'Kristi himmelsfärdsdag'],
      [g.whitSunday, 'pingstdagen'],
      ['06-06', 'Sveriges nationaldag'],
      [g.midsummerDay, 'midsommardagen'],
      [g.allSaints, 'alla helgons dag'],
      ['12-25', 'juldagen'],
      ['12-26', 'annandag jul'],
    ];
    const wanted = expected
      .map(([md, sv]) => ({ date: `${year}-${md}`, sv, kind: 'holiday' }))
      .sort((a, b) => a.date.localeCompare(b.date));

    const holidays = swedishPublicHolidays(year);
    expect(holidays).toHaveLength(13);
    expect(holidays.map((h) => ({ date: h.date, sv: h.name.sv, kind: h.kind }))).toEqual(wanted);
    expect(easterSunday(year)).toBe(`${year}-${g.easter}`);
  });

  it.each(years)('adds midsommarafton, julafton and nyårsafton as eves in %i', (year) => {
    const g = golden[year];
    if (!g) throw new Error(`no golden row for ${year}`);
    const daysOff = swedishDaysOff(year);
    expect(daysOff).toHaveLength(16);
    expect(daysOff.filter((d) => d.kind === 'eve').map((d) => [d.date, d.name.sv])).toEqual([
      [`${year}-${g.midsummerEve}`, 'midsommarafton'],
      [`${year}-12-24`, 'julafton'],
      [`${year}-12-31`, 'nyårsafton'],
    ]);
    const dates = daysOff.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('names the days in English too', () => {
    const byKey = new Map(swedishDaysOff(2025).map((d) => [d.key, d.name.en]));
    expect(byKey.get('goodFriday')).toBe('Good Friday');
    expect(byKey.get('midsummerEve')).toBe('Midsummer Eve');
    expect(byKey.get('nationalDay')).toBe('National Day of Sweden');
    expect(byKey.get('allSaintsDay')).toBe("All Saints' Day");
  });

  it('knows the extreme Easter dates: 25 April 2038 and 22 March 2285, and Easter 2019 (Fyrbodal)', () => {
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2008)).toBe('2008-03-23');
  });

  it('keeps annandag pingst instead of nationaldagen before 2005, as the law did', () => {
    // Easter 2004 was 11 April: pingstdagen 30 May, annandag pingst 31 May.
    const h2004 = swedishPublicHolidays(2004);
    expect(h2004).toHaveLength(13);
    expect(h2004.find((h) => h.key === 'whitMonday')?.date).toBe('2004-05-31');
    expect(h2004.some((h) => h.date === '2004-06-06')).toBe(false);
    const h2005 = swedishPublicHolidays(2005);
    expect(h2005.some((h) => h.key === 'whitMonday')).toBe(false);
    expect(h2005.find((h) => h.key === 'nationalDay')?.date).toBe('2005-06-06');
  });

  it('refuses a year outside the rules it knows with a RangeError', () => {
    expect(() => swedishPublicHolidays(1900)).toThrow(RangeError);
    expect(() => swedishPublicHolidays(2020.5)).toThrow(RangeError);
    expect(() => swedishDaysOff(10_000)).toThrow(RangeError);
  });

  it('hands out copies: changing a returned list does not change the cached year', () => {
    const first = swedishPublicHolidays(2030);
    first.pop();
    first.push({ date: '2030-03-03', key: 'mayDay', name: { sv: 'x', en: 'x' }, kind: 'holiday' });
    expect(swedishPublicHolidays(2030)).toHaveLength(13);
    expect(swedishPublicHolidays(2030).some((h) => h.date === '2030-03-03')).toBe(false);
    expect(Object.isFrozen(swedishPublicHolidays(2030)[0])).toBe(true);
  });
});

describe('isSwedishDayOff (weekends count) and isWorkingDay', () => {
  it('counts weekends, holidays and the three eves as days off', () => {
    expect(isSwedishDayOff('2020-06-19')).toBe(true); // midsommarafton, a Friday
    expect(isSwedishDayOff('2020-04-10')).toBe(true); // långfredagen
    expect(isSwedishDayOff('2020-05-21')).toBe(true); // Kristi himmelsfärd, a Thursday
    expect(isSwedishDayOff('2024-12-24')).toBe(true); // julafton, a Tuesday
    expect(isSwedishDayOff('2024-12-31')).toBe(true); // nyårsafton
    expect(isSwedishDayOff('2020-06-13')).toBe(true); // an ordinary Saturday
    expect(isSwedishDayOff('2020-06-14')).toBe(true); // an ordinary Sunday
    expect(isWeekend('2020-06-14')).toBe(true);
  });

  it('treats ordinary weekdays, and days that only look special, as working days', () => {
    expect(isWorkingDay('2020-06-18')).toBe(true); // the Thursday before midsommarafton
    expect(isWorkingDay('2020-04-09')).toBe(true); // skärtorsdagen is not a holiday
    expect(isWorkingDay('2020-12-23')).toBe(true);
    expect(isWorkingDay('2020-06-19')).toBe(false);
    expect(swedishDayOffOn('2020-06-13')).toBeUndefined();
    expect(swedishDayOffOn('2020-06-19')?.key).toBe('midsummerEve');
  });

  it('agrees with the golden table for every listed day in 2020–2035', () => {
    for (const year of years) {
      const g = golden[year];
      if (!g) throw new Error(`no golden row for ${year}`);
      for (const md of Object.values(g)) expect(isWorkingDay(`${year}-${md}`)).toBe(false);
      // The Thursday before midsommarafton (18–24 June) is always a working day.
      expect(isWorkingDay(addDays(`${year}-${g.midsummerEve}`, -1))).toBe(true);
    }
  });
});

describe('the rules hold for any year (property tests)', () => {
  it('puts Easter on a Sunday 22 March–25 April and the Saturdays where the law says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1953, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        const holidays = swedishPublicHolidays(year);
        expect(holidays).toHaveLength(13);
        const at = (key: string) => holidays.find((h) => h.key === key)?.date ?? '';
        expect(isoWeekday(at('goodFriday'))).toBe(5);
        expect(isoWeekday(at('ascensionDay'))).toBe(4);
        expect(isoWeekday(at('whitSunday'))).toBe(7);
        const midsummer = at('midsummerDay');
        expect(isoWeekday(midsummer)).toBe(6);
        expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true);
        const allSaints = at('allSaintsDay');
        expect(isoWeekday(allSaints)).toBe(6);
        expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
        const eves = swedishDaysOff(year).filter((d) => d.kind === 'eve');
        expect(eves.map((e) => e.key)).toEqual(['midsummerEve', 'christmasEve', 'newYearsEve']);
        expect(eves[0]?.date).toBe(addDays(midsummer, -1));
      }),
      { numRuns: 1000 },
    );
  });
});
