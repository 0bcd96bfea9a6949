/**
 * The OpenAPI 3.1 description of the API, generated from the same zod schemas core checks input
 * with (`z.toJSONSchema`): every command's body, the dataset, and each named query's
 * parameters. A schema change in core changes the description; nothing is written twice.
 * Served at `/openapi.json`; a test checks it against the OpenAPI 3.1 schema.
 */
import * as z from 'zod';
import { Dataset } from '@samverkan/core';
import { OpenData } from '@samverkan/core/documents';
import { commandDefinitions } from '@samverkan/core/runtime';
import { namedQueries } from '../networks/named-queries.js';
import { statusOf, type HttpErrorCode } from '../server/http-errors.js';

/** A JSON object, as the OpenAPI document is built of. */
export type Json = Record<string, unknown>;

const localized: Json = { type: 'object', required: ['sv', 'en'], properties: { sv: { type: 'string' }, en: { type: 'string' } } };

const errorSchema: Json = {
  type: 'object',
  required: ['ok', 'code', 'message', 'details'],
  properties: {
    ok: { const: false },
    code: { type: 'string', enum: Object.keys(statusOf) },
    message: { $ref: '#/components/schemas/LocalizedText' },
    details: { type: 'object', description: 'Validation issues (`issues`, each with `path`, `pathText` and a bilingual `message`), the authority needed, the state, the versions of a conflict, …' },
  },
};

const storedEventSchema: Json = {
  type: 'object',
  required: ['id', 'type', 'at', 'by', 'role', 'commandId', 'data', 'stream', 'version', 'position'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', description: 'The command that produced it, e.g. `publishAgenda`.' },
    at: { type: 'string', format: 'date-time', description: "The server's clock when the command was received." },
    by: { type: 'string', description: 'The person id of the signed-in sender.' },
    role: { type: 'string' },
    commandId: { type: 'string' },
    commandHash: { type: 'string' },
    data: { type: 'object' },
    reason: { type: 'string' },
    format: { type: 'integer' },
    previousHash: { type: 'string' },
    hash: { type: 'string' },
    stream: { type: 'string' },
    version: { type: 'integer', minimum: 1 },
    position: { type: 'integer', minimum: 1 },
  },
};

