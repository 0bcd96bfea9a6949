import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { samples } from '../samples/index.js';
import { allJsonSchemas, toJsonSchema } from './json-schemas.js';
import { jsonSchemaKeywords, PERSONAL_DATA_KEYWORD } from './index.js';

/**
 * Ajv in strict mode (unknown keywords, ignored keywords, ambiguous types and tuples all refused),
 * told of core's namespaced keywords only — as a region's own validator would be.
 */
function strictAjv() {
  const ajv = new Ajv2020({ strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true, validateFormats: false, logger: false });
  ajv.addVocabulary([...jsonSchemaKeywords]);
  return ajv;
}
const ajv = strictAjv();

describe('JSON Schema exports', () => {
  it('converts every public schema to a draft 2020-12 JSON Schema that compiles under ajv strict mode', () => {
    const all = allJsonSchemas();
    expect(Object.keys(all).length).toBeGreaterThanOrEqual(30);
    for (const [name, schema] of Object.entries(all)) {
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it('accepts every sample dataset and rejects one with a person missing a name', () => {
    const validate = strictAjv().compile(toJsonSchema('Dataset'));
    for (const sample of Object.values(samples)) expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(samples.fyrbodal);
    delete (broken.people![0] as { name?: string }).name;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/people/0' && e.params && 'missingProperty' in e.params)).toBe(true);
  });

  it('marks contact details and names as personal data', () => {
    const person = toJsonSchema('Person') as { properties: Record<string, Record<string, unknown>> };
    expect(person.properties.name?.[PERSONAL_DATA_KEYWORD]).toBe(true);
    expect(person.properties.contact?.[PERSONAL_DATA_KEYWORD]).toBe(true);
    expect(person.properties.organisationId?.[PERSONAL_DATA_KEYWORD]).toBeUndefined();
  });

  it('uses no keyword of its own outside the x-samverkan- namespace: strict ajv that is not told of them refuses, that is told of them compiles', () => {
    for (const keyword of jsonSchemaKeywords) expect(keyword).toMatch(/^x-samverkan-[a-z-]+$/);
    const plain = new Ajv2020({ strict: true, validateFormats: false, logger: false });
    expect(() => plain.compile(toJsonSchema('Person'))).toThrow(/x-samverkan-personal-data/);
    expect(() => strictAjv().compile(toJsonSchema('Person'))).not.toThrow();
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

    const validate = strictAjv().compile(toJsonSchema('Dataset'));
    const people = structuredClone(samples.fyrbodal.people!);
    (people[0] as Record<string, unknown>).nickname = 'Kalle';
    expect(validate({ ...samples.fyrbodal, people })).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/people/0' && e.keyword === 'additionalProperties')).toBe(true);
    delete (people[0] as Record<string, unknown>).nickname;
    (people[0] as Record<string, unknown>).extensions = { 'vgr:smeknamn': 'Kalle' };
    expect(validate({ ...samples.fyrbodal, people }), JSON.stringify(validate.errors)).toBe(true);
  });
});
