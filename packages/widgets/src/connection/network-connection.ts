/**
 * One connection per server, network and sign-in, shared by every widget on the page that
 * shows that network: one live stream, one copy of the state, one sign-in check. Widgets
 * subscribe to its snapshot (`useSyncExternalStore`) and ask for what they show (`want`).
 *
 * The server decides everything: who the person is (`/me`), what the network holds (`/state`
 * for members, `/public` for anyone), whether an action would be accepted (`/can`) and whether
 * it is (`/commands`). The widget carries none of core's rules or machines.
 *
 * Bad weather: a server that cannot be reached is tried again, a little later each time; the
 * live stream reconnects by itself and the state is read again when it is back; a sign-in that
 * ends (401) turns the widgets to the public records and says so.
 */
import { followLiveEvents, serverConnection, type ServerConnection } from '@samverkan/server/client';
import type { TokenProvider } from '../public/widget-types.js';
import { problemOf, unreachableProblem, type WidgetProblem } from '../element/widget-problem.js';
import type { NetworkState, PublicRecordsJson } from './network-data.js';

export interface Session {
  signedIn: boolean;
  personId?: string;
  name?: string | null;
  /** Why there is no member: nobody signed in, a sign-in that is not a person of the network, or one that ended. */
  reason?: 'anonymous' | 'not-member' | 'expired';
}

export type LiveStatus = 'off' | 'connected' | 'reconnecting';

export interface ConnectionSnapshot {
  session: Session | undefined;
  /** What keeps the network from being shown (unreachable, no such network), if anything. */
  problem: WidgetProblem | undefined;
  state: NetworkState | undefined;
  publicRecords: PublicRecordsJson | undefined;
  live: LiveStatus;
  /** Grows with every change the server reports: a widget asks `/can` again when it does. */
  revision: number;
}

export type CommandOutcome = { ok: true; eventIds: string[] } | { ok: false; problem: WidgetProblem };
export type CanOutcome = { ok: true } | { ok: false; problem: WidgetProblem };

const RETRY_MAX_MS = 15_000;
const PUBLIC_POLL_MS = 60_000;

