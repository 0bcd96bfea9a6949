/**
 * One meeting as the widget shows it, from the members' state (everything the person may see)
 * or, signed out, from the public records (a published agenda, published minutes). Picks and
 * names only; what the meeting's state means is core's, as the server gave it.
 */
import type { AgendaItem, Minutes, MeetingStatus } from '@samverkan/core';
import type { ConnectionSnapshot } from '../connection/network-connection.js';

export interface MeetingShown {
  source: 'members' | 'public';
  id: string;
  title: string;
  groupId: string;
  groupName: string | undefined;
  startsAt: string;
  durationMinutes: number;
  place: string | undefined;
  onlineLink: string | undefined;
  status: MeetingStatus;
  agenda: AgendaItem[];
  agendaDeadline: string | undefined;
  agendaPublishedAt: string | undefined;
  lateReason: string | undefined;
  cancelledReason: string | undefined;
  invitationsSentAt: string | undefined;
  attendance: Array<{ personId: string; status: string }>;
  minutes: Minutes | undefined;
  minutesApprovedBy: string | undefined;
  minutesApprovedAt: string | undefined;
  minutesPublished: boolean;
  fingerprint: string | undefined;
  /** Names by person id (members only: names are personal data). */
  people: Record<string, string>;
}

/** The meeting, `null` when the network has no such meeting (or no such public record), undefined while loading. */
export function meetingShown(snapshot: ConnectionSnapshot, meetingId: string): MeetingShown | null | undefined {
  const { session, state, publicRecords } = snapshot;
  if (!session) return undefined;
  if (session.signedIn) {
    if (!state) return undefined;
    const view = state.meetings[meetingId];
    if (!view) return null;
    const m = view.context;
    const people = Object.fromEntries(state.dataset.people.filter((p) => !p.erased).map((p) => [p.id, p.name]));
    return {
      source: 'members',
      id: m.id,
      title: m.title,
      groupId: m.groupId,
      groupName: state.dataset.groups.find((g) => g.id === m.groupId)?.name,
      startsAt: m.startsAt,
      durationMinutes: m.durationMinutes,
      place: m.place,
      onlineLink: m.onlineLink,
      status: view.status,
      agenda: [...m.agenda].sort((a, b) => a.position - b.position),
      agendaDeadline: m.agendaDeadline,
      agendaPublishedAt: m.agendaPublishedAt,
      lateReason: m.lateReason,
      cancelledReason: m.cancelledReason,
      invitationsSentAt: m.invitationsSentAt,
      attendance: (m.attendance ?? []).map((record) => ({ personId: record.personId, status: record.status })),
      minutes: m.minutes,
      minutesApprovedBy: m.minutesApprovedBy,
      minutesApprovedAt: m.minutesApprovedAt,
      minutesPublished: view.status === 'published',
      fingerprint: m.minutesFingerprint,
      people,
    };
  }
  if (!publicRecords) return undefined;
  const agenda = publicRecords.agendas.find((a) => a.meetingId === meetingId);
  if (!agenda) return null;
  return publicMeetingShown(
    agenda,
    publicRecords.minutes.find((m) => m.meetingId === meetingId),
  );
}

type PublicRecords = NonNullable<ConnectionSnapshot['publicRecords']>;

/**
 * A meeting from its public records alone: the published agenda and, once published, the
 * minutes — whose agenda, as the meeting dealt with it, is the one shown.
 */
export function publicMeetingShown(agenda: PublicRecords['agendas'][number], minutes: PublicRecords['minutes'][number] | undefined): MeetingShown {
  return {
    source: 'public',
    id: agenda.meetingId,
    title: agenda.title,
    groupId: agenda.groupId,
    groupName: undefined,
    startsAt: agenda.startsAt,
    durationMinutes: agenda.durationMinutes,
    place: agenda.place,
    onlineLink: agenda.onlineLink,
    status: agenda.status,
    agenda: minutes?.record.agenda ?? agenda.agenda,
    agendaDeadline: undefined,
    agendaPublishedAt: agenda.agendaPublishedAt,
    lateReason: agenda.lateReason,
    cancelledReason: undefined,
    invitationsSentAt: undefined,
    attendance: [],
    minutes: minutes?.record.minutes,
    minutesApprovedBy: undefined,
    minutesApprovedAt: minutes?.record.approvedAt,
    minutesPublished: minutes !== undefined,
    fingerprint: minutes?.fingerprint,
    people: {},
  };
}
