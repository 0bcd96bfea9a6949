/**
 * Why a lifecycle event is not possible now, in words a person understands: the state the
 * aggregate is in and the states where the action would be possible, or — where the state is
 * right but a rule is not met — that rule, taken from the domain's own explanations.
 */
import type { AnyStateNode } from 'xstate';
import { agreementStatusLabels } from '../agreement/agreement.schema.js';
import { deliverableStatusLabels } from '../deliverable/deliverable.schema.js';
import { mandateStateLabels, type MandateContext } from '../mandate/mandate.machine.js';
import { extensionRefusal, extensionRefusalLabels } from '../mandate/mandate.rules.js';
import type { MeetingContext } from '../meeting/meeting.schema.js';
import { meetingStatusLabels } from '../meeting/meeting.schema.js';
import { isAgendaLate } from '../meeting/meeting.rules.js';
import { requiredMinutesApprovers } from '../meeting/meeting.machine.js';
import { dialogueSeminarStatusLabels, type DialogueSeminar } from '../seminar/dialogue-seminar.schema.js';
import { seminarReportProblems, themeEvaluationProblems } from '../seminar/seminar.rules.js';
import { themeStatusLabels, type Theme } from '../seminar/theme.schema.js';
import type { LocalizedText } from '../shared/localized.js';
import { readableDate, readableInstant } from '../shared/readable-time.js';
import { machines, stateText, type Aggregate } from './aggregates.js';
import type { AggregateKind } from './state.js';

const stateLabels: Record<AggregateKind, Record<string, LocalizedText>> = {
  mandate: mandateStateLabels,
  meeting: meetingStatusLabels,
  theme: themeStatusLabels,
  seminar: dialogueSeminarStatusLabels,
  deliverable: deliverableStatusLabels,
  agreement: agreementStatusLabels,
  communicationPlan: { inForce: { sv: 'Gällande', en: 'In force' } },
};

/** The label of a (possibly nested) state, e.g. `active.amendmentPending`. */
export function stateLabel(kind: AggregateKind, state: string): LocalizedText {
  const leaf = state.split('.').at(-1)!;
  return stateLabels[kind][leaf] ?? stateLabels[kind][state.split('.')[0]!] ?? { sv: state, en: state };
}

function statesAccepting(node: AnyStateNode, eventType: string): string[] {
  const own = node.path.length > 0 && node.transitions.has(eventType) ? [node.path.join('.')] : [];
  return [...own, ...Object.values(node.states).flatMap((child) => statesAccepting(child as AnyStateNode, eventType))];
}

/** States (dotted) in which a machine accepts an event type at all. */
export function statesAcceptingEvent(kind: AggregateKind, eventType: string): string[] {
  return statesAccepting(machines[kind].root, eventType);
}

function ruleNotMet(aggregate: Aggregate, event: Record<string, unknown> & { type: string }, nameOf: (personId: string) => string): LocalizedText | undefined {
  const ctx = aggregate.snapshot.context as unknown;
  const join = (problems: Array<{ message: LocalizedText }>): LocalizedText | undefined =>
    problems.length === 0
      ? undefined
      : { sv: problems.map((p) => p.message.sv).join(' '), en: problems.map((p) => p.message.en).join(' ') };

  if (aggregate.kind === 'meeting') {
    const m = ctx as MeetingContext;
    if (event.type === 'publishAgenda') {
      if (m.agenda.length === 0) return { sv: 'Agendan är tom; föreslå minst en punkt först.', en: 'The agenda is empty; propose at least one item first.' };
      if (isAgendaLate(event.at as string, m.startsAt, m.agendaLeadTimeDays) && !String(event.lateReason ?? '').trim()) {
        const deadline = readableDate(m.agendaDeadline);
        return {
          sv: `Sista dag för agendan var ${deadline.sv}. Att publicera efter den kräver ett skäl, som sparas.`,
          en: `The agenda was due by ${deadline.en}. Publishing after that needs a reason, which is recorded.`,
        };
      }
    }
    if (event.type === 'approveMinutes') {
      const required = requiredMinutesApprovers(m);
      const waiting = required.filter((p) => !m.minutesApprovals.some((a) => a.by === p));
      if (required.length > 0) {
        const named = required.map(nameOf).join(', ');
        const left = waiting.map(nameOf).join(', ');
        const already = !waiting.includes(String(event.by)) && required.includes(String(event.by));
        return {
          sv: `Mötets minnesanteckningar justeras av dess ordförande och justerare (${named})${already ? '; du har redan justerat' : ''}. Kvar: ${left}.`,
          en: `This meeting's minutes are approved by its chair and justerare (${named})${already ? '; you have already approved' : ''}. Still to approve: ${left}.`,
        };
      }
    }
    if (event.type === 'hold' && Date.parse(String(event.at)) < Date.parse(m.startsAt)) {
      const starts = readableInstant(m.startsAt);
      return { sv: `Mötet börjar ${starts.sv}; det kan inte hållas före det.`, en: `The meeting starts on ${starts.en}; it cannot be held before then.` };
    }
  }
  if (aggregate.kind === 'seminar' && event.type === 'reportSeminar') {
    const s = ctx as DialogueSeminar;
    return join(seminarReportProblems({ hours: event.hours as never, attendance: event.attendance as never, leaderId: s.leaderId }));
  }
  if (aggregate.kind === 'theme' && event.type === 'evaluateTheme') {
    return join(themeEvaluationProblems((ctx as Theme).seminars, (event.openSeminars as never) ?? []));
  }
  if (aggregate.kind === 'mandate' && event.type === 'extend') {
    const refusal = extensionRefusal((ctx as MandateContext).mandate.period, event.to as string);
    return refusal ? extensionRefusalLabels[refusal] : undefined;
  }
  return undefined;
}

/** Why `event` cannot be applied to `aggregate` now. */
export function whyNotNow(
  aggregate: Aggregate,
  event: Record<string, unknown> & { type: string },
  commandLabel: LocalizedText,
  nameOf: (personId: string) => string = (id) => id,
): { message: LocalizedText; state: string; allowedIn: string[] } {
  const state = stateText(aggregate.snapshot.value);
  const allowedIn = statesAcceptingEvent(aggregate.kind, event.type);
  const here = stateLabel(aggregate.kind, state);
  const acceptedHere = allowedIn.some((s) => state === s || state.startsWith(`${s}.`));
  if (!acceptedHere) {
    const where = allowedIn.map((s) => stateLabel(aggregate.kind, s));
    const list = (l: 'sv' | 'en') => (where.length === 0 ? (l === 'sv' ? 'inget läge' : 'no state') : where.map((w) => `«${w[l]}»`).join(', '));
    return {
      state,
      allowedIn,
      message: {
        sv: `«${commandLabel.sv}» går inte i läget «${here.sv}». Det går i: ${list('sv')}.`,
        en: `«${commandLabel.en}» is not possible in the state «${here.en}». It is possible in: ${list('en')}.`,
      },
    };
  }
  const rule = ruleNotMet(aggregate, event, nameOf);
  return {
    state,
    allowedIn,
    message: rule ?? {
      sv: `«${commandLabel.sv}» går inte med dessa uppgifter i läget «${here.sv}».`,
      en: `«${commandLabel.en}» is not possible with these details in the state «${here.en}».`,
    },
  };
}
