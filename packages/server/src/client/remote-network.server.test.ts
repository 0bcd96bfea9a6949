// The browser side against the real server: two people in one network, each through
// connectToNetwork (the Samverkan interface over HTTP and the live stream) — the representative
// proposes an item, the process leader sees it live and publishes, the representative sees the
// published agenda; the representative's attempt to publish is refused by the server.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { firstMeeting, people, startTestServer, type TestServer } from '../test-support/server-test-support.js';
import { connectToNetwork, type RemoteNetwork } from './index.js';

describe('connectToNetwork against the server', () => {
  let t: TestServer;
  let leader: RemoteNetwork;
  let representative: RemoteNetwork;
  /** A browser's fetch: the session cookie goes along (Node's fetch keeps no cookies). */
  const browserFetch = (cookie: string): typeof fetch => (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    return fetch(input, { ...init, headers });
  };

  beforeAll(async () => {
    t = await startTestServer();
    leader = await connectToNetwork({ server: t.url, network: 'fyrbodal', fetch: browserFetch(await t.cookieFor(people.processLeader)) });
    representative = await connectToNetwork({ server: t.url, network: 'fyrbodal', fetch: browserFetch(await t.cookieFor(people.representative)) });
  });
  afterAll(async () => {
    await leader?.close();
    await representative?.close();
    await t?.stop();
  });

  it('knows who each is, and follows the other person’s commands live', async () => {
    expect(leader.personId).toBe(people.processLeader);
    expect(representative.personId).toBe(people.representative);
    await vi.waitFor(() => expect(leader.connected() && representative.connected()).toBe(true), { timeout: 10_000 });
    const opened = await leader.runtime.dispatch({ type: 'openCall', id: 'open', meetingId: firstMeeting });
    expect(opened.ok).toBe(true);
    await vi.waitFor(() => expect(representative.runtime.getState().meetings.get(firstMeeting)?.status).toBe('collectingItems'), { timeout: 10_000 });

    t.clock.set('2019-01-03T10:00:00+01:00');
    const proposed = await representative.runtime.dispatch({ type: 'proposeAgendaItem', id: 'p1', meetingId: firstMeeting, item: { id: 'nattillsyn', title: 'Digital nattillsyn', kind: 'information', durationMinutes: 30 } });
    expect(proposed.ok).toBe(true);
    await vi.waitFor(() => expect(leader.runtime.getState().meetings.get(firstMeeting)?.context.agenda.map((i) => i.id)).toEqual(['nattillsyn']), { timeout: 10_000 });
  });

  it("refuses the representative's publishing on the server, and shows everyone the leader's", async () => {
    t.clock.set('2019-01-09T14:00:00+01:00');
    const refused = await representative.runtime.dispatch({ type: 'publishAgenda', id: 'not-hers', meetingId: firstMeeting, by: people.processLeader });
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    const published = await leader.runtime.dispatch({ type: 'publishAgenda', id: 'publish', meetingId: firstMeeting });
    expect(published.ok).toBe(true);
    await vi.waitFor(() => expect(representative.runtime.getState().meetings.get(firstMeeting)?.status).toBe('agendaPublished'), { timeout: 10_000 });
    // Names came from the server's people (the log carries none).
    expect(representative.runtime.getState().dataset.people.find((p) => p.id === people.processLeader)?.name).toBe('Helena Vik');
  });

  it('sends a command from outside (dispatchUntrusted, dispatchAllUntrusted) to the server too, never only to its own copy', async () => {
    t.clock.set('2019-01-09T15:00:00+01:00');
    const fromJson: unknown = JSON.parse('{"type":"sendInvitations","id":"invite","meetingId":"' + firstMeeting + '"}');
    expect((await leader.runtime.dispatchUntrusted(fromJson)).ok).toBe(true);
    // The other person sees it: it went through the server, not into the leader's copy alone.
    await vi.waitFor(() => expect(representative.runtime.getState().meetings.get(firstMeeting)?.status).toBe('invited'), { timeout: 10_000 });
    const refused = await representative.runtime.dispatchAllUntrusted([{ type: 'cancelMeeting', id: 'not-hers-either', meetingId: firstMeeting, reason: 'Nej' }]);
    expect(refused).toMatchObject({ ok: false, index: 0, error: { code: 'NOT_AUTHORISED' } });
  });
});
