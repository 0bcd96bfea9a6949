/**
 * A machine's next snapshot worked out directly from its own definition, for the plain
 * transitions our lifecycles are made of, and by xstate's `transition` for everything else.
 *
 * Why: replay takes every stored event through its record's machine, and xstate's general
 * macrostep (exit and entry sets, action executors, eventless and raised events, a new snapshot
 * per assign) was about a quarter of a replay's time, although our machines are flat and their
 * actions are assigns only. A plain transition — from an atomic state, by the event's own type,
 * guards that are functions, assigns of a function without parameters, to an atomic state, a
 * final one or none, nothing run on entering or leaving and no eventless transitions — needs none
 * of that: the first candidate whose guard passes, its assigns one after the other, and the
 * snapshot with the new context (and state). The snapshot is the one xstate makes, field for
 * field (`direct-transition.test.ts` compares them over every sample and every event type in
 * every state); whatever a transition holds beyond the plain case is left to xstate. The guards
 * and assigns are the machine's own: no rule is written twice.
 */
import type { AnyActorScope, AnyMachineSnapshot, AnyStateMachine } from 'xstate';

/**
 * The parts of xstate's state nodes and transitions this reads. Not all are documented API: after
 * an xstate upgrade, `direct-transition.test.ts` is what shows they still mean the same.
 */
interface StateNodeLike {
  key: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  parent?: StateNodeLike;
  states: Record<string, StateNodeLike>;
  transitions: Map<string, TransitionLike[]>;
  always?: unknown[];
  entry: unknown[];
  exit: unknown[];
  invoke: unknown[];
  tags: string[];
  output?: unknown;
  /** Document order, by which xstate sorts a done machine's nodes. */
  order: number;
}

interface TransitionLike {
  target?: StateNodeLike[];
  reenter?: boolean;
  guard?: unknown;
  actions: unknown[];
}

type Guard = (args: { context: unknown; event: unknown }, params: undefined) => boolean;
type Assignment = (args: Record<string, unknown>, params: undefined) => object;

/** A transition as this module takes it: its guard, its assigns and where it ends. */
interface PlainTransition {
  guard: Guard | undefined;
  assignments: Assignment[];
  /** The state it moves to; undefined when it stays (no target, or its own state). */
  target: StateNodeLike | undefined;
  /** Whether the target is a final state: the machine is then done. */
  final: boolean;
}

/** What a state node allows: whether it is plain here at all, and its event types' candidates as worked out so far. */
interface NodePlan {
  flat: boolean;
  /** Per event type, the candidates in xstate's order; undefined: not all plain, left to xstate. */
  byType: Map<string, PlainTransition[] | undefined>;
}

const plans = new WeakMap<StateNodeLike, NodePlan>();

const hasNone = (list: unknown[] | undefined) => list === undefined || list.length === 0;

/** A node a plain transition may start or end in: atomic, nothing run on entering or leaving it, no eventless transitions. */
function isPlainNode(node: StateNodeLike): boolean {
  return node.type === 'atomic' && hasNone(node.always) && hasNone(node.entry) && hasNone(node.exit) && hasNone(node.invoke);
}

/**
 * A final state a plain transition may end in: nothing run on entering it or on the machine's
 * stopping (its exit and the root's), no output to work out — the machine is then simply done.
 */
function isPlainFinal(node: StateNodeLike, root: StateNodeLike): boolean {
  return (
    node.type === 'final' &&
    node.output === undefined &&
    root.output === undefined &&
    hasNone(node.entry) &&
    hasNone(node.exit) &&
    hasNone(node.invoke) &&
    hasNone(root.exit)
  );
}

function plainGuard(machine: AnyStateMachine, guard: unknown): Guard | undefined | false {
  if (guard === undefined) return undefined;
  const resolved: unknown = typeof guard === 'string' ? (machine.implementations.guards as Record<string, unknown>)[guard] : guard;
  // Guards with parameters, and xstate's own (`and`, `not`, `stateIn`: they carry `check`), are left to xstate.
  return typeof resolved === 'function' && !('check' in resolved) ? (resolved as Guard) : false;
}

function plainAssignment(machine: AnyStateMachine, action: unknown): Assignment | false {
  const resolved: unknown = typeof action === 'string' ? (machine.implementations.actions as Record<string, unknown>)[action] : action;
  if (typeof resolved !== 'function') return false;
  // An assign of a function (ours all are); one of an object of properties is left to xstate.
  const assign = resolved as { type?: unknown; assignment?: unknown };
  return assign.type === 'xstate.assign' && typeof assign.assignment === 'function' ? (assign.assignment as Assignment) : false;
}