function errorResponses(codes: HttpErrorCode[]): Json {
  const byStatus = new Map<number, HttpErrorCode[]>();
  for (const code of codes) byStatus.set(statusOf[code], [...(byStatus.get(statusOf[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      { description: list.join(', '), content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
}

const networkParameter: Json = { name: 'network', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$' } };
const signedIn = [{ session: [] }, { bearer: [] }];
const common: HttpErrorCode[] = ['BAD_REQUEST', 'NOT_SIGNED_IN', 'NOT_AUTHORISED', 'NOT_FOUND', 'RATE_LIMITED', 'STORE_UNAVAILABLE', 'INTERNAL'];

function json(schema: Json, description: string): Json {
  return { description, content: { 'application/json': { schema } } };
}

/**
 * The server fills in who and when: a command's `by` and `at` may be left out (and a `by` must
 * be the signed-in person). Also in each variant of a command that is a union (`amendMandate`).
 */
function envelopeLeftToServer(schema: Json): Json {
  const out: Json = { ...schema };
  if (Array.isArray(out.required)) out.required = (out.required as string[]).filter((field) => field !== 'by' && field !== 'at');
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(out[key])) out[key] = (out[key] as Json[]).map(envelopeLeftToServer);
  return out;
}

/** Every object schema of a command: itself, or each variant of a union. */
export function commandVariants(schema: Json): Json[] {
  for (const key of ['oneOf', 'anyOf']) if (Array.isArray(schema[key])) return (schema[key] as Json[]).flatMap(commandVariants);
  return [schema];
}

const localeQuery: Json = { name: 'locale', in: 'query', description: 'Headers and labels in Swedish (default) or English.', schema: { type: 'string', enum: ['sv', 'en'] } };
const dayQuery = (name: string, description: string): Json => ({ name, in: 'query', description, schema: { type: 'string', format: 'date' } });
const pathId = (name: string): Json => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const disposition: Json = { 'Content-Disposition': { description: 'The file name to save the download as (`attachment; filename="…"; filename*=UTF-8\'\'…`).', schema: { type: 'string' } } };

/** A file to download: `.ics` (RFC 5545) or Excel-friendly CSV (semicolons, UTF-8 with BOM, decimal comma). */
function file(contentType: string, description: string): Json {
  return { description, headers: disposition, content: { [contentType]: { schema: { type: 'string' } } } };
}

function memberDownload(operationId: string, summary: string, contentType: string, parameters: Json[]): Json {
  return { get: { operationId, tags: ['documents'], summary, security: signedIn, parameters: [networkParameter, ...parameters], responses: { '200': file(contentType, 'The file'), ...errorResponses([...common, 'VALIDATION']) } } };
}

/** A print document as JSON (members): what a print view renders, in Swedish or English. */
function printDocument(operationId: string, summary: string): Json {
  return {
    get: {
      operationId,
      tags: ['documents'],
      summary,
      security: signedIn,
      parameters: [networkParameter, pathId('meetingId'), localeQuery],
      responses: { '200': json({ type: 'object' }, 'The print document'), ...errorResponses([...common, 'VALIDATION']) },
    },
  };
}

const ics = 'text/calendar';
const csv = 'text/csv';

/** The files of `@samverkan/core/documents` (routes/documents.routes.ts). */
const documentPaths: Json = {
  '/api/networks/{network}/meetings/{meetingId}/invitation.ics': memberDownload('meetingInvitation', 'A meeting’s invitation (kallelse) as iCalendar: `METHOD:REQUEST` with the same UID and a higher SEQUENCE after a reschedule, `METHOD:CANCEL` once cancelled.', ics, [pathId('meetingId')]),
  '/api/networks/{network}/groups/{groupId}/calendar.ics': memberDownload('groupCalendarFeed', 'A group’s meetings as a subscribable iCalendar feed (members).', ics, [pathId('groupId')]),
  '/api/networks/{network}/people/{personId}/calendar.ics': {
    get: {
      operationId: 'personCalendarFeed',
      tags: ['documents'],
      summary: 'A person’s meetings (every group they belong to) as an iCalendar feed: for the person signed in, or for a calendar app with the person’s secret feed token (`token`, from `/me/calendar-feed`). Tokens end when the server’s `SESSION_SECRET` changes.',
      security: [...signedIn, {}],
      parameters: [networkParameter, pathId('personId'), { name: 'token', in: 'query', description: 'The person’s feed token; without it, the person must be signed in.', schema: { type: 'string' } }],
      responses: { '200': file(ics, 'The feed'), ...errorResponses(common) },
    },
  },
  '/api/networks/{network}/me/calendar-feed': {
    get: {
      operationId: 'myCalendarFeed',
      tags: ['documents'],
      summary: 'The address of the signed-in person’s calendar feed, with their secret token, to subscribe to in a calendar app.',
      security: signedIn,
      parameters: [networkParameter],
      responses: { '200': json({ type: 'object', required: ['personId', 'url'], properties: { personId: { type: 'string' }, url: { type: 'string', format: 'uri' } } }, 'The feed’s address'), ...errorResponses(common) },
    },
  },
  '/api/networks/{network}/meetings/{meetingId}/notice.json': printDocument('noticeDocument', 'Kallelse — a meeting’s notice with its agenda as core’s print document (`NoticeDocument` of `@samverkan/core/documents`), what `NoticePrint` of `@samverkan/ui` renders.'),
  '/api/networks/{network}/meetings/{meetingId}/minutes.json': printDocument('minutesDocument', 'Minnesanteckningar — a meeting’s minutes as core’s print document (`MinutesDocument`), with the approval and, once published, the record’s fingerprint; what `MinutesPrint` renders. 404 while none are drafted.'),
  '/api/networks/{network}/meetings/{meetingId}/attendance.csv': memberDownload('meetingAttendanceCsv', 'Deltagarlista — a meeting’s attendance list as CSV.', csv, [pathId('meetingId'), localeQuery]),
  '/api/networks/{network}/groups/{groupId}/attendance.csv': memberDownload('attendanceByOrganisationCsv', 'Närvaro per organisation — a group’s attendance per organisation, optionally within a period (from–to), as CSV.', csv, [pathId('groupId'), localeQuery, dayQuery('from', 'First day of the period'), dayQuery('to', 'Last day of the period'), { name: 'seatRoleId', in: 'query', schema: { type: 'string' } }]),
  '/api/networks/{network}/esf-report.csv': memberDownload('esfReportCsv', 'ESF-rapport — hours and amounts per report line, optionally for a project and period, as CSV.', csv, [localeQuery, { name: 'projectId', in: 'query', schema: { type: 'string' } }, dayQuery('from', 'First day of the period'), dayQuery('to', 'Last day of the period')]),
  '/api/networks/{network}/deliverables.csv': memberDownload('deliverablesCsv', 'Leveransobjekt — every deliverable with its state and due date, as CSV.', csv, [localeQuery]),
  '/api/networks/{network}/audit-trail.csv': memberDownload('auditTrailCsv', 'Händelselogg — every accepted command: who, in which role, when and why, as CSV.', csv, [localeQuery]),
  '/api/networks/{network}/public/open-data.json': {
    get: {
      operationId: 'openData',
      tags: ['public records'],
      summary: 'Öppna data — the network’s published records (approved mandate versions, published agendas and minutes, decisions) after the OParl concepts; no sign-in needed. `Link: rel="describedby"` names its JSON Schema.',
      parameters: [networkParameter],
      responses: { '200': { ...json({ $ref: '#/components/schemas/OpenData' }, 'Open data'), headers: disposition }, ...errorResponses(['NOT_FOUND', 'RATE_LIMITED', 'STORE_UNAVAILABLE']) },
    },
  },
  '/api/networks/{network}/public/open-data.schema.json': {
    get: { operationId: 'openDataSchema', tags: ['public records'], summary: 'The JSON Schema (draft 2020-12) of the open data.', parameters: [networkParameter], responses: { '200': { description: 'JSON Schema', content: { 'application/schema+json': { schema: { type: 'object' } } } }, ...errorResponses(['NOT_FOUND']) } },
  },
  '/api/networks/{network}/public/register': {
    get: {
      operationId: 'publicRecordsRegister',
      tags: ['public records'],
      summary: 'Förteckning över allmänna handlingar — every public record with its registration date, type, classification and retention rule, and the weeding report as of today (it lists; nothing is weeded without a recorded decision).',
      parameters: [networkParameter],
      responses: { '200': json({ type: 'object', properties: { network: { type: 'string' }, plan: { type: ['string', 'null'] }, entries: { type: 'array', items: { type: 'object' } }, weeding: { type: 'object' } } }, 'The register'), ...errorResponses(['NOT_FOUND', 'RATE_LIMITED', 'STORE_UNAVAILABLE']) },
    },
  },
};

let cached: Json | undefined;

/** The OpenAPI 3.1 document (built once, on first use). */
export function openApiDocument(): Json {
  if (cached) return cached;
  const registry = z.registry<{ id: string }>();
  const commandIds: string[] = [];
  for (const [type, definition] of commandDefinitions) {
    registry.add(definition.schema, { id: `Command.${type}` });
    commandIds.push(`Command.${type}`);
  }
  registry.add(Dataset, { id: 'Dataset' });
  registry.add(OpenData, { id: 'OpenData' });
  const generated = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  const schemas: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Json;
    schemas[id] = id.startsWith('Command.') ? envelopeLeftToServer(rest) : rest;
  }

  const queryPaths: Json = {};
  for (const [name, query] of Object.entries(namedQueries)) {
    const params = z.toJSONSchema(query.params, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
    queryPaths[`/api/networks/{network}/queries/${name}`] = {
      get: {
        operationId: `query_${name}`,
        tags: ['queries'],
        summary: query.summary,
        security: signedIn,
        parameters: [
          networkParameter,
          ...Object.entries(params.properties ?? {}).map(([param, schema]) => {
            const { $schema: _schema, ...rest } = schema;
            return { name: param, in: 'query', required: (params.required ?? []).includes(param), schema: rest };
          }),
        ],
        responses: { '200': json({ type: 'object', properties: { query: { const: name }, result: {} } }, 'The query’s result'), ...errorResponses([...common, 'VALIDATION']) },
      },
    };
  }

  const commandBody = { oneOf: commandIds.map((id) => ({ $ref: `#/components/schemas/${id}` })), discriminator: { propertyName: 'type' } };
  const commandAnswer = json({ type: 'object', required: ['ok', 'duplicate', 'events'], properties: { ok: { const: true }, duplicate: { type: 'boolean' }, events: { type: 'array', items: { $ref: '#/components/schemas/StoredEvent' } } } }, 'Recorded (201), or recorded before under the same id (200, duplicate)');
  const writeErrors = errorResponses([...common, 'VALIDATION', 'CONFLICT', 'NOT_ALLOWED_NOW', 'DAMAGED', 'CROSS_SITE_REQUEST', 'PAYLOAD_TOO_LARGE', 'TIMEOUT']);

  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Samverkan server',
      version: '0',
      description:
        'One shared log per network, written only by core’s runtime. Who acts is the signed-in person (session cookie or bearer token), and the time is the server’s clock. Errors carry a code, a message in Swedish and English, and details; see `Error`.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    tags: [{ name: 'commands' }, { name: 'reading' }, { name: 'queries' }, { name: 'documents' }, { name: 'public records' }, { name: 'sign-in' }, { name: 'operations' }],
    paths: {
      '/api/networks': { get: { operationId: 'listNetworks', tags: ['reading'], summary: 'The networks on this server.', responses: { '200': json({ type: 'object', properties: { networks: { type: 'array', items: { type: 'string' } } } }, 'Network names') } } },
      '/api/networks/{network}/commands': {
        post: {
          operationId: 'sendCommand',
          tags: ['commands'],
          summary: 'Send a command; answered with the stored events or core’s typed refusal.',
          security: signedIn,
          parameters: [networkParameter],
          requestBody: { required: true, content: { 'application/json': { schema: commandBody } } },
          responses: { '200': commandAnswer, '201': commandAnswer, ...writeErrors },
        },
      },
      '/api/networks/{network}/can': {
        post: {
          operationId: 'canCommand',
          tags: ['commands'],
          summary: 'Would the command be accepted now? Writes nothing; always 200 with `{ ok: true, roleId, roleName }` or the refusal.',
          security: signedIn,
          parameters: [networkParameter],
          requestBody: { required: true, content: { 'application/json': { schema: commandBody } } },
          responses: { '200': json({ oneOf: [{ type: 'object', properties: { ok: { const: true }, roleId: { type: 'string' }, roleName: { type: 'string' } } }, { $ref: '#/components/schemas/Error' }] }, 'The answer'), ...errorResponses(common) },
        },
      },
      '/api/networks/{network}/dataset': {
        put: {
          operationId: 'loadDataset',
          tags: ['commands'],
          summary: 'Load a new version of the network’s dataset (the network administrator).',
          security: signedIn,
          parameters: [networkParameter],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['dataset'], properties: { dataset: { $ref: '#/components/schemas/Dataset' }, commandId: { type: 'string' } } } } } },
          responses: { '200': commandAnswer, '201': commandAnswer, ...writeErrors },
        },
      },
      '/api/networks/{network}/people/{personId}/erase': {
        post: {
          operationId: 'erasePersonalData',
          tags: ['commands'],
          summary: 'Erase a person’s personal data (the network administrator); the log keeps the opaque id.',
          security: signedIn,
          parameters: [networkParameter, { name: 'personId', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'string' }, commandId: { type: 'string' } } } } } },
          responses: { '200': commandAnswer, '201': commandAnswer, ...writeErrors },
        },
      },
      '/api/networks/{network}/me': { get: { operationId: 'me', tags: ['reading'], summary: 'Who the signed-in person is in the network.', security: signedIn, parameters: [networkParameter], responses: { '200': json({ type: 'object', properties: { network: { type: 'string' }, personId: { type: 'string' }, name: { type: ['string', 'null'] }, via: { type: 'string' }, now: { type: 'string', description: "The network's clock" }, position: { type: 'integer', description: 'The last log position: read the state, then follow the live stream from here' } } }, 'The person'), ...errorResponses(common) } } },
      '/api/networks/{network}/state': { get: { operationId: 'state', tags: ['reading'], summary: 'The network’s state: the dataset (without identity claims) and every record’s view, Maps as objects keyed by id.', security: signedIn, parameters: [networkParameter], responses: { '200': json({ type: 'object' }, 'The state'), ...errorResponses(common) } } },
      '/api/networks/{network}/people': { get: { operationId: 'people', tags: ['reading'], summary: 'Personal data of the network’s people (name, title, contact details), for a replica that replays the log.', security: signedIn, parameters: [networkParameter], responses: { '200': json({ type: 'object', properties: { people: { type: 'array', items: { type: 'object', properties: { personId: { type: 'string' }, data: { type: 'object' } } } } } }, 'Personal data'), ...errorResponses(common) } } },
      '/api/networks/{network}/log': {
        get: {
          operationId: 'log',
          tags: ['reading'],
          summary: 'The log from a position, in pages.',
          security: signedIn,
          parameters: [networkParameter, { name: 'from', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 5000, default: 1000 } }],
          responses: { '200': json({ type: 'object', properties: { events: { type: 'array', items: { $ref: '#/components/schemas/StoredEvent' } }, next: { type: ['integer', 'null'] }, lastPosition: { type: 'integer' } } }, 'A page of the log'), ...errorResponses([...common, 'VALIDATION']) },
        },
      },
      '/api/networks/{network}/events': {
        get: {
          operationId: 'liveEvents',
          tags: ['reading'],
          summary: 'Server-Sent Events: `events` messages (a JSON array of stored events, id = the last one’s position) after `Last-Event-ID` or `from`, then live; heartbeats as comments.',
          security: signedIn,
          parameters: [networkParameter, { name: 'Last-Event-ID', in: 'header', schema: { type: 'integer', minimum: 0 } }, { name: 'from', in: 'query', schema: { type: 'integer', minimum: 0 } }],
          responses: { '200': { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errorResponses(common) },
        },
      },
      ...queryPaths,
      '/api/networks/{network}/public': { get: { operationId: 'publicRecords', tags: ['public records'], summary: 'Approved mandate versions, published agendas and published minutes — no sign-in needed.', parameters: [networkParameter], responses: { '200': json({ type: 'object' }, 'Public records'), ...errorResponses(['NOT_FOUND', 'RATE_LIMITED', 'STORE_UNAVAILABLE']) } } },
      '/api/networks/{network}/public/mandates/{mandateId}': { get: { operationId: 'publicMandate', tags: ['public records'], summary: 'A mandate’s approved versions.', parameters: [networkParameter, { name: 'mandateId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': json({ type: 'object' }, 'The approved versions'), ...errorResponses(['NOT_FOUND']) } } },
      '/api/networks/{network}/public/meetings/{meetingId}': { get: { operationId: 'publicMeeting', tags: ['public records'], summary: 'A meeting’s published agenda and, once published, its minutes.', parameters: [networkParameter, { name: 'meetingId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': json({ type: 'object' }, 'Agenda and minutes'), ...errorResponses(['NOT_FOUND']) } } },
      ...documentPaths,
      '/auth/login': { get: { operationId: 'signIn', tags: ['sign-in'], summary: 'Start signing in with the OpenID Connect provider (code flow with PKCE).', parameters: [{ name: 'returnTo', in: 'query', schema: { type: 'string' } }], responses: { '302': { description: 'To the provider' } } } },
      '/auth/callback': { get: { operationId: 'signInCallback', tags: ['sign-in'], summary: 'Where the provider returns; sets the session cookie.', responses: { '302': { description: 'Back to `returnTo`' }, ...errorResponses(['NOT_SIGNED_IN']) } } },
      '/auth/logout': { post: { operationId: 'signOut', tags: ['sign-in'], summary: 'Clear the session.', responses: { '200': json({ type: 'object', properties: { signedOut: { const: true }, providerLogout: { type: ['string', 'null'] } } }, 'Signed out') } } },
      '/auth/session': { get: { operationId: 'session', tags: ['sign-in'], summary: 'Whether someone is signed in.', responses: { '200': json({ type: 'object' }, 'The session') } } },
      '/health': { get: { operationId: 'health', tags: ['operations'], summary: 'The process is up.', responses: { '200': json({ type: 'object' }, 'Up') } } },
      '/ready': { get: { operationId: 'ready', tags: ['operations'], summary: 'The database answers and the server is not shutting down.', responses: { '200': json({ type: 'object' }, 'Ready'), '503': json({ type: 'object' }, 'Not ready') } } },
      '/openapi.json': { get: { operationId: 'openapi', tags: ['operations'], summary: 'This description.', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') } } },
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'samverkan-session', description: '`__Host-samverkan-session` over https. Unsafe requests need a matching Origin (or the header `X-Samverkan-Request: 1`).' },
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A JWT from the configured OpenID Connect provider (issuer, audience and expiry checked against its JWKS).' },
      },
      schemas: { ...schemas, LocalizedText: localized, Error: errorSchema, StoredEvent: storedEventSchema },
    },
  };
  return cached;
}
