/**
 * `<samverkan-meeting>`: one meeting — where it stands, when and where, the agenda, the
 * attendance and the minutes — and the steps the signed-in person may take now, each asked of
 * the server, with core's reason for those refused, and its invitation for a calendar. Signed
 * out: the meeting's public records.
 */
import { commandLabels, type CommandType } from '@samverkan/core/runtime';
import { MeetingLifecycle } from '@samverkan/ui';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { WidgetProblem } from '../element/widget-problem.js';
import { say } from '../i18n/widget-texts.js';
import { meetingShown } from './meeting-data.js';
import type { PrintedDocument } from './print-window.js';
import { confirmedActions, useMeetingActions, type MeetingActionState, type WidgetMeetingAction } from './meeting-actions.js';
import { ProposalForm } from './proposal-form.js';
import { ConnectionLine, connectionProblems, Loading, ProblemNotice, useReportProblems } from './widget-frame.js';
import { useNetwork } from './use-network.js';
import { useWidget } from './widget-context.js';
import { MeetingFacts } from './meeting-facts.js';
import { useReady } from './use-ready.js';

const MeetingDocuments = lazy(() => import('./meeting-documents.js'));
// The dialog (react-aria's modal) is loaded the first time a step asks for confirmation.
const StepDialog = lazy(() => import('./step-dialog.js'));

