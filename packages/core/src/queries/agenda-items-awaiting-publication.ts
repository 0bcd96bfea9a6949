/**
 * Punkter som väntar på publicering — the meetings whose agenda is still being put together
 * (planned, or open for items; a meeting moved so that its agenda went back also counts),
 * each with the items proposed so far in agenda order, so the convener sees what will go out.
 */
import { agendaItemKindLabels, type AgendaItemKind, type MeetingStatus } from '../meeting/meeting.schema.js';
import { agendaDurationMinutes, orderedAgenda } from '../meeting/meeting.rules.js';
import { groupsOfPerson } from '../runtime/membership.js';
import type { MeetingView, RuntimeState } from '../runtime/state.js';
import { swedishDate } from '../shared/dates.js';
import type { LocalizedText } from '../shared/localized.js';
import { byInstant, groupName, personName } from './lookup.js';

/** States in which the agenda is not published (and the meeting is neither held nor cancelled). */
export const meetingStatusesBeforePublication: readonly MeetingStatus[] = ['planned', 'collectingItems'];

export interface AgendaItemsAwaitingPublicationParams {
  groupId?: string;
  /** Only the meetings of the groups this person belongs to. */
  personId?: string;
  /** Leave out meetings whose day is before the Swedish calendar day of `now`. */
  now?: string;
}

export interface AwaitingAgendaItem {
  itemId: string;
  title: string;
  description: string | undefined;
  kind: AgendaItemKind;
  kindLabel: LocalizedText;
  position: number;
  durationMinutes: number;
  proposedBy: string;
  proposedByName: string | undefined;
  proposedAt: string;
  presenter: string | undefined;
  presenterName: string | undefined;
}

export interface MeetingAwaitingAgendaPublication {
  meetingId: string;
  title: string;
  groupId: string;
  groupName: string | undefined;
  startsAt: string;
  status: MeetingStatus;
  /** The call for items is open. */
  callOpen: boolean;
  agendaDeadline: string;
  /** In agenda order. */
  items: AwaitingAgendaItem[];
  /** The planned length of the items. */
  agendaMinutes: number;
  /** The items take longer than the meeting. */
  overrunsMeeting: boolean;
  durationMinutes: number;
}

export function agendaItemsAwaitingPublication(
  state: RuntimeState,
  params: AgendaItemsAwaitingPublicationParams = {},
): MeetingAwaitingAgendaPublication[] {
  const groups = params.personId === undefined ? undefined : new Set(groupsOfPerson(state, params.personId));
  const today = params.now === undefined ? undefined : swedishDate(params.now);
  return [...state.meetings.values()]
    .filter((m) => meetingStatusesBeforePublication.includes(m.status))
    .filter((m) => params.groupId === undefined || m.context.groupId === params.groupId)
    .filter((m) => groups === undefined || groups.has(m.context.groupId))
    .filter((m) => today === undefined || swedishDate(m.context.startsAt) >= today)
    .sort(byInstant((m: MeetingView) => m.context.startsAt))
    .map((view) => {
      const m = view.context;
      const minutes = agendaDurationMinutes(m.agenda);
      return {
        meetingId: m.id,
        title: m.title,
        groupId: m.groupId,
        groupName: groupName(state, m.groupId),
        startsAt: m.startsAt,
        status: view.status,
        callOpen: view.status === 'collectingItems',
        agendaDeadline: m.agendaDeadline,
        items: orderedAgenda(m.agenda).map((item) => ({
          itemId: item.id,
          title: item.title,
          description: item.description,
          kind: item.kind,
          kindLabel: agendaItemKindLabels[item.kind],
          position: item.position,
          durationMinutes: item.durationMinutes,
          proposedBy: item.proposedBy,
          proposedByName: personName(state, item.proposedBy),
          proposedAt: item.proposedAt,
          presenter: item.presenter,
          presenterName: item.presenter === undefined ? undefined : personName(state, item.presenter),
        })),
        agendaMinutes: minutes,
        overrunsMeeting: minutes > m.durationMinutes,
        durationMinutes: m.durationMinutes,
      };
    });
}
