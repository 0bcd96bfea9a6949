/**
 * The lower part of a meeting's page: the lifecycle panel and the forms of the meeting's stage
 * (agenda builder, attendance, minutes, cancel or move), each part asking core only about the
 * commands it offers (`useMeetingActions`). A chunk of its own — react-aria's fields live here —
 * so the page's heading and lead do not wait for it (meeting-page.tsx).
 */
import type { MeetingContext, MeetingStatus, Minutes } from '@samverkan/core';
import { staffingPlansForGroup } from '@samverkan/core/runtime';
import {
  commandLabels,
  meetingAgendaDeadline,
  newCommandId,
  useCommand,
  useMeetingActions,
  useRuntimeState,
  useSamverkan,
  useSamverkanSelector,
  type CommandInput,
  type MeetingAgendaDeadline,
} from '@samverkan/react';
import { AgendaBuilder, AttendanceRegister, MeetingLifecycle, MinutesEditor, type AgendaProposal, type AttendanceRegisterRow } from '@samverkan/ui';
import { lazy, Suspense, useMemo } from 'react';
import { describe } from '../app/actions.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { Section } from '../shell/section.js';
import { MeetingChanges } from './meeting-changes.js';

const text = {
  lifecycle: { sv: 'Mötets gång', en: 'Where the meeting stands' },
  attendance: { sv: 'Närvaro', en: 'Attendance' },
} as const;

const Invitation = lazy(() => import('./meeting-documents.js').then((m) => ({ default: m.Invitation })));
const MinutesView = lazy(() => import('./meeting-documents.js').then((m) => ({ default: m.MinutesView })));

/** The commands the lifecycle panel offers; the rest have their own forms below. */
const lifecycleActions = ['openCall', 'sendInvitations', 'holdMeeting'] as const;
const agendaActions = ['proposeAgendaItem', 'reorderAgenda', 'withdrawAgendaItem', 'publishAgenda'] as const;
const attendanceActions = ['recordAttendance'] as const;
const minutesActions = ['draftMinutes', 'approveMinutes', 'publishMinutes'] as const;
const agendaOpen = new Set(['planned', 'collectingItems']);
const afterHeld = new Set(['held', 'minutesDrafted', 'minutesApproved', 'published']);
const minutesOpen = new Set(['held', 'minutesDrafted', 'minutesApproved']);
const beforeHeld = new Set(['planned', 'collectingItems', 'agendaPublished', 'invited']);

type Send = (command: CommandInput) => void;

/** The meeting's lifecycle and the forms of its stage, each action as core answers it now. */
export default function MeetingWork({ meetingId, groupName }: { meetingId: string; groupName: string | undefined }) {
  const { locale, now } = useSamverkan();
  const view = useSamverkanSelector((s) => s.meetings.get(meetingId));
  const { dispatch } = useDispatchWithFeedback();
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const people = useMemo(() => Object.fromEntries(state.dataset.people.map((p) => [p.id, p.name])), [state]);
  const meeting = view?.context;
  const status = view?.status;
  const groupId = meeting?.groupId;
  const rows = useMemo((): AttendanceRegisterRow[] => {
    if (!groupId) return [];
    const organisations = new Map(state.dataset.organisations.map((o) => [o.id, o.name]));
    const persons = new Map(state.dataset.people.map((p) => [p.id, p]));
    const seen = new Map<string, AttendanceRegisterRow>();
    for (const plan of staffingPlansForGroup(state, groupId)) {
      for (const entry of plan.entries) {
        for (const personId of entry.personIds) {
          const person = persons.get(personId);
          if (!person || seen.has(personId)) continue;
          const organisationId = entry.organisationId ?? person.organisationId;
          seen.set(personId, { personId, name: person.name, organisationId, organisationName: organisations.get(organisationId) ?? organisationId });
        }
      }
    }
    return [...seen.values()];
  }, [state, groupId]);
  // Core's deadline status, as useMeeting gives it (null once the agenda is published).
  const agendaDeadline = useMemo(() => (meeting ? meetingAgendaDeadline(meeting, now, locale) : undefined), [meeting, now, locale]);

  if (!meeting || !status) return null;
  const send: Send = (command) => void dispatch(command);

  return (
    <>
      <LifecyclePart meetingId={meetingId} meeting={meeting} status={status} agendaDeadline={agendaDeadline} send={send} />
      {agendaOpen.has(status) ? (
        <AgendaPart meetingId={meetingId} meeting={meeting} people={people} agendaDeadline={agendaDeadline} send={send} />
      ) : status !== 'cancelled' ? (
        <Suspense fallback={null}>
          <Invitation
            title={meeting.title}
            groupName={groupName}
            startsAt={meeting.startsAt}
            durationMinutes={meeting.durationMinutes}
            place={meeting.place}
            onlineLink={meeting.onlineLink}
            agenda={meeting.agenda}
            people={people}
            sentAt={meeting.invitationsSentAt}
          />
        </Suspense>
      ) : null}
      {afterHeld.has(status) ? (
        <Section title={text.attendance[locale]}>
          <AttendancePart meetingId={meetingId} meeting={meeting} rows={rows} send={send} />
        </Section>
      ) : null}
      {minutesOpen.has(status) ? <MinutesPart meetingId={meetingId} meeting={meeting} send={send} /> : null}
      {beforeHeld.has(status) ? (
        <MeetingChanges
          key={meeting.startsAt}
          meetingId={meetingId}
          startsAt={meeting.startsAt}
          cancelLabel={commandLabels.cancelMeeting[locale]}
          rescheduleLabel={commandLabels.rescheduleMeeting[locale]}
        />
      ) : null}
      {meeting.minutes && (status === 'minutesApproved' || status === 'published') ? (
        <Suspense fallback={null}>
          <MinutesView
            agenda={meeting.agenda}
            minutes={meeting.minutes}
            people={people}
            approvedBy={meeting.minutesApprovedBy}
            approvedAt={meeting.minutesApprovedAt}
            {...(meeting.minutesFingerprint ? { fingerprint: meeting.minutesFingerprint } : {})}
          />
        </Suspense>
      ) : null}
    </>
  );
}

