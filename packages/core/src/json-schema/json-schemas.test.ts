import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { samples } from '../samples/index.js';
import { allJsonSchemas, toJsonSchema } from './json-schemas.js';

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

describe('JSON Schema exports', () => {
  it('converts every public schema to a draft 2020-12 JSON Schema that compiles', () => {
    const all = allJsonSchemas();
    expect(Object.keys(all).length).toBeGreaterThanOrEqual(30);
    for (const [name, schema] of Object.entries(all)) {
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it('accepts every sample dataset and rejects one with a person missing a name', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(toJsonSchema('Dataset'));
    for (const sample of Object.values(samples)) expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(samples.fyrbodal);
    delete (broken.people![0] as { name?: string }).name;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/people/0' && e.params && 'missingProperty' in e.params)).toBe(true);
  });

  it('marks contact details and names as personal data', () => {
    const person = toJsonSchema('Person') as { properties: Record<string, { personalData?: boolean }> };
    expect(person.properties.name?.personalData).toBe(true);
    expect(person.properties.contact?.personalData).toBe(true);
    expect(person.properties.organisationId?.personalData).toBeUndefined();
  });

  it('closes every object: a field the schema does not name is refused, except inside extensions', () => {
    const open: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.properties !== undefined && n.additionalProperties !== false) open.push(where);
      for (const [key, value] of Object.entries(n)) walk(value, `${where}/${key}`);
    };
    for (const [name, schema] of Object.entries(allJsonSchemas())) walk(schema, name);
    expect(open).toEqual([]);

    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(toJsonSchema('Dataset'));
    const people = structuredClone(samples.fyrbodal.people!);
    (people[0] as Record<string, unknown>).nickname = 'Kalle';
    expect(validate({ ...samples.fyrbodal, people })).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/people/0' && e.keyword === 'additionalProperties')).toBe(true);
    delete (people[0] as Record<string, unknown>).nickname;
    (people[0] as Record<string, unknown>).extensions = { 'vgr:smeknamn': 'Kalle' };
    expect(validate({ ...samples.fyrbodal, people }), JSON.stringify(validate.errors)).toBe(true);
  });
});