/** The plain form of a transition taken in `node` (its own or the root's), or undefined if any part of it is not plain. */
function plainTransition(machine: AnyStateMachine, node: StateNodeLike, transition: TransitionLike): PlainTransition | undefined {
  if (transition.reenter) return undefined;
  const guard = plainGuard(machine, transition.guard);
  if (guard === false) return undefined;
  const assignments: Assignment[] = [];
  for (const action of transition.actions) {
    const assignment = plainAssignment(machine, action);
    if (assignment === false) return undefined;
    assignments.push(assignment);
  }
  const targets = transition.target ?? [];
  if (targets.length > 1) return undefined;
  const target = targets[0];
  const root = machine.root as unknown as StateNodeLike;
  const final = target !== undefined && isPlainFinal(target, root);
  if (target !== undefined && (target.parent !== root || !(isPlainNode(target) || final))) return undefined;
  return { guard, assignments, target: target === node ? undefined : target, final };
}

function planOf(machine: AnyStateMachine, node: StateNodeLike): NodePlan {
  let plan = plans.get(node);
  if (!plan) {
    const root = machine.root as unknown as StateNodeLike;
    // Wildcard descriptors (`*`, `a.*`) add candidates by pattern: left to xstate.
    const wildcards = [node, root].some((n) => [...n.transitions.keys()].some((d) => d === '*' || d.endsWith('.*')));
    const flat = node.parent === root && isPlainNode(node) && hasNone(root.always) && !wildcards;
    plan = { flat, byType: new Map() };
    plans.set(node, plan);
  }
  return plan;
}

const NONE: PlainTransition[] = [];

/**
 * The candidates for `eventType` in `node` as xstate selects them — the node's own, then the
 * root's (taken only when none of the node's own passes its guard) — each in plain form; undefined
 * if the machine is not flat there or any candidate is not plain.
 */
function candidatesOf(machine: AnyStateMachine, node: StateNodeLike, eventType: string): PlainTransition[] | undefined {
  const plan = planOf(machine, node);
  if (!plan.flat) return undefined;
  const known = plan.byType.get(eventType);
  if (known || plan.byType.has(eventType)) return known;
  const root = machine.root as unknown as StateNodeLike;
  const listed = [...(node.transitions.get(eventType) ?? []), ...(root.transitions.get(eventType) ?? [])];
  // An event type no transition names (the log's data may name anything): nothing happens, and nothing is noted.
  if (listed.length === 0) return NONE;
  let candidates: PlainTransition[] | undefined = [];
  for (const transition of listed) {
    const plain = plainTransition(machine, node, transition);
    if (!plain) {
      candidates = undefined;
      break;
    }
    candidates.push(plain);
  }
  plan.byType.set(eventType, candidates);
  return candidates;
}

/**
 * The context after a transition's assigns, each given the context the one before left (as xstate
 * does). No `spawn`: our machines spawn nothing, and an assign that tried would throw and be left to xstate.
 */
function assigned(context: object, assignments: readonly Assignment[], event: unknown, scope: AnyActorScope): object {
  let next = context;
  for (const assignment of assignments) next = Object.assign({}, next, assignment({ context: next, event, self: scope.self, system: scope.system }, undefined));
  return next;
}

/**
 * The snapshot after `event`: the same object when no transition is taken (as xstate returns it),
 * otherwise a new one. Plain transitions are worked out here; the rest by `machine.transition`.
 */
export function directTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }, scope: AnyActorScope): AnyMachineSnapshot {
  const value: unknown = snapshot.value;
  // xstate's own events (`xstate.stop`, errors) and a wildcard type are xstate's to handle, as is any state that is not a child of the root.
  const plain = snapshot.status === 'active' && typeof value === 'string' && Object.hasOwn(machine.root.states, value) && event.type !== '*' && !event.type.startsWith('xstate.');
  const node = plain ? (machine.root.states[value] as unknown as StateNodeLike) : undefined;
  const candidates = node && candidatesOf(machine, node, event.type);
  if (!node || !candidates) return machine.transition(snapshot, event as never, scope) as AnyMachineSnapshot;
  try {
    for (const candidate of candidates) {
      if (candidate.guard && !candidate.guard({ context: snapshot.context, event }, undefined)) continue;
      if (candidate.assignments.length === 0 && !candidate.target) return snapshot;
      const context = assigned(snapshot.context as object, candidate.assignments, event, scope);
      if (!candidate.target) return { ...snapshot, context, tags: new Set(snapshot.tags) } as AnyMachineSnapshot;
      // Leaving `node` for a sibling: xstate's set of active nodes without it, the target added last.
      const nodes = (snapshot._nodes as unknown as StateNodeLike[]).filter((n) => n !== node);
      nodes.push(candidate.target);
      const tags = new Set(nodes.flatMap((n) => n.tags));
      if (!candidate.final) return { ...snapshot, context, _nodes: nodes, value: candidate.target.key, tags } as unknown as AnyMachineSnapshot;
      // A done machine's nodes are in reverse document order: xstate sorts them so to run exit actions (there are none here).
      nodes.sort((a, b) => b.order - a.order);
      return { ...snapshot, status: 'done', output: undefined, context, _nodes: nodes, value: candidate.target.key, tags } as unknown as AnyMachineSnapshot;
    }
    return snapshot;
  } catch {
    // A guard or an assign that throws: xstate's own path gives the error it gives (or handles it).
    return machine.transition(snapshot, event as never, scope) as AnyMachineSnapshot;
  }
}
