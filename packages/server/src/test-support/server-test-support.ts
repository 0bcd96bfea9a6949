/**
 * Helpers the server's tests share (test-only: no entry point reaches this file): a server on
 * 127.0.0.1 and a free port, a sample network whose people can sign in (each bound to the claim
 * `sub:<person id>`), a clock the test moves, and requests as a given person.
 */
import { createServer as createNetServer } from 'node:net';
import type { DatasetInput } from '@samverkan/core';
import { fyrbodal } from '@samverkan/core/samples';
import { createNetwork } from '../cli/network-admin.js';
import type { OidcClient } from '../auth/oidc-provider-client.js';
import type { ServerConfig } from '../config/config.schema.js';
import { memoryNetworkStores, type NetworkStores } from '../networks/network-stores.js';
import { createServer, type SamverkanServer } from '../server/create-server.js';
import { listen, type RunningServer } from '../server/listen.js';
import { silentLogger, type Logger } from '../server/logger.js';
import { EventStoreUnavailableError } from '../store/store-errors.js';

/** Fyrbodal's people: 001 administrator and process leader, 002 commissioner, 003–019 representatives. */
export const people = {
  processLeader: 'fyrbodal:person-001',
  commissioner: 'fyrbodal:person-002',
  representative: 'fyrbodal:person-003',
  otherRepresentative: 'fyrbodal:person-004',
} as const;

export const firstMeeting = 'fyrbodal:mote-2019-01-24';

/** The claim each sample person signs in with in the tests. */
export const subOf = (personId: string) => `sub-${personId}`;

/** A dataset whose every person is bound to `sub:sub-<person id>`. */
export function withClaims(dataset: DatasetInput = fyrbodal): DatasetInput {
  return { ...dataset, people: (dataset.people ?? []).map((person) => ({ ...person, identityClaims: [{ kind: 'sub' as const, value: subOf(person.id) }] })) } as DatasetInput;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A clock the test sets. */
export function testClock(start = '2019-01-02T09:00:00+01:00') {
  let now = start;
  const clock = () => now;
  clock.set = (at: string) => {
    now = at;
  };
  return clock;
}

export interface TestServer {
  url: string;
  origin: string;
  server: SamverkanServer;
  running: RunningServer;
  stores: NetworkStores;
  clock: ReturnType<typeof testClock>;
  /** The Cookie header of a session for `sub:<sub-personId>` (or any claims). */
  cookieFor(personId: string): Promise<string>;
  /** A request to the server, as `as` (a person id) when given; unsafe methods send our Origin. */
  request(path: string, init?: { method?: string; body?: unknown; as?: string; headers?: Record<string, string> }): Promise<Response>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  stores?: NetworkStores;
  config?: Partial<ServerConfig>;
  oidc?: OidcClient;
  log?: Logger;
  /** Networks made from Fyrbodal with claims (default ['fyrbodal']). */
  networks?: string[];
  clockStart?: string;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const stores = options.stores ?? memoryNetworkStores();
  const clock = testClock(options.clockStart ?? '2019-01-01T08:00:00+01:00');
  for (const network of options.networks ?? ['fyrbodal']) {
    await createNetwork({ stores, network, dataset: withClaims(), admin: { kind: 'sub', value: subOf(people.processLeader) }, clock });
  }
  clock.set('2019-01-02T09:00:00+01:00');
  const port = options.config?.port ?? (await freePort());
  const origin = options.config?.publicUrl ?? `http://127.0.0.1:${port}`;
  const server = createServer({
    stores,
    clock,
    log: options.log ?? silentLogger,
    config: { host: '127.0.0.1', port, publicUrl: origin, sessionSecret: 'a test secret that is long enough to be a key', ...options.config },
    auth: { oidc: options.oidc },
  });
  const running = await listen(server);
  const cookies = new Map<string, string>();
  async function cookieFor(personId: string): Promise<string> {
    let cookie = cookies.get(personId);
    if (!cookie) {
      const { name, value } = await server.issueSession([{ kind: 'sub', value: subOf(personId) }]);
      cookie = `${name}=${value}`;
      cookies.set(personId, cookie);
    }
    return cookie;
  }
  return {
    url: running.url,
    origin,
    server,
    running,
    stores,
    clock,
    cookieFor,
    async request(path, init = {}) {
      const method = init.method ?? (init.body !== undefined ? 'POST' : 'GET');
      const headers: Record<string, string> = { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) };
      if (!['GET', 'HEAD'].includes(method)) headers.origin = origin;
      if (init.as) headers.cookie = await cookieFor(init.as);
      return fetch(`${running.url}${path}`, { method, headers: { ...headers, ...init.headers }, ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}) });
    },
    stop: () => running.stop(),
  };
}

/** Karin Ekdahl of Dals-Ed (a representative), as attendance records take her. */
const karin = { personId: people.representative, organisationId: 'fyrbodal:dals-ed' };

/**
 * Takes the first meeting through its lifecycle with commands over HTTP, up to and including
 * `until` (each step checked): a representative proposes an item, the process leader publishes
 * the agenda, holds the meeting, keeps and publishes the minutes.
 */
