// The files people take away, fetched from the server as a browser or a calendar app would and
// read back with independent parsers: ical.js for calendars, papaparse for CSV (as Excel reads
// it), Ajv for open data against the JSON Schema the server serves beside it.
import { Ajv2020 } from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstMeeting, meetingSteps, people, startTestServer, type TestServer } from '../test-support/server-test-support.js';
import { contentDisposition } from './documents.routes.js';

const api = '/api/networks/fyrbodal';
const group = 'fyrbodal:e-halsonatverket';

function calendar(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return component;
}

/** A CSV download's rows, as Excel reads the bytes: the byte-order mark first (which `Response.text()` would drop). */
async function csv(response: Response): Promise<string[][]> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The file name a browser saves the download as (the UTF-8 one where given). */
function filenameOf(response: Response): string | undefined {
  const header = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(header);
  return utf8 ? decodeURIComponent(utf8[1]!) : /filename="([^"]+)"/.exec(header)?.[1];
}

describe('documents from the server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    // The first meeting through to published minutes, with Karin recorded present.
    await meetingSteps(t, 'publishMinutes');
  });
  afterAll(() => t.stop());

  it("serves a meeting's invitation as .ics that a calendar reads back", async () => {
    const response = await t.request(`${api}/meetings/${firstMeeting}/invitation.ics`, { as: people.representative });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-2019-01-24\.ics"/);
    const parsed = calendar(await response.text());
    expect(parsed.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(parsed.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${firstMeeting}@samverkan`);
    // 09:00 in Stockholm in January is 08:00 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2019-01-24T08:00:00.000Z');
    expect(event.attendees.map((a) => a.getFirstValue())).toContain('mailto:karin.ekdahl@example.se');
  });

  it("serves a group's feed with every meeting of the group", async () => {
    const response = await t.request(`${api}/groups/${group}/calendar.ics`, { as: people.representative });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(filenameOf(response)).toBe('e-halsonatverket.ics');
    const parsed = calendar(await response.text());
    expect(parsed.getFirstPropertyValue('method')).toBe('PUBLISH');
    const uids = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(uids).toHaveLength(12);
    expect(uids).toContain(`${firstMeeting}@samverkan`);
    expect((await t.request(`${api}/groups/fyrbodal:nowhere/calendar.ics`, { as: people.representative })).status).toBe(404);
  });

  it("gives a person their own feed signed in, and a calendar app the same feed with the person's secret token", async () => {
    const own = await t.request(`${api}/people/${people.representative}/calendar.ics`, { as: people.representative });
    expect(own.status).toBe(200);
    const ownUids = calendar(await own.text()).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(ownUids).toContain(`${firstMeeting}@samverkan`);
    // Someone else's feed: refused, even to a member.
    expect((await t.request(`${api}/people/${people.otherRepresentative}/calendar.ics`, { as: people.representative })).status).toBe(403);
    // Signed out, without a token: not signed in.
    expect((await t.request(`${api}/people/${people.representative}/calendar.ics`)).status).toBe(401);

    const feed = (await (await t.request(`${api}/me/calendar-feed`, { as: people.representative })).json()) as { personId: string; url: string };
    expect(feed.personId).toBe(people.representative);
    const url = new URL(feed.url);
    expect(url.origin).toBe(t.origin);
    const token = url.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The calendar app has no cookie.
    const subscribed = await fetch(`${t.url}${url.pathname}${url.search}`);
    expect(subscribed.status).toBe(200);
    const subscribedUids = calendar(await subscribed.text()).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(subscribedUids).toEqual(ownUids);
    // The token is one person's: not another's, and not changed.
    expect((await t.request(`${api}/people/${people.otherRepresentative}/calendar.ics?token=${token}`)).status).toBe(403);
    const changed = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect((await t.request(`${api}/people/${people.representative}/calendar.ics?token=${changed}`)).status).toBe(403);
    expect((await t.request(`${api}/people/${people.representative}/calendar.ics?token=`)).status).toBe(403);
  });

  it("serves a meeting's attendance list as Excel-friendly CSV, in Swedish or English", async () => {
    const response = await t.request(`${api}/meetings/${firstMeeting}/attendance.csv`, { as: people.processLeader });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(filenameOf(response)).toBe('deltagarlista-2019-01-24.csv');
    const rows = await csv(response);
    expect(rows[0]).toEqual(['Datum', 'Namn', 'Organisation', 'Närvaro', 'Deltog', 'Ersätter']);
    expect(rows.find((r) => r[1] === 'Karin Ekdahl')).toEqual(['2019-01-24', 'Karin Ekdahl', 'Dals-Ed', 'Närvarande', 'På plats', '']);
    const english = await csv(await t.request(`${api}/meetings/${firstMeeting}/attendance.csv?locale=en`, { as: people.processLeader }));
    expect(english[0]).toEqual(['Date', 'Name', 'Organisation', 'Attendance', 'Took part', 'Stands in for']);
    expect((await t.request(`${api}/meetings/${firstMeeting}/attendance.csv?locale=de`, { as: people.processLeader })).status).toBe(422);
    expect((await t.request(`${api}/meetings/fyrbodal:nowhere/attendance.csv`, { as: people.processLeader })).status).toBe(404);
  });

  it('serves attendance per organisation over a period, the ESF report, the deliverables and the audit trail as CSV', async () => {
    const perOrganisation = await t.request(`${api}/groups/${group}/attendance.csv?from=2019-01-01&to=2019-06-30`, { as: people.processLeader });
    expect(perOrganisation.status).toBe(200);
    expect(filenameOf(perOrganisation)).toBe('narvaro-per-organisation-2019-01-01-2019-06-30.csv');
    const organisations = await csv(perOrganisation);
    expect(organisations[0]![0]).toBe('Organisation');
    expect(organisations.find((r) => r[0] === 'Dals-Ed')?.slice(1, 3)).toEqual(['1', '1']);
    expect((await t.request(`${api}/groups/${group}/attendance.csv?from=2019-13-01`, { as: people.processLeader })).status).toBe(422);

    const esf = await t.request(`${api}/esf-report.csv`, { as: people.processLeader });
    expect(esf.status).toBe(200);
    expect(filenameOf(esf)).toBe('esf-rapport.csv');
    expect((await csv(esf))[0]).toEqual(['Datum', 'Namn', 'Yrkeskategori', 'Timmar', 'Ersatta timmar', 'Ej ersatta timmar', 'Enhetskostnad (kr/tim)', 'Belopp (kr)']);

    const deliverables = await t.request(`${api}/deliverables.csv`, { as: people.processLeader });
    expect(filenameOf(deliverables)).toBe('leveransobjekt.csv');
    expect((await csv(deliverables))[0]).toEqual(['Leveransobjekt', 'Typ', 'Läge', 'Klart senast', 'Ansvarig']);

    const audit = await t.request(`${api}/audit-trail.csv`, { as: people.processLeader });
    expect(filenameOf(audit)).toBe('handelselogg.csv');
    const trail = await csv(audit);
    expect(trail[0]).toEqual(['Tidpunkt', 'Vem', 'Roll', 'Vad', 'Varför', 'Handling', 'Version']);
    // Every command of the meeting's lifecycle, and the dataset before them.
    expect(trail.length - 1).toBeGreaterThanOrEqual(10);
    expect(trail.filter((r) => r[5] === `meeting:${firstMeeting}`).length).toBe(9);
  });

  it("serves a meeting's notice and minutes as core's print documents, for a print view to render", async () => {
    const notice = await t.request(`${api}/meetings/${firstMeeting}/notice.json`, { as: people.representative });
    expect(notice.status).toBe(200);
    const agenda = (await notice.json()) as { title: string; agendaPublished: boolean; items: Array<{ number: number; title: string; startsAt: string }> };
    expect(agenda.agendaPublished).toBe(true);
    expect(agenda.items.length).toBeGreaterThan(0);
    expect(agenda.items.map((item) => item.number)).toEqual(agenda.items.map((_, i) => i + 1));

    const minutes = (await (await t.request(`${api}/meetings/${firstMeeting}/minutes.json?locale=en`, { as: people.representative })).json()) as {
      state: string;
      fingerprint?: string;
      present: Array<{ name: string }>;
    };
    expect(minutes.state).toBe('published');
    expect(minutes.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(minutes.present.map((p) => p.name)).toContain('Karin Ekdahl');

    expect((await t.request(`${api}/meetings/fyrbodal:nowhere/notice.json`, { as: people.representative })).status).toBe(404);
    expect((await t.request(`${api}/meetings/${firstMeeting}/minutes.json?locale=fi`, { as: people.representative })).status).toBe(422);
  });

  it('keeps every calendar and CSV from anyone not signed in (401) and from a sign-in that is no one in the network (403)', async () => {
    const paths = [
      `meetings/${firstMeeting}/invitation.ics`,
      `groups/${group}/calendar.ics`,
      'me/calendar-feed',
      `meetings/${firstMeeting}/attendance.csv`,
      `groups/${group}/attendance.csv`,
      'esf-report.csv',
      'deliverables.csv',
      'audit-trail.csv',
      `meetings/${firstMeeting}/notice.json`,
      `meetings/${firstMeeting}/minutes.json`,
    ];
    const { name, value } = await t.server.issueSession([{ kind: 'sub', value: 'sub-a-stranger' }]);
    for (const path of paths) {
      const signedOut = await t.request(`${api}/${path}`);
      expect(signedOut.status, path).toBe(401);
      expect(await signedOut.json(), path).toMatchObject({ ok: false, code: 'NOT_SIGNED_IN' });
      expect((await fetch(`${t.url}${api}/${path}`, { headers: { cookie: `${name}=${value}` } })).status, path).toBe(403);
    }
  });

  it('serves the open data to anyone, valid against the JSON Schema served beside it', async () => {
    const response = await t.request(`${api}/public/open-data.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(filenameOf(response)).toBe('fyrbodal-oppna-data.json');
    expect(response.headers.get('link')).toBe(`<${api}/public/open-data.schema.json>; rel="describedby"`);
    const data = (await response.json()) as { body: { id: string }; meeting: Array<{ id: string; meetingState: string; minutes?: string }>; paper: Array<{ id: string; fingerprint?: string }> };
    const schemaResponse = await t.request(`${api}/public/open-data.schema.json`);
    expect(schemaResponse.status).toBe(200);
    expect(schemaResponse.headers.get('content-type')).toBe('application/schema+json');
    const schema = (await schemaResponse.json()) as Record<string, unknown>;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.body.id).toBe('fyrbodal');
    // Only the first meeting's agenda and minutes are published.
    expect(data.meeting.map((m) => [m.id, m.meetingState])).toEqual([[firstMeeting, 'minutesPublished']]);
    expect(data.paper.find((p) => p.id === data.meeting[0]!.minutes)?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // No one's contact details.
    expect(JSON.stringify(data)).not.toContain('@example.se');
    expect((await t.request('/api/networks/nowhere/public/open-data.json')).status).toBe(404);
  });

  it('serves the register of public records to anyone, with the weeding report that deletes nothing', async () => {
    const response = await t.request(`${api}/public/register`);
    expect(response.status).toBe(200);
    const register = (await response.json()) as { network: string; entries: Array<{ id: string; type: string; registered: string; retention: { rule: string } }>; weeding: { today: string; due: unknown[]; notice: { sv: string } } };
    expect(register.network).toBe('fyrbodal');
    expect(register.entries.map((e) => [e.type, e.registered])).toEqual([
      ['agenda', '2019-01-09'],
      ['minutes', '2019-02-01'],
    ]);
    expect(register.entries.find((e) => e.type === 'minutes')!.retention.rule).toBe('preserve');
    expect(register.weeding.today).toBe('2019-02-01');
    expect(register.weeding.due).toEqual([]);
    expect(register.weeding.notice.sv).toMatch(/gallringsbeslut/);
    // Two years and more later, the notice may be weeded — by a decision; the register still lists it.
    t.clock.set('2021-01-10T09:00:00+01:00');
    const later = (await (await t.request(`${api}/public/register`)).json()) as typeof register;
    expect(later.weeding.due).toMatchObject([{ type: 'agenda', mayBeWeededFrom: '2021-01-09' }]);
    expect(later.entries).toHaveLength(2);
  });

  it('writes file names a browser saves as they are, with an ASCII fallback', () => {
    expect(contentDisposition('deltagarlista-2019-01-24.csv')).toBe(`attachment; filename="deltagarlista-2019-01-24.csv"; filename*=UTF-8''deltagarlista-2019-01-24.csv`);
    expect(contentDisposition('Möten "å".ics', 'inline')).toBe(`inline; filename="Moten _a_.ics"; filename*=UTF-8''M%C3%B6ten%20%22%C3%A5%22.ics`);
  });
});

