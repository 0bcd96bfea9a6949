/**
 * Every calendar file is read back by an independent parser (ical.js), as a calendar would read
 * it: the fields, the time zone (a meeting on either side of the summer-time change), updates
 * and cancellations of the same UID, and feeds.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fyrbodalProcessLeader as helena, fyrbodalRepresentatives } from '../samples/fyrbodal.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createMemoryStore } from '../runtime/store/memory-store.js';
import { foldLine } from './icalendar.js';
import { groupCalendarFeed, meetingInvitation, meetingUid, personCalendarFeed } from './meeting-calendar.js';

const now = '2019-11-20T12:00:00+01:00';
const december = 'fyrbodal:mote-2019-12-05';

async function fyrbodal() {
  const { runtime } = await createSampleRuntime('fyrbodal', createMemoryStore());
  return runtime;
}

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return component;
}

describe('a meeting invitation', () => {
  it('reads back with its title, Swedish time, place, link, organiser and attendees', async () => {
    const runtime = await fyrbodal();
    const file = meetingInvitation(runtime.getState(), december, { now })!;
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(file.filename).toMatch(/\.ics$/);
    expect(file.text.endsWith('\r\n')).toBe(true);
    const calendar = parse(file.text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(meetingUid(december));
    expect(event.summary).toBe(runtime.getState().meetings.get(december)!.context.title);
    expect(event.startDate.zone.tzid).toBe('Europe/Stockholm');
    expect(event.startDate.toJSDate().toISOString()).toBe('2019-12-05T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2019-12-05T11:00:00.000Z');
    expect(event.location).toBe('Konferensrum Kungsörn, Fyrbodals kommunalförbund, Vänersborg');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://meet.example.se/fyrbodal-e-halsa');
    expect(event.organizer).toBe(`mailto:${helena.contact!.email}`);
    const attendees = event.attendees.map((a) => a.getFirstValue());
    expect(attendees).toContain(`mailto:${fyrbodalRepresentatives[0]!.contact!.email}`);
    expect(attendees).not.toContain(`mailto:${helena.contact!.email}`);
    expect(attendees.length).toBeGreaterThan(10);
    expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2019-11-20T11:00:00Z');
  });

  it('keeps the wall-clock time across the change to and from summer time', async () => {
    const runtime = await fyrbodal();
    // Summer time 2020 ran from 29 March to 25 October: 09:00 is 08:00 UTC before and after it, 07:00 UTC inside it.
    for (const [meetingId, utc] of [
      ['fyrbodal:mote-2020-03-19', '2020-03-19T08:00:00.000Z'],
      ['fyrbodal:mote-2020-05-14', '2020-05-14T07:00:00.000Z'],
      ['fyrbodal:mote-2020-10-15', '2020-10-15T07:00:00.000Z'],
      ['fyrbodal:mote-2020-12-03', '2020-12-03T08:00:00.000Z'],
    ] as const) {
      const event = new ICAL.Event(parse(meetingInvitation(runtime.getState(), meetingId, { now })!.text).getFirstSubcomponent('vevent')!);
      expect(event.startDate.toString()).toMatch(/T09:00:00$/);
      expect(event.startDate.toJSDate().toISOString()).toBe(utc);
    }
  });

  it('goes out again with the same UID and a higher SEQUENCE when moved, and as CANCEL when cancelled', async () => {
    const runtime = await fyrbodal();
    const meetingId = 'fyrbodal:mote-2020-01-23';
    const sequenceOf = (text: string) => new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!).sequence;
    const first = meetingInvitation(runtime.getState(), meetingId, { now })!.text;
    expect(sequenceOf(first)).toBe(0);
    const at = '2019-11-21T09:00:00+01:00';
    expect((await runtime.dispatch({ type: 'rescheduleMeeting', id: 'r1', by: helena.id, at, meetingId, startsAt: '2020-01-30T09:00:00+01:00', reason: 'Krock med budgetmöte' })).ok).toBe(true);
    const moved = parse(meetingInvitation(runtime.getState(), meetingId, { now: at })!.text);
    const event = new ICAL.Event(moved.getFirstSubcomponent('vevent')!);
    expect([event.uid, event.sequence, event.startDate.toJSDate().toISOString()]).toEqual([meetingUid(meetingId), 1, '2020-01-30T08:00:00.000Z']);
    expect((await runtime.dispatch({ type: 'cancelMeeting', id: 'c1', by: helena.id, at, meetingId, reason: 'Inget att ta upp' })).ok).toBe(true);
    const cancelled = meetingInvitation(runtime.getState(), meetingId, { now: at })!;
    expect(cancelled.contentType).toContain('method=CANCEL');
    const parsed = parse(cancelled.text);
    expect(parsed.getFirstPropertyValue('method')).toBe('CANCEL');
    const gone = new ICAL.Event(parsed.getFirstSubcomponent('vevent')!);
    expect([gone.uid, gone.sequence, gone.component.getFirstPropertyValue('status')]).toEqual([meetingUid(meetingId), 2, 'CANCELLED']);
    expect(gone.description).toContain('Inställt: Inget att ta upp');
  });

  it('leaves out a person whose personal data were erased', async () => {
    const runtime = await fyrbodal();
    const karin = fyrbodalRepresentatives[0]!;
    expect((await runtime.erasePersonalData(karin.id, { by: helena.id, at: now })).ok).toBe(true);
    const text = meetingInvitation(runtime.getState(), december, { now })!.text;
    expect(text).not.toContain(karin.contact!.email!);
    expect(text).not.toContain(karin.name);
  });

  it('escapes text and folds long lines as RFC 5545 says', () => {
    const long = `SUMMARY:${'Välfärdsteknik, e-hälsa; och digital kompetens '.repeat(4)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});

describe('calendar feeds', () => {
  it("carry every meeting of a group, and every meeting of a person's groups", async () => {
    const runtime = await fyrbodal();
    const state = runtime.getState();
    const group = parse(groupCalendarFeed(state, 'fyrbodal:e-halsonatverket', { now })!.text);
    expect(group.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(group.getFirstPropertyValue('x-wr-calname')).toBe('E-hälsonätverket');
    expect(group.getAllSubcomponents('vevent')).toHaveLength(12);
    const statuses = group.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('status'));
    expect(statuses.filter((s) => s === 'CANCELLED')).toHaveLength(1);
    const mine = parse(personCalendarFeed(state, fyrbodalRepresentatives[0]!.id, { now })!.text);
    expect(mine.getAllSubcomponents('vevent')).toHaveLength(12);
    expect(personCalendarFeed(state, 'fyrbodal:person-999', { now })).toBeUndefined();
  });
});
