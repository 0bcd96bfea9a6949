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
