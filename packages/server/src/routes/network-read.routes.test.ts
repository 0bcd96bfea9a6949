// Reading a network: members read its working material; anyone reads its public records.
import { recordFingerprint } from '@samverkan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedQueries } from '../networks/named-queries.js';
import { firstMeeting, meetingSteps, people, startTestServer, type TestServer } from '../test-support/server-test-support.js';

describe('reading a network', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ networks: ['fyrbodal', 'other-network'] });
    await meetingSteps(t, 'proposeAgendaItem');
  });
  afterAll(() => t.stop());

  it('lists the networks, and says who the signed-in person is in one', async () => {
    expect(await (await t.request('/api/networks')).json()).toEqual({ networks: ['fyrbodal', 'other-network'] });
    expect(await (await t.request('/api/networks/fyrbodal/me', { as: people.representative })).json()).toEqual({
      network: 'fyrbodal',
      personId: people.representative,
      name: 'Karin Ekdahl',
      via: 'session',
      // The network's clock, which a client dates its view by.
      now: t.clock(),
      // The log so far: the dataset and the two commands of beforeAll.
      position: 3,
    });
  });

  it("serves the state with Maps as objects keyed by id, without anyone's identity claims", async () => {
    const response = await t.request('/api/networks/fyrbodal/state', { as: people.representative });
    expect(response.status).toBe(200);
    const state = (await response.json()) as { meetings: Record<string, { status: string; context: { agenda: unknown[] } }>; dataset: { people: Array<Record<string, unknown>> }; damaged: unknown[] };
    expect(state.meetings[firstMeeting]).toMatchObject({ status: 'collectingItems', context: { agenda: [{ id: 'nattillsyn' }] } });
    expect(Object.keys(state.meetings)).toHaveLength(12);
    expect(state.damaged).toEqual([]);
    expect(state.dataset.people).toHaveLength(21);
    expect(JSON.stringify(state)).not.toContain('identityClaims');
    expect(JSON.stringify(state)).not.toContain(`sub-${people.representative}`);
    const peopleList = (await (await t.request('/api/networks/fyrbodal/people', { as: people.representative })).json()) as { people: Array<{ personId: string; data: Record<string, unknown> }> };
    expect(peopleList.people.find((p) => p.personId === people.representative)).toEqual({
      personId: people.representative,
      data: { name: 'Karin Ekdahl', title: 'Verksamhetsutvecklare', contact: { email: 'karin.ekdahl@example.se' } },
    });
  });

  it('answers every named query, checks its parameters (422) and knows no other (404)', async () => {
    const params: Record<string, string> = {
      attendanceByOrganisation: '?groupId=fyrbodal:e-halsonatverket',
      mandateVersionHistory: '?mandateId=fyrbodal:uppdrag-e-halsonatverket',
      agreementRatification: '?agreementId=none',
    };
    for (const name of Object.keys(namedQueries)) {
      const response = await t.request(`/api/networks/fyrbodal/queries/${name}${params[name] ?? ''}`, { as: people.representative });
      expect(response.status, name).toBe(200);
      expect(await response.json(), name).toHaveProperty('query', name);
    }
    const upcoming = (await (await t.request('/api/networks/fyrbodal/queries/upcomingMeetings?limit=2', { as: people.representative })).json()) as { result: Array<{ meetingId: string; agendaItemCount: number }> };
    expect(upcoming.result.map((m) => m.meetingId)).toEqual([firstMeeting, 'fyrbodal:mote-2019-03-21']);
    expect(upcoming.result[0]!.agendaItemCount).toBe(1);
    const bad = await t.request('/api/networks/fyrbodal/queries/upcomingMeetings?limit=0&now=yesterday', { as: people.representative });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { code: string; details: { issues: Array<{ pathText: string }> } };
    expect(body.code).toBe('VALIDATION');
    expect(body.details.issues.map((issue) => issue.pathText).sort()).toEqual(['limit', 'now']);
    expect((await t.request('/api/networks/fyrbodal/queries/attendanceByOrganisation', { as: people.representative })).status).toBe(422);
    expect((await t.request('/api/networks/fyrbodal/queries/__proto__', { as: people.representative })).status).toBe(404);
    expect((await t.request('/api/networks/fyrbodal/queries/everything', { as: people.representative })).status).toBe(404);
  });

  it('reads the log from a position, in pages', async () => {
    const all = (await (await t.request('/api/networks/fyrbodal/log', { as: people.representative })).json()) as { events: Array<{ position: number; type: string }>; next: number | null };
    expect(all.events.map((e) => [e.position, e.type])).toEqual([
      [1, 'loadDataset'],
      [2, 'openCall'],
      [3, 'proposeAgendaItem'],
    ]);
    expect(all.next).toBeNull();
    const page = (await (await t.request('/api/networks/fyrbodal/log?from=2&limit=1', { as: people.representative })).json()) as { events: Array<{ position: number }>; next: number | null; lastPosition: number };
    expect(page).toMatchObject({ events: [{ position: 2 }], next: 3, lastPosition: 2 });
    expect((await t.request('/api/networks/fyrbodal/log?from=0', { as: people.representative })).status).toBe(422);
    expect((await t.request('/api/networks/fyrbodal/log?limit=100000', { as: people.representative })).status).toBe(422);
  });

  it('keeps networks apart: a person of one is nobody in another, and its log is its own', async () => {
    const other = await t.request('/api/networks/other-network/log', { as: people.representative });
    // The other network was made from the same sample, so she is in it too — with a log of her own.
    expect(((await other.json()) as { events: unknown[] }).events).toHaveLength(1);
    const { name, value } = await t.server.issueSession([{ kind: 'sub', value: 'sub-only-in-fyrbodal' }]);
    expect((await fetch(`${t.url}/api/networks/other-network/state`, { headers: { cookie: `${name}=${value}` } })).status).toBe(403);
  });

  it('keeps working material from anyone not signed in: state, people, queries, log, live stream, me (401 each)', async () => {
    for (const path of ['state', 'people', 'queries/upcomingMeetings', 'log', 'events', 'me']) {
      const response = await t.request(`/api/networks/fyrbodal/${path}`);
      expect(response.status, path).toBe(401);
      expect(await response.json(), path).toMatchObject({ ok: false, code: 'NOT_SIGNED_IN' });
    }
    // A session cookie that was changed is nobody.
    const cookie = await t.cookieFor(people.representative);
    const tampered = cookie.slice(0, -3) + (cookie.endsWith('A') ? 'BBB' : 'AAA');
    expect((await fetch(`${t.url}/api/networks/fyrbodal/state`, { headers: { cookie: tampered } })).status).toBe(401);
  });
});

