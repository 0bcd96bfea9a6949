/**
 * MeetingWorkspace — a meeting's whole page below its title, wired: what the meeting is and
 * where it stands, the person's one next step, and the part of the meeting's stage (the agenda
 * being built, the agenda sent, attendance, the minutes). It wires what every app otherwise wires
 * by hand — new items' ids, the late-publication reason, attendance rows from the staffing plan,
 * confirmations of public steps, reasons for cancelling and moving — and takes its language from
 * the `SamverkanProvider`, so the locale is set in one place. Every answer is core's: what the
 * person may do (`useMeeting`), and why not; the stages only say which actions belong together.
 *
 * The workspace itself, with its parts given: the agenda and minutes views, the attendance
 * register, the minutes editor and the confirmation dialogs. The main entry's `MeetingWorkspace`
 * imports them (meeting-workspace-eager.tsx); the one of `@samverkan/ui/lazy` fetches each when
 * the meeting's stage first shows it (lazy-meeting-workspace.tsx). This module imports neither,
 * so that no `import()` is reachable from the main entry: a bundler that makes every dynamic
 * import an entry point (esbuild) would otherwise carry the lazy parts into every app.
 */
import { commandDoneLabels, staffingPlansForGroup, type CommandType, type DispatchAllResult } from '@samverkan/core/runtime';
import type { MeetingContext } from '@samverkan/core';
import { meetingStatusLabels, personDisplayName, type Locale, type MeetingStatus } from '@samverkan/core/labels';
import { newCommandId, PROBE_TEXT, useCommand, useMeeting, useRuntimeState, useSamverkan, type CommandInput, type MeetingActionType } from '@samverkan/react';
import { Suspense, useEffect, useId, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { AgendaBuilder } from '../agenda-builder/agenda-builder.js';
import type { ActionDescriptor } from '../button/action-button.js';
import { formErrors, type FormError } from '../error-summary/form-error.js';
import type { Fact } from '../fact-list/fact-list.js';
import { formatDate, formatDateTime, formatTime } from '../i18n/format.js';
import { LocaleProvider } from '../i18n/locale.js';
import { isSafeHref } from '../markdown/safe-href.js';
import { MeetingLifecycle } from '../meeting-lifecycle/meeting-lifecycle.js';
import { StatusTag, type StatusTone } from '../status-tag/status-tag.js';
import type { AgendaViewProps } from '../agenda-view/agenda-view.js';
import type { AttendanceRegisterProps } from '../attendance-register/attendance-register.js';
import type { MinutesEditorProps } from '../minutes-editor/minutes-editor.js';
import type { MinutesViewProps } from '../minutes-view/minutes-view.js';
import type { ConfirmedStep, MeetingDialogProps, StepInput } from './meeting-dialogs.js';
import { useExpectedAttendance } from './use-expected-attendance.js';

export interface MeetingWorkspaceProps {
  /** The meeting's id, e.g. `fyrbodal:mote-2019-12-05`. */
  meetingId: string;
  /**
   * Shown with the next step, e.g. an app's hint where its clock can be moved. Receives the
   * actions core refused in this stage, so the hint can follow core's reasons.
   */
  renderHint?: (refused: ReadonlyArray<ActionDescriptor<MeetingWorkspaceAction>>, meeting: MeetingContext) => ReactNode;
  /** Called after core recorded a step (for an app's own log or notice). */
  onRecorded?: (types: readonly CommandType[]) => void;
  /** Makes the id of a proposed agenda item; `punkt-` and a random part when omitted. */
  newItemId?: () => string;
}

const text = {
  about: { sv: 'Om mötet', en: 'About the meeting' },
  when: { sv: 'Tid', en: 'When' },
  place: { sv: 'Plats', en: 'Place' },
  online: { sv: 'Delta på distans', en: 'Join remotely' },
  onlineLink: { sv: 'Länk till mötet', en: 'Meeting link' },
  group: { sv: 'Grupp', en: 'Group' },
  convener: { sv: 'Sammankallande', en: 'Convened by' },
  status: { sv: 'Läge', en: 'Status' },
  invitation: { sv: 'Kallelse', en: 'Invitation' },
  sentOn: { sv: 'Skickad', en: 'Sent' },
  notSent: { sv: 'Inte skickad', en: 'Not sent' },
  noPlace: { sv: 'Meddelas senare', en: 'To be announced' },
  agenda: { sv: 'Dagordning', en: 'Agenda' },
  attendance: { sv: 'Närvaro', en: 'Attendance' },
  saveAndHold: { sv: 'Spara närvaron – mötet är genomfört', en: 'Save attendance – the meeting is held' },
  recordNow: { sv: 'Registrera närvaro', en: 'Record attendance' },
  proposeNow: { sv: 'Föreslå en punkt', en: 'Propose an item' },
  nothing: { sv: 'Det finns inget för dig att göra i mötet just nu.', en: 'There is nothing for you to do in this meeting right now.' },
  notFound: { sv: 'Mötet finns inte.', en: 'There is no such meeting.' },
} as const;

/** What each stage offers, the likely next step first. Which are allowed is core's answer. */
const stages: Record<MeetingStatus, readonly MeetingActionType[]> = {
  planned: ['openCall', 'rescheduleMeeting', 'cancelMeeting'],
  collectingItems: ['publishAgenda', 'proposeAgendaItem', 'rescheduleMeeting', 'cancelMeeting'],
  agendaPublished: ['sendInvitations', 'rescheduleMeeting', 'cancelMeeting'],
  invited: ['holdMeeting', 'rescheduleMeeting', 'cancelMeeting'],
  held: ['recordAttendance', 'draftMinutes'],
  minutesDrafted: ['approveMinutes', 'draftMinutes', 'recordAttendance'],
  minutesApproved: ['publishMinutes'],
  published: [],
  cancelled: [],
};

const confirmed = new Set<string>(['publishAgenda', 'sendInvitations', 'approveMinutes', 'publishMinutes', 'cancelMeeting', 'rescheduleMeeting']);
const isConfirmed = (type: string): type is ConfirmedStep => confirmed.has(type);
/** What a stage offers: the meeting's commands, and «Registrera närvaro» that marks the meeting held too (`recordAndHold`). */
export type MeetingWorkspaceAction = MeetingActionType | 'recordAndHold';

const tones: Record<MeetingStatus, StatusTone> = {
  planned: 'neutral',
  collectingItems: 'info',
  agendaPublished: 'info',
  invited: 'info',
  held: 'warning',
  minutesDrafted: 'warning',
  minutesApproved: 'info',
  published: 'success',
  cancelled: 'danger',
};

type Outcome = { ok: true; types: CommandType[] } | { ok: false; type: CommandType; errors: FormError[] };

/** The parts a stage shows: imported (the main entry) or fetched when first shown (`@samverkan/ui/lazy`). */
export interface MeetingWorkspaceParts {
  AgendaView: ComponentType<AgendaViewProps>;
  MinutesView: ComponentType<MinutesViewProps>;
  AttendanceRegister: ComponentType<AttendanceRegisterProps>;
  MinutesEditor: ComponentType<MinutesEditorProps>;
  MeetingDialog: ComponentType<MeetingDialogProps>;
}

/** A `MeetingWorkspace` on the parts given. */
export function MeetingWorkspaceWith({ parts, meetingId, renderHint, onRecorded, newItemId }: MeetingWorkspaceProps & { parts: MeetingWorkspaceParts }) {
  const { locale } = useSamverkan();
  return (
    <LocaleProvider locale={locale}>
      <Workspace parts={parts} meetingId={meetingId} renderHint={renderHint} onRecorded={onRecorded} newItemId={newItemId} locale={locale} />
    </LocaleProvider>
  );
}

function Workspace({ parts, meetingId, renderHint, onRecorded, newItemId, locale }: MeetingWorkspaceProps & { parts: MeetingWorkspaceParts; locale: Locale }) {
  const { AgendaView, MinutesView, AttendanceRegister, MinutesEditor, MeetingDialog } = parts;
  const id = useId();
  const { meeting, status, actions, agendaDeadline } = useMeeting(meetingId);
  const { dispatch, dispatchAll, can, pending } = useCommand();
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const rows = useExpectedAttendance(meeting?.groupId, locale);
  const [dialog, setDialog] = useState<ConfirmedStep | undefined>(undefined);
  const [dialogErrors, setDialogErrors] = useState<readonly FormError[]>([]);
  const [notice, setNotice] = useState<{ ok: boolean; text: string; serial: number } | undefined>(undefined);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Where focus returns when a dialog is cancelled: the button that opened it.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const people = useMemo(() => Object.fromEntries(state.dataset.people.map((p) => [p.id, personDisplayName(p, locale)])), [state, locale]);
  const group = state.dataset.groups.find((g) => g.id === meeting?.groupId);
  const conveners = useMemo(() => (meeting ? convenersOf(state, meeting, people) : []), [state, meeting, people]);

  if (!meeting || !status) return <p className="sv-description">{text.notFound[locale]}</p>;
  const groupName = group?.name ?? '';

  const report = (outcome: Outcome) => {
    if (outcome.ok) {
      setDialog(undefined);
      setDialogErrors([]);
      setNotice({ ok: true, text: outcome.types.map((t) => commandDoneLabels[t][locale]).join(' '), serial: Date.now() });
      onRecorded?.(outcome.types);
    }
    return outcome;
  };
  const send = async (command: CommandInput): Promise<Outcome> => {
    const result = await dispatch(command);
    return report(result.ok ? { ok: true, types: [command.type] } : { ok: false, type: command.type, errors: formErrors(command.type, result, locale) });
  };
  const sendAll = async (commands: CommandInput[]): Promise<Outcome> => {
    const result: DispatchAllResult = await dispatchAll(commands);
    if (result.ok) return report({ ok: true, types: commands.map((c) => c.type) });
    const type = commands[Math.max(0, result.index)]!.type;
    return { ok: false, type, errors: formErrors(type, result.error, locale) };
  };
  const target = { meetingId };

  // Core refused a step that needs no form: its reason stands where the person pressed.
  const plain = async (command: CommandInput) => {
    const outcome = await send(command);
    if (!outcome.ok) setNotice({ ok: false, text: outcome.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(' '), serial: Date.now() });
  };

  const focusPart = (part: string) => {
    const el = document.getElementById(`${id}-${part}`);
    const control = el?.querySelector<HTMLElement>('input:checked, input, textarea, button');
    (control ?? el)?.focus();
  };

  const onAction = (type: MeetingWorkspaceAction) => {
    if (isConfirmed(type)) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setDialogErrors([]);
      setDialog(type);
    } else if (type === 'proposeAgendaItem') focusPart('agenda');
    else if (type === 'draftMinutes') focusPart('minutes');
    else if (type === 'recordAttendance' || type === 'recordAndHold') focusPart('attendance');
    else if (type === 'openCall' || type === 'holdMeeting') void plain({ type, ...target });
  };

  const confirm = async (input: StepInput) => {
    let outcome: Outcome;
    switch (input.type) {
      case 'publishAgenda': {
        const publish = { type: 'publishAgenda' as const, ...target, ...(input.lateReason !== undefined ? { lateReason: input.lateReason } : {}) };
        outcome = input.sendInvitations ? await sendAll([publish, { type: 'sendInvitations', ...target }]) : await send(publish);
        break;
      }
      case 'cancelMeeting':
        outcome = await send({ type: 'cancelMeeting', ...target, reason: input.reason });
        break;
      case 'rescheduleMeeting':
        outcome = await send({ type: 'rescheduleMeeting', ...target, startsAt: input.startsAt, reason: input.reason });
        break;
      default:
        outcome = await send({ type: input.type, ...target });
    }
    if (!outcome.ok) setDialogErrors(outcome.errors);
  };

  // The stage's actions as core answered them; before a held meeting's attendance, «Registrera
  // närvaro» is the way to mark it held (one step: held and attendance recorded together).
  const holdsNow = status === 'invited' && actions.holdMeeting.allowed;
  // After the deadline core publishes only with a reason, which the dialog asks for: whether
  // publishing is open to the person is core's answer with a reason given.
  const publishWithReason = (): ActionDescriptor<MeetingActionType> => {
    const answer = can({ type: 'publishAgenda', ...target, lateReason: PROBE_TEXT });
    return answer.ok ? { ...actions.publishAgenda, allowed: true, reasonText: undefined, code: undefined } : actions.publishAgenda;
  };
  const answerFor = (type: MeetingActionType): ActionDescriptor<MeetingActionType> => {
    if (type === 'publishAgenda' && !actions.publishAgenda.allowed && agendaDeadline?.status === 'passed') return publishWithReason();
    // The form's own button says «Föreslå punkt»; the way to the form says where it leads.
    if (type === 'proposeAgendaItem') return { ...actions.proposeAgendaItem, label: text.proposeNow[locale] };
    return actions[type];
  };
  const stage: Array<ActionDescriptor<MeetingWorkspaceAction>> = [
    ...(holdsNow ? [{ type: 'recordAndHold' as const, label: text.recordNow[locale], allowed: true }] : []),
    ...(status === 'held' && meeting.attendanceRecordedAt ? (['draftMinutes', 'recordAttendance'] as const) : stages[status]).map(answerFor),
  ];
  const refused = stage.filter((a) => !a.allowed);

  const startsAt = meeting.startsAt;
  const ends = new Date(Date.parse(startsAt) + meeting.durationMinutes * 60_000).toISOString();
  const link = meeting.onlineLink && isSafeHref(meeting.onlineLink) ? meeting.onlineLink : undefined;
  const facts: Fact[] = [
    {
      term: text.when[locale],
      value: (
        <>
          <time dateTime={startsAt}>{formatDateTime(startsAt, locale)}</time>–<time dateTime={ends}>{formatTime(ends, locale)}</time>
        </>
      ),
    },
    { term: text.place[locale], value: meeting.place ?? text.noPlace[locale] },
    ...(link
      ? [
          {
            term: text.online[locale],
            value: (
              <a href={link} rel="noopener noreferrer">
                {text.onlineLink[locale]}
              </a>
            ),
          },
        ]
      : []),
    ...(groupName ? [{ term: text.group[locale], value: groupName }] : []),
    ...(conveners.length > 0 ? [{ term: text.convener[locale], value: conveners.join(', ') }] : []),
    { term: text.status[locale], value: <StatusTag tone={tones[status]}>{meetingStatusLabels[status][locale]}</StatusTag> },
    ...(status !== 'planned' && status !== 'collectingItems' && status !== 'cancelled'
      ? [
          {
            term: text.invitation[locale],
            value: meeting.invitationsSentAt ? (
              <>
                {text.sentOn[locale]} <time dateTime={meeting.invitationsSentAt}>{formatDate(meeting.invitationsSentAt.slice(0, 10), locale)}</time>
              </>
            ) : (
              text.notSent[locale]
            ),
          },
        ]
      : []),
  ];

  const showAttendance = holdsNow || (['held', 'minutesDrafted', 'minutesApproved', 'published'] as MeetingStatus[]).includes(status);
  const recordAttendance = holdsNow
    ? { type: 'recordAttendance' as const, label: text.recordNow[locale], allowed: true }
    : { ...actions.recordAttendance, allowed: actions.recordAttendance.allowed && status !== 'minutesApproved' && status !== 'published' };

  return (
    <div className="sv-meeting-workspace" data-state={status}>
      <div className="sv-meeting-workspace__notice" aria-live="polite">
        {notice ? (
          <p key={notice.serial} ref={noticeRef} tabIndex={-1} className="sv-notice" data-variant={notice.ok ? 'success' : 'danger'} data-feedback={notice.ok ? 'ok' : 'refused'}>
            {notice.text}
          </p>
        ) : null}
      </div>
      <MeetingLifecycle
        title={text.about[locale]}
        status={status}
        facts={facts}
        actions={stage}
        agendaDeadline={agendaDeadline}
        lateReason={meeting.lateReason}
        cancelledReason={meeting.cancelledReason}
        onAction={onAction}
        isPending={pending}
        locale={locale}
      >
        {renderHint?.(refused, meeting)}
      </MeetingLifecycle>

      {status === 'planned' || status === 'collectingItems' ? (
        <div id={`${id}-agenda`} className="sv-meeting-workspace__part">
          <AgendaBuilder
            items={meeting.agenda}
            people={people}
            proposeAction={actions.proposeAgendaItem}
            reorderAction={actions.reorderAgenda}
            withdrawAction={actions.withdrawAgendaItem}
            onPropose={async (proposal) => {
              const outcome = await send({ type: 'proposeAgendaItem', ...target, item: { id: newItemId?.() ?? `punkt-${newCommandId().slice(0, 8)}`, ...proposal } });
              return outcome.ok ? undefined : outcome.errors;
            }}
            onReorder={(itemIds) => void plain({ type: 'reorderAgenda', ...target, itemIds })}
            onWithdraw={(itemId) => void plain({ type: 'withdrawAgendaItem', ...target, itemId })}
            locale={locale}
          />
        </div>
      ) : status !== 'cancelled' ? (
        <div className="sv-meeting-workspace__part">
          <Suspense fallback={null}>
            <AgendaView items={meeting.agenda} startsAt={startsAt} people={people} headingLevel={2} locale={locale} />
          </Suspense>
        </div>
      ) : null}

      {showAttendance ? (
        <div id={`${id}-attendance`} className="sv-meeting-workspace__part">
          <Suspense fallback={null}>
            <AttendanceRegister
              key={`${meeting.attendanceRecordedAt ?? 'none'}|${status}`}
              caption={text.attendance[locale]}
              rows={rows}
              records={meeting.attendance}
              recordAction={recordAttendance}
              saveLabel={holdsNow ? text.saveAndHold[locale] : undefined}
              isPending={pending}
              locale={locale}
              onRecord={async (records) => {
                const record = { type: 'recordAttendance' as const, ...target, records };
                const outcome = holdsNow ? await sendAll([{ type: 'holdMeeting', ...target }, record]) : await send(record);
                return outcome.ok ? undefined : outcome.errors;
              }}
            />
          </Suspense>
        </div>
      ) : null}

      {status === 'held' || status === 'minutesDrafted' ? (
        <div id={`${id}-minutes`} className="sv-meeting-workspace__part">
          <Suspense fallback={null}>
            <MinutesEditor
              key={meeting.minutesDraftedAt ?? 'none'}
              agenda={meeting.agenda}
              minutes={meeting.minutes}
              draftAction={actions.draftMinutes}
              isPending={pending}
              locale={locale}
              onDraft={async (minutes) => {
                const outcome = await send({ type: 'draftMinutes', ...target, minutes });
                return outcome.ok ? undefined : outcome.errors;
              }}
            />
          </Suspense>
        </div>
      ) : null}

      {meeting.minutes && (status === 'minutesApproved' || status === 'published' || (status === 'minutesDrafted' && !actions.draftMinutes.allowed)) ? (
        <div className="sv-meeting-workspace__part">
          <Suspense fallback={null}>
            <MinutesView
              agenda={meeting.agenda}
              minutes={meeting.minutes}
              people={people}
              {...(meeting.minutesApprovedBy ? { approvedBy: meeting.minutesApprovedBy } : {})}
              {...(meeting.minutesApprovedAt ? { approvedAt: meeting.minutesApprovedAt } : {})}
              {...(meeting.minutesFingerprint ? { fingerprint: meeting.minutesFingerprint } : {})}
              locale={locale}
            />
          </Suspense>
        </div>
      ) : null}

      {dialog ? (
        <Suspense fallback={null}>
          <MeetingDialog
            step={dialog}
            onClose={() => {
              setDialog(undefined);
              const back = opener.current;
              setTimeout(() => back?.isConnected && back.focus(), 0);
            }}
            onConfirm={(input) => void confirm(input)}
            errors={dialogErrors}
            isPending={pending}
            locale={locale}
            groupName={groupName}
            peopleCount={rows.length}
            itemCount={meeting.agenda.length}
            passedDeadline={agendaDeadline?.status === 'passed' ? agendaDeadline.date : undefined}
            startsAt={startsAt}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

/** Who convenes: the people the group's plans seat in a role of the series' responsible kind. */
function convenersOf(state: ReturnType<typeof useRuntimeState>, meeting: MeetingContext, people: Readonly<Record<string, string>>): string[] {
  const series = [...state.dataset.meetingSeries, ...state.dataset.mandates.flatMap((m) => m.meetings)].find((s) => s.id === meeting.seriesId);
  if (!series) return [];
  const roles = new Set(
    [...state.dataset.roles, ...state.dataset.mandates.flatMap((m) => m.roles)].filter((r) => r.kind === series.responsibleRole).map((r) => r.id),
  );
  const names = new Set<string>();
  for (const plan of staffingPlansForGroup(state, meeting.groupId)) {
    for (const entry of plan.entries) if (roles.has(entry.roleId)) for (const personId of entry.personIds) names.add(people[personId] ?? personId);
  }
  return [...names];
}
