import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

/** The plain definition: sorted keys, undefined fields left out, undefined in arrays as null. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${reference((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

describe('canonicalJson', () => {
  it('is the plain definition on any JSON-like value, undefined fields included', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, undefined, true, false, 0, -0, 1.5, -7),
        fc.string({ unit: 'binary' }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts objects with many keys (and integer-like keys) as the plain definition does', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.nat({ max: 200 }).map(String)), fc.option(fc.integer(), { nil: undefined }), { minKeys: 10, maxKeys: 60 }), (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts keys and leaves undefined fields out, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }, undefined] })).toBe('{"a":[1,{"c":"x"},null],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