describe('public records', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  const publicRecords = async () => (await (await t.request('/api/networks/fyrbodal/public')).json()) as { agendas: Array<{ meetingId: string; agenda: unknown[] }>; minutes: Array<{ meetingId: string; fingerprint: string; record: unknown }>; mandates: unknown[] };

  it('shows neither a proposed agenda nor a draft to anyone signed out', async () => {
    await meetingSteps(t, 'proposeAgendaItem');
    expect(await publicRecords()).toMatchObject({ agendas: [], minutes: [], mandates: [] });
    expect((await t.request(`/api/networks/fyrbodal/public/meetings/${firstMeeting}`)).status).toBe(404);
    expect((await t.request('/api/networks/fyrbodal/public/mandates/fyrbodal:uppdrag-e-halsonatverket')).status).toBe(404);
  });

  it('shows a published agenda to anyone, and draft minutes to nobody signed out', async () => {
    await t.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: { type: 'publishAgenda', id: 'pub', meetingId: firstMeeting } });
    t.clock.set('2019-01-09T14:10:00+01:00');
    const records = await publicRecords();
    expect(records.agendas.map((a) => a.meetingId)).toEqual([firstMeeting]);
    expect(records.agendas[0]!.agenda).toMatchObject([{ id: 'nattillsyn', title: 'Digital nattillsyn i hemtjänsten' }]);
    expect(records.minutes).toEqual([]);
  });

  it('shows published minutes with their fingerprint, which the record gives back', async () => {
    // meetingSteps runs from the start: the steps already taken answer as retries would not, so go on by hand.
    const leader = people.processLeader;
    const steps: Array<[string, string, Record<string, unknown>]> = [
      ['sendInvitations', '2019-01-09T14:10:00+01:00', {}],
      ['holdMeeting', '2019-01-24T09:00:00+01:00', {}],
      ['draftMinutes', '2019-01-28T10:00:00+01:00', { minutes: { items: [{ itemId: 'nattillsyn', informed: 'Dals-Ed berättade om nattillsyn.' }], decisions: [], actions: [], escalations: [] } }],
    ];
    for (const [type, at, payload] of steps) {
      t.clock.set(at);
      expect((await t.request('/api/networks/fyrbodal/commands', { as: leader, body: { type, id: type, meetingId: firstMeeting, ...payload } })).status, type).toBe(201);
    }
    expect((await publicRecords()).minutes).toEqual([]);
    t.clock.set('2019-01-31T10:00:00+01:00');
    await t.request('/api/networks/fyrbodal/commands', { as: leader, body: { type: 'approveMinutes', id: 'approve', meetingId: firstMeeting } });
    expect((await publicRecords()).minutes).toEqual([]);
    t.clock.set('2019-02-01T09:00:00+01:00');
    await t.request('/api/networks/fyrbodal/commands', { as: leader, body: { type: 'publishMinutes', id: 'publish', meetingId: firstMeeting } });
    const { minutes } = await publicRecords();
    expect(minutes.map((m) => m.meetingId)).toEqual([firstMeeting]);
    expect(minutes[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(recordFingerprint(minutes[0]!.record)).toBe(minutes[0]!.fingerprint);
    const one = (await (await t.request(`/api/networks/fyrbodal/public/meetings/${firstMeeting}`)).json()) as { minutes: { fingerprint: string } };
    expect(one.minutes.fingerprint).toBe(minutes[0]!.fingerprint);
  });

  it("shows a mandate once the commissioner approved a version — never the draft or the review", async () => {
    const { fyrbodalHistory } = await import('@samverkan/core/samples');
    const mandateId = 'fyrbodal:uppdrag-e-halsonatverket';
    const steps = fyrbodalHistory.commands().filter((c) => 'mandateId' in c && c.mandateId === mandateId).slice(0, 4);
    expect(steps.map((c) => c.type)).toEqual(['submitMandateForReview', 'reviewMandate', 'reviewMandate', 'approveMandate']);
    for (const { by, at, ...command } of steps) {
      if (command.type === 'approveMandate') {
        // In review: still working material.
        expect((await publicRecords()).mandates).toEqual([]);
        expect((await t.request(`/api/networks/fyrbodal/public/mandates/${mandateId}`)).status).toBe(404);
      }
      t.clock.set(at as string);
      const response = await t.request('/api/networks/fyrbodal/commands', { as: by as string, body: command });
      expect(response.status, command.type as string).toBe(201);
    }
    const { mandates } = (await publicRecords()) as unknown as { mandates: Array<{ mandateId: string; approvedVersions: Array<{ version: string; fingerprint: string; content: unknown }> }> };
    expect(mandates.map((m) => [m.mandateId, m.approvedVersions.map((v) => v.version)])).toEqual([[mandateId, ['1.0']]]);
    const [approved] = mandates[0]!.approvedVersions;
    expect(recordFingerprint(approved!.content)).toBe(approved!.fingerprint);
    expect(approved!.content).toMatchObject({ version: '1.0', classification: 'public' });
  });

  it('answers 404 for the public records of a network that does not exist', async () => {
    expect((await t.request('/api/networks/nowhere/public')).status).toBe(404);
  });
});