export function MeetingWidget() {
  const { config, connection, emit } = useWidget();
  const { locale } = config;
  const meetingId = config.meetingId ?? '';
  const snapshot = useNetwork({ state: true, public: true });
  const shown = meetingShown(snapshot, meetingId);
  const members = shown?.source === 'members';
  const actions = useMeetingActions(connection, meetingId, shown?.status, members, snapshot.revision, locale);
  const [dialog, setDialog] = useState<MeetingActionState | undefined>(undefined);
  const [dialogProblem, setDialogProblem] = useState<WidgetProblem | undefined>(undefined);
  const [proposalProblem, setProposalProblem] = useState<WidgetProblem | undefined>(undefined);
  const [stepProblem, setStepProblem] = useState<WidgetProblem | undefined>(undefined);
  const [pending, setPending] = useState(false);
  // Once opened, the dialog stays mounted so that react-aria can return focus when it closes.
  const [dialogOpened, setDialogOpened] = useState(false);
  const [notice, setNotice] = useState<{ text: string; serial: number } | undefined>(undefined);
  // Where the dialog renders: the widget's themed root, inside its shadow root.
  const [container, setContainer] = useState<Element | null>(null);
  const themed = useCallback((element: HTMLDivElement | null) => {
    if (element) setContainer(element.closest('[data-sv-theme]'));
  }, []);

  const notFound: WidgetProblem | undefined =
    shown === null
      ? {
          code: 'NOT_FOUND',
          message: members || snapshot.session?.signedIn
            ? { sv: `Mötet «${meetingId}» finns inte i nätverket «${config.network}».`, en: `There is no meeting «${meetingId}» in the network «${config.network}».` }
            : { sv: `Mötet «${meetingId}» finns inte som allmän handling i nätverket «${config.network}» (dess agenda är inte publicerad, eller mötet finns inte).`, en: `The meeting «${meetingId}» is not a public record in the network «${config.network}» (its agenda is not published, or there is no such meeting).` },
        }
      : undefined;
  useReportProblems([...connectionProblems(snapshot), notFound], emit.error);
  useReady(shown ? { network: config.network, signedIn: members } : undefined);

  /**
   * A file from the server (core's .ics invitation — the same UID after a move, a cancellation
   * once cancelled — or the attendance list as CSV), saved by the browser; the link is made
   * inside the shadow root.
   */
  async function download(path: string): Promise<void> {
    setStepProblem(undefined);
    const file = await connection.file(path);
    if (!file.ok) {
      setStepProblem(file.problem);
      return;
    }
    const url = URL.createObjectURL(file.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.hidden = true;
    (container ?? document.body).append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The notice or the minutes in a print window of their own (see print-window.tsx). */
  function print(printed: PrintedDocument): void {
    setStepProblem(undefined);
    // Opened in the click, so a pop-up blocker lets it through; filled when the document is here.
    const view = window.open('', '_blank');
    void import('./print-window.js')
      .then(({ printMeetingDocument }) => printMeetingDocument(view, connection, meetingId, printed, locale))
      .then((problem) => {
        if (problem) {
          setStepProblem(problem);
          emit.error(problem);
        }
      });
  }

  async function send(type: WidgetMeetingAction, extra: Record<string, unknown>, onProblem: (problem: WidgetProblem | undefined) => void): Promise<boolean> {
    setPending(true);
    onProblem(undefined);
    const outcome = await connection.command({ type, meetingId, ...extra });
    setPending(false);
    if (outcome.ok) {
      setDialog(undefined);
      setNotice({ text: `${say('recorded', locale)}${commandLabels[type as CommandType][locale]}.`, serial: Date.now() });
      emit.action({ type, network: config.network, meetingId, eventIds: outcome.eventIds });
      return true;
    }
    onProblem(outcome.problem);
    emit.error(outcome.problem);
    return false;
  }

  // The first time, a signed-in member sees the meeting once the server has said which steps she
  // may take: shown before, the steps would arrive a moment later and push the page down (a
  // layout shift). Later answers (after a step) replace the steps in place.
  const stepsAnswered = useRef(false);
  if (shown && actions !== undefined) stepsAnswered.current = true;
  const waitingForSteps = members && !stepsAnswered.current;

  if (shown === undefined || (shown !== null && waitingForSteps)) {
    if (snapshot.problem) return <ProblemNotice problems={[snapshot.problem]} locale={locale} headingLevel={config.headingLevel} onRetry={() => connection.retry()} />;
    return <Loading locale={locale} />;
  }
  if (shown === null) return <ProblemNotice problems={[notFound!]} locale={locale} headingLevel={config.headingLevel} />;

  const offered = (actions ?? []).filter((action) => action.type !== 'proposeAgendaItem');
  const mayPropose = actions?.some((action) => action.type === 'proposeAgendaItem' && action.allowed) ?? false;
  const inApp = members && (shown.status === 'held' || shown.status === 'minutesDrafted');
  return (
    <div className="sv-widget__meeting" data-source={shown.source} ref={themed}>
      <ConnectionLine snapshot={snapshot} locale={locale} />
      <MeetingLifecycle
        title={shown.title}
        status={shown.status}
        actions={offered}
        locale={locale}
        {...(shown.lateReason ? { lateReason: shown.lateReason } : {})}
        {...(shown.cancelledReason ? { cancelledReason: shown.cancelledReason } : {})}
        onAction={(type) => {
          const action = offered.find((a) => a.type === type);
          if (!action || pending) return;
          setStepProblem(undefined);
          if (confirmedActions.has(action.type)) {
            setDialogProblem(undefined);
            setDialogOpened(true);
            setDialog(action);
          } else void send(action.type, {}, setStepProblem);
        }}
      />
      {stepProblem ? (
        <div className="sv-notice" data-variant="danger" role="alert" data-code={stepProblem.code}>
          <strong>{say('errorHeading', locale)}: </strong>
          {stepProblem.message[locale]}
        </div>
      ) : null}
      <p className="sv-widget__notice" role="status" key={notice?.serial}>
        {notice?.text ?? ''}
      </p>
      {!members ? <p className="sv-description">{snapshot.session?.reason === 'not-member' ? say('notMember', locale) : say('signedOut', locale)}</p> : null}
      <MeetingFacts meeting={shown} locale={locale} />
      {members ? (
        <ul className="sv-widget__documents" aria-label={say('documentsHeading', locale)}>
          <li>
            <button type="button" className="sv-button" data-variant="secondary" onClick={() => void download(`/meetings/${encodeURIComponent(meetingId)}/invitation.ics`)}>
              {say('addToCalendar', locale)}
            </button>
          </li>
          <li>
            <button type="button" className="sv-button" data-variant="secondary" onClick={() => print('notice')}>
              {say('printNotice', locale)}
            </button>
          </li>
          {shown.minutes ? (
            <li>
              <button type="button" className="sv-button" data-variant="secondary" onClick={() => print('minutes')}>
                {say('printMinutes', locale)}
              </button>
            </li>
          ) : null}
          <li>
            <button type="button" className="sv-button" data-variant="secondary" onClick={() => void download(`/meetings/${encodeURIComponent(meetingId)}/attendance.csv?locale=${locale}`)}>
              {say('attendanceCsv', locale)}
            </button>
          </li>
        </ul>
      ) : null}
      {inApp ? <p className="sv-description">{say('inApp', locale)}</p> : null}
      {mayPropose ? (
        <ProposalForm
          locale={locale}
          pending={pending}
          problem={proposalProblem}
          headingLevel={3}
          onPropose={(item) => send('proposeAgendaItem', { item }, setProposalProblem)}
        />
      ) : null}
      <Suspense fallback={<Loading locale={locale} />}>
        <MeetingDocuments meeting={shown} locale={locale} headingLevel={3} show="both" />
      </Suspense>
      {dialog || dialogOpened ? (
        <Suspense fallback={null}>
          <StepDialog
            action={dialog}
            meetingTitle={shown.title}
            container={container}
            locale={locale}
            pending={pending}
            problem={dialogProblem}
            onCancel={() => setDialog(undefined)}
            onConfirm={(extra) => {
              if (dialog) void send(dialog.type, extra, setDialogProblem);
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

