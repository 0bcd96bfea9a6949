/**
 * The steps a meeting's stage offers in the widget, each asked of the server (`/can`) for the
 * signed-in person: allowed, or refused with core's reason. Which steps belong to which stage is
 * how the page is laid out, not a rule — the answers are the server's. Steps that need a large
 * form (attendance, minutes, a new time) are left to the Samverkan app.
 */
import { commandLabels, type CommandType } from '@samverkan/core/runtime';
import type { MeetingStatus } from '@samverkan/core';
import { useEffect, useState } from 'react';
import type { ActionDescriptor } from '@samverkan/ui';
import type { NetworkConnection } from '../connection/network-connection.js';
import type { LocalizedMessage, WidgetLocale } from '../public/widget-types.js';

export type WidgetMeetingAction = 'openCall' | 'proposeAgendaItem' | 'publishAgenda' | 'sendInvitations' | 'holdMeeting' | 'approveMinutes' | 'publishMinutes' | 'cancelMeeting';

/** What each stage offers, the likely next step first. */
export const stageActions: Record<MeetingStatus, readonly WidgetMeetingAction[]> = {
  planned: ['openCall', 'cancelMeeting'],
  collectingItems: ['publishAgenda', 'proposeAgendaItem', 'cancelMeeting'],
  agendaPublished: ['sendInvitations', 'cancelMeeting'],
  invited: ['holdMeeting', 'cancelMeeting'],
  held: [],
  minutesDrafted: ['approveMinutes'],
  minutesApproved: ['publishMinutes'],
  published: [],
  cancelled: [],
};

/** Steps that are public or cannot be undone: asked again in a dialog before they are sent. */
export const confirmedActions = new Set<WidgetMeetingAction>(['publishAgenda', 'sendInvitations', 'approveMinutes', 'publishMinutes', 'cancelMeeting']);

/** The payload a step is asked about with (an item or a reason stands in for what the person will write). */
export function probeOf(type: WidgetMeetingAction, meetingId: string, extra: Record<string, unknown> = {}): { type: string } & Record<string, unknown> {
  const base = { type, meetingId, ...extra };
  if (type === 'proposeAgendaItem') return { ...base, item: { id: 'widget-probe', title: 'Förslag', kind: 'discussion', durationMinutes: 15 }, ...extra };
  if (type === 'cancelMeeting') return { reason: 'Prövning', ...base };
  return base;
}

export interface MeetingActionState extends ActionDescriptor {
  type: WidgetMeetingAction;
  /** The field core asked for (`lateReason` for an agenda published after its deadline). */
  needs?: 'lateReason' | 'reason';
}

/** Core asked for a late-publication reason (its validation issue names the field). */
function asksForLateReason(details: Record<string, unknown> | undefined): boolean {
  return JSON.stringify(details ?? {}).includes('lateReason');
}

interface Answer {
  type: WidgetMeetingAction;
  allowed: boolean;
  code?: string;
  reason?: LocalizedMessage;
  needs?: MeetingActionState['needs'];
}

async function ask(connection: NetworkConnection, type: WidgetMeetingAction, meetingId: string): Promise<Answer> {
  const answer = await connection.can(probeOf(type, meetingId));
  if (answer.ok) return { type, allowed: true, ...(type === 'cancelMeeting' ? { needs: 'reason' as const } : {}) };
  if (type === 'publishAgenda' && answer.problem.code === 'VALIDATION' && asksForLateReason(answer.problem.details)) {
    const withReason = await connection.can(probeOf(type, meetingId, { lateReason: 'Prövning' }));
    if (withReason.ok) return { type, allowed: true, needs: 'lateReason' };
    return { type, allowed: false, code: withReason.problem.code, reason: withReason.problem.message };
  }
  return { type, allowed: false, code: answer.problem.code, reason: answer.problem.message };
}

/** The stage's steps with the server's answers; asked again whenever the network changes. Undefined while asking. */
export function useMeetingActions(connection: NetworkConnection, meetingId: string, status: MeetingStatus | undefined, signedIn: boolean, revision: number, locale: WidgetLocale): MeetingActionState[] | undefined {
  const [answers, setAnswers] = useState<{ stage: string; answers: Answer[] } | undefined>(undefined);
  const stage = `${meetingId}|${status}|${signedIn}`;
  useEffect(() => {
    if (!signedIn || status === undefined) return;
    let current = true;
    void Promise.all(stageActions[status].map((type) => ask(connection, type, meetingId))).then((asked) => {
      if (current) setAnswers({ stage, answers: asked });
    });
    return () => {
      current = false;
    };
  }, [connection, stage, meetingId, status, signedIn, revision]);
  if (!signedIn || status === undefined) return [];
  // Answers for another stage are not shown while the new ones are asked.
  if (!answers || answers.stage !== stage) return undefined;
  return answers.answers.map(({ reason, ...answer }) => ({
    ...answer,
    label: commandLabels[answer.type as CommandType][locale],
    ...(reason ? { reasonText: reason[locale] } : {}),
  }));
}
