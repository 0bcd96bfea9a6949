/**
 * MeetingLifecycle — where a meeting stands, what the current person may do now and why the
 * rest is unavailable. It decides nothing: the lifecycle order and labels come from core's
 * `MeetingStatus`, and every action with its reason from core's `can` (through
 * `@samverkan/react`'s `useMeeting`).
 */
import { meetingStatusLabels, type Locale, type MeetingStatus } from '@samverkan/core';
import { useId } from 'react';
import { ActionButton, type ActionDescriptor } from '../button/action-button.js';
import { useLocale } from '../i18n/locale.js';

/** An action as `useMeeting` returns it. */
export type MeetingLifecycleAction = ActionDescriptor;

export interface MeetingLifecycleProps {
  /** The meeting's title, e.g. "Nätverksmöte 3/2019". */
  title: string;
  /** The meeting's lifecycle state. */
  status: MeetingStatus;
  /** Language of the labels; the nearest `LocaleProvider`'s (Swedish by default) when omitted. */
  locale?: Locale;
  /** Every action the current person could try, allowed or not. */
  actions: readonly MeetingLifecycleAction[];
  /** The agenda deadline and how near it is (`null` once the agenda is out). */
  agendaDeadline?: { date: string; status: 'open' | 'near' | 'passed' | null; label: string | null };
  /** The reason recorded for an agenda published after its deadline. */
  lateReason?: string;
  /** The reason recorded when the meeting was cancelled. */
  cancelledReason?: string;
  /** Called with the action's type when the person chooses an allowed action. */
  onAction?: (type: string) => void;
}

const text = {
  steps: { sv: 'Mötets steg', en: 'Steps of the meeting' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
  deadline: { sv: 'Sista dag för agenda', en: 'Agenda due by' },
  late: { sv: 'Agendan publicerades sent. Skäl:', en: 'The agenda was published late. Reason:' },
  cancelled: { sv: 'Mötet är inställt.', en: 'The meeting is cancelled.' },
  current: { sv: '(nuvarande)', en: '(current)' },
} as const;

// Core's labels list every state in its lifecycle order. Read from them rather than from the
// MeetingStatus schema, so that a bundle showing a meeting does not carry zod for it (a widget).
const lifecycle = (Object.keys(meetingStatusLabels) as MeetingStatus[]).filter((s) => s !== 'cancelled');

export function MeetingLifecycle({
  title,
  status,
  locale: localeProp,
  actions,
  agendaDeadline,
  lateReason,
  cancelledReason,
  onAction,
}: MeetingLifecycleProps) {
  const id = useId();
  const locale = useLocale(localeProp);
  const reached = lifecycle.indexOf(status as (typeof lifecycle)[number]);
  return (
    <section className="sv-meeting-lifecycle" aria-labelledby={`${id}-title`} data-state={status}>
      <h2 className="sv-meeting-lifecycle__title" id={`${id}-title`}>
        {title}
      </h2>
      {status === 'cancelled' ? (
        <p className="sv-meeting-lifecycle__notice" data-variant="danger" role="status">
          {text.cancelled[locale]} {cancelledReason}
        </p>
      ) : (
        <ol className="sv-meeting-lifecycle__steps" aria-label={text.steps[locale]}>
          {lifecycle.map((step, i) => {
            const state = i < reached ? 'done' : i === reached ? 'current' : 'todo';
            return (
              <li key={step} className="sv-meeting-lifecycle__step" data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
                {meetingStatusLabels[step][locale]}
              </li>
            );
          })}
        </ol>
      )}
      {agendaDeadline?.status === 'near' || agendaDeadline?.status === 'passed' ? (
        <p className="sv-meeting-lifecycle__notice" data-variant={agendaDeadline.status === 'passed' ? 'danger' : 'warning'}>
          {text.deadline[locale]} {agendaDeadline.date}: {agendaDeadline.label}
        </p>
      ) : null}
      {lateReason ? (
        <p className="sv-meeting-lifecycle__notice">
          {text.late[locale]} {lateReason}
        </p>
      ) : null}
      <h3 id={`${id}-actions`}>{text.actions[locale]}</h3>
      <ul className="sv-meeting-lifecycle__actions" aria-labelledby={`${id}-actions`}>
        {actions.map((action) => (
          <li key={action.type} className="sv-meeting-lifecycle__action" data-allowed={action.allowed}>
            <ActionButton action={action} onAction={onAction} />
          </li>
        ))}
      </ul>
    </section>
  );
}
