/**
 * One meeting as a component shows it: where it stands, its agenda deadline, and every meeting
 * command the current actor could try, each allowed or refused with core's reason.
 */
import { useMemo } from 'react';
import {
  agendaDeadlineStatus,
  agendaDeadlineStatusLabels,
  meetingStatusLabels,
  type AgendaDeadlineStatus,
  type Locale,
  type MeetingContext,
  type MeetingStatus,
} from '@samverkan/core';
import type { MeetingView } from '@samverkan/core/runtime';
import { PROBE_TEXT, probeAll, unusedId, type CommandAvailability } from './command-availability.js';
import { useSamverkan } from './samverkan-provider.js';
import { authorityInputs, useRuntimeState } from './use-runtime-state.js';

/** The meeting commands, in lifecycle order. */
export const meetingActionTypes = [
  'openCall',
  'proposeAgendaItem',
  'withdrawAgendaItem',
  'reorderAgenda',
  'publishAgenda',
  'sendInvitations',
  'holdMeeting',
  'recordAttendance',
  'draftMinutes',
  'escalateDecision',
  'approveMinutes',
  'publishMinutes',
  'cancelMeeting',
  'rescheduleMeeting',
] as const;
export type MeetingActionType = (typeof meetingActionTypes)[number];

export interface MeetingAgendaDeadline {
  /** Sista dag för agenda (a Swedish calendar day). */
  date: string;
  /** How close it is now; `null` once the agenda is published. */
  status: AgendaDeadlineStatus | null;
  label: string | null;
}

export interface UseMeetingResult {
  /** The runtime's view; `undefined` when the runtime has no such meeting. */
  view: MeetingView | undefined;
  meeting: MeetingContext | undefined;
  status: MeetingStatus | undefined;
  /** The status in the provider's locale. */
  statusLabel: string | undefined;
  agendaDeadline: MeetingAgendaDeadline | undefined;
  /** Every meeting command for the current actor, keyed and ordered by type. */
  actions: Record<MeetingActionType, CommandAvailability<MeetingActionType>>;
}

const DAY = 86_400_000;

/** Representative payloads: valid as data, taken from the meeting where it has them. */
export function meetingProbes(meetingId: string, m: MeetingContext | undefined, now: string): Record<MeetingActionType, Record<string, unknown>> {
  const agenda = [...(m?.agenda ?? [])].sort((a, b) => a.position - b.position);
  const itemIds = agenda.map((i) => i.id);
  const minutes = m?.minutes ?? { items: [], decisions: [], actions: [], escalations: [] };
  // A week after the later of now and the current start: in the future and a real move.
  const moveTo = new Date(Math.max(Date.parse(now), Date.parse(m?.startsAt ?? now)) + 7 * DAY).toISOString();
  const target = { meetingId };
  return {
    openCall: target,
    proposeAgendaItem: { ...target, item: { id: unusedId(itemIds), title: PROBE_TEXT, kind: 'discussion', durationMinutes: 15 } },
    withdrawAgendaItem: { ...target, itemId: itemIds.at(-1) ?? 'probe' },
    reorderAgenda: { ...target, itemIds: itemIds.length > 0 ? [...itemIds].reverse() : ['probe'] },
    publishAgenda: target,
    sendInvitations: target,
    holdMeeting: target,
    recordAttendance: { ...target, records: m?.attendance ?? [] },
    draftMinutes: { ...target, minutes },
    escalateDecision: {
      ...target,
      escalation: { id: unusedId((minutes.escalations ?? []).map((e) => e.id)), text: PROBE_TEXT, to: 'commissioner', reason: PROBE_TEXT },
    },
    approveMinutes: target,
    publishMinutes: target,
    cancelMeeting: { ...target, reason: PROBE_TEXT },
    rescheduleMeeting: { ...target, startsAt: moveTo, reason: PROBE_TEXT },
  };
}

/**
 * Where a meeting's agenda deadline stands by core's rule, labelled in `locale`: `status` is
 * null once the agenda is published. Shared by `useMeeting` and parts of a page that render the
 * deadline without the rest of the hook.
 */
export function meetingAgendaDeadline(meeting: MeetingContext, now: string, locale: Locale): MeetingAgendaDeadline {
  const status = meeting.agendaPublishedAt !== undefined ? null : agendaDeadlineStatus(meeting, meeting, now);
  return { date: meeting.agendaDeadline, status, label: status === null ? null : agendaDeadlineStatusLabels[status][locale] };
}

export function useMeeting(meetingId: string): UseMeetingResult {
  const { runtime, actor, locale, now } = useSamverkan();
  const state = useRuntimeState((s) => [s.meetings.get(meetingId), ...authorityInputs(s)]);
  const view = state.meetings.get(meetingId);

  return useMemo(() => {
    const m = view?.context;
    return {
      view,
      meeting: m,
      status: view?.status,
      statusLabel: view === undefined ? undefined : meetingStatusLabels[view.status][locale],
      agendaDeadline: m === undefined ? undefined : meetingAgendaDeadline(m, now, locale),
      actions: probeAll({ runtime, actor, locale, now }, meetingProbes(meetingId, m, now)),
    };
    // `state` changes when the dataset or the mandates do, which the authority answers read.
  }, [runtime, actor, locale, now, meetingId, view, state]);
}
