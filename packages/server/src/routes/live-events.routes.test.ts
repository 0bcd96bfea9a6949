// The live stream: other people's commands arrive as they are recorded, and a client that was cut
// off resumes from the last id it saw with no gap and no event twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstMeeting, openEventStream, people, startTestServer, type TestServer } from '../test-support/server-test-support.js';

describe('the live stream of a network', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ config: { sseHeartbeatMs: 200 } });
  });
  afterAll(() => t.stop());
  const streamAs = async (personId: string, lastEventId?: number) =>
    openEventStream(`${t.url}/api/networks/fyrbodal/events`, { cookie: await t.cookieFor(personId), ...(lastEventId !== undefined ? { 'last-event-id': String(lastEventId) } : {}) });
  const propose = (n: number, as: string = people.representative) =>
    t.request('/api/networks/fyrbodal/commands', { as, body: { type: 'proposeAgendaItem', id: `item-${n}`, meetingId: firstMeeting, item: { id: `item-${n}`, title: `Punkt ${n}`, kind: 'information', durationMinutes: 5 } } });

  it("sends the log so far, then another person's command as it is recorded, with heartbeats between", async () => {
    const stream = await streamAs(people.processLeader);
    await stream.until(() => stream.positions().length === 1);
    expect(stream.status).toBe(200);
    expect(stream.messages[0]).toMatchObject({ event: 'ready' });
    expect(stream.positions()).toEqual([1]);
    expect((await t.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: { type: 'openCall', id: 'open', meetingId: firstMeeting } })).status).toBe(201);
    expect((await propose(1)).status).toBe(201);
    await stream.until(() => stream.positions().length === 3);
    const last = stream.messages.at(-1)!;
    expect(last.id).toBe('3');
    expect(JSON.parse(last.data)).toMatchObject([{ type: 'proposeAgendaItem', by: people.representative, position: 3 }]);
    await stream.until(() => stream.comments >= 2, 5_000);
    stream.cut();
    await stream.done;
  });

  it('resumes after a cut connection from Last-Event-ID: every event once, in order, none missing', async () => {
    const first = await streamAs(people.representative);
    await first.until(() => first.positions().length >= 3);
    const sent: Promise<Response>[] = [];
    for (let n = 10; n < 20; n += 1) sent.push(propose(n, n % 2 ? people.representative : people.otherRepresentative));
    // Cut off part-way through the commands, while they are being recorded and sent.
    await first.until(() => first.positions().length >= 5);
    first.cut();
    await first.done;
    const seen = first.positions();
    const lastId = Number(first.messages.filter((m) => m.event === 'events').at(-1)!.id);
    expect(lastId).toBe(seen.at(-1));
    // More commands while the client is away.
    for (const response of await Promise.all(sent)) expect(response.status).toBe(201);
    for (let n = 20; n < 25; n += 1) expect((await propose(n)).status).toBe(201);
    const resumed = await streamAs(people.representative, lastId);
    await resumed.until(() => resumed.positions().at(-1) === 18);
    const all = [...seen, ...resumed.positions()];
    expect(all).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    // And live on after the catch-up.
    expect((await propose(99)).status).toBe(201);
    await resumed.until(() => resumed.positions().at(-1) === 19);
    resumed.cut();
    await resumed.done;
  });

  it('resumes from ?from= too, and refuses a position that is not one (422), and anyone signed out (401)', async () => {
    const stream = openEventStream(`${t.url}/api/networks/fyrbodal/events?from=17`, { cookie: await t.cookieFor(people.processLeader) });
    await stream.until(() => stream.positions().length === 2);
    expect(stream.positions()).toEqual([18, 19]);
    stream.cut();
    await stream.done;
    expect((await t.request('/api/networks/fyrbodal/events?from=-1', { as: people.processLeader })).status).toBe(422);
    expect((await t.request('/api/networks/fyrbodal/events')).status).toBe(401);
  });
});
