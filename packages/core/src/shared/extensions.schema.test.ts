import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Extensions } from './extensions.schema.js';
import { parseWith } from './validation.js';

function issuesOf(input: unknown) {
  const result = parseWith(Extensions, input);
  return result.ok ? [] : result.issues.map((i) => ({ path: i.pathText, sv: i.message.sv, en: i.message.en }));
}

describe('Extensions', () => {
  it('keeps namespaced JSON data as it is', () => {
    const input = {
      'vgr:kostnadsstalle': '4711',
      'orebro-lan:arende.id': 42,
      'x1:flaggor': [true, false, null],
      'vgr:kontroll': { granskad: true, nivåer: [{ namn: 'A' }] },
    };
    expect(parseWith(Extensions, input)).toEqual({ ok: true, value: input });
  });

  it('refuses a key without a namespace, or with one of the wrong form', () => {
    for (const key of ['kostnadsstalle', 'VGR:x', ':x', 'vgr:', 'vgr:a b', 'v:g:r']) {
      const issues = issuesOf({ [key]: 1 });
      expect(issues.length, key).toBeGreaterThan(0);
      expect(issues[0]!.path).toBe(key);
    }
    expect(issuesOf({ kostnadsstalle: 1 })[0]!.en).toContain('namespace:key');
  });

  it('refuses values that are not JSON data, where they are', () => {
    expect(issuesOf({ 'vgr:f': () => 1 })[0]!.path).toBe('vgr:f');
    expect(issuesOf({ 'vgr:d': { when: new Date() } })[0]!.path).toBe('vgr:d.when');
    expect(issuesOf({ 'vgr:n': [1, Number.NaN] })[0]!.path).toBe('vgr:n[1]');
    expect(issuesOf({ 'vgr:n': [1, Number.NaN] })[0]!.sv).toContain('JSON-data');
  });

  it('refuses data nested deeper than 8 levels', () => {
    let deep: unknown = 'botten';
    for (let i = 0; i < 8; i++) deep = { a: deep };
    expect(issuesOf({ 'vgr:djup': deep })).toEqual([]);
    const issues = issuesOf({ 'vgr:djup': { a: deep } });
    expect(issues[0]!.en).toContain('at most 8 levels');
  });

  it('refuses more than 50 keys and more than 16 000 characters', () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`vgr:k${i}`, i]));
    expect(issuesOf(many)[0]!.en).toContain('at most 50 keys');
    expect(issuesOf({ 'vgr:stor': 'x'.repeat(16_000) })[0]!.en).toContain('16,000 characters');
    expect(issuesOf({ 'vgr:lagom': 'x'.repeat(15_900) })).toEqual([]);
  });

  it('exports as JSON Schema: namespaced property names, any JSON value, at most 50', () => {
    expect(z.toJSONSchema(Extensions, { io: 'input' })).toMatchObject({
      type: 'object',
      propertyNames: { pattern: expect.stringContaining(':') },
      maxProperties: 50,
    });
  });
});
