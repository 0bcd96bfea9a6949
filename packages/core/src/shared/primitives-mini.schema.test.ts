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
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(input, (value) => {
        const expected = outcome(c, value);
        expect(outcome(m, value)).toEqual(expected);
        expect(parseWith(m as unknown as z.ZodType, value)).toEqual(parseWith(c, value));
        if (expected.success) accepted += 1;
        else refused += 1;
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThanOrEqual(10);
    expect(refused).toBeGreaterThanOrEqual(10);
  });
});
