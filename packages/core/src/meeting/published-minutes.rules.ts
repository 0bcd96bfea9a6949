/**
 * Published minutes as a public record (*allmän handling*): exactly what the SHA-256
 * fingerprint shown beside them covers, so a reader can check a printed or exported copy against
 * the log with `recordFingerprint(publishedMinutesRecord(meeting))`.
 */
import { recordFingerprint } from '../shared/fingerprint.js';
import type { MeetingContext } from './meeting.schema.js';

/** The fields of a meeting that make up its published minutes. */
export interface PublishedMinutesRecord {
  meetingId: string;
  groupId: string;
  title: string;
  startsAt: string;
  heldAt: string | undefined;
  /** The agenda in its published order. */
  agenda: MeetingContext['agenda'];
  attendance: MeetingContext['attendance'];
  minutes: MeetingContext['minutes'];
  approvedBy: string | undefined;
  approvedAt: string | undefined;
  /** Who chaired the meeting and hosted it, where the meeting named them. */
  chairId?: string | undefined;
  hostOrganisationId?: string | undefined;
  /** Every approval of the minutes (the chair's and the justerare's), where the meeting named them. */
  approvals?: MeetingContext['minutesApprovals'] | undefined;
  publishedAt: string;
}

/** The record published at `publishedAt` (the meeting's own `publishedAt` once published). */
export function publishedMinutesRecord(meeting: MeetingContext, publishedAt = meeting.publishedAt ?? ''): PublishedMinutesRecord {
  return {
    meetingId: meeting.id,
    groupId: meeting.groupId,
    title: meeting.title,
    startsAt: meeting.startsAt,
    heldAt: meeting.heldAt,
    agenda: [...meeting.agenda].sort((a, b) => a.position - b.position),
    attendance: meeting.attendance,
    minutes: meeting.minutes,
    approvedBy: meeting.minutesApprovedBy,
    approvedAt: meeting.minutesApprovedAt,
    // Left out (undefined) where the meeting named no one, so earlier records keep their fingerprint.
    chairId: meeting.chairId,
    hostOrganisationId: meeting.hostOrganisationId,
    approvals: (meeting.minutesApprovals?.length ?? 0) > 1 ? meeting.minutesApprovals : undefined,
    publishedAt,
  };
}

/** The SHA-256 fingerprint of published minutes (what the machine records at publication). */
export function publishedMinutesFingerprint(meeting: MeetingContext, publishedAt?: string): string {
  return recordFingerprint(publishedMinutesRecord(meeting, publishedAt));
}
