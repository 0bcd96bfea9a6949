/**
 * A network on a server, as a browser uses it: the same `Samverkan` interface as a local
 * runtime, so `@samverkan/react`, `@samverkan/ui` and the demo work unchanged. Reads come from
 * a copy of the log that core replays in the browser (checking every event and its hash chain
 * as any replay does), filled from the server and kept up to date by its live stream; commands
 * go to the server, which decides — `can` here is core's answer on the copy, for enabling
 * buttons, and the server's answer is the one that counts. Who acts and when are the server's:
 * a command is sent without `by` and `at`.
 */
import {
  createSamverkan,
  sessionIdentity,
  type CommandResult,
  type DispatchAllResult,
  type Samverkan,
  type StoredEvent,
} from '@samverkan/core/runtime';
import type { PersonalDataRecord } from '@samverkan/core';
import { followLiveEvents } from './live-events.js';
import { createMirrorStore, memoryCache, type MirrorCache } from './mirror-store.js';
import { refusalOf, serverConnection, unreachable, type ServerConnectionOptions } from './server-connection.js';

export interface RemoteNetworkOptions extends ServerConnectionOptions {
  network: string;
  /** Where the copy of the log is kept: memory by default, `indexedDbCache(name)` to read offline. */
  cache?: MirrorCache;
}

export interface RemoteNetwork {
  /** The network through the `Samverkan` interface. */
  runtime: Samverkan;
  /** The signed-in person of this network (from the server), or undefined when signed out. */
  personId: string | undefined;
  /** The network's clock as the server keeps it (this machine's clock corrected by the server's). */
  now(): string;
  /** Whether the live stream is connected (false while reconnecting). */
  connected(): boolean;
  /** Calls `listener` when the connection comes or goes. */
  onConnection(listener: (connected: boolean) => void): () => void;
  close(): Promise<void>;
}

const notHere = (what: string): CommandResult => ({
  ok: false,
  code: 'NOT_ALLOWED_NOW',
  message: {
    sv: `${what} görs på servern av nätverkets administratör, inte härifrån.`,
    en: `${what} is done on the server by the network's administrator, not from here.`,
  },
  details: {},
});

/** Connects to a network on a server: reads the log (and, for members, the people), then follows it live. */
export async function connectToNetwork(options: RemoteNetworkOptions): Promise<RemoteNetwork> {
  const connection = serverConnection(options);
  const { network } = options;
  const store = await createMirrorStore(options.cache ?? memoryCache());

  const asked = Date.now();
  const me = await connection.request(connection.networkUrl(network, '/me')).then(
    async (r) => (r.ok ? ((await r.json()) as { personId?: string; now?: string }) : {}),
    () => ({}) as { personId?: string; now?: string },
  );
  const personId = me.personId;
  // How far the network's clock is from this machine's (a demo's sample runs as of its own day).
  const offset = me.now && !Number.isNaN(Date.parse(me.now)) ? Date.parse(me.now) - (asked + Date.now()) / 2 : 0;
  const now = () => new Date(Date.now() + offset).toISOString();

  async function fetchPeople(): Promise<void> {
    const response = await connection.request(connection.networkUrl(network, '/people'));
    if (!response.ok) return;
    const body = (await response.json()) as { people?: Array<PersonalDataRecord & Record<string, unknown>> };
    if (Array.isArray(body.people)) await store.receivePersonal(body.people);
  }

  /** Everything after what the copy holds, page by page. */
  async function catchUp(): Promise<void> {
    for (let from = store.lastPosition() + 1; ; ) {
      const response = await connection.request(`${connection.networkUrl(network, '/log')}?from=${from}&limit=1000`);
      if (!response.ok) return;
      const page = (await response.json()) as { events: StoredEvent[]; next: number | null };
      await take(page.events);
      if (page.next === null) return;
      from = page.next;
    }
  }

  /** Events from the server, with fresh people first where the events change who is in the network. */
  async function take(events: readonly StoredEvent[]): Promise<void> {
    if (events.some((e) => e.stream === 'dataset')) await fetchPeople().catch(() => undefined);
    await store.receive(events);
  }

  await fetchPeople().catch(() => undefined);
  await catchUp().catch(() => undefined);

  const local = await createSamverkan({ store, identity: sessionIdentity(() => personId), clock: now });

  let connected = false;
  const connectionListeners = new Set<(connected: boolean) => void>();
  const stopLive = followLiveEvents({
    connection,
    network,
    after: () => store.lastPosition(),
    onEvents: (events) => void take(events),
    onStatus: (status) => {
      connected = status;
      for (const listener of connectionListeners) listener(status);
    },
  });

  /** Sends a command to the server; once recorded, its events are in the copy before this resolves. */
  async function send(path: string, body: unknown, method = 'POST'): Promise<CommandResult> {
    let response: Response;
    try {
      response = await connection.request(connection.networkUrl(network, path), {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      return unreachable(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) return refusalOf(response);
    const answer = (await response.json()) as { ok: true; duplicate: boolean; events: StoredEvent[] };
    // The events may arrive on the live stream first or after; either way they are taken once.
    if (answer.events.length > 0 && answer.events[0]!.position > store.lastPosition() + 1) await catchUp().catch(() => undefined);
    await take(answer.events);
    return { ok: true, events: answer.events, duplicate: answer.duplicate };
  }

  /** The command as the server wants it: no sender and no time of its own. */
  function withoutSenderAndTime(command: unknown): unknown {
    if (typeof command !== 'object' || command === null || Array.isArray(command)) return command;
    const { by: _by, at: _at, ...rest } = command as Record<string, unknown>;
    return rest;
  }

  /** Every command goes to the server, which checks it; typed or not makes no difference there. */
  const dispatch = (command: unknown) => send('/commands', withoutSenderAndTime(command));
  async function dispatchAll(commands: unknown): Promise<DispatchAllResult> {
    // One request per command, in order; the first refusal stops the rest. (A server has no
    // batch endpoint: an import of a history goes through its command-line tool, all or nothing.)
    const results: Array<Extract<CommandResult, { ok: true }>> = [];
    for (const [index, command] of (Array.isArray(commands) ? commands : []).entries()) {
      const result = await dispatch(command);
      if (!result.ok) return { ok: false, index, error: result };
      results.push(result);
    }
    return { ok: true, results, events: results.flatMap((r) => (r.duplicate ? [] : r.events)) };
  }

  const runtime: Samverkan = {
    ...local,
    // All four: none may fall through to the local copy, which only mirrors the server's log.
    dispatch,
    dispatchUntrusted: dispatch,
    dispatchAll,
    dispatchAllUntrusted: dispatchAll,
    load: (dataset, meta = {}) => send('/dataset', { dataset, ...(meta.commandId ? { commandId: meta.commandId } : {}) }, 'PUT'),
    erasePersonalData: (id, meta = {}) =>
      send(`/people/${encodeURIComponent(id)}/erase`, { ...(meta.reason ? { reason: meta.reason } : {}), ...(meta.commandId ? { commandId: meta.commandId } : {}) }),
    clear: async () => notHere('Att tömma nätverket') as never,
    async close() {
      stopLive();
      await local.close();
      await store.close();
    },
  };

  return {
    runtime,
    personId,
    now,
    connected: () => connected,
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    close: () => runtime.close(),
  };
}
