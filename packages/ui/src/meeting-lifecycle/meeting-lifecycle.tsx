/**
 * MeetingLifecycle — a meeting as a reader looks for it: what it is (when, where, which group,
 * who convenes), where it stands among its steps, and the one next step the current person may
 * take, the others out of the way with core's reasons under «Varför kan jag inte …?». It
 * decides nothing: the lifecycle order and labels come from core's `MeetingStatus`, and every
 * action with its reason from core's `can` (through `@samverkan/react`'s `useMeeting`).
 */
import { meetingStatusLabels, type Locale, type MeetingStatus } from '@samverkan/core/labels';
import type { CommandType } from '@samverkan/core/runtime';
import { useId, type ReactNode } from 'react';
import type { ActionDescriptor } from '../button/action-button.js';
import { FactList, type Fact } from '../fact-list/fact-list.js';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { NextStep } from '../next-step/next-step.js';

/** An action as `useMeeting` returns it; `T` is what its type may be (see `ActionDescriptor`). */
export type MeetingLifecycleAction<T extends string = CommandType> = ActionDescriptor<T>;

export interface MeetingLifecycleProps<T extends string = CommandType> {
  /** The meeting's title, e.g. "Nätverksmöte 3/2019", or what the section is called on a page that names the meeting already. */
  title: string;
  /** The meeting's lifecycle state. */
  status: MeetingStatus;
  /** Language of the labels; the nearest `LocaleProvider`'s (Swedish by default) when omitted. */
  locale?: Locale;
  /**
   * The actions of the meeting's current stage, the likely next step first; the first allowed
   * one is the primary button, the refused ones are explained under «Varför kan jag inte …?».
   */
  actions: ReadonlyArray<MeetingLifecycleAction<T>>;
  /** What the meeting is: date and time, place, link, group, who convenes (shown first). */
  facts?: readonly Fact[];
  /** The agenda deadline and how near it is (`null` once the agenda is out). */
  agendaDeadline?: { date: string; status: 'open' | 'near' | 'passed' | null; label: string | null };
  /** The reason recorded for an agenda published after its deadline. */
  lateReason?: string;
  /** The reason recorded when the meeting was cancelled. */
  cancelledReason?: string;
  /** Called with the action's type when the person chooses an allowed action. */
  onAction?: (type: T) => void;
  /** Disables the actions while a command is under way. */
  isPending?: boolean;
  /** The heading's level (2 when omitted; the page's h1 is the host's). */
  headingLevel?: 2 | 3;
  /** Shown with the next step, e.g. a hint where the demo's clock can be moved. */
  children?: ReactNode;
}

const text = {
  steps: { sv: 'Mötets steg', en: 'Steps of the meeting' },
  stepOf: { sv: (n: number, total: number) => `Steg ${n} av ${total}`, en: (n: number, total: number) => `Step ${n} of ${total}` },
  done: { sv: 'klart', en: 'done' },
  current: { sv: 'nu', en: 'now' },
  late: { sv: 'Agendan publicerades sent. Skäl:', en: 'The agenda was published late. Reason:' },
  cancelled: { sv: 'Mötet är inställt.', en: 'The meeting is cancelled.' },
  nothing: { sv: 'Det finns inget för dig att göra i mötet just nu.', en: 'There is nothing for you to do in this meeting right now.' },
} as const;

// Core's labels list every state in its lifecycle order. Read from them rather than from the
// MeetingStatus schema, so that a bundle showing a meeting does not carry zod for it (a widget).
const lifecycle = (Object.keys(meetingStatusLabels) as MeetingStatus[]).filter((s) => s !== 'cancelled');

export function MeetingLifecycle<T extends string = CommandType>({
  title,
  status,
  locale: localeProp,
  actions,
  facts,
  agendaDeadline,
  lateReason,
  cancelledReason,
  onAction,
  isPending,
  headingLevel = 2,
  children,
}: MeetingLifecycleProps<T>) {
  const id = useId();
  const locale = useLocale(localeProp);
  const reached = lifecycle.indexOf(status as (typeof lifecycle)[number]);
  const Heading = `h${headingLevel}` as 'h2';
  const warning = agendaDeadline?.status === 'near' || agendaDeadline?.status === 'passed' ? agendaDeadline : undefined;
  return (
    <section className="sv-meeting-lifecycle" aria-labelledby={`${id}-title`} data-state={status}>
      <Heading className="sv-meeting-lifecycle__title" id={`${id}-title`}>
        {title}
      </Heading>
      {facts && facts.length > 0 ? <FactList facts={facts} /> : null}
      {status === 'cancelled' ? (
        <p className="sv-notice" data-variant="danger" role="status">
          {text.cancelled[locale]} {cancelledReason}
        </p>
      ) : (
        <div className="sv-meeting-lifecycle__progress">
          <p className="sv-meeting-lifecycle__where" id={`${id}-where`}>
            {text.stepOf[locale](reached + 1, lifecycle.length)}: <strong>{meetingStatusLabels[status][locale]}</strong>
          </p>
          <ol className="sv-meeting-lifecycle__steps" aria-label={text.steps[locale]}>
            {lifecycle.map((step, i) => {
              const state = i < reached ? 'done' : i === reached ? 'current' : 'todo';
              return (
                <li key={step} className="sv-meeting-lifecycle__step" data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
                  <span className="sv-meeting-lifecycle__step-label">{meetingStatusLabels[step][locale]}</span>
                  {state === 'done' ? <span className="sv-visually-hidden"> ({text.done[locale]})</span> : null}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {warning ? (
        <p className="sv-notice" data-variant={warning.status === 'passed' ? 'danger' : 'warning'}>
          {warning.label}: <time dateTime={warning.date}>{formatDate(warning.date, locale)}</time>.
        </p>
      ) : null}
      {lateReason ? (
        <p className="sv-notice">
          {text.late[locale]} {lateReason}
        </p>
      ) : null}
      {status !== 'cancelled' && status !== 'published' ? (
        <NextStep actions={actions} onAction={onAction} isPending={isPending} headingLevel={headingLevel === 2 ? 3 : 4} nothingToDo={text.nothing[locale]} locale={locale}>
          {children}
        </NextStep>
      ) : null}
    </section>
  );
}
