/**
 * The lifecycles the runtime replays, each with its machine, the stream naming and where
 * an aggregate's starting input comes from: the dataset for aggregates it describes, the
 * first event of the stream for aggregates created later by a command.
 */
import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { agreementMachine } from '../agreement/agreement.machine.js';
import { communicationPlanMachine } from '../communication/communication-plan.machine.js';
import type { Dataset } from '../dataset/dataset.schema.js';
import type { Mandate } from '../mandate/mandate.schema.js';
import { defaultMeetingRules } from '../meeting/meeting-series.schema.js';
import { deliverableMachine } from '../deliverable/deliverable.machine.js';
import { mandateMachine } from '../mandate/mandate.machine.js';
import { meetingMachine } from '../meeting/meeting.machine.js';
import { dialogueSeminarMachine } from '../seminar/dialogue-seminar.machine.js';
import { themeMachine } from '../seminar/theme.machine.js';
import { byId } from './directory-index.js';
import { directTransition } from './direct-transition.js';
import type { AggregateKind, AggregateView } from './state.js';

export const machines: Record<AggregateKind, AnyStateMachine> = {
  mandate: mandateMachine,
  meeting: meetingMachine,
  theme: themeMachine,
  seminar: dialogueSeminarMachine,
  deliverable: deliverableMachine,
  agreement: agreementMachine,
  communicationPlan: communicationPlanMachine,
};

export const aggregateKinds = Object.keys(machines) as AggregateKind[];

/** `meeting:fyrbodal:mote-2019-01-24` — kind, then the aggregate's own id. */
export function streamOf(kind: AggregateKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseStream(stream: string): { kind: AggregateKind; id: string } | undefined {
  const i = stream.indexOf(':');
  const kind = stream.slice(0, i) as AggregateKind;
  return i > 0 && kind in machines ? { kind, id: stream.slice(i + 1) } : undefined;
}

/**
 * The series a meeting was planned under: the dataset's own, or the meeting rules of a mandate —
 * one the dataset holds, or (given `mandates`, the runtime's live ones) one created by command.
 */
export function seriesOf(dataset: Dataset, seriesId: string, mandates: Iterable<{ context: { mandate: Mandate } }> = []) {
  const live = [...mandates].flatMap((m) => m.context.mandate.meetings);
  return [...dataset.meetingSeries, ...dataset.mandates.flatMap((m) => m.meetings), ...live].find((s) => s.id === seriesId);
}

/**
 * The lead times a meeting follows: its series' where it has one; else its group's own meeting
 * rules; else `defaultMeetingRules`. Undefined when the meeting names a series that does not exist.
 */
export function meetingRulesOf(
  dataset: Dataset,
  meeting: { seriesId?: string | undefined; groupId: string },
  mandates: Iterable<{ context: { mandate: Mandate } }> = [],
): { agendaLeadTimeDays: number; minutesDueDays: number } | undefined {
  if (meeting.seriesId !== undefined) {
    const series = seriesOf(dataset, meeting.seriesId, mandates);
    return series ? leadTimesOf(series) : undefined;
  }
  const rules = byId(dataset.groups, meeting.groupId)?.meetingRules;
  return leadTimesOf(rules ?? defaultMeetingRules);
}

/**
 * What a meeting takes from its series: the lead times, and only them — the machine's input
 * (and a stored `planMeeting` event) holds no more than the machine reads.
 */
export function leadTimesOf(series: { agendaLeadTimeDays: number; minutesDueDays: number }) {
  return { agendaLeadTimeDays: series.agendaLeadTimeDays, minutesDueDays: series.minutesDueDays };
}

/** Every aggregate the dataset describes, with the input its machine starts from. */
export function datasetAggregates(dataset: Dataset): Array<{ kind: AggregateKind; id: string; input: unknown }> {
  const out: Array<{ kind: AggregateKind; id: string; input: unknown }> = [];
  for (const mandate of dataset.mandates) out.push({ kind: 'mandate', id: mandate.id, input: { mandate } });
  for (const meeting of dataset.meetings) {
    const rules = meetingRulesOf(dataset, meeting);
    if (rules) out.push({ kind: 'meeting', id: meeting.id, input: { meeting, series: rules } });
  }
  for (const theme of dataset.themes) out.push({ kind: 'theme', id: theme.id, input: theme });
  for (const seminar of dataset.seminars) out.push({ kind: 'seminar', id: seminar.id, input: seminar });
  for (const deliverable of dataset.deliverables) out.push({ kind: 'deliverable', id: deliverable.id, input: deliverable });
  for (const agreement of dataset.agreements) out.push({ kind: 'agreement', id: agreement.id, input: agreement });
  for (const plan of dataset.communicationPlans) out.push({ kind: 'communicationPlan', id: plan.id, input: plan });
  return out;
}

/** The id of the entity a machine input describes. */
export function idOfInput(kind: AggregateKind, input: unknown): string | undefined {
  const i = input as { id?: string; meeting?: { id?: string }; mandate?: { id?: string } };
  return kind === 'meeting' ? i.meeting?.id : kind === 'mandate' ? i.mandate?.id : i.id;
}

/** A live aggregate: its machine snapshot and how many stream events made it. */
export interface Aggregate {
  kind: AggregateKind;
  id: string;
  snapshot: AnyMachineSnapshot;
  version: number;
  /** When the stream's latest event happened; a later event may not be dated before it. */
  lastAt?: string;
}

/**
 * One inert actor scope per machine, reused for every transition. xstate's `transition` and
 * `initialTransition` build a new actor for each call (and that actor's constructor computes a
 * throw-away initial snapshot), which was most of the cost of replaying a log. Our machines are
 * pure (assigns only: no children, no delays, no side effects), so nothing is ever executed or
 * spawned through the scope and one scope per machine gives the same snapshots.
 */
const inertScopes = new Map<AnyStateMachine, AnyActorScope>();

export function inertScopeOf(machine: AnyStateMachine): AnyActorScope {
  let scope = inertScopes.get(machine);
  if (!scope) {
    // Never started: it only lends the scope a `self` and a `system`, as xstate's own inert scope does.
    const self = createActor(machine);
    const ignore = () => {};
    scope = { self, id: '', sessionId: '', system: self.system, logger: ignore, defer: ignore, emit: ignore, stopChild: ignore, actionExecutor: ignore };
    inertScopes.set(machine, scope);
  }
  return scope;
}

export function startAggregate(kind: AggregateKind, id: string, input: unknown): Aggregate {
  const machine = machines[kind];
  const snapshot = machine.getInitialSnapshot(inertScopeOf(machine), input);
  return { kind, id, snapshot: snapshot as AnyMachineSnapshot, version: 0 };
}

/** The next snapshot for an event (the same one if the machine takes none); pure, the machine's actions are assigns only. */
export function step(aggregate: Aggregate, event: { type: string; [key: string]: unknown }): AnyMachineSnapshot {
  const machine = machines[aggregate.kind];
  return directTransition(machine, aggregate.snapshot, event, inertScopeOf(machine));
}

/** Dotted state value: `active.amendmentPending`. */
export function stateText(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? ['', ''];
  const rest = stateText(inner);
  return rest === '' ? key : `${key}.${rest}`;
}

export function viewOf(aggregate: Aggregate): AggregateView<unknown, string> {
  const state = stateText(aggregate.snapshot.value);
  return {
    id: aggregate.id,
    kind: aggregate.kind,
    stream: streamOf(aggregate.kind, aggregate.id),
    version: aggregate.version,
    status: state.split('.')[0]!,
    state,
    context: aggregate.snapshot.context,
  };
}
