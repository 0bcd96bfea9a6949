/**
 * The server as one Hono app, built by a function so tests start it in-process: configuration,
 * the networks' stores, sign-in and the clock go in; routes are grouped by resource in
 * `routes/`. Around every route, in this order: a request id and a log line (no personal data),
 * a refusal while shutting down, the rate limit per address, who is calling (session or bearer
 * token), the cross-site check for unsafe requests that ride on the cookie, and the rate limit
 * per session. Every error is answered in the one shape `http-errors.ts` defines.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { crossOrigin } from './cross-origin.js';
import { getConnInfo } from '@hono/node-server/conninfo';
import { systemClock, type Clock } from '@samverkan/core/runtime';
import { callerResolver } from '../auth/caller.js';
import { feedTokens } from '../auth/feed-token.js';
import { createOidcClient, type OidcClient } from '../auth/oidc-provider-client.js';
import { sessionCookies, type SessionCookies } from '../auth/session-cookie.js';
import { defaultConfig, type ServerConfig } from '../config/config.schema.js';
import { NetworkNotFoundError, NetworkRegistry } from '../networks/network-registry.js';
import type { NetworkStores } from '../networks/network-stores.js';
import type { SignInClaim } from '../networks/person-binding.js';
import { authRoutes } from '../routes/auth.routes.js';
import { commandRoutes } from '../routes/commands.routes.js';
import { documentRoutes } from '../routes/documents.routes.js';
import { embedRoutes } from '../routes/embed.routes.js';
import { liveEventRoutes } from '../routes/live-events.routes.js';
import { networkReadRoutes } from '../routes/network-read.routes.js';
import { operationRoutes } from '../routes/operations.routes.js';
import { publicRecordRoutes } from '../routes/public-records.routes.js';
import { isEventStoreUnavailable } from '../store/store-errors.js';
import type { AppEnv, ServerParts } from './app-env.js';
import { HttpError, refusals } from './http-errors.js';
import { createLogger, type Logger } from './logger.js';
import { createRateLimiter } from './rate-limiter.js';

export interface CreateServerOptions {
  /** Where the networks are kept (`postgresNetworkStores(await openDatabase(…))` or `memoryNetworkStores()`). */
  stores: NetworkStores;
  /** The configuration (`configFromEnv()`); defaults for anything left out. */
  config?: Partial<ServerConfig>;
  /**
   * Sign-in. By default from `config.oidc` (an OpenID Connect provider); pass a client of your
   * own (tests), or `{ oidc: undefined }` for none.
   */
  auth?: { oidc?: OidcClient | undefined };
  /** The server's clock; every command is dated by it. Default: the system clock. */
  clock?: Clock;
  /**
   * A clock of a network's own, where the host runs one; the server's clock for the others. For
   * a demonstration that shows each sample network as of its own day — never for real networks.
   */
  clockOf?: (network: string) => Clock | undefined;
  /** Where logs go (default: JSON lines on stdout from `config.logLevel`). */
  log?: Logger;
}

