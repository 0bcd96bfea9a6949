// The OpenAPI description is generated from core's zod schemas and must be a valid OpenAPI 3.1
// document; it describes every command core knows and every named query.
import { Validator } from '@seriousme/openapi-schema-validator';
import { commandDefinitions } from '@samverkan/core/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedQueries } from '../networks/named-queries.js';
import { commandVariants } from './openapi-document.js';
import { startTestServer, type TestServer } from '../test-support/server-test-support.js';

describe('the OpenAPI description', () => {
  let t: TestServer;
  let document: Record<string, unknown> & { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> } };
  beforeAll(async () => {
    t = await startTestServer();
    const response = await t.request('/openapi.json');
    expect(response.status).toBe(200);
    document = (await response.json()) as typeof document;
  });
  afterAll(() => t.stop());

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it("describes every command core knows, from its zod schema, with `by` and `at` left to the server", () => {
    const { schemas } = document.components;
    for (const type of commandDefinitions.keys()) {
      const schema = schemas[`Command.${type}`];
      expect(schema, type).toBeDefined();
      const variants = commandVariants(schema!) as Array<{ required?: string[]; properties?: Record<string, unknown> }>;
      for (const variant of variants) {
        expect(variant.properties, type).toHaveProperty('type');
        expect(variant.required ?? [], type).not.toContain('by');
        expect(variant.required ?? [], type).not.toContain('at');
        expect(variant.required ?? [], type).toContain('id');
      }
    }
    expect(commandVariants(schemas['Command.amendMandate']!).length).toBeGreaterThan(1);
    // A field of a command's payload, straight from core's schema.
    expect(JSON.stringify(schemas['Command.proposeAgendaItem'])).toContain('durationMinutes');
    expect(schemas.Dataset!.required).toEqual(expect.arrayContaining(['id', 'name', 'organisations']));
    expect(schemas.Dataset!.properties).toHaveProperty('people');
  });

  it('describes every route the server answers, and every named query', () => {
    for (const path of ['/api/networks/{network}/commands', '/api/networks/{network}/state', '/api/networks/{network}/log', '/api/networks/{network}/events', '/api/networks/{network}/public', '/api/networks/{network}/meetings/{meetingId}/invitation.ics', '/api/networks/{network}/people/{personId}/calendar.ics', '/api/networks/{network}/audit-trail.csv', '/api/networks/{network}/public/open-data.json', '/api/networks/{network}/public/register', '/auth/login', '/health', '/ready']) {
      expect(document.paths, path).toHaveProperty([path]);
    }
    for (const name of Object.keys(namedQueries)) expect(document.paths, name).toHaveProperty([`/api/networks/{network}/queries/${name}`]);
    const post = document.paths['/api/networks/{network}/commands']!.post as { responses: Record<string, { description: string }> };
    expect(Object.keys(post.responses).sort()).toEqual(['200', '201', '400', '401', '403', '404', '409', '413', '422', '423', '429', '500', '503']);
    expect(post.responses['409']!.description).toMatch(/CONFLICT.*NOT_ALLOWED_NOW/);
  });
});
