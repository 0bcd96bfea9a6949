/** What every route can reach: the request's id and caller (Hono's context variables) and the server's parts. */
import type { Clock } from '@samverkan/core/runtime';
import type { Caller } from '../auth/caller.js';
import type { FeedTokens } from '../auth/feed-token.js';
import type { OidcClient } from '../auth/oidc-provider-client.js';
import type { SessionCookies } from '../auth/session-cookie.js';
import type { ServerConfig } from '../config/config.schema.js';
import type { NetworkRegistry } from '../networks/network-registry.js';
import type { NetworkStores } from '../networks/network-stores.js';
import type { Logger } from './logger.js';

export interface AppEnv {
  Variables: {
    requestId: string;
    caller: Caller;
  };
}

export interface ServerParts {
  config: ServerConfig;
  stores: NetworkStores;
  registry: NetworkRegistry;
  clock: Clock;
  /** A network's own clock where the host runs one (see `CreateServerOptions.clockOf`). */
  clockOf?: ((network: string) => Clock | undefined) | undefined;
  log: Logger;
  cookies: SessionCookies;
  oidc: OidcClient | undefined;
  /** Tokens of people's calendar feeds, for calendar apps that subscribe without a session. */
  feedTokens: FeedTokens;
  /** Live streams open now, closed at shutdown. */
  liveStreams: Set<{ close(): Promise<void> | void }>;
  /** Whether the server is shutting down (new requests are refused). */
  shuttingDown(): boolean;
}
