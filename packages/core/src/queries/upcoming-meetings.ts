/**
 * Kommande möten — the meetings a person or a group has ahead: not cancelled, not yet held,
 * on or after today (Swedish calendar day, so this morning's meeting is still listed until it
 * is marked held), soonest first, with where each stands and its agenda deadline.
 */
import {
  agendaDeadlineStatus,
  agendaDeadlineStatusLabels,
  type AgendaDeadlineStatus,
} from '../meeting/meeting.rules.js';
import { meetingStatusLabels, type MeetingStatus } from '../meeting/meeting.schema.js';
import { meetingsAheadIndexOf, meetingStatusesAhead } from '../runtime/meetings-ahead-index.js';
import { groupsOfPerson } from '../runtime/membership.js';
import type { MeetingView, RuntimeState } from '../runtime/state.js';
import { daysBetween, swedishDate } from '../shared/dates.js';
import type { LocalizedText } from '../shared/localized.js';
import { byInstant, groupName } from './lookup.js';

export { meetingStatusesAhead };

export interface UpcomingMeetingsParams {
  /** The moment the view is for; compared on its Swedish calendar day. */
  now: string;
  /** Only the meetings of the groups this person belongs to (`groupsOfPerson`). */
  personId?: string;
  /** Only this group's meetings (combined with `personId`, both must hold). */
  groupId?: string;
  /** At most this many meetings (the soonest). */
  limit?: number;
}

export interface UpcomingMeeting {
  meetingId: string;
  title: string;
  groupId: string;
  groupName: string | undefined;
  /** The meeting's series; undefined for a meeting held as needed (vid behov). */
  seriesId: string | undefined;
  startsAt: string;
  /** The Swedish calendar day of `startsAt`. */
  date: string;
  /** Calendar days from today to the meeting; 0 when it is today. */
  daysUntil: number;
  durationMinutes: number;
  place: string | undefined;
  onlineLink: string | undefined;
  status: MeetingStatus;
  statusLabel: LocalizedText;
  /** Sista dag för agenda — the last day the agenda is in time. */
  agendaDeadline: string;
  agendaPublished: boolean;
  /** Published after its deadline (with a reason on file). */
  agendaLate: boolean;
  /** How close the deadline is; `null` once the agenda is published. */
  agendaDeadlineStatus: AgendaDeadlineStatus | null;
  agendaDeadlineLabel: LocalizedText | null;
  agendaItemCount: number;
  invitationsSent: boolean;
}

export function upcomingMeetings(state: RuntimeState, params: UpcomingMeetingsParams): UpcomingMeeting[] {
  const today = swedishDate(params.now);
  const groups = params.personId === undefined ? undefined : new Set(groupsOfPerson(state, params.personId));
  const meetings = candidates(state, params.groupId, groups)
    .filter((m) => meetingStatusesAhead.includes(m.status))
    .filter((m) => swedishDate(m.context.startsAt) >= today)
    .filter((m) => params.groupId === undefined || m.context.groupId === params.groupId)
    .filter((m) => groups === undefined || groups.has(m.context.groupId))
    .sort(byInstant((m: MeetingView) => m.context.startsAt));
  const limited = params.limit === undefined ? meetings : meetings.slice(0, Math.max(0, params.limit));
  return limited.map((view) => upcomingMeeting(state, view, params.now));
}

/**
 * The meetings to filter: for a person or a group, only the meetings ahead in their groups, read
 * from the runtime's index (`meetingsAheadIndexOf`); every meeting for the whole network, or for
 * a state the runtime did not publish.
 */
function candidates(state: RuntimeState, groupId: string | undefined, groups: ReadonlySet<string> | undefined): MeetingView[] {
  const index = meetingsAheadIndexOf(state.meetings);
  if (!index || (groupId === undefined && groups === undefined)) return [...state.meetings.values()];
  const groupIds = groupId !== undefined ? (groups === undefined || groups.has(groupId) ? [groupId] : []) : [...groups!];
  const out: MeetingView[] = [];
  for (const id of groupIds) {
    for (const meetingId of index.get(id) ?? []) {
      const view = state.meetings.get(meetingId);
      if (view) out.push(view);
    }
  }
  return out;
}

function upcomingMeeting(state: RuntimeState, view: MeetingView, now: string): UpcomingMeeting {
  const m = view.context;
  const published = m.agendaPublishedAt !== undefined;
  const deadlineStatus = published
    ? null
    : agendaDeadlineStatus(m, { agendaLeadTimeDays: m.agendaLeadTimeDays }, now);
  return {
    meetingId: m.id,
    title: m.title,
    groupId: m.groupId,
    groupName: groupName(state, m.groupId),
    seriesId: m.seriesId,
    startsAt: m.startsAt,
    date: swedishDate(m.startsAt),
    daysUntil: daysBetween(swedishDate(now), swedishDate(m.startsAt)),
    durationMinutes: m.durationMinutes,
    place: m.place,
    onlineLink: m.onlineLink,
    status: view.status,
    statusLabel: meetingStatusLabels[view.status],
    agendaDeadline: m.agendaDeadline,
    agendaPublished: published,
    agendaLate: m.agendaLate,
    agendaDeadlineStatus: deadlineStatus,
    agendaDeadlineLabel: deadlineStatus === null ? null : agendaDeadlineStatusLabels[deadlineStatus],
    agendaItemCount: m.agenda.length,
    invitationsSent: m.invitationsSentAt !== undefined,
  };
}
