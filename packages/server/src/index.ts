// @samverkan/server: the shared server of a Samverkan network — core's runtime as the only
// writer, one log per network on PostgreSQL (PGlite embedded by default), OpenID Connect
// sign-in, an HTTP API with live updates over Server-Sent Events.
export * from './store/index.js';
export { createServer, type CreateServerOptions, type SamverkanServer } from './server/create-server.js';
export type { AppEnv, ServerParts } from './server/app-env.js';
export type { Caller, CallerResolver } from './auth/caller.js';
export type { Session, SessionCookies, SessionCookieOptions } from './auth/session-cookie.js';
export { feedTokens, type FeedTokens } from './auth/feed-token.js';
export { listen, type RunningServer } from './server/listen.js';
export { configFromEnv, defaultConfig, ConfigError, type ConfigIssue, type OidcConfig, type ServerConfig, type LogLevel } from './config/config.schema.js';
export { createLogger, silentLogger, type Logger, type LogFields } from './server/logger.js';
export { statusOf, type ErrorBody, type HttpErrorCode, type ServerErrorCode } from './server/http-errors.js';
export { memoryNetworkStores, postgresNetworkStores, NETWORK_NAME, type NetworkStore, type NetworkStores } from './networks/network-stores.js';
export { NetworkRegistry, NetworkNotFoundError, type NetworkHandle, type NetworkRegistryOptions } from './networks/network-registry.js';
export { personForClaims, type SignInClaim } from './networks/person-binding.js';
export { publicRecords, type PublicRecords, type PublicMandate, type PublicAgenda, type PublicMinutes } from './networks/public-records.js';
export { stateJson, type StateJson } from './networks/state-json.js';
export { namedQueries, type NamedQuery, type QueryContext } from './networks/named-queries.js';
export { createOidcClient, type OidcClient, type SignInStart } from './auth/oidc-provider-client.js';
export { claimsOf, type ClaimRules } from './auth/sign-in-claims.js';
export { openApiDocument, type Json } from './openapi/openapi-document.js';
export { createNetwork, exportNetwork, importNetwork, parseClaim, type CreateNetworkOptions, type LogExport } from './cli/network-admin.js';
