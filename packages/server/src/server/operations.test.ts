// What an operator relies on: limits, timeouts, the cross-site check, a database that goes away,
// health and readiness, logs without personal data, networks released when idle, and a shutdown
// that finishes the commands in flight.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryNetworkStores } from '../networks/network-stores.js';
import { createLogger } from './logger.js';
import { faultyStores, firstMeeting, openEventStream, people, startTestServer, type TestServer } from '../test-support/server-test-support.js';

const servers: TestServer[] = [];
async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const t = await startTestServer(options);
  servers.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((t) => t.stop()));
});
const openCall = (t: TestServer, id = 'open') => t.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: { type: 'openCall', id, meetingId: firstMeeting } });

describe('limits', () => {
  it('refuses a body over the limit with 413, and a dataset may be larger than a command', async () => {
    const t = await start({ config: { bodyLimitBytes: 2_000, datasetBodyLimitBytes: 400_000 } });
    const big = { type: 'proposeAgendaItem', id: 'big', meetingId: firstMeeting, item: { id: 'b', title: 'B', description: 'x'.repeat(5_000), kind: 'information', durationMinutes: 5 } };
    const refused = await t.request('/api/networks/fyrbodal/commands', { as: people.representative, body: big });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 2_000 } });
    // The dataset route has its own, larger limit: a 5 kB body is read and checked by core.
    const dataset = await t.request('/api/networks/fyrbodal/dataset', { method: 'PUT', as: people.processLeader, body: { dataset: { note: 'x'.repeat(5_000) } } });
    expect(dataset.status).toBe(422);
  });

  it('counts a body sent in chunks, without a length, as it arrives: 413 past the limit, read whole within it', async () => {
    const t = await start({ config: { bodyLimitBytes: 2_000 } });
    expect((await openCall(t)).status).toBe(201);
    const chunked = async (body: string) => {
      const parts = [body.slice(0, 500), body.slice(500)];
      // A stream as the body: fetch sends it chunked, with no Content-Length.
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = parts.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      });
      const request = new Request(`${t.url}/api/networks/fyrbodal/commands`, {
        method: 'POST',
        headers: { cookie: await t.cookieFor(people.representative), origin: t.origin, 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(request.headers.get('content-length')).toBeNull();
      return fetch(request);
    };
    const command = (description: string) => JSON.stringify({ type: 'proposeAgendaItem', id: `chunked-${description.length}`, meetingId: firstMeeting, item: { id: `c${description.length}`, title: 'C', description, kind: 'information', durationMinutes: 5 } });
    const refused = await chunked(command('x'.repeat(5_000)));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 2_000 } });
    const accepted = await chunked(command('å'.repeat(400)));
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ ok: true, events: [{ type: 'proposeAgendaItem', data: { item: { description: 'å'.repeat(400) } } }] });
  });

  it('limits requests per session with 429 and Retry-After, and per address', async () => {
    const t = await start({ config: { rateLimitPerSession: 5, rateLimitPerAddress: 1_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await t.request('/api/networks/fyrbodal/me', { as: people.representative })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await t.request('/api/networks/fyrbodal/me', { as: people.representative });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED', details: { per: 'session' } });
    // Another person's session has its own allowance.
    expect((await t.request('/api/networks/fyrbodal/me', { as: people.processLeader })).status).toBe(200);

    const u = await start({ config: { rateLimitPerAddress: 3 } });
    const byAddress: number[] = [];
    for (let i = 0; i < 5; i += 1) byAddress.push((await u.request('/api/networks/fyrbodal/public')).status);
    expect(byAddress).toEqual([200, 200, 200, 429, 429]);
    // Health and readiness are never limited: a load balancer asks often.
    expect((await u.request('/health')).status).toBe(200);
    expect((await u.request('/ready')).status).toBe(200);
  });

  it('answers 503 TIMEOUT when a command takes longer than the timeout, and a command still waiting then is not made', async () => {
    const { stores, faults } = faultyStores();
    const t = await start({ stores, config: { requestTimeoutMs: 300 } });
    faults.appendDelayMs = 2_000;
    const appendsBefore = faults.appendsStarted;
    const slowAnswer = openCall(t, 'slow');
    // The second is sent once the first is being written, so it waits behind it (sent at once, it
    // could arrive first on a busy machine and be refused at once: the call is not open yet).
    await vi.waitFor(() => expect(faults.appendsStarted).toBe(appendsBefore + 1), { timeout: 10_000, interval: 10 });
    const queuedAnswer = t.request('/api/networks/fyrbodal/commands', { as: people.representative, body: { type: 'proposeAgendaItem', id: 'queued', meetingId: firstMeeting, item: { id: 'q', title: 'Q', kind: 'information', durationMinutes: 5 } } });
    const [slow, queued] = await Promise.all([slowAnswer, queuedAnswer]);
    expect(slow.status).toBe(503);
    expect(await slow.json()).toMatchObject({ code: 'TIMEOUT' });
    expect(queued.status).toBe(503);
    faults.appendDelayMs = 0;
    // The slow one is written after all (a retry with its id is answered as a duplicate); the queued one never ran.
    const commandIds = async () => ((await (await t.request('/api/networks/fyrbodal/log', { as: people.processLeader })).json()) as { events: Array<{ commandId: string }> }).events.map((e) => e.commandId);
    await vi.waitFor(async () => expect(await commandIds()).toContain('slow'), { timeout: 10_000, interval: 100 });
    expect(await commandIds()).not.toContain('queued');
    const retry = await openCall(t, 'slow');
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ duplicate: true });
  });
});