describe("a meeting's invitation after a change", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('goes out with the same UID and a higher SEQUENCE when rescheduled, and as METHOD:CANCEL when cancelled', async () => {
    const meeting = 'fyrbodal:mote-2019-03-21';
    const invitation = async () => {
      const response = await t.request(`${api}/meetings/${meeting}/invitation.ics`, { as: people.representative });
      expect(response.status).toBe(200);
      const parsed = calendar(await response.text());
      return { contentType: response.headers.get('content-type'), method: parsed.getFirstPropertyValue('method'), event: new ICAL.Event(parsed.getFirstSubcomponent('vevent')!) };
    };
    const first = await invitation();
    expect(first.event.sequence).toBe(0);
    const command = async (body: Record<string, unknown>) => {
      const response = await t.request(`${api}/commands`, { as: people.processLeader, body: { id: `c-${String(body.type)}`, meetingId: meeting, ...body } });
      expect(response.status, await response.clone().text()).toBe(201);
    };
    await command({ type: 'rescheduleMeeting', startsAt: '2019-03-28T09:00:00+01:00', reason: 'Krock med e-rådet' });
    const moved = await invitation();
    expect(moved.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(moved.event.uid).toBe(first.event.uid);
    expect(moved.event.sequence).toBe(1);
    expect(moved.event.startDate.toJSDate().toISOString()).toBe('2019-03-28T08:00:00.000Z');
    await command({ type: 'cancelMeeting', reason: 'För få kan komma' });
    const cancelled = await invitation();
    expect(cancelled.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.event.uid).toBe(first.event.uid);
    expect(cancelled.event.sequence).toBe(2);
  });
});