export interface SamverkanServer {
  /** The Hono app: `app.fetch` answers a Request (tests), `listen` serves it. */
  readonly app: Hono<AppEnv>;
  readonly config: ServerConfig;
  readonly registry: NetworkRegistry;
  readonly cookies: SessionCookies;
  /**
   * A session for `claims`, as the `Set-Cookie`-ready pair `{ name, value }`: for a host that
   * signs people in itself (a development sign-in page, tests, the load benchmark).
   */
  issueSession(claims: readonly SignInClaim[], issuer?: string): Promise<{ name: string; value: string }>;
  /** Marks the server as shutting down: new requests get 503, live streams end, writes in flight finish. */
  beginShutdown(): Promise<void>;
  /** Finishes shutting down: waits for the writes in flight, then closes every network and the stores. */
  close(): Promise<void>;
  readonly shuttingDown: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createServer(options: CreateServerOptions): SamverkanServer {
  const config = defaultConfig(options.config);
  const log = options.log ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const { stores } = options;
  let secret = config.sessionSecret;
  if (!secret) {
    // Sessions then last as long as this process, and only it can read them.
    secret = randomBytes(48).toString('base64url');
    if (config.oidc) log.warn('SESSION_SECRET is not set: sessions end when this process does, and other processes cannot read them');
  }
  const secure = config.publicUrl.startsWith('https://');
  const cookies = sessionCookies({ secret, maxAgeSeconds: config.sessionMaxAgeSeconds, secure });
  const oidc = options.auth && 'oidc' in options.auth ? options.auth.oidc : config.oidc ? createOidcClient(config.oidc) : undefined;
  const claimRules = { hsaIdClaim: config.oidc?.hsaIdClaim ?? 'hsaId', trustEmail: config.oidc?.trustEmail ?? false };
  const callers = callerResolver({ cookies, oidc, claimRules });
  const registry = new NetworkRegistry({ stores, clock, clockOf: options.clockOf, idleMs: config.networkIdleMs, snapshotEveryEvents: config.snapshotEveryEvents, log });
  let shuttingDown = false;
  const parts: ServerParts = { config, stores, registry, clock, clockOf: options.clockOf, log, cookies, oidc, feedTokens: feedTokens(secret), liveStreams: new Set(), shuttingDown: () => shuttingDown };

  const allowedOrigins = new Set([new URL(config.publicUrl).origin, ...config.allowedOrigins]);
  const perAddress = createRateLimiter(config.rateLimitPerAddress);
  const perSession = createRateLimiter(config.rateLimitPerSession);

  function clientAddress(c: Context<AppEnv>): string {
    if (config.trustProxy > 0) {
      const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
      const address = forwarded[forwarded.length - config.trustProxy];
      if (address) return address;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }

  function limited(decision: { ok: boolean; retryAfterSeconds: number }, per: 'session' | 'address'): void {
    if (!decision.ok) throw new HttpError(refusals.rateLimited(decision.retryAfterSeconds, per), { 'Retry-After': String(decision.retryAfterSeconds) });
  }

  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const requestId = c.req.header('x-request-id')?.match(/^[\w.-]{1,64}$/)?.[0] ?? randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    const path = new URL(c.req.url).pathname;
    if (path === '/health' || path === '/ready') return;
    const caller = c.var.caller;
    log.info('request', {
      requestId,
      method: c.req.method,
      path: path.length > 200 ? `${path.slice(0, 200)}…` : path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(caller && caller.kind !== 'anonymous' ? { via: caller.kind, session: caller.key.slice(caller.key.indexOf(':') + 1, caller.key.indexOf(':') + 9) } : {}),
    });
  });

  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    if (shuttingDown && !['/health', '/ready'].includes(new URL(c.req.url).pathname)) {
      c.header('Connection', 'close');
      throw new HttpError(refusals.shuttingDown(), { 'Retry-After': '5' });
    }
    await next();
  });

  // Pages on the sites in ALLOWED_ORIGINS (an intranet with a widget) read and act through the
  // API from their own origin: the browser asks first (a preflight, as every request carries
  // X-Samverkan-Request) and is told yes only for those sites. The session cookie rides along
  // only where the site is the same (SameSite=Lax); elsewhere a host signs in with a bearer token.
  app.use(
    '/api/*',
    crossOrigin({
      origins: new Set(config.allowedOrigins),
      allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID', 'X-Samverkan-Request', 'X-Request-Id'],
      exposeHeaders: ['Retry-After', 'X-Request-Id'],
      maxAgeSeconds: 600,
    }),
  );

  app.use(async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (path !== '/health' && path !== '/ready') limited(perAddress.take(`address:${clientAddress(c)}`), 'address');
    const caller = await callers.resolve(c);
    c.set('caller', caller);
    if (UNSAFE.has(c.req.method) && caller.kind !== 'bearer') {
      // The cookie rides along with any site's request: an unsafe one must come from ours.
      const origin = c.req.header('origin');
      const fromUs = origin !== undefined ? allowedOrigins.has(origin) : c.req.header('x-samverkan-request') === '1';
      if (!fromUs) throw new HttpError(refusals.crossSite());
    }
    if (caller.kind !== 'anonymous') limited(perSession.take(caller.key), 'session');
    await next();
  });

  app.route('/', operationRoutes(parts));
  app.route('/auth', authRoutes(parts));
  app.route('/api/networks', networkReadRoutes(parts));
  app.route('/api/networks', publicRecordRoutes(parts));
  app.route('/api/networks', documentRoutes(parts));
  app.route('/api/networks', commandRoutes(parts));
  app.route('/api/networks', liveEventRoutes(parts));
  app.route('/embed', embedRoutes(parts));

  app.notFound((c) =>
    c.json({ ok: false, code: 'NOT_FOUND', message: { sv: 'Adressen finns inte.', en: 'There is no such address.' }, details: { path: new URL(c.req.url).pathname.slice(0, 200) } }, 404),
  );

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.body, error.status);
    }
    if (error instanceof NetworkNotFoundError) return c.json(refusals.noNetwork(error.network), 404);
    if (isEventStoreUnavailable(error)) {
      log.warn('database unreachable', { requestId: c.var.requestId, error });
      c.header('Retry-After', '2');
      return c.json(refusals.storeUnavailable(), 503);
    }
    log.error('unexpected error', { requestId: c.var.requestId, error });
    return c.json(refusals.internal(c.var.requestId ?? 'unknown'), 500);
  });

  return {
    app,
    config,
    registry,
    cookies,
    async issueSession(claims, issuer = 'local') {
      const { value } = await cookies.seal(issuer, claims);
      return { name: cookies.name, value };
    },
    get shuttingDown() {
      return shuttingDown;
    },
    async beginShutdown() {
      shuttingDown = true;
      await Promise.all([...parts.liveStreams].map((stream) => stream.close()));
    },
    async close() {
      shuttingDown = true;
      await Promise.all([...parts.liveStreams].map((stream) => stream.close()));
      await registry.close();
      await stores.close();
    },
  };
}
