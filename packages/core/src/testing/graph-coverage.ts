/**
 * Test helper: proves that every state node and every transition of a machine is reachable,
 * using the path generators of `xstate/graph`. The shortest path to every distinct snapshot
 * is replayed on a real actor; from the end of each path every candidate event is sent once
 * more, so every edge of the explored graph is taken (a transition cover). Transitions taken
 * are observed through the actor's inspection stream, not guessed from state values.
 */
import {
  createActor,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import { getShortestPaths, getStateNodes, toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';

export interface CoverageOptions<M extends AnyStateMachine> {
  input?: InputFrom<M>;
  /** Candidate events for a snapshot (with full payloads: `by`, `at`, …). */
  events: (snapshot: SnapshotFrom<M>) => EventFromLogic<M>[];
  /** How to tell snapshots apart; keep it small so the graph stays finite. */
  serializeState: (snapshot: SnapshotFrom<M>) => string;
  /** Extra paths (event sequences from the start) to replay, e.g. from `getSimplePaths`. */
  extraPaths?: EventFromLogic<M>[][];
}

export interface CoverageReport {
  states: string[];
  unreachedStates: string[];
  transitions: string[];
  untakenTransitions: string[];
  /** How many paths `getShortestPaths` generated. */
  pathCount: number;
}

function describeTransition(t: AnyTransitionDefinition, target: AnyStateNode): string {
  const guard = t.guard ? ` [${typeof t.guard === 'string' ? t.guard : ((t.guard as { type?: string }).type ?? 'guard')}]` : '';
  return `${t.source.id} --${t.eventType}${guard}--> ${target.id}`;
}

function allEdges(graph: DirectedGraphNode): Array<{ transition: AnyTransitionDefinition; label: string }> {
  return [
    ...graph.edges.map((e) => ({ transition: e.transition, label: describeTransition(e.transition, e.target) })),
    ...graph.children.flatMap(allEdges),
  ];
}

function valueOf(node: AnyStateNode): string | Record<string, unknown> {
  const path = node.path as string[];
  return path.slice(0, -1).reduceRight<string | Record<string, unknown>>(
    (inner, key) => ({ [key]: inner }),
    path[path.length - 1] as string,
  );
}

export function graphCoverage<M extends AnyStateMachine>(machine: M, options: CoverageOptions<M>): CoverageReport {
  const stateNodes = getStateNodes(machine).filter((n) => n.path.length > 0);
  const edges = allEdges(toDirectedGraph(machine));
  const reachedStates = new Set<string>();
  const takenTransitions = new Set<AnyTransitionDefinition>();

  const replay = (events: EventFromLogic<M>[]): SnapshotFrom<M> => {
    const actor = createActor(machine, {
      input: options.input,
      inspect: (ev) => {
        if (ev.type === '@xstate.microstep') {
          for (const t of (ev as unknown as { _transitions: AnyTransitionDefinition[] })._transitions) takenTransitions.add(t);
        }
      },
    });
    const mark = () => {
      const snap = actor.getSnapshot() as unknown as { matches(value: unknown): boolean };
      for (const node of stateNodes) if (snap.matches(valueOf(node))) reachedStates.add(node.id);
    };
    actor.start();
    mark();
    for (const event of events) {
      // A finished actor takes no more events (xstate would only warn), so stop there.
      if ((actor.getSnapshot() as { status: string }).status !== 'active') break;
      actor.send(event);
      mark();
    }
    const snap = actor.getSnapshot() as SnapshotFrom<M>;
    actor.stop();
    return snap;
  };

  const paths = getShortestPaths(machine, {
    input: options.input,
    events: options.events as never,
    serializeState: options.serializeState as never,
  });
  for (const path of paths) {
    const events = path.steps.map((s) => s.event as EventFromLogic<M>);
    const end = replay(events);
    for (const next of options.events(end)) replay([...events, next]);
  }
  for (const extra of options.extraPaths ?? []) replay(extra);

  return {
    states: stateNodes.map((n) => n.id),
    unreachedStates: stateNodes.map((n) => n.id).filter((id) => !reachedStates.has(id)),
    transitions: edges.map((e) => e.label),
    untakenTransitions: edges.filter((e) => !takenTransitions.has(e.transition)).map((e) => e.label),
    pathCount: paths.length,
  };
}