describe('the cross-site check', () => {
  it('refuses an unsafe request with the cookie from another origin, or with no origin and no header', async () => {
    const t = await start();
    const cookie = await t.cookieFor(people.processLeader);
    const body = JSON.stringify({ type: 'openCall', id: 'x-site', meetingId: firstMeeting });
    const fromElsewhere = await fetch(`${t.url}/api/networks/fyrbodal/commands`, { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' }, body });
    expect(fromElsewhere.status).toBe(403);
    expect(await fromElsewhere.json()).toMatchObject({ code: 'CROSS_SITE_REQUEST' });
    const noOrigin = await fetch(`${t.url}/api/networks/fyrbodal/commands`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
    expect(noOrigin.status).toBe(403);
    const logout = await fetch(`${t.url}/auth/logout`, { method: 'POST', headers: { cookie, origin: 'https://evil.example' } });
    expect(logout.status).toBe(403);
    // A program without a browser says so with the custom header (which no other site can set without CORS).
    const withHeader = await fetch(`${t.url}/api/networks/fyrbodal/commands`, { method: 'POST', headers: { cookie, 'x-samverkan-request': '1', 'content-type': 'application/json' }, body });
    expect(withHeader.status).toBe(201);
  });
});

describe('a database that goes away', () => {
  it('answers 503 with Retry-After (not a CONFLICT), reports not ready, and works again when it is back', async () => {
    const { stores, faults } = faultyStores();
    const t = await start({ stores });
    expect((await t.request('/api/networks/fyrbodal/me', { as: people.processLeader })).status).toBe(200);
    faults.unreachable = true;
    const command = await openCall(t, 'while-away');
    expect(command.status).toBe(503);
    expect(command.headers.get('retry-after')).toBe('2');
    expect(await command.json()).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((await t.request('/ready')).status).toBe(503);
    expect((await t.request('/health')).status).toBe(200);
    expect((await t.request('/api/networks')).status).toBe(503);
    faults.unreachable = false;
    expect((await t.request('/ready')).status).toBe(200);
    expect((await openCall(t, 'while-away')).status).toBe(201);
  });
});

describe('logs', () => {
  it('are JSON lines without names, e-mail addresses, claims, cookies or tokens', async () => {
    const lines: string[] = [];
    const t = await start({ log: createLogger({ write: (line) => lines.push(line), level: 'debug' }) });
    await openCall(t);
    await t.request('/api/networks/fyrbodal/people', { as: people.representative });
    await t.request('/api/networks/fyrbodal/commands', { as: people.representative, body: { type: 'publishAgenda', id: 'p', meetingId: firstMeeting, by: people.processLeader } });
    await fetch(`${t.url}/api/networks/fyrbodal/state`, { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' } });
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.filter((e) => e.msg === 'request').map((e) => e.status)).toEqual([201, 200, 403, 401]);
    const text = lines.join('\n');
    for (const secret of ['Karin Ekdahl', 'karin.ekdahl@example.se', 'sub-fyrbodal', 'samverkan-session=', 'eyJhbGciOiJIUzI1NiJ9', '127.0.0.1']) expect(text).not.toContain(secret);
  });
});

describe('networks in memory', () => {
  it('are released when idle and loaded again on the next request, with nothing lost', async () => {
    const t = await start({ networks: ['fyrbodal', 'second'], config: { networkIdleMs: 1_000 } });
    await openCall(t);
    expect((await t.request('/api/networks/second/me', { as: people.processLeader })).status).toBe(200);
    expect(t.server.registry.loaded).toBe(2);
    // A live stream holds its network.
    const stream = openEventStream(`${t.url}/api/networks/second/events`, { cookie: await t.cookieFor(people.processLeader) });
    await stream.until(() => stream.positions().length === 1);
    expect((await t.server.registry.sweep(Date.now() + 5_000)).sort()).toEqual(['fyrbodal']);
    expect(t.server.registry.loaded).toBe(1);
    stream.cut();
    await stream.done;
    // Released once the server has noticed the stream is gone (a sweep before that releases nothing).
    await vi.waitFor(async () => expect(await t.server.registry.sweep(Date.now() + 5_000)).toEqual(['second']), { timeout: 10_000, interval: 100 });
    const state = (await (await t.request('/api/networks/fyrbodal/state', { as: people.processLeader })).json()) as { meetings: Record<string, { status: string }> };
    expect(state.meetings[firstMeeting]!.status).toBe('collectingItems');
  });
});

describe('shutting down', () => {
  it('finishes the commands in flight, refuses new requests, ends live streams and closes', async () => {
    const inner = memoryNetworkStores();
    const { stores, faults } = faultyStores(inner);
    const t = await start({ stores });
    const kept = await inner.open('fyrbodal');
    const stream = openEventStream(`${t.url}/api/networks/fyrbodal/events`, { cookie: await t.cookieFor(people.processLeader) });
    await stream.until(() => stream.positions().length === 1);
    // Long enough that the command is still being written when the stop comes, on a busy machine too.
    faults.appendDelayMs = 1_500;
    const appendsBefore = faults.appendsStarted;
    const inFlight = openCall(t, 'in-flight');
    // Stopped once the command is being written, not 100 ms after it was sent: the count of
    // requests in flight was already 1 with the live stream alone, and on a busy machine the stop
    // could come before the command arrived (it was then refused a connection).
    await vi.waitFor(() => expect(faults.appendsStarted).toBe(appendsBefore + 1), { timeout: 10_000, interval: 10 });
    expect(t.running.inFlight).toBe(2);
    const stopping = t.running.stop();
    await vi.waitFor(() => expect(t.server.shuttingDown).toBe(true), { timeout: 10_000, interval: 20 });
    // The live stream ends (its client reconnects to another process with Last-Event-ID).
    await stream.done;
    const answer = await inFlight;
    expect(answer.status).toBe(201);
    await stopping;
    // Closed: nothing listens any more.
    await expect(fetch(`${t.url}/health`)).rejects.toThrow();
    // What was in flight is in the log.
    const log = await kept.readAll();
    expect(log.map((e) => e.commandId)).toContain('in-flight');
  });

  it('answers 503 SHUTTING_DOWN to a request that arrives while it drains', async () => {
    const t = await start();
    await t.server.beginShutdown();
    const response = await t.request('/api/networks/fyrbodal/me', { as: people.processLeader });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'SHUTTING_DOWN' });
    expect((await t.request('/ready')).status).toBe(503);
  });
});

describe('served over https', () => {
  it('names the session cookie __Host- and marks it Secure, HttpOnly and SameSite=Lax', async () => {
    // Behind a proxy that ends TLS: the public address is https, the process listens on loopback.
    const t = await start({ config: { publicUrl: 'https://samverkan.region.example' } });
    expect(t.server.cookies.name).toBe('__Host-samverkan-session');
    const cookie = await t.cookieFor(people.processLeader);
    expect(cookie.startsWith('__Host-samverkan-session=')).toBe(true);
    expect((await t.request('/api/networks/fyrbodal/me', { as: people.processLeader })).status).toBe(200);
    const out = await fetch(`${t.url}/auth/logout`, { method: 'POST', headers: { cookie, origin: 'https://samverkan.region.example' } });
    expect(out.status).toBe(200);
    const cleared = out.headers.getSetCookie().find((header) => header.startsWith('__Host-samverkan-session='))!;
    expect(cleared).toMatch(/Secure/);
    expect(cleared).toMatch(/Path=\//);
    expect(cleared).toMatch(/Max-Age=0/);
  });
});
