/**
 * The server's configuration, from environment variables, checked once at start. Every bad
 * value is named with what was wrong, in Swedish and English, and all of them at once — a
 * server that starts has a configuration that makes sense, and one that does not start says
 * exactly why.
 */
import * as z from 'zod';
import type { LocalizedText } from '@samverkan/core';

/** The configuration the server runs with (see `configFromEnv` for the variables). */
export interface ServerConfig {
  /** Address to listen on (`HOST`, default 127.0.0.1). */
  host: string;
  /** Port (`PORT`, default 8787; 0 picks a free one). */
  port: number;
  /**
   * The address people reach the server at (`PUBLIC_URL`), e.g. `https://samverkan.region.se`:
   * the OIDC redirect is made from it, cookies are `Secure` when it is https, and it is the
   * origin unsafe requests must come from. Default `http://HOST:PORT`.
   */
  publicUrl: string;
  /** Further origins allowed to send commands with the session cookie (`ALLOWED_ORIGINS`, comma-separated). */
  allowedOrigins: string[];
  /** A PostgreSQL connection string (`DATABASE_URL`); without it PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PGlite's data folder (`DATA_DIR`, default `./samverkan-data`). */
  dataDir: string;
  /** OpenID Connect sign-in; undefined when `OIDC_ISSUER` is not set (no sign-in, public records only, or bearer-less). */
  oidc: OidcConfig | undefined;
  /** The key sessions are encrypted with (`SESSION_SECRET`, at least 32 characters). */
  sessionSecret: string | undefined;
  /** How long a session lasts, in seconds (`SESSION_MAX_AGE`, default 28 800 = 8 h). */
  sessionMaxAgeSeconds: number;
  /** Largest request body in bytes for a command (`BODY_LIMIT`, default 600 000). */
  bodyLimitBytes: number;
  /** Largest request body in bytes for a dataset (`DATASET_BODY_LIMIT`, default 6 000 000). */
  datasetBodyLimitBytes: number;
  /** Requests per minute per session (`RATE_LIMIT_SESSION`, default 600). */
  rateLimitPerSession: number;
  /** Requests per minute per client address (`RATE_LIMIT_ADDRESS`, default 1 200). */
  rateLimitPerAddress: number;
  /** How many proxies in front set `X-Forwarded-For` (`TRUST_PROXY`, default 0: use the socket's address). */
  trustProxy: number;
  /** How long a request may take, in ms (`REQUEST_TIMEOUT_MS`, default 15 000). */
  requestTimeoutMs: number;
  /** How long shutdown waits for commands in flight, in ms (`SHUTDOWN_TIMEOUT_MS`, default 10 000). */
  shutdownTimeoutMs: number;
  /** A network nobody has used for this long is released from memory, in ms (`NETWORK_IDLE_MS`, default 600 000). */
  networkIdleMs: number;
  /**
   * A network's snapshots are written again once this many events are in its state that the
   * last snapshots do not cover — after loading, after 30 s without a new event, and when it is
   * released or the server stops — so its next load replays only the events since
   * (`SNAPSHOT_EVERY_EVENTS`, default 10 000; 0: never written, every load replays the whole log).
   */
  snapshotEveryEvents: number;
  /** How often a live stream sends a heartbeat, in ms (`SSE_HEARTBEAT_MS`, default 15 000). */
  sseHeartbeatMs: number;
  /** `debug`, `info` (default), `warn` or `error` (`LOG_LEVEL`). */
  logLevel: LogLevel;
  /**
   * Where the script-tag build of `@samverkan/widgets` is (`EMBED_WIDGETS_DIR`, its
   * `dist/standalone` folder): the `/embed/…` pages load it. Without it `/embed/…` answers 404.
   */
  embedWidgetsDir: string | undefined;
  /**
   * The pages that may show `/embed/…` in a frame besides the server's own
   * (`EMBED_FRAME_ANCESTORS`, comma-separated origins, `https://*.sharepoint.com` style
   * wildcards allowed): the pages' `frame-ancestors`.
   */
  embedFrameAncestors: string[];
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface OidcConfig {
  /** The provider's issuer URL (`OIDC_ISSUER`); its discovery document is read from it. */
  issuer: string;
  /** `OIDC_CLIENT_ID`. */
  clientId: string;
  /** `OIDC_CLIENT_SECRET`; without it the server is a public client (PKCE only). */
  clientSecret: string | undefined;
  /** `OIDC_SCOPES`, default `openid email profile`. */
  scopes: string;
  /** The audience a bearer token must name (`OIDC_AUDIENCE`, default the client id). */
  audience: string;
  /** The claim that holds an HSA id (`OIDC_HSA_ID_CLAIM`, default `hsaId`). */
  hsaIdClaim: string;
  /** Bind by e-mail even without `email_verified: true` (`OIDC_TRUST_EMAIL`, default false). */
  trustEmail: boolean;
  /** Allow an issuer over plain http (`OIDC_ALLOW_HTTP`, default false; for a provider on loopback in tests). */
  allowHttp: boolean;
}

/** One bad variable. */
export interface ConfigIssue {
  variable: string;
  message: LocalizedText;
}

/** The configuration could not be read: every bad variable, named. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super(
      [
        'Felaktig konfiguration / Invalid configuration:',
        ...issues.map((issue) => `  ${issue.variable}: ${issue.message.sv} / ${issue.message.en}`),
      ].join('\n'),
    );
    this.issues = issues;
  }
}

/**
 * A site that may frame the embed pages: a CSP host source with a scheme — an origin, or one
 * with a `*.` wildcard for the first label. Nothing else (no `*`, no paths, no keywords), so a
 * typo cannot open the frame to every site.
 */
const FRAME_ANCESTOR = /^https?:\/\/(\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?\/?$/i;

type Reader<T> = { schema: z.ZodType<T>; message: LocalizedText };

const integer = (min: number, max: number, sv: string, en: string): Reader<number> => ({
  schema: z.coerce.number().int().min(min).max(max),
  message: { sv: `måste vara ett heltal ${sv}`, en: `must be a whole number ${en}` },
});

const flag: Reader<boolean> = {
  schema: z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes'),
  message: { sv: 'måste vara true eller false', en: 'must be true or false' },
};

const httpUrl = (what: LocalizedText): Reader<string> => ({
  schema: z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, '')),
  message: { sv: `måste vara en http- eller https-adress (${what.sv})`, en: `must be an http or https address (${what.en})` },
});

