// A sign-in is a person of a network only when its claims point at exactly one person.
import { Dataset } from '@samverkan/core';
import { fyrbodal } from '@samverkan/core/samples';
import { describe, expect, it } from 'vitest';
import { personForClaims } from './person-binding.js';

const dataset = (claims: Record<string, Array<{ kind: 'email' | 'sub' | 'hsaId'; value: string }>>) =>
  Dataset.parse({ ...fyrbodal, people: (fyrbodal.people ?? []).map((p) => ({ ...p, ...(claims[p.id] ? { identityClaims: claims[p.id] } : {}) })) });

describe('which person a sign-in is', () => {
  it('finds the person by sub, e-mail (any case) or HSA id', () => {
    const d = dataset({ 'fyrbodal:person-001': [{ kind: 'sub', value: 's1' }], 'fyrbodal:person-003': [{ kind: 'email', value: 'Karin@Dals-Ed.example' }, { kind: 'hsaId', value: 'SE-1' }] });
    expect(personForClaims(d, [{ kind: 'sub', value: 's1' }])).toBe('fyrbodal:person-001');
    expect(personForClaims(d, [{ kind: 'email', value: 'karin@dals-ed.example' }])).toBe('fyrbodal:person-003');
    expect(personForClaims(d, [{ kind: 'hsaId', value: 'SE-1' }])).toBe('fyrbodal:person-003');
    expect(personForClaims(d, [{ kind: 'sub', value: 'SE-1' }])).toBeUndefined();
    expect(personForClaims(d, [])).toBeUndefined();
  });

  it('binds nobody when a claim is two people’s, or the claims point at two people', () => {
    const d = dataset({ 'fyrbodal:person-001': [{ kind: 'email', value: 'shared@example.se' }, { kind: 'sub', value: 's1' }], 'fyrbodal:person-003': [{ kind: 'email', value: 'shared@example.se' }, { kind: 'sub', value: 's3' }] });
    expect(personForClaims(d, [{ kind: 'email', value: 'shared@example.se' }])).toBeUndefined();
    expect(personForClaims(d, [{ kind: 'sub', value: 's1' }, { kind: 'sub', value: 's3' }])).toBeUndefined();
    expect(personForClaims(d, [{ kind: 'sub', value: 's1' }, { kind: 'email', value: 'shared@example.se' }])).toBe('fyrbodal:person-001');
  });

  it('binds nobody to an erased person', () => {
    const d = Dataset.parse({ ...fyrbodal, people: (fyrbodal.people ?? []).map((p) => (p.id === 'fyrbodal:person-001' ? { ...p, erased: true, identityClaims: [{ kind: 'sub', value: 's1' }] } : p)) });
    expect(personForClaims(d, [{ kind: 'sub', value: 's1' }])).toBeUndefined();
  });
});
