// Commands over HTTP: core's runtime decides, the server supplies who (the session's person)
// and when (its clock), and core's answer comes back with its code mapped to an HTTP status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstMeeting, meetingSteps, people, startTestServer, type TestServer } from '../test-support/server-test-support.js';

describe('commands', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  const send = (body: unknown, as: string | undefined = people.processLeader) => t.request('/api/networks/fyrbodal/commands', { body, ...(as ? { as } : {}) });

  it("records a command as the session's person at the server's clock, and a retry once", async () => {
    t.clock.set('2019-01-02T09:00:00+01:00');
    const command = { type: 'openCall', id: 'open-1', meetingId: firstMeeting };
    const first = await send(command);
    expect(first.status).toBe(201);
    const body = (await first.json()) as { ok: boolean; duplicate: boolean; events: Array<{ by: string; at: string; type: string }> };
    expect(body).toMatchObject({ ok: true, duplicate: false });
    expect(body.events.map((e) => [e.type, e.by, e.at])).toEqual([['openCall', people.processLeader, '2019-01-02T09:00:00+01:00']]);
    const again = await send(command);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ ok: true, duplicate: true });
    // The same id for another command is a CONFLICT.
    const clash = await send({ type: 'proposeAgendaItem', id: 'open-1', meetingId: firstMeeting, item: { id: 'x', title: 'X', kind: 'information', durationMinutes: 10 } });
    expect(clash.status).toBe(409);
    expect(await clash.json()).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses a forged sender even in a raw fetch with a valid session and the right origin (403 NOT_AUTHORISED), and writes nothing', async () => {
    const before = ((await (await t.request('/api/networks/fyrbodal/log', { as: people.processLeader })).json()) as { events: unknown[] }).events.length;
    const cookie = await t.cookieFor(people.representative);
    const forged = await fetch(`${t.url}/api/networks/fyrbodal/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: t.origin },
      body: JSON.stringify({ type: 'publishAgenda', id: 'forged-1', meetingId: firstMeeting, by: people.processLeader }),
    });
    expect(forged.status).toBe(403);
    const refusal = (await forged.json()) as { code: string; message: { sv: string; en: string } };
    expect(refusal.code).toBe('NOT_AUTHORISED');
    expect(refusal.message.sv).toMatch(/bestäms av inloggningen/);
    expect(refusal.message.en).toMatch(/decided by the sign-in/);
    // Without a `by`, the representative acts as herself and lacks the authority to publish.
    const asHerself = await send({ type: 'publishAgenda', id: 'forged-2', meetingId: firstMeeting }, people.representative);
    expect(asHerself.status).toBe(403);
    expect(await asHerself.json()).toMatchObject({ code: 'NOT_AUTHORISED', details: { authority: 'convene' } });
    const after = ((await (await t.request('/api/networks/fyrbodal/log', { as: people.processLeader })).json()) as { events: unknown[] }).events.length;
    expect(after).toBe(before);
  });

  it("refuses a command's own time when it is not the server's clock (422 VALIDATION)", async () => {
    const late = await send({ type: 'proposeAgendaItem', id: 'backdated', meetingId: firstMeeting, at: '2018-12-01T09:00:00+01:00', item: { id: 'b', title: 'B', kind: 'information', durationMinutes: 10 } }, people.representative);
    expect(late.status).toBe(422);
    expect(await late.json()).toMatchObject({ code: 'VALIDATION', details: { issues: [{ pathText: 'at' }] } });
  });

  it('maps each of core’s codes to its status: 422 VALIDATION, 404 NOT_FOUND, 409 NOT_ALLOWED_NOW', async () => {
    const invalid = await send({ type: 'proposeAgendaItem', id: 'invalid', meetingId: firstMeeting, item: { id: 'i', title: '', kind: 'information', durationMinutes: -5 } }, people.representative);
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as { code: string; details: { issues: Array<{ pathText: string; message: { sv: string; en: string } }> } };
    expect(body.code).toBe('VALIDATION');
    expect(body.details.issues.length).toBeGreaterThan(0);
    expect(body.details.issues[0]!.message.sv.length).toBeGreaterThan(0);
    const unknownMeeting = await send({ type: 'openCall', id: 'nf', meetingId: 'fyrbodal:mote-1999-01-01' });
    expect(unknownMeeting.status).toBe(404);
    expect(await unknownMeeting.json()).toMatchObject({ code: 'NOT_FOUND' });
    const notNow = await send({ type: 'approveMinutes', id: 'too-early', meetingId: firstMeeting });
    expect(notNow.status).toBe(409);
    expect(await notNow.json()).toMatchObject({ code: 'NOT_ALLOWED_NOW' });
    const unknownType = await send({ type: 'flyToTheMoon', id: 'x' });
    expect(unknownType.status).toBe(422);
  });

  it('answers 400 for a body that is not JSON, 401 for nobody, 403 for a sign-in that is nobody in the network, 404 for no such network', async () => {
    const notJson = await t.request('/api/networks/fyrbodal/commands', { as: people.processLeader, body: '{"type": "openCall",' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ code: 'BAD_REQUEST' });
    const nobody = await t.request('/api/networks/fyrbodal/commands', { body: { type: 'openCall', id: 'n', meetingId: firstMeeting } });
    expect(nobody.status).toBe(401);
    const { name, value } = await t.server.issueSession([{ kind: 'email', value: 'stranger@example.se' }]);
    const stranger = await fetch(`${t.url}/api/networks/fyrbodal/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${name}=${value}`, origin: t.origin },
      body: JSON.stringify({ type: 'openCall', id: 's', meetingId: firstMeeting }),
    });
    expect(stranger.status).toBe(403);
    expect(await stranger.json()).toMatchObject({ code: 'NOT_AUTHORISED', details: { network: 'fyrbodal' } });
    const elsewhere = await t.request('/api/networks/no-such-network/commands', { as: people.processLeader, body: { type: 'openCall', id: 'e', meetingId: firstMeeting } });
    expect(elsewhere.status).toBe(404);
    const badName = await t.request('/api/networks/Not_A_Name/state', { as: people.processLeader });
    expect(badName.status).toBe(404);
  });

  it('answers `can` without writing: allowed in a role, or the typed reason', async () => {
    const allowed = await t.request('/api/networks/fyrbodal/can', { as: people.representative, body: { type: 'proposeAgendaItem', id: 'maybe', meetingId: firstMeeting, item: { id: 'm', title: 'M', kind: 'information', durationMinutes: 10 } } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ ok: true, roleId: 'fyrbodal:kommunrepresentant' });
    const refused = await t.request('/api/networks/fyrbodal/can', { as: people.representative, body: { type: 'publishAgenda', id: 'maybe-2', meetingId: firstMeeting } });
    expect(await refused.json()).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });
});

describe('the network administrator', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it("erases a person's personal data: the people list shows the tombstone, the log keeps only the id", async () => {
    await meetingSteps(t, 'proposeAgendaItem');
    t.clock.set('2019-01-05T10:00:00+01:00');
    const refused = await t.request(`/api/networks/fyrbodal/people/${encodeURIComponent(people.otherRepresentative)}/erase`, { as: people.representative, body: { reason: 'Begäran' } });
    expect(refused.status).toBe(403);
    const erased = await t.request(`/api/networks/fyrbodal/people/${encodeURIComponent(people.representative)}/erase`, { as: people.processLeader, body: { reason: 'Begäran enligt artikel 17' } });
    expect(erased.status).toBe(201);
    const list = (await (await t.request('/api/networks/fyrbodal/people', { as: people.processLeader })).json()) as { people: Array<{ personId: string }> };
    expect(list.people.map((p) => p.personId)).not.toContain(people.representative);
    const state = (await (await t.request('/api/networks/fyrbodal/state', { as: people.processLeader })).json()) as { dataset: { people: Array<{ id: string; name: string; erased?: boolean }> } };
    expect(state.dataset.people.find((p) => p.id === people.representative)).toMatchObject({ name: 'Raderad person', erased: true });
    const log = JSON.stringify(await (await t.request('/api/networks/fyrbodal/log', { as: people.processLeader })).json());
    expect(log).toContain(people.representative);
    // Her contact details and sign-in claim were never in the log (her name stays only where core
    // documents it cannot be erased: free text a person typed into the mandate's version history).
    expect(log).not.toContain('karin.ekdahl@example.se');
    expect(log).not.toContain(`sub-${people.representative}`);
    // Her claim went with her personal data: her session is nobody in the network now.
    expect((await t.request('/api/networks/fyrbodal/me', { as: people.representative })).status).toBe(403);
  });

  it('loads a new dataset (the administrator only; a representative is refused)', async () => {
    const state = (await (await t.request('/api/networks/fyrbodal/state', { as: people.processLeader })).json()) as { dataset: Record<string, unknown> & { name: { sv: string; en: string } } };
    const { fyrbodal } = await import('@samverkan/core/samples');
    const { withClaims } = await import('../test-support/server-test-support.js');
    const renamed = { ...withClaims(fyrbodal), name: { sv: 'Fyrbodals e-hälsonätverk (ny)', en: 'Fyrbodal e-health network (new)' } };
    t.clock.set('2019-01-06T10:00:00+01:00');
    const byRepresentative = await t.request('/api/networks/fyrbodal/dataset', { method: 'PUT', as: people.otherRepresentative, body: { dataset: renamed } });
    expect(byRepresentative.status).toBe(403);
    const byAdministrator = await t.request('/api/networks/fyrbodal/dataset', { method: 'PUT', as: people.processLeader, body: { dataset: renamed } });
    expect(byAdministrator.status).toBe(201);
    const after = (await (await t.request('/api/networks/fyrbodal/state', { as: people.processLeader })).json()) as { dataset: { name: { sv: string } } };
    expect(state.dataset.name.sv).not.toBe(after.dataset.name.sv);
    expect(after.dataset.name.sv).toBe('Fyrbodals e-hälsonätverk (ny)');
  });
});