/**
 * Reads the configuration from `env` (default `process.env`). Throws `ConfigError` naming every
 * variable that is wrong.
 */
export function configFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const issues: ConfigIssue[] = [];
  function read<T>(variable: string, reader: Reader<T>, fallback: T): T;
  function read<T>(variable: string, reader: Reader<T>): T | undefined;
  function read<T>(variable: string, reader: Reader<T>, fallback?: T): T | undefined {
    const raw = env[variable]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const parsed = reader.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    issues.push({ variable, message: { sv: `${reader.message.sv}, inte «${shown(variable, raw)}»`, en: `${reader.message.en}, not «${shown(variable, raw)}»` } });
    return fallback;
  }
  const text = (sv: string, en: string): Reader<string> => ({ schema: z.string().min(1).max(2_000), message: { sv, en } });

  const host = read('HOST', { schema: z.union([z.ipv4(), z.ipv6(), z.hostname()]), message: { sv: 'måste vara en IP-adress eller ett värdnamn', en: 'must be an IP address or a host name' } }, '127.0.0.1');
  const port = read('PORT', integer(0, 65_535, 'från 0 till 65 535', 'from 0 to 65,535'), 8787);
  const publicUrl = read('PUBLIC_URL', httpUrl({ sv: 'där servern nås', en: 'where the server is reached' }), `http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  const origins = read('ALLOWED_ORIGINS', { schema: z.string(), message: { sv: '', en: '' } }, '');
  const allowedOrigins: string[] = [];
  for (const origin of origins.split(',').map((o) => o.trim()).filter(Boolean)) {
    const parsed = z.url({ protocol: /^https?$/ }).safeParse(origin);
    if (parsed.success) allowedOrigins.push(new URL(parsed.data).origin);
    else issues.push({ variable: 'ALLOWED_ORIGINS', message: { sv: `«${origin}» är ingen http- eller https-adress`, en: `«${origin}» is not an http or https address` } });
  }
  const ancestors = read('EMBED_FRAME_ANCESTORS', { schema: z.string(), message: { sv: '', en: '' } }, '');
  const embedFrameAncestors: string[] = [];
  for (const source of ancestors.split(',').map((o) => o.trim()).filter(Boolean)) {
    if (FRAME_ANCESTOR.test(source)) embedFrameAncestors.push(source.toLowerCase().replace(/\/+$/, ''));
    else {
      issues.push({
        variable: 'EMBED_FRAME_ANCESTORS',
        message: {
          sv: `«${shown('EMBED_FRAME_ANCESTORS', source)}» är ingen webbplats (https://intranat.kommun.se eller https://*.sharepoint.com)`,
          en: `«${shown('EMBED_FRAME_ANCESTORS', source)}» is not a site (https://intranet.kommun.se or https://*.sharepoint.com)`,
        },
      });
    }
  }
  const databaseUrl = read('DATABASE_URL', {
    schema: z.string().regex(/^postgres(ql)?:\/\//),
    message: { sv: 'måste vara en PostgreSQL-adress (postgres://…)', en: 'must be a PostgreSQL address (postgres://…)' },
  });
  const dataDir = read('DATA_DIR', text('måste vara en mapp', 'must be a folder'), './samverkan-data');

  // The issuer is compared character for character with the provider's own: kept as written.
  const issuer = read('OIDC_ISSUER', { schema: z.url({ protocol: /^https?$/ }), message: { sv: 'måste vara en http- eller https-adress (OpenID Connect-leverantörens issuer)', en: "must be an http or https address (the OpenID Connect provider's issuer)" } });
  const clientId = read('OIDC_CLIENT_ID', text('måste anges', 'must be given'));
  const clientSecret = read('OIDC_CLIENT_SECRET', text('får inte vara tom', 'must not be empty'));
  const scopes = read('OIDC_SCOPES', { schema: z.string().regex(/(^|\s)openid(\s|$)/), message: { sv: 'måste innehålla openid', en: 'must include openid' } }, 'openid email profile');
  const audience = read('OIDC_AUDIENCE', text('får inte vara tom', 'must not be empty'));
  const hsaIdClaim = read('OIDC_HSA_ID_CLAIM', text('får inte vara tom', 'must not be empty'), 'hsaId');
  const trustEmail = read('OIDC_TRUST_EMAIL', flag, false);
  const allowHttp = read('OIDC_ALLOW_HTTP', flag, false);
  const sessionSecret = read('SESSION_SECRET', {
    schema: z.string().min(32),
    message: { sv: 'måste vara minst 32 tecken (slumpa fram den, t.ex. openssl rand -base64 48)', en: 'must be at least 32 characters (generate it, e.g. openssl rand -base64 48)' },
  });
  if (issuer && !clientId) issues.push({ variable: 'OIDC_CLIENT_ID', message: { sv: 'måste anges när OIDC_ISSUER är satt', en: 'must be given when OIDC_ISSUER is set' } });
  if (!issuer && clientId) issues.push({ variable: 'OIDC_ISSUER', message: { sv: 'måste anges när OIDC_CLIENT_ID är satt', en: 'must be given when OIDC_CLIENT_ID is set' } });
  if (issuer && !sessionSecret && !env.SESSION_SECRET) {
    issues.push({ variable: 'SESSION_SECRET', message: { sv: 'måste anges när inloggning (OIDC_ISSUER) är påslagen', en: 'must be given when sign-in (OIDC_ISSUER) is on' } });
  }
  if (issuer?.startsWith('http://') && !allowHttp) {
    issues.push({ variable: 'OIDC_ISSUER', message: { sv: 'måste vara en https-adress (OIDC_ALLOW_HTTP=true bara för en leverantör på den egna datorn)', en: 'must be an https address (OIDC_ALLOW_HTTP=true only for a provider on this machine)' } });
  }

  const config: ServerConfig = {
    host,
    port,
    publicUrl,
    allowedOrigins,
    databaseUrl,
    dataDir,
    oidc:
      issuer && clientId
        ? { issuer, clientId, clientSecret, scopes, audience: audience ?? clientId, hsaIdClaim, trustEmail, allowHttp }
        : undefined,
    sessionSecret,
    sessionMaxAgeSeconds: read('SESSION_MAX_AGE', integer(60, 2_592_000, 'från 60 till 2 592 000 (sekunder)', 'from 60 to 2,592,000 (seconds)'), 28_800),
    bodyLimitBytes: read('BODY_LIMIT', integer(1_024, 50_000_000, 'från 1 024 till 50 000 000 (byte)', 'from 1,024 to 50,000,000 (bytes)'), 600_000),
    datasetBodyLimitBytes: read('DATASET_BODY_LIMIT', integer(1_024, 200_000_000, 'från 1 024 till 200 000 000 (byte)', 'from 1,024 to 200,000,000 (bytes)'), 6_000_000),
    rateLimitPerSession: read('RATE_LIMIT_SESSION', integer(1, 1_000_000, 'från 1 till 1 000 000 (per minut)', 'from 1 to 1,000,000 (per minute)'), 600),
    rateLimitPerAddress: read('RATE_LIMIT_ADDRESS', integer(1, 1_000_000, 'från 1 till 1 000 000 (per minut)', 'from 1 to 1,000,000 (per minute)'), 1_200),
    trustProxy: read('TRUST_PROXY', integer(0, 10, 'från 0 till 10 (antal proxyer)', 'from 0 to 10 (number of proxies)'), 0),
    requestTimeoutMs: read('REQUEST_TIMEOUT_MS', integer(100, 600_000, 'från 100 till 600 000 (ms)', 'from 100 to 600,000 (ms)'), 15_000),
    shutdownTimeoutMs: read('SHUTDOWN_TIMEOUT_MS', integer(0, 600_000, 'från 0 till 600 000 (ms)', 'from 0 to 600,000 (ms)'), 10_000),
    networkIdleMs: read('NETWORK_IDLE_MS', integer(1_000, 86_400_000, 'från 1 000 till 86 400 000 (ms)', 'from 1,000 to 86,400,000 (ms)'), 600_000),
    snapshotEveryEvents: read('SNAPSHOT_EVERY_EVENTS', integer(0, 100_000_000, 'från 0 till 100 000 000 (händelser)', 'from 0 to 100,000,000 (events)'), 10_000),
    sseHeartbeatMs: read('SSE_HEARTBEAT_MS', integer(100, 300_000, 'från 100 till 300 000 (ms)', 'from 100 to 300,000 (ms)'), 15_000),
    embedWidgetsDir: read('EMBED_WIDGETS_DIR', text('måste vara en mapp', 'must be a folder')),
    embedFrameAncestors,
    logLevel: read('LOG_LEVEL', { schema: z.enum(['debug', 'info', 'warn', 'error']), message: { sv: 'måste vara debug, info, warn eller error', en: 'must be debug, info, warn or error' } }, 'info'),
  };
  if (issues.length > 0) throw new ConfigError(issues);
  return config;
}

/** The default configuration (no variables set), with `overrides`: for tests and programs that embed the server. */
export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...configFromEnv({}), ...overrides };
}

/** A value as an error message may show it: never a secret. */
function shown(variable: string, raw: string): string {
  if (/SECRET|PASSWORD|DATABASE_URL/.test(variable)) return '…';
  return raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
}
