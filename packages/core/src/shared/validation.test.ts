import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { Period } from './primitives.schema.js';
import { formatPath, parseWith } from './validation.js';

const Thing = z.object({
  name: z.string().min(1),
  count: z.int().min(0),
  kind: z.enum(['a', 'b']),
  when: z.iso.date(),
  items: z.array(z.object({ id: z.string() })).min(1),
});

describe('parseWith', () => {
  it('returns the parsed value for good input', () => {
    const result = parseWith(Thing, { name: 'x', count: 1, kind: 'a', when: '2026-01-08', items: [{ id: '1' }] });
    expect(result).toEqual({ ok: true, value: { name: 'x', count: 1, kind: 'a', when: '2026-01-08', items: [{ id: '1' }] } });
  });

  it('names the path of every issue in Swedish and English', () => {
    const result = parseWith(Thing, { name: '', count: -1, kind: 'c', when: '8 jan', items: [{ id: 5 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
    expect(byPath['name']).toEqual({ sv: '«name» får inte vara tom', en: '«name» must not be empty' });
    expect(byPath['count']?.sv).toBe('«count» måste vara minst 0');
    expect(byPath['kind']?.en).toBe('«kind» has an invalid value ("c"); allowed are "a", "b"');
    expect(byPath['when']?.sv).toContain('ÅÅÅÅ-MM-DD');
    expect(byPath['items[0].id']?.en).toBe('«items[0].id» has the wrong type: expected text, got a number');
    expect(result.message.sv).toMatch(/^Ogiltiga uppgifter: /);
    expect(result.message.en).toMatch(/\(and 2 more\)$/);
  });

  it('says a missing field is required', () => {
    const result = parseWith(z.object({ id: z.string() }), {});
    expect(!result.ok && result.issues[0]?.message).toEqual({
      sv: '«id» saknas men är obligatoriskt',
      en: '«id» is missing but required',
    });
  });

  it('uses both languages of a refinement written by core', () => {
    const result = parseWith(Period, { start: '2020-01-01', end: '2019-01-01' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      pathText: 'end',
      message: { sv: '«end» slutdatum får inte ligga före startdatum', en: '«end» the end date must not be before the start date' },
    });
  });

  it('never throws, even when a refinement does', () => {
    const exploding = z.string().refine(() => {
      throw new Error('boom');
    });
    const result = parseWith(exploding, 'x');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.code).toBe('exception');
  });

  it('describes the root when the input is not an object at all', () => {
    const result = parseWith(Thing, 'nonsense');
    expect(!result.ok && result.issues[0]?.message.sv).toBe('Indata har fel typ: förväntade ett objekt, fick text');
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets', () => {
    expect(formatPath(['staffingPlan', 'entries', 3, 'personIds', 0])).toBe('staffingPlan.entries[3].personIds[0]');
  });
});

describe('messages core writes for built-in checks', () => {
  it('shows the Swedish text given to a regex check', async () => {
    const { DocumentVersion } = await import('./primitives.schema.js');
    const result = parseWith(DocumentVersion, 'v1');
    expect(!result.ok && result.issues[0]?.message).toEqual({
      sv: 'Indata måste vara ett versionsnummer som 0.1 eller 1.0 (fick "v1")',
      en: 'The input must be a version number such as 0.1 or 1.0 (got "v1")',
    });
  });
});

describe('unknown fields', () => {
  const Strict = z.strictObject({ a: z.strictObject({ b: z.string() }), list: z.array(z.strictObject({ c: z.int() })) });

  it('are one issue each, located at the field, in both languages', () => {
    const result = parseWith(Strict, { a: { b: 'x', extra: 1 }, list: [{ c: 1 }, { c: 2, d: 3, e: 4 }], top: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pathText).sort()).toEqual(['a.extra', 'list[1].d', 'list[1].e', 'top']);
    expect(result.issues.find((i) => i.pathText === 'list[1].d')).toEqual({
      path: ['list', 1, 'd'],
      pathText: 'list[1].d',
      code: 'unrecognized_keys',
      message: { sv: '«list[1].d» är inte ett känt fält', en: '«list[1].d» is not a known field' },
    });
  });

  it('show a key with control characters visibly, and not at any length', () => {
    const result = parseWith(Strict, { a: { b: 'x' }, list: [], ['\u202Eevil\nkey']: 1, ['k'.repeat(1_000)]: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [evil, long] = result.issues;
    expect(evil!.pathText).toBe('\u202Eevil\nkey');
    expect(evil!.message.en).toBe('«U+202Eevil' + 'U+000Akey» is not a known field');
    expect(long!.message.en.length).toBeLessThan(260);
  });
});

describe('context of an issue', () => {
  it('names where an issue lies when the path alone does not say it', async () => {
    const { withinContext } = await import('./issue-context.js');
    const Change = z.strictObject({ change: withinContext(z.strictObject({ text: z.string() }), { sv: 'Avgränsning', en: 'Scope' }) });
    const result = parseWith(Change, { change: { text: 1, more: true } });
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
      { sv: '«change.text» har fel typ: förväntade text, fick ett tal (i avsnittet «Avgränsning»)', en: '«change.text» has the wrong type: expected text, got a number (in the section «Scope»)' },
      { sv: '«change.more» är inte ett känt fält (i avsnittet «Avgränsning»)', en: '«change.more» is not a known field (in the section «Scope»)' },
    ]);
    expect(parseWith(Change, { change: { text: 'ok' } })).toEqual({ ok: true, value: { change: { text: 'ok' } } });
  });

  it('says which value of a discriminator is not allowed', () => {
    const Union = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('a') }), z.strictObject({ kind: z.literal('b') })]);
    const result = parseWith(Union, { kind: 'c' });
    expect(!result.ok && result.issues[0]).toMatchObject({ pathText: 'kind', message: { en: '«kind» has a value that is not allowed here ("c")' } });
    const missing = parseWith(Union, {});
    expect(!missing.ok && missing.issues[0]).toMatchObject({ pathText: 'kind', message: { sv: '«kind» saknas men är obligatoriskt' } });
  });
});
