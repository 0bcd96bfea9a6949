/**
 * Ett möte — its whole lifecycle on one page: the call for agenda items and the agenda
 * builder, publication (late only with a reason), the invitation, the meeting held, the
 * attendance list, the minutes drafted, approved and published. Which parts show depends on
 * where the meeting stands; what the visitor may do in each is core's answer (`useMeeting`).
 */
import type { Minutes } from '@samverkan/core';
import { staffingPlansForGroup } from '@samverkan/core/runtime';
import { newCommandId, useCommand, useMeeting, useRuntimeState, useSamverkan } from '@samverkan/react';
import { AgendaBuilder, AttendanceRegister, MeetingLifecycle, MinutesEditor, type AgendaProposal, type AttendanceRegisterRow } from '@samverkan/ui';
import { lazy, Suspense, useMemo } from 'react';
import { describe } from '../app/actions.js';
import { useDemo } from '../app/demo-context.js';
import { useDispatchWithFeedback } from '../app/feedback.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';
import { MeetingChanges } from './meeting-changes.js';

const text = {
  notFound: { sv: 'Mötet finns inte i exemplet', en: 'No such meeting in the sample' },
  lifecycle: { sv: 'Mötets gång', en: 'Where the meeting stands' },
  attendance: { sv: 'Närvaro', en: 'Attendance' },
  minutes: { sv: 'Minnesanteckningar', en: 'Minutes' },
  audit: { sv: 'Händelselogg för mötet', en: 'Audit trail of the meeting' },
  back: { sv: 'Alla möten', en: 'All meetings' },
  group: { sv: 'Grupp', en: 'Group' },
} as const;

const Invitation = lazy(() => import('./meeting-documents.js').then((m) => ({ default: m.Invitation })));
const MinutesView = lazy(() => import('./meeting-documents.js').then((m) => ({ default: m.MinutesView })));

/** The commands the lifecycle panel offers; the rest have their own forms below. */
const lifecycleActions = ['openCall', 'sendInvitations', 'holdMeeting'] as const;
const agendaOpen = new Set(['planned', 'collectingItems']);
const afterHeld = new Set(['held', 'minutesDrafted', 'minutesApproved', 'published']);
const minutesOpen = new Set(['held', 'minutesDrafted', 'minutesApproved']);
const beforeHeld = new Set(['planned', 'collectingItems', 'agendaPublished', 'invited']);

export default function MeetingPage({ meetingId }: { meetingId: string }) {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const { meeting, status, actions, agendaDeadline, view } = useMeeting(meetingId);
  const { can } = useCommand();
  const { dispatch } = useDispatchWithFeedback();
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const people = useMemo(() => Object.fromEntries(state.dataset.people.map((p) => [p.id, p.name])), [state]);
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

  if (!meeting || !status) {
    return (
      <>
        <PageHeading title={text.notFound[locale]} context={info.name[locale]} />
        <p>
          <Link href={pathOf(sampleId, 'meetings')}>{text.back[locale]}</Link>
        </p>
      </>
    );
  }
  const groupName = state.dataset.groups.find((g) => g.id === meeting.groupId)?.name;
  const target = { meetingId };
  const send = (type: (typeof lifecycleActions)[number]) => void dispatch({ type, ...target });

  return (
    <>
      <PageHeading title={meeting.title} context={info.name[locale]} />
      <p className="sv-demo-lead">
        {text.group[locale]}: {groupName ?? meeting.groupId} ·{' '}
        <Link href={`${pathOf(sampleId, 'audit')}?stream=${encodeURIComponent(view?.stream ?? '')}`}>{text.audit[locale]}</Link>
      </p>
      <MeetingLifecycle
        title={text.lifecycle[locale]}
        status={status}
        actions={lifecycleActions.map((type) => actions[type])}
        agendaDeadline={agendaDeadline ?? undefined}
        lateReason={meeting.lateReason}
        cancelledReason={meeting.cancelledReason}
        onAction={(type) => send(type as (typeof lifecycleActions)[number])}
      />
      {agendaOpen.has(status) ? (
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
          onPropose={(proposal: AgendaProposal) =>
            void dispatch({ type: 'proposeAgendaItem', ...target, item: { id: `punkt-${newCommandId().slice(0, 8)}`, ...proposal } })
          }
          onReorder={(itemIds) => void dispatch({ type: 'reorderAgenda', ...target, itemIds })}
          onWithdraw={(itemId) => void dispatch({ type: 'withdrawAgendaItem', ...target, itemId })}
          onPublish={(lateReason) => void dispatch({ type: 'publishAgenda', ...target, ...(lateReason ? { lateReason } : {}) })}
        />
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
          <AttendanceRegister
            key={meeting.attendanceRecordedAt ?? 'none'}
            rows={rows}
            records={meeting.attendance ?? []}
            recordAction={actions.recordAttendance}
            caption={meeting.title}
            onRecord={(records) => void dispatch({ type: 'recordAttendance', ...target, records })}
          />
        </Section>
      ) : null}
      {minutesOpen.has(status) ? (
        <MinutesEditor
          agenda={meeting.agenda}
          minutes={meeting.minutes}
          draftAction={actions.draftMinutes}
          approveAction={actions.approveMinutes}
          publishAction={actions.publishMinutes}
          onDraft={(minutes: Minutes) => void dispatch({ type: 'draftMinutes', ...target, minutes })}
          onApprove={() => void dispatch({ type: 'approveMinutes', ...target })}
          onPublish={() => void dispatch({ type: 'publishMinutes', ...target })}
        />
      ) : null}
      {beforeHeld.has(status) ? (
        <MeetingChanges
          key={meeting.startsAt}
          meetingId={meetingId}
          startsAt={meeting.startsAt}
          cancelLabel={actions.cancelMeeting.label}
          rescheduleLabel={actions.rescheduleMeeting.label}
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
          />
        </Suspense>
      ) : null}
    </>
  );
}