describe('the log position a client follows the live stream from', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ networks: ['fyrbodal'] });
    await meetingSteps(t, 'openCall');
  });
  afterAll(() => t.stop());

  it("says the log position the state reflects, so a client can follow the live stream from it", async () => {
    const me = async () => ((await (await t.request('/api/networks/fyrbodal/me', { as: people.representative })).json()) as { position: number }).position;
    const before = await me();
    const log = (await (await t.request('/api/networks/fyrbodal/log', { as: people.representative })).json()) as { lastPosition: number };
    expect(before).toBe(log.lastPosition);
    const proposed = await t.request('/api/networks/fyrbodal/commands', {
      as: people.representative,
      body: { type: 'proposeAgendaItem', id: 'position-probe', meetingId: firstMeeting, item: { id: 'positionsprov', title: 'Ett förslag', kind: 'discussion', durationMinutes: 10 } },
    });
    expect(proposed.status).toBe(201);
    expect(await me()).toBe(before + 1);
    // The live stream from that position starts with exactly the change made after it.
    const after = (await (await t.request(`/api/networks/fyrbodal/log?from=${before + 1}`, { as: people.representative })).json()) as { events: Array<{ commandId: string }> };
    expect(after.events.map((event) => event.commandId)).toEqual(['position-probe']);
  });
});