/** An id for a command, also where `crypto.randomUUID` is missing (a page over plain http). */
export function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `w-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export class NetworkConnection {
  readonly server: string;
  readonly network: string;
  readonly #http: ServerConnection;
  #snapshot: ConnectionSnapshot = { session: undefined, problem: undefined, state: undefined, publicRecords: undefined, live: 'off', revision: 0 };
  readonly #listeners = new Set<() => void>();
  readonly #wants = { state: false, public: false };
  #users = 0;
  #started = false;
  #closed = false;
  #offset = 0;
  #position = 0;
  #stopLive: (() => void) | undefined;
  #retryDelay = 1_000;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #pollTimer: ReturnType<typeof setInterval> | undefined;
  #loading: Promise<void> | undefined;

  constructor(options: { server: string; network: string; token?: TokenProvider; fetch?: typeof fetch }) {
    this.server = options.server;
    this.network = options.network;
    const token = options.token;
    this.#http = serverConnection({
      server: options.server,
      ...(token ? { token: async () => (await token()) ?? undefined } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): ConnectionSnapshot => this.#snapshot;

  /** The network's clock (the server's, as `/me` said it), for dating a view. */
  now(): string {
    return new Date(Date.now() + this.#offset).toISOString();
  }

  retain(): void {
    this.#users += 1;
    if (!this.#started) {
      this.#started = true;
      void this.#load();
    }
  }

  /** Closes the connection once no widget uses it. */
  release(): void {
    this.#users -= 1;
    if (this.#users > 0) return;
    // A widget that is moved in the page disconnects and connects again at once: wait a moment.
    setTimeout(() => {
      if (this.#users === 0) this.close();
    }, 1_000);
  }

  /** A widget needs the members' state or the public records; loads them when not there. */
  want(resource: 'state' | 'public'): void {
    if (this.#wants[resource]) return;
    this.#wants[resource] = true;
    if (this.#snapshot.session) this.#scheduleRefresh(0);
  }

  /** Everything again now (a person pressed «Försök igen»). */
  retry(): void {
    clearTimeout(this.#retryTimer);
    this.#retryDelay = 1_000;
    void this.#load();
  }

  close(): void {
    this.#closed = true;
    this.#stopLive?.();
    this.#stopLive = undefined;
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#refreshTimer);
    clearInterval(this.#pollTimer);
    connections.delete(connectionKeyOf(this));
  }

  /** Sends a command; the server adds who and when. Retried once with the same id when the answer is lost. */
  async command(command: { type: string } & Record<string, unknown>): Promise<CommandOutcome> {
    const body = JSON.stringify({ id: newCommandId(), ...command });
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.#http.request(this.#url('/commands'), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      } catch {
        if (attempt === 0) {
          await pause(1_000);
          continue;
        }
        return { ok: false, problem: { ...unreachableProblem('fetch'), command: command.type } };
      }
      if (response.status === 503 && attempt === 0) {
        await pause(1_000);
        continue;
      }
      if (response.ok) {
        const answer = (await response.json()) as { events?: Array<{ id: string }> };
        this.#scheduleRefresh(0);
        return { ok: true, eventIds: (answer.events ?? []).map((event) => event.id) };
      }
      const problem = await problemOf(response, command.type);
      if (response.status === 401) this.#expire();
      return { ok: false, problem };
    }
  }

  /** Would the server accept this command now, and if not, core's reason. Writes nothing. */
  async can(command: { type: string } & Record<string, unknown>): Promise<CanOutcome> {
    try {
      const response = await this.#http.request(this.#url('/can'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: newCommandId(), ...command }) });
      if (!response.ok) return { ok: false, problem: await problemOf(response, command.type) };
      const answer = (await response.json()) as { ok: boolean };
      if (answer.ok) return { ok: true };
      return { ok: false, problem: await problemOf(new Response(JSON.stringify(answer)), command.type) };
    } catch {
      return { ok: false, problem: { ...unreachableProblem('fetch'), command: command.type } };
    }
  }

  /**
   * A file the server makes for the signed-in person (a meeting's calendar invitation): its
   * bytes and the name the server gives it, or the problem. Fetched, not linked, so that a host
   * with its own sign-in (a bearer token) gets it too.
   */
  async file(path: string): Promise<{ ok: true; blob: Blob; filename: string } | { ok: false; problem: WidgetProblem }> {
    try {
      const response = await this.#http.request(this.#url(path));
      if (!response.ok) {
        if (response.status === 401) this.#expire();
        return { ok: false, problem: await problemOf(response) };
      }
      const disposition = response.headers.get('content-disposition') ?? '';
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').pop() ?? 'samverkan';
      return { ok: true, blob: await response.blob(), filename };
    } catch {
      return { ok: false, problem: unreachableProblem('fetch') };
    }
  }

  /** A named query of the network for the signed-in person (`upcomingMeetings`, …): its result, or the problem. */
  async query<T>(name: string, params: Record<string, string | number | undefined>): Promise<{ ok: true; result: T } | { ok: false; problem: WidgetProblem }> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
    try {
      const response = await this.#http.request(`${this.#url(`/queries/${encodeURIComponent(name)}`)}?${search.toString()}`);
      if (response.ok) return { ok: true, result: ((await response.json()) as { result: T }).result };
      if (response.status === 401) this.#expire();
      return { ok: false, problem: await problemOf(response) };
    } catch {
      return { ok: false, problem: unreachableProblem('fetch') };
    }
  }

  #url(path: string): string {
    return this.#http.networkUrl(this.network, path);
  }

  #set(change: Partial<ConnectionSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    for (const listener of [...this.#listeners]) listener();
  }

  #load(): Promise<void> {
    this.#loading ??= this.#loadOnce().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  async #loadOnce(): Promise<void> {
    if (this.#closed) return;
    try {
      const session = await this.#readSession();
      if (session === undefined) return;
      if (this.#wants.state && session.signedIn) await this.#readState();
      if (this.#wants.public || (this.#wants.state && !session.signedIn)) await this.#readPublic();
      this.#retryDelay = 1_000;
    } catch (error) {
      this.#set({ problem: error instanceof ProblemError ? error.problem : unreachableProblem('fetch') });
      this.#scheduleRetry();
    }
  }

  /** `/me`: who the person is here, the network's clock and log position. Undefined: the network is not there. */
  async #readSession(): Promise<Session | undefined> {
    const asked = Date.now();
    const response = await this.#fetch('/me');
    if (response.ok) {
      const me = (await response.json()) as { personId: string; name: string | null; now?: string; position?: number };
      if (me.now && !Number.isNaN(Date.parse(me.now))) this.#offset = Date.parse(me.now) - (asked + Date.now()) / 2;
      if (this.#stopLive === undefined && typeof me.position === 'number') this.#position = me.position;
      const session: Session = { signedIn: true, personId: me.personId, name: me.name };
      this.#set({ session, problem: undefined });
      this.#startLive();
      return session;
    }
    if (response.status === 401 || response.status === 403) {
      const previous = this.#snapshot.session;
      const reason = response.status === 403 ? 'not-member' : previous?.signedIn || previous?.reason === 'expired' ? 'expired' : 'anonymous';
      const session: Session = { signedIn: false, reason };
      this.#stopLiveStream();
      this.#set({ session, problem: undefined });
      this.#startPolling();
      return session;
    }
    const problem = await problemOf(response);
    if (response.status === 404) {
      // No such network: nothing to retry until the host changes the attribute.
      this.#set({ problem: { ...problem, code: 'NOT_FOUND' } });
      return undefined;
    }
    throw new ProblemError(problem);
  }

  async #readState(): Promise<void> {
    const response = await this.#fetch('/state');
    if (response.ok) {
      const state = (await response.json()) as NetworkState;
      this.#set({ state, problem: undefined, revision: this.#snapshot.revision + 1 });
      return;
    }
    if (response.status === 401 || response.status === 403) {
      this.#expire();
      await this.#readPublic();
      return;
    }
    throw new ProblemError(await problemOf(response));
  }

  async #readPublic(): Promise<void> {
    const response = await this.#fetch('/public');
    if (response.ok) {
      const publicRecords = (await response.json()) as PublicRecordsJson;
      this.#set({ publicRecords, problem: undefined, revision: this.#snapshot.revision + 1 });
      return;
    }
    const problem = await problemOf(response);
    if (response.status === 404) {
      this.#set({ problem: { ...problem, code: 'NOT_FOUND' } });
      return;
    }
    throw new ProblemError(problem);
  }

  async #fetch(path: string): Promise<Response> {
    try {
      return await this.#http.request(this.#url(path));
    } catch {
      throw new ProblemError(unreachableProblem('fetch'));
    }
  }

  #expire(): void {
    if (this.#snapshot.session?.signedIn === false && this.#snapshot.session.reason === 'expired') return;
    this.#stopLiveStream();
    this.#set({ session: { signedIn: false, reason: 'expired' }, problem: undefined, state: undefined, revision: this.#snapshot.revision + 1 });
    this.#startPolling();
    void this.#readPublic().catch(() => this.#scheduleRetry());
  }

  #startLive(): void {
    if (this.#stopLive || this.#closed) return;
    clearInterval(this.#pollTimer);
    this.#pollTimer = undefined;
    let lost = false;
    this.#stopLive = followLiveEvents({
      connection: this.#http,
      network: this.network,
      after: () => this.#position,
      onEvents: (events) => {
        for (const event of events) this.#position = Math.max(this.#position, event.position);
        this.#set({ revision: this.#snapshot.revision + 1 });
        this.#scheduleRefresh(50);
      },
      onStatus: (connected) => {
        this.#set({ live: connected ? 'connected' : 'reconnecting' });
        if (connected && lost) {
          lost = false;
          // Back: what the stream resumes is applied by reading the state again.
          this.#scheduleRefresh(0);
        } else if (!connected) {
          lost = true;
          // The stream also ends when the sign-in does: find out which it is.
          void this.#readSession().catch(() => undefined);
        }
      },
    });
  }

  #stopLiveStream(): void {
    this.#stopLive?.();
    this.#stopLive = undefined;
    if (this.#snapshot.live !== 'off') this.#set({ live: 'off' });
  }

  /** Signed out there is no live stream: the public records are read again now and then. */
  #startPolling(): void {
    if (this.#pollTimer || this.#closed) return;
    this.#pollTimer = setInterval(() => {
      if (this.#wants.public || this.#wants.state) void this.#load();
    }, PUBLIC_POLL_MS);
  }

  #scheduleRefresh(ms: number): void {
    if (this.#closed) return;
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.#load(), ms);
  }

  #scheduleRetry(): void {
    if (this.#closed) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => void this.#load(), this.#retryDelay);
    this.#retryDelay = Math.min(this.#retryDelay * 2, RETRY_MAX_MS);
  }
}

class ProblemError extends Error {
  constructor(readonly problem: WidgetProblem) {
    super(problem.message.en);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── one connection per server, network and sign-in on the page ─────────────────────────────
const connections = new Map<string, NetworkConnection>();
const providerIds = new WeakMap<TokenProvider, number>();
let nextProviderId = 1;
const keys = new WeakMap<NetworkConnection, string>();

function connectionKeyOf(connection: NetworkConnection): string {
  return keys.get(connection) ?? '';
}

/** The page's connection to `network` on `server` for this sign-in (a token provider, or the cookie). */
export function connectionFor(server: string, network: string, token?: TokenProvider): NetworkConnection {
  let providerId = 0;
  if (token) {
    providerId = providerIds.get(token) ?? nextProviderId++;
    providerIds.set(token, providerId);
  }
  const key = `${server}\n${network}\n${providerId}`;
  let connection = connections.get(key);
  if (!connection) {
    connection = new NetworkConnection({ server, network, ...(token ? { token } : {}) });
    connections.set(key, connection);
    keys.set(connection, key);
  }
  return connection;
}

/** How many connections the page holds (for tests: two widgets of one network share one). */
export function openConnectionCount(): number {
  return connections.size;
}
