/**
 * The `zod/mini` forms the meeting machine validates with are the public classic schemas in
 * another dress: the same types, the same JSON Schema, and for any input the same verdict,
 * the same output and the same located Swedish and English messages.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { parseWith } from '../shared/validation.js';
import * as mini from './meeting-records.schema.js';
import * as classic from './meeting.schema.js';

/** What both forms have in common: `safeParse` (classic and mini differ only in the error's class). */
type Schema = {
  safeParse(
    input: unknown,
    params?: { reportInput?: boolean },
  ): { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } };
};

/** What a caller sees of a parse: verdict, value, and each issue without the schema instance that raised it. */
function outcome(schema: Schema, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues.map(({ inst: _inst, ...issue }: z.core.$ZodIssue & { inst?: unknown }) => issue) };
}

const pairs = {
  ItemMinutes: [classic.ItemMinutes, mini.ItemMinutes],
  Decision: [classic.Decision, mini.Decision],
  ActionItem: [classic.ActionItem, mini.ActionItem],
  Escalation: [classic.Escalation, mini.Escalation],
  Minutes: [classic.Minutes, mini.Minutes],
  AttendanceRecord: [classic.AttendanceRecord, mini.AttendanceRecord],
  Attendance: [classic.Attendance, mini.Attendance],
} as const;

// Small pools, so that duplicates, self-substitutes and present-and-replaced people are common.
const id = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'p:1', 'ö-2') },
  { weight: 1, arbitrary: fc.constantFrom('', ' a', 'a b', 'x'.repeat(121), 'x'.repeat(120)) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null)) },
);
const text = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('Läget', '  Budget 2027  ', 'Beslut') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'x'.repeat(20_001), 'x'.repeat(20_000)) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 4 }), fc.boolean()) },
);
const date = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('2026-03-01', '2026-12-31') },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-3-1', '2026-03-01T09:00:00+01:00', '') },
);
const oneOf = <T>(valid: readonly T[], invalid: readonly unknown[]) =>
  fc.oneof({ weight: 16, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
/** A record whose fields are each usually present and usually valid, plus now and then an unknown one. */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, optional: (keyof T)[]) =>
  fc.oneof(
    { weight: 24, arbitrary: fc.record(fields, { requiredKeys: Object.keys(fields).filter((k) => !optional.includes(k)) }) },
    { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.record({ ...fields, extra: fc.string() }) },
    { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.string(), fc.integer()) },
  );
const list = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 24, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.jsonValue() });

const itemMinutes = record({ itemId: id, informed: text, discussed: text, decided: text }, ['informed', 'discussed', 'decided']);
const decision = record({ id, itemId: id, text }, []);
const actionItem = record({ id, text, ownerId: id, due: date, itemId: id }, ['itemId']);
const escalation = record(
  { id, itemId: id, text, to: oneOf(['commissioner'], ['board', '']), reason: text },
  ['itemId'],
);
const minutes = record(
  { items: list(itemMinutes), decisions: list(decision), actions: list(actionItem), escalations: list(escalation) },
  ['items', 'decisions', 'actions', 'escalations'],
);
/** A record that follows the substitute and mode rules unless its ids say otherwise. */
const coherentAttendanceRecord = fc
  .record({
    personId: id,
    organisationId: id,
    status: fc.constantFrom('present', 'absent', 'excused', 'substitute'),
    substituteFor: id,
    mode: fc.option(fc.constantFrom('onSite', 'remote'), { nil: undefined }),
  })
  .map(({ status, substituteFor, mode, ...rest }) => ({
    ...rest,
    status,
    ...(status === 'substitute' ? { substituteFor } : {}),
    ...(mode !== undefined && (status === 'present' || status === 'substitute') ? { mode } : {}),
  }));
const anyAttendanceRecord = record(
  {
    personId: id,
    organisationId: id,
    status: oneOf(['present', 'absent', 'excused', 'substitute'], ['late', '']),
    substituteFor: id,
    mode: oneOf(['onSite', 'remote'], ['zoom']),
  },
  ['substituteFor', 'mode'],
);
const attendanceRecord = fc.oneof({ weight: 2, arbitrary: coherentAttendanceRecord }, { weight: 1, arbitrary: anyAttendanceRecord });
const attendance = list(attendanceRecord);

const inputs: Record<keyof typeof pairs, fc.Arbitrary<unknown>> = {
  ItemMinutes: itemMinutes,
  Decision: decision,
  ActionItem: actionItem,
  Escalation: escalation,
  Minutes: minutes,
  AttendanceRecord: attendanceRecord,
  Attendance: attendance,
};

describe('mini and classic forms of attendance and minutes', () => {
  it('infer the same input and output types', () => {
    expectTypeOf<z.infer<typeof mini.Minutes>>().toEqualTypeOf<z.infer<typeof classic.Minutes>>();
    expectTypeOf<z.input<typeof mini.Minutes>>().toEqualTypeOf<z.input<typeof classic.Minutes>>();
    expectTypeOf<z.infer<typeof mini.Attendance>>().toEqualTypeOf<z.infer<typeof classic.Attendance>>();
    expectTypeOf<z.input<typeof mini.Attendance>>().toEqualTypeOf<z.input<typeof classic.Attendance>>();
    expectTypeOf<z.infer<typeof mini.ItemMinutes>>().toEqualTypeOf<z.infer<typeof classic.ItemMinutes>>();
    expectTypeOf<z.infer<typeof mini.Decision>>().toEqualTypeOf<z.infer<typeof classic.Decision>>();
    expectTypeOf<z.infer<typeof mini.ActionItem>>().toEqualTypeOf<z.infer<typeof classic.ActionItem>>();
    expectTypeOf<z.infer<typeof mini.Escalation>>().toEqualTypeOf<z.infer<typeof classic.Escalation>>();
    expectTypeOf<z.infer<typeof mini.AttendanceRecord>>().toEqualTypeOf<z.infer<typeof classic.AttendanceRecord>>();
  });

  it.each(Object.keys(pairs) as (keyof typeof pairs)[])('%s has the same JSON Schema in both forms', (name) => {
    const [c, m] = pairs[name];
    for (const io of ['input', 'output'] as const) {
      expect(z.toJSONSchema(m, { io, unrepresentable: 'any' })).toEqual(z.toJSONSchema(c, { io, unrepresentable: 'any' }));
    }
  });

  it.each(Object.keys(pairs) as (keyof typeof pairs)[])(
    '%s accepts, refuses and describes every generated input the same in both forms',
    (name) => {
      const [c, m] = pairs[name];
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(inputs[name], (input) => {
          const expected = outcome(c, input);
          expect(outcome(m, input)).toEqual(expected);
          expect(parseWith(m as unknown as z.ZodType, input)).toEqual(parseWith(c, input));
          if (expected.success) accepted += 1;
          else refused += 1;
        }),
        { numRuns: 400 },
      );
      // Both verdicts occur often enough (here at least 1 in 20; typically 1 in 7 or more) for
      // the comparison to mean something.
      expect(accepted).toBeGreaterThanOrEqual(20);
      expect(refused).toBeGreaterThanOrEqual(20);
    },
  );
});