interface PartProps {
  meetingId: string;
  meeting: MeetingContext;
  send: Send;
}

function LifecyclePart({ meetingId, meeting, status, agendaDeadline, send }: PartProps & { status: MeetingStatus; agendaDeadline: MeetingAgendaDeadline | undefined }) {
  const { locale } = useSamverkan();
  const actions = useMeetingActions(meetingId, lifecycleActions);
  return (
    <MeetingLifecycle
      title={text.lifecycle[locale]}
      status={status}
      actions={lifecycleActions.map((type) => actions[type])}
      agendaDeadline={agendaDeadline}
      lateReason={meeting.lateReason}
      cancelledReason={meeting.cancelledReason}
      onAction={(type) => send({ type: type as (typeof lifecycleActions)[number], meetingId })}
    />
  );
}

function AgendaPart({
  meetingId,
  meeting,
  people,
  agendaDeadline,
  send,
}: PartProps & { people: Record<string, string>; agendaDeadline: MeetingAgendaDeadline | undefined }) {
  const { locale } = useSamverkan();
  const { can } = useCommand();
  const actions = useMeetingActions(meetingId, agendaActions);
  const target = { meetingId };
  return (
    <AgendaBuilder
      items={meeting.agenda}
      people={people}
      proposeAction={actions.proposeAgendaItem}
      reorderAction={actions.reorderAgenda}
      withdrawAction={actions.withdrawAgendaItem}
      publishAction={actions.publishAgenda}
      lateReasonRequired={agendaDeadline?.status === 'passed'}
      agendaDeadline={agendaDeadline?.date}
      checkPublish={(lateReason) => describe('publishAgenda', actions.publishAgenda.label, can({ type: 'publishAgenda', ...target, lateReason }), locale)}
      onPropose={(proposal: AgendaProposal) => send({ type: 'proposeAgendaItem', ...target, item: { id: `punkt-${newCommandId().slice(0, 8)}`, ...proposal } })}
      onReorder={(itemIds) => send({ type: 'reorderAgenda', ...target, itemIds })}
      onWithdraw={(itemId) => send({ type: 'withdrawAgendaItem', ...target, itemId })}
      onPublish={(lateReason) => send({ type: 'publishAgenda', ...target, ...(lateReason ? { lateReason } : {}) })}
    />
  );
}

function AttendancePart({ meetingId, meeting, rows, send }: PartProps & { rows: AttendanceRegisterRow[] }) {
  const actions = useMeetingActions(meetingId, attendanceActions);
  return (
    <AttendanceRegister
      key={meeting.attendanceRecordedAt ?? 'none'}
      rows={rows}
      records={meeting.attendance ?? []}
      recordAction={actions.recordAttendance}
      caption={meeting.title}
      onRecord={(records) => send({ type: 'recordAttendance', meetingId, records })}
    />
  );
}

function MinutesPart({ meetingId, meeting, send }: PartProps) {
  const actions = useMeetingActions(meetingId, minutesActions);
  return (
    <MinutesEditor
      agenda={meeting.agenda}
      minutes={meeting.minutes}
      draftAction={actions.draftMinutes}
      approveAction={actions.approveMinutes}
      publishAction={actions.publishMinutes}
      onDraft={(minutes: Minutes) => send({ type: 'draftMinutes', meetingId, minutes })}
      onApprove={() => send({ type: 'approveMinutes', meetingId })}
      onPublish={() => send({ type: 'publishMinutes', meetingId })}
    />
  );
}
