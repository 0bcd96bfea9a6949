import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { swedishDate } from './dates.js';

const stockholm = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('swedishDate', () => {
  it('is the Stockholm calendar day of any instant, however it is written (the day is kept per hour)', () => {
    const offsets = ['Z', '+01:00', '+02:00', '-05:30', '+05:45'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.constantFrom(...offsets), (ms, offset) => {
        const utc = new Date(ms).toISOString();
        const minutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
        const at = offset === 'Z' ? utc : `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
        expect(swedishDate(at)).toBe(stockholm.format(new Date(ms)));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the days around the changes of summer time and midnight', () => {
    expect(swedishDate('2024-03-30T22:59:59Z')).toBe('2024-03-30'); // 23:59:59 CET
    expect(swedishDate('2024-03-30T23:00:00Z')).toBe('2024-03-31'); // 00:00 CET
    expect(swedishDate('2024-10-26T21:59:59Z')).toBe('2024-10-26'); // 23:59:59 CEST
    expect(swedishDate('2024-10-26T22:00:00Z')).toBe('2024-10-27'); // 00:00 CEST
    expect(swedishDate('2024-10-27T22:59:59Z')).toBe('2024-10-27'); // 23:59:59 CET again
    expect(swedishDate('2024-10-27T23:00:00Z')).toBe('2024-10-28');
    expect(swedishDate('2019-11-20')).toBe('2019-11-20');
    expect(() => swedishDate('not a date')).toThrow(RangeError);
  });
});
