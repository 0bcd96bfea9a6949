/**
 * What anyone may read without signing in: a network's public records (*allmänna handlingar*) —
 * every approved version of a mandate (frozen when the commissioner approved it, with its
 * SHA-256 fingerprint), every published agenda, and published minutes (with their
 * fingerprint). Working material — drafts, review rounds, proposed items, minutes not yet
 * published, the log, the people's contact details — is not here; it is for the network's
 * members.
 */
import { publishedMinutesRecord, recordFingerprint, type PublishedMinutesRecord } from '@samverkan/core';
import type { MandateView, MeetingView, RuntimeState } from '@samverkan/core/runtime';

/** Meeting states in which the agenda has been published. */
const AGENDA_PUBLIC = new Set(['agendaPublished', 'invited', 'held', 'minutesDrafted', 'minutesApproved', 'published']);

export interface PublicMandate {
  mandateId: string;
  /** Every approved version, oldest first: content, who approved it when, and its fingerprint. */
  approvedVersions: Array<{ version: string; approvedAt: string; approvedBy: string; fingerprint: string; content: unknown }>;
}

export interface PublicAgenda {
  meetingId: string;
  groupId: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  place: string | undefined;
  onlineLink: string | undefined;
  status: string;
  agendaPublishedAt: string | undefined;
  agendaLate: boolean;
  lateReason: string | undefined;
  /** The items in their published order. */
  agenda: unknown[];
  cancelled: boolean;
}

export interface PublicMinutes {
  meetingId: string;
  record: PublishedMinutesRecord;
  /** SHA-256 of the record, as the log keeps it: `recordFingerprint(record)` gives it back. */
  fingerprint: string;
}

export interface PublicRecords {
  network: string;
  mandates: PublicMandate[];
  agendas: PublicAgenda[];
  minutes: PublicMinutes[];
}

export function publicMandate(view: MandateView): PublicMandate | undefined {
  const approved = view.context.approvedVersions;
  if (approved.length === 0) return undefined;
  return {
    mandateId: view.id,
    approvedVersions: approved.map((version) => ({
      version: version.version,
      approvedAt: version.approvedAt,
      approvedBy: version.approvedBy,
      fingerprint: version.hash,
      content: version.content,
    })),
  };
}

/** A meeting's public agenda: only once published (and it stays public if the meeting is later cancelled). */
export function publicAgenda(view: MeetingView): PublicAgenda | undefined {
  const meeting = view.context;
  const published = AGENDA_PUBLIC.has(view.status) || (view.status === 'cancelled' && meeting.agendaPublishedAt !== undefined);
  if (!published) return undefined;
  return {
    meetingId: meeting.id,
    groupId: meeting.groupId,
    title: meeting.title,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    status: view.status,
    agendaPublishedAt: meeting.agendaPublishedAt,
    agendaLate: meeting.agendaLate,
    lateReason: meeting.lateReason,
    agenda: [...meeting.agenda].sort((a, b) => a.position - b.position),
    cancelled: view.status === 'cancelled',
  };
}

export function publicMinutes(view: MeetingView): PublicMinutes | undefined {
  if (view.status !== 'published' || view.context.publishedAt === undefined) return undefined;
  const record = publishedMinutesRecord(view.context);
  return { meetingId: view.id, record, fingerprint: view.context.minutesFingerprint ?? recordFingerprint(record) };
}

export function publicRecords(network: string, state: RuntimeState): PublicRecords {
  const defined = <T>(value: T | undefined): value is T => value !== undefined;
  const meetings = [...state.meetings.values()].sort((a, b) => a.context.startsAt.localeCompare(b.context.startsAt));
  return {
    network,
    mandates: [...state.mandates.values()].map(publicMandate).filter(defined),
    agendas: meetings.map(publicAgenda).filter(defined),
    minutes: meetings.map(publicMinutes).filter(defined),
  };
}
