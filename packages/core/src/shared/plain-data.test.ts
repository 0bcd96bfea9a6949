/**
 * `toPlainData` copies what JSON can carry and answers everything else — hostile or merely
 * not data — with one located issue in both languages, never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandLimits, type PlainDataLimits } from './limits.js';
import { toPlainData } from './plain-data.js';

const small: PlainDataLimits = { maxSize: 1_000, maxDepth: 4, maxNodes: 50 };

function refusal(value: unknown, limits: PlainDataLimits = small) {
  const result = toPlainData(value, limits);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('accepted');
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  expect(issue!.message.sv).not.toBe(issue!.message.en);
  expect(result.message.sv).toMatch(/^Ogiltiga uppgifter: /);
  return issue!;
}

describe('toPlainData', () => {
  it('copies JSON data unchanged, into new objects', () => {
    const input = { a: 'text', b: [1, -2.5, 0, true, false, null], c: { d: { e: [] } }, f: {} };
    const result = toPlainData(input, small);
    expect(result).toEqual({ ok: true, value: input });
    if (!result.ok) return;
    expect(result.value).not.toBe(input);
    expect((result.value as typeof input).c).not.toBe(input.c);
    input.c.d.e.push(1 as never);
    expect((result.value as typeof input).c.d.e).toEqual([]);
  });

  it('gives the same value as a JSON round trip for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = toPlainData(value, commandLimits);
        expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out properties whose value is undefined, as JSON does', () => {
    expect(toPlainData({ a: 1, b: undefined }, small)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(toPlainData(bare, small)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('keeps an own "__proto__" key as a key, never as the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const result = toPlainData(input, small);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const copy = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a getter once and keeps what it said', () => {
    let reads = 0;
    const input = {
      get name() {
        reads += 1;
        return reads === 1 ? 'first' : 'second';
      },
    };
    expect(toPlainData(input, small)).toEqual({ ok: true, value: { name: 'first' } });
    expect(reads).toBe(1);
  });

  it('locates a getter that throws, without repeating what it threw', () => {
    const input = { a: { b: 1 } };
    Object.defineProperty(input.a, 'c', { enumerable: true, get: () => { throw new Error('\u202Eboom'); } });
    const issue = refusal(input);
    expect(issue).toMatchObject({ pathText: 'a.c', code: 'unreadable' });
    expect(issue.message).toEqual({ sv: '«a.c» kunde inte läsas', en: '«a.c» could not be read' });
  });

  it('answers every kind of hostile Proxy', () => {
    const trap = () => {
      throw new Error('trap');
    };
    // The traps a copy of an object consults, and those a copy of a list consults.
    for (const handler of [{ get: trap }, { ownKeys: trap }, { getOwnPropertyDescriptor: trap }, { getPrototypeOf: trap }]) {
      expect(refusal({ x: new Proxy({ y: 1 }, handler) }).pathText).toMatch(/^x/);
    }
    for (const handler of [{ get: trap }, { has: trap }]) {
      expect(refusal({ x: new Proxy([1], handler) }).pathText).toMatch(/^x/);
    }
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal({ x: proxy }).pathText).toBe('x');
  });

  it('refuses a cycle where it closes, but copies a value shared by two branches', () => {
    const node: Record<string, unknown> = { name: 'a' };
    node.next = { back: node };
    expect(refusal({ root: node })).toMatchObject({ pathText: 'root.next.back', code: 'cycle' });
    const shared = { x: 1 };
    expect(toPlainData({ a: shared, b: shared }, small)).toEqual({ ok: true, value: { a: { x: 1 }, b: { x: 1 } } });
  });

  it('stops at the maximum depth, even 10 000 levels down', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const issue = refusal({ a: deep });
    expect(issue).toMatchObject({ code: 'too_deep', pathText: 'a[0][0][0]' });
    expect(issue.message.en).toContain('at most 4 levels');
    expect(toPlainData({ a: [[[]]] }, small).ok).toBe(true);
  });

  it('refuses an input larger than the maximum size as a whole', () => {
    const issue = refusal({ a: 'x'.repeat(2_000) });
    expect(issue).toMatchObject({ pathText: '', code: 'too_big' });
    expect(issue.message.en).toBe('The input is larger than the allowed 1,000 characters (as JSON)');
    expect(issue.message.sv).toBe('Indata är större än högst tillåtna 1 000 tecken (som JSON)');
    // The size is that of the JSON text: just at the limit passes.
    const atLimit = { a: 'x'.repeat(1_000 - JSON.stringify({ a: '' }).length) };
    expect(JSON.stringify(atLimit).length).toBe(1_000);
    expect(toPlainData(atLimit, small).ok).toBe(true);
    expect(toPlainData({ ...atLimit, a: `${atLimit.a}x` }, small).ok).toBe(false);
  });

  it('refuses more values than the maximum', () => {
    expect(refusal({ list: Array.from({ length: 60 }, () => 0) })).toMatchObject({ code: 'too_big' });
  });

  it('refuses what JSON cannot carry, where it is', () => {
    class Thing {
      a = 1;
    }
    const cases: Array<[unknown, string]> = [
      [Number.NaN, 'must be a finite number'],
      [Number.POSITIVE_INFINITY, 'must be a finite number'],
      [10n, 'cannot be a big integer (BigInt)'],
      [Symbol('s'), 'cannot be a symbol'],
      [() => 1, 'cannot be a function'],
      [new Date(), 'must be a plain object'],
      [new Map(), 'must be a plain object'],
      [new Thing(), 'must be a plain object'],
      [new String('boxed'), 'must be a plain object'],
    ];
    for (const [value, message] of cases) {
      const issue = refusal({ a: [value] });
      expect(issue.pathText).toBe('a[0]');
      expect(issue.message.en).toContain(message);
    }
    expect(refusal({ a: [1, undefined] }).message.en).toBe('«a[1]» has no value (a gap in the list)');
    // eslint-disable-next-line no-sparse-arrays
    expect(refusal({ a: [1, , 3] }).pathText).toBe('a[1]');
    expect(refusal(undefined).pathText).toBe('');
  });
});
