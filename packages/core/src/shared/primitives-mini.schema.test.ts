/**
 * The `zod/mini` primitives are the classic ones in another dress: the same JSON Schema, and
 * for any input the same verdict, output and located Swedish and English messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as mini from './primitives-mini.schema.js';
import * as classic from './primitives.schema.js';
import { parseWith } from './validation.js';

const pairs = {
  Id: [classic.Id, mini.Id],
  IsoDate: [classic.IsoDate, mini.IsoDate],
  Instant: [classic.Instant, mini.Instant],
  Text: [classic.Text, mini.Text],
  Label: [classic.Label, mini.Label],
} as const;
const names = Object.keys(pairs) as (keyof typeof pairs)[];

/** Inputs near every boundary the primitives draw: lengths, blanks, patterns, calendar dates, offsets. */
const input = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', ' ', '  a  ', 'a b', 'p:1', 'ö-2', 'x'.repeat(120), 'x'.repeat(121), ` ${'x'.repeat(300)} `),
  fc.constantFrom('x'.repeat(301), 'x'.repeat(20_000), 'x'.repeat(20_001)),
  // Normalisation, invisible ends and bidirectional controls.
  fc.constantFrom('a\u030Ar', ' \u200B', '\u200Bx\u200D', '\uFEFF', 'a\u202Eb', '\u2066x\u2069', 'x\u200By', ` ${'x'.repeat(300)}\u200B`),
  fc.string({ unit: fc.constantFrom('a', ' ', '\u200B', '\u0301', '\u202E', '\u2067', 'å'), maxLength: 6 }),
  fc.constantFrom('2026-03-01', '2026-02-29', '2028-02-29', '2026-3-1', '2026-13-01'),
  fc.constantFrom('2026-03-01T09:00:00+01:00', '2026-03-01T09:00:00Z', '2026-03-01T09:00:00', '2026-03-01T09:00+01:00'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 1 })),
);

/**
 * Inputs each form must accept, and inputs none accepts, run first in every property (fast-check's
 * `examples`): the counts below then hold whatever the seed. (Left to the generator alone, the
 * IsoDate property drew only 9 valid dates in one CI run: about 20 are expected in 500 runs.)
 */
const accepted: Record<keyof typeof pairs, string[]> = {
  Id: ['a', 'b', 'p1', 'p-1', 'abc', 'm-2', 'x', 'y', 'z1', 'q-9'],
  IsoDate: ['2026-03-01', '2028-02-29', '2024-02-29', '2000-01-01', '1999-12-31', '2026-12-31', '2030-06-15', '2026-01-01', '2027-07-07', '2026-10-10'],
  Instant: [
    '2026-03-01T09:00:00+01:00',
    '2026-03-01T09:00:00Z',
    '2020-01-01T00:00:00Z',
    '2021-06-15T12:30:00+02:00',
    '2019-12-05T13:00:00+01:00',
    '2030-01-31T23:59:59Z',
    '2026-07-01T08:15:00+02:00',
    '2025-11-11T11:11:11Z',
    '2024-02-29T10:00:00+01:00',
    '2026-03-29T02:30:00+01:00',
  ],
  Text: ['a', 'b', 'abc', 'Hej', 'Möte', 'text 1', 'x y', 'Agenda', 'Protokoll', 'Ärende'],
  Label: ['a', 'b', 'abc', 'Hej', 'Möte', 'text 1', 'x y', 'Agenda', 'Protokoll', 'Ärende'],
};
const refusedByAll: unknown[] = [undefined, null, 0, 1, 12.5, true, false, [], {}, 'x'.repeat(20_001)];

/** What both forms have in common: `safeParse` (classic and mini differ only in the error's class). */
type Schema = {
  safeParse(
    input: unknown,
    params?: { reportInput?: boolean },
  ): { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } };
};

function outcome(schema: Schema, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues.map(({ inst: _inst, ...issue }: z.core.$ZodIssue & { inst?: unknown }) => issue) };
}

describe('mini and classic primitives', () => {
  it.each(names)('%s has the same JSON Schema in both forms', (name) => {
    const [c, m] = pairs[name];
    expect(z.toJSONSchema(m, { io: 'input' })).toEqual(z.toJSONSchema(c, { io: 'input' }));
  });

  it.each(names)('%s accepts, refuses and describes every generated input the same in both forms', (name) => {
    const [c, m] = pairs[name];
    let acceptedCount = 0;
    let refusedCount = 0;
    fc.assert(
      fc.property(input, (value) => {
        const expected = outcome(c, value);
        expect(outcome(m, value)).toEqual(expected);
        expect(parseWith(m as unknown as z.ZodType, value)).toEqual(parseWith(c, value));
        if (expected.success) acceptedCount += 1;
        else refusedCount += 1;
      }),
      { numRuns: 500, examples: [...accepted[name], ...refusedByAll].map((value) => [value] as [unknown]) },
    );
    expect(acceptedCount).toBeGreaterThanOrEqual(10);
    expect(refusedCount).toBeGreaterThanOrEqual(10);
  });
});
