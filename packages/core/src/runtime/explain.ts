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
        const due = readableDate(m.agendaDeadline);
        return {
          sv: `Sista dag för agendan var ${due.sv}. Skriv varför den publiceras sent; skälet sparas med agendan.`,
          en: `The agenda was due by ${due.en}. Publishing after that needs a reason, which is kept with the agenda.`,
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
          en: `This meeting's minutes are approved by its chair and minutes approvers (${named})${already ? '; you have already approved' : ''}. Still to approve: ${left}.`,
        };
      }
    }
    if (event.type === 'hold' && Date.parse(String(event.at)) < Date.parse(m.startsAt)) {
      const starts = readableInstant(m.startsAt);
      return { sv: `Mötet börjar ${starts.sv} och kan inte hållas före det.`, en: `The meeting starts on ${starts.en} and cannot be held before then.` };
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

/** What the refusal calls the record, as the subject of a sentence. */
const kindNouns: Record<AggregateKind, LocalizedText> = {
  mandate: { sv: 'uppdraget', en: 'the mandate' },
  meeting: { sv: 'mötet', en: 'the meeting' },
  theme: { sv: 'temat', en: 'the theme' },
  seminar: { sv: 'seminariet', en: 'the seminar' },
  deliverable: { sv: 'leveransen', en: 'the deliverable' },
  agreement: { sv: 'överenskommelsen', en: 'the agreement' },
  communicationPlan: { sv: 'kommunikationsplanen', en: 'the communication plan' },
};

/** Swedish quotes «…» in Swedish, English quotes “…” in English. */
function quote(text: string, locale: 'sv' | 'en'): string {
  return locale === 'sv' ? `«${text}»` : `“${text}”`;
}

/** «A», «B» eller «C» / “A”, “B” or “C”. */
function orList(items: readonly string[], locale: 'sv' | 'en'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'sv' ? 'eller' : 'or'} ${items.at(-1)}`;
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
    const noun = kindNouns[aggregate.kind];
    const list = (l: 'sv' | 'en') =>
      where.length === 0 ? (l === 'sv' ? 'inget läge' : 'no state') : orList(where.map((w) => quote(w[l], l)), l);
    return {
      state,
      allowedIn,
      message: {
        sv: `${quote(commandLabel.sv, 'sv')} går inte nu: ${noun.sv} är i läget ${quote(here.sv, 'sv')}. Det går i läget ${list('sv')}.`,
        en: `${quote(commandLabel.en, 'en')} is not possible now: ${noun.en} is in the state ${quote(here.en, 'en')}. It is possible in the state ${list('en')}.`,
      },
    };
  }
  const rule = ruleNotMet(aggregate, event, nameOf);
  return {
    state,
    allowedIn,
    message: rule ?? {
      sv: `${quote(commandLabel.sv, 'sv')} går inte med de här uppgifterna när läget är ${quote(here.sv, 'sv')}.`,
      en: `${quote(commandLabel.en, 'en')} is not possible with these details while the state is ${quote(here.en, 'en')}.`,
    },
  };
}
