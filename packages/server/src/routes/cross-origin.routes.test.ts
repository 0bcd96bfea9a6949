// A page on another origin (an intranet with a widget) reads and acts through the API only when
// its site is in ALLOWED_ORIGINS: the preflight is answered for it and for no other site, and a
// command from it is accepted, while one from a site not listed is refused as cross-site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstMeeting, people, startTestServer, type TestServer } from '../test-support/server-test-support.js';

const intranet = 'https://intranat.kommun.example';
const stranger = 'https://elak.example';

describe('pages on other origins (CORS)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ config: { allowedOrigins: [intranet] } });
  });
  afterAll(() => t.stop());

  const preflight = (origin: string, headers: string) =>
    fetch(`${t.url}/api/networks/fyrbodal/commands`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
    });

  it('answers the preflight of a listed site with its origin, credentials and the headers the client sends', async () => {
    const response = await preflight(intranet, 'authorization,content-type,last-event-id,x-samverkan-request');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(intranet);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['authorization', 'content-type', 'last-event-id', 'x-samverkan-request']) expect(allowed).toContain(header);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('does not allow a site that is not listed', async () => {
    const response = await preflight(stranger, 'x-samverkan-request');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const read = await fetch(`${t.url}/api/networks/fyrbodal/public`, { headers: { origin: stranger } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a listed site read, see the retry and request headers, and send a command with the session; a stranger’s command is refused', async () => {
    const read = await fetch(`${t.url}/api/networks/fyrbodal/public`, { headers: { origin: intranet } });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBe(intranet);
    expect(read.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const command = { type: 'openCall', id: 'cors-open-call', meetingId: firstMeeting };
    const refused = await t.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: command, headers: { origin: stranger } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('CROSS_SITE_REQUEST');
    const accepted = await t.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: command, headers: { origin: intranet } });
    expect(accepted.status).toBe(201);
    expect(accepted.headers.get('access-control-allow-origin')).toBe(intranet);
  });
});