export async function meetingSteps(t: TestServer, until: 'openCall' | 'proposeAgendaItem' | 'publishAgenda' | 'draftMinutes' | 'publishMinutes'): Promise<void> {
  const leader = people.processLeader;
  const steps: Array<[string, string, string, Record<string, unknown>]> = [
    ['openCall', '2019-01-02T09:00:00+01:00', leader, {}],
    ['proposeAgendaItem', '2019-01-03T10:00:00+01:00', people.representative, { item: { id: 'nattillsyn', title: 'Digital nattillsyn i hemtjänsten', kind: 'information', durationMinutes: 30 } }],
    ['publishAgenda', '2019-01-09T14:00:00+01:00', leader, {}],
    ['sendInvitations', '2019-01-09T14:10:00+01:00', leader, {}],
    ['holdMeeting', '2019-01-24T09:00:00+01:00', leader, {}],
    ['recordAttendance', '2019-01-24T12:30:00+01:00', leader, { records: [{ ...karin, status: 'present', mode: 'onSite' }] }],
    ['draftMinutes', '2019-01-28T10:00:00+01:00', leader, { minutes: { items: [{ itemId: 'nattillsyn', informed: 'Dals-Ed berättade om nattillsyn via kamera.' }], decisions: [], actions: [], escalations: [] } }],
    ['approveMinutes', '2019-01-31T10:00:00+01:00', leader, {}],
    ['publishMinutes', '2019-02-01T09:00:00+01:00', leader, {}],
  ];
  for (const [type, at, as, payload] of steps) {
    t.clock.set(at);
    const response = await t.request('/api/networks/fyrbodal/commands', { as, body: { type, id: `step-${type}`, meetingId: firstMeeting, ...payload } });
    if (response.status !== 201) throw new Error(`${type}: ${response.status} ${await response.text()}`);
    if (type === until) return;
  }
}

/** One Server-Sent Event as the stream sent it. */
export interface ReceivedEvent {
  event: string;
  id: string | undefined;
  data: string;
}

/** A Server-Sent Events client over fetch, for tests: every message in order, and the comments (heartbeats) counted. */
export function openEventStream(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const messages: ReceivedEvent[] = [];
  let comments = 0;
  let status = 0;
  const waiting = new Set<() => void>();
  const notify = () => {
    for (const wake of [...waiting]) wake();
  };
  const done = (async () => {
    const response = await fetch(url, { headers, signal: controller.signal });
    status = response.status;
    notify();
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message: ReceivedEvent = { event: 'message', id: undefined, data: '' };
          let isComment = true;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            isComment = false;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') message.event = value;
            else if (field === 'id') message.id = value;
            else if (field === 'data') message.data = message.data ? `${message.data}\n${value}` : value;
          }
          if (isComment) comments += 1;
          else messages.push(message);
          notify();
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      notify();
    }
  })();
  return {
    messages,
    get comments() {
      return comments;
    },
    get status() {
      return status;
    },
    /** The positions of every event received, in order. */
    positions(): number[] {
      return messages.filter((m) => m.event === 'events').flatMap((m) => (JSON.parse(m.data) as Array<{ position: number }>).map((e) => e.position));
    },
    /** Resolves when `check` holds (checked after every message), or rejects after `timeoutMs`. */
    async until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
      if (check()) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(wake);
          reject(new Error(`the stream did not get there within ${timeoutMs} ms (positions ${JSON.stringify(this.positions())})`));
        }, timeoutMs);
        const wake = () => {
          if (!check()) return;
          clearTimeout(timer);
          waiting.delete(wake);
          resolve();
        };
        waiting.add(wake);
      });
    },
    /** Cuts the connection, as a network that drops would. */
    cut() {
      controller.abort();
    },
    done,
  };
}

/**
 * Memory stores whose database a test can take away (every call fails as an unreachable
 * PostgreSQL does) or slow down (appends wait `appendDelayMs`).
 */
export function faultyStores(inner: NetworkStores = memoryNetworkStores()) {
  /** `appendsStarted`: appends that reached the store (a test waits on it, not on a guess of the time a request takes). */
  const faults = { unreachable: false, appendDelayMs: 0, appendsStarted: 0 };
  const fail = () => new EventStoreUnavailableError('reach the database', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
  const stores: NetworkStores = {
    kind: 'memory (faulty)',
    async open(network) {
      if (faults.unreachable) throw fail();
      const store = await inner.open(network);
      return {
        ...store,
        async append(...args: Parameters<typeof store.append>) {
          faults.appendsStarted += 1;
          if (faults.appendDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.appendDelayMs));
          if (faults.unreachable) throw fail();
          return store.append(...args);
        },
        async readAll(...args: Parameters<typeof store.readAll>) {
          if (faults.unreachable) throw fail();
          return store.readAll(...args);
        },
      } as typeof store;
    },
    exists: async (network) => {
      if (faults.unreachable) throw fail();
      return inner.exists(network);
    },
    list: async () => {
      if (faults.unreachable) throw fail();
      return inner.list();
    },
    ping: async () => {
      if (faults.unreachable) throw fail();
    },
    close: () => inner.close(),
  };
  return { stores, faults };
}
