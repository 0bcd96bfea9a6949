/**
 * Kallelse i kalendern — a meeting as an iCalendar invitation: in Swedish time with its time
 * zone, the place and the online link, the organiser and the group's people as attendees. The
 * same UID every time, so a calendar replaces its copy: a rescheduled meeting goes out with a
 * higher SEQUENCE, a cancelled one as METHOD:CANCEL. Feeds per group and per person carry every
 * meeting, for calendars that subscribe.
 *
 * What goes in is the runtime's state: people's names and e-mail addresses come from the
 * personal-data part (an erased person is left out); no one is invited who has no address.
 */
import { personDisplayName } from '../person/person.rules.js';
import type { Person } from '../person/person.schema.js';
import { rolesById } from '../runtime/authority.js';
import { groupsOfPerson, staffingPlansForGroup } from '../runtime/membership.js';
import type { MeetingView, RuntimeState } from '../runtime/state.js';
import { calendarText, escapeText, quoteParameter, STOCKHOLM, stockholmDateTime, stockholmTimeZone, utcDateTime } from './icalendar.js';

/** A file core makes for people to take away (a server sends it; a browser downloads it). */
export interface DocumentFile {
  filename: string;
  contentType: string;
  text: string;
}

export interface CalendarOptions {
  /** When the file is made (DTSTAMP): the runtime's clock. */
  now: string;
  /** The product that made it, for PRODID. */
  productId?: string;
}

const PRODID = '-//Samverkan//Samverkan//SV';

/** The UID of a meeting: the same for its invitation, every update and its cancellation. */
export const meetingUid = (meetingId: string) => `${meetingId}@samverkan`;

/** How many times the meeting was changed after it was first sent: reschedules, and a cancellation. */
export function meetingSequence(view: MeetingView): number {
  return view.context.reschedules.length + (view.status === 'cancelled' ? 1 : 0);
}

const ends = (startsAt: string, minutes: number) => new Date(Date.parse(startsAt) + minutes * 60_000);

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** People with a seat in the meeting's group who have an e-mail address, not erased. */
function invited(state: RuntimeState, groupId: string): Person[] {
  const ids = new Set(staffingPlansForGroup(state, groupId).flatMap((plan) => plan.entries.flatMap((e) => e.personIds)));
  return state.dataset.people.filter((p) => ids.has(p.id) && !p.erased && p.contact?.email !== undefined);
}

/** Who convenes the group's meetings: the first seat whose role may convene (a process leader). */
function organiser(state: RuntimeState, groupId: string): Person | undefined {
  const roles = rolesById(state);
  const entry = staffingPlansForGroup(state, groupId)
    .flatMap((plan) => plan.entries)
    .find((e) => roles.get(e.roleId)?.authorities.includes('convene') && e.personIds.length > 0);
  const person = state.dataset.people.find((p) => p.id === entry?.personIds[0]);
  return person && !person.erased && person.contact?.email ? person : undefined;
}

/** The description: the group, the online link, and the agenda once it is published. */
function description(state: RuntimeState, view: MeetingView): string {
  const m = view.context;
  const group = state.dataset.groups.find((g) => g.id === m.groupId)?.name ?? m.groupId;
  const lines = [`${group}.`];
  if (m.onlineLink) lines.push(`Delta via länk: ${m.onlineLink}`);
  if (m.agendaPublishedAt !== undefined && m.agenda.length > 0) {
    lines.push('', 'Dagordning:');
    for (const [i, item] of [...m.agenda].sort((a, b) => a.position - b.position).entries()) lines.push(`${i + 1}. ${item.title}`);
  }
  if (view.status === 'cancelled' && m.cancelledReason) lines.push('', `Inställt: ${m.cancelledReason}`);
  return lines.join('\n');
}

/** The VEVENT of a meeting (without the calendar around it). */
export function meetingEvent(state: RuntimeState, view: MeetingView, options: CalendarOptions): string[] {
  const m = view.context;
  const cancelled = view.status === 'cancelled';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${meetingUid(m.id)}`,
    `SEQUENCE:${meetingSequence(view)}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `DTSTART;TZID=${STOCKHOLM}:${stockholmDateTime(m.startsAt)}`,
    `DTEND;TZID=${STOCKHOLM}:${stockholmDateTime(ends(m.startsAt, m.durationMinutes))}`,
    `SUMMARY:${escapeText(m.title)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `DESCRIPTION:${escapeText(description(state, view))}`,
  ];
  if (m.place) lines.push(`LOCATION:${escapeText(m.place)}`);
  if (m.onlineLink) lines.push(`URL:${m.onlineLink}`);
  const from = organiser(state, m.groupId);
  if (from) lines.push(`ORGANIZER;CN=${quoteParameter(personDisplayName(from))}:mailto:${from.contact!.email}`);
  for (const person of invited(state, m.groupId)) {
    if (person.id === from?.id) continue;
    lines.push(`ATTENDEE;CN=${quoteParameter(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${person.contact!.email}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

function calendar(method: 'REQUEST' | 'CANCEL' | 'PUBLISH', events: string[][], options: CalendarOptions, name?: string): string {
  return calendarText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`, `X-WR-TIMEZONE:${STOCKHOLM}`] : []),
    ...stockholmTimeZone,
    ...events.flat(),
    'END:VCALENDAR',
  ]);
}

/**
 * The invitation to a meeting as an .ics file: METHOD:REQUEST while it stands (a rescheduled
 * meeting with a higher SEQUENCE replaces the earlier one), METHOD:CANCEL once it is cancelled.
 */
export function meetingInvitation(state: RuntimeState, meetingId: string, options: CalendarOptions): DocumentFile | undefined {
  const view = state.meetings.get(meetingId);
  if (!view) return undefined;
  const cancelled = view.status === 'cancelled';
  const method = cancelled ? 'CANCEL' : 'REQUEST';
  return {
    filename: `${slug(view.context.title) || 'mote'}-${view.context.startsAt.slice(0, 10)}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    text: calendar(method, [meetingEvent(state, view, options)], options),
  };
}

/** A subscribable feed of a group's meetings (cancelled ones shown as cancelled). */
export function groupCalendarFeed(state: RuntimeState, groupId: string, options: CalendarOptions): DocumentFile | undefined {
  const group = state.dataset.groups.find((g) => g.id === groupId);
  if (!group) return undefined;
  const meetings = [...state.meetings.values()].filter((m) => m.context.groupId === groupId);
  return feed(state, meetings, group.name, `${slug(group.name) || 'grupp'}.ics`, options);
}

/** A subscribable feed of the meetings of every group a person belongs to. */
export function personCalendarFeed(state: RuntimeState, personId: string, options: CalendarOptions): DocumentFile | undefined {
  const person = state.dataset.people.find((p) => p.id === personId);
  if (!person) return undefined;
  const groups = new Set(groupsOfPerson(state, personId));
  const meetings = [...state.meetings.values()].filter((m) => groups.has(m.context.groupId));
  return feed(state, meetings, `Möten – ${personDisplayName(person)}`, 'mina-moten.ics', options);
}

function feed(state: RuntimeState, meetings: MeetingView[], name: string, filename: string, options: CalendarOptions): DocumentFile {
  const sorted = [...meetings].sort((a, b) => Date.parse(a.context.startsAt) - Date.parse(b.context.startsAt));
  return {
    filename,
    contentType: 'text/calendar; charset=utf-8',
    text: calendar('PUBLISH', sorted.map((view) => meetingEvent(state, view, options)), options, name),
  };
}
