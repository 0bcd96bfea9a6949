/**
 * The OpenID Connect provider the server signs people in with, as municipalities' identity
 * providers speak it: discovery from the issuer, the authorization code flow with PKCE (S256),
 * state and nonce (openid-client checks all three and the ID token), and bearer tokens from the
 * same provider checked with jose against its published keys (JWKS): signature, issuer,
 * audience and expiry.
 *
 * Discovery happens on first use and is tried again after a failure, so the server starts while
 * the provider is away and signs people in once it is back.
 */
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from '../config/config.schema.js';

export interface SignInStart {
  /** Where to send the browser. */
  url: URL;
  /** What the callback must check, kept sealed in a short-lived cookie meanwhile. */
  checks: { verifier: string; state: string; nonce: string };
}

export interface OidcClient {
  readonly issuer: string;
  /** The authorization request for a sign-in returning to `redirectUri`. */
  start(redirectUri: string): Promise<SignInStart>;
  /** Finishes a sign-in at `callbackUrl` (the full URL the provider redirected to); the ID token's claims. */
  finish(callbackUrl: URL, checks: SignInStart['checks']): Promise<Record<string, unknown>>;
  /** Checks a bearer token (a JWT from the provider); its claims, or throws. */
  verifyBearer(token: string): Promise<JWTPayload>;
  /** The provider's end-session address (RP-initiated logout), if it has one. */
  endSessionUrl(postLogoutRedirectUri: string): Promise<URL | undefined>;
}

export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  function configuration(): Promise<client.Configuration> {
    if (!discovered) {
      const clientAuth = config.clientSecret ? client.ClientSecretPost(config.clientSecret) : client.None();
      discovered = client.discovery(new URL(config.issuer), config.clientId, config.clientSecret ? { client_secret: config.clientSecret } : undefined, clientAuth, {
        ...(config.allowHttp ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      });
      discovered.catch(() => {
        discovered = undefined;
      });
    }
    return discovered;
  }
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  async function keys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (!jwks) {
      const uri = (await configuration()).serverMetadata().jwks_uri;
      if (!uri) throw new Error('The OpenID Connect provider publishes no jwks_uri.');
      jwks = createRemoteJWKSet(new URL(uri), { timeoutDuration: 10_000, cooldownDuration: 30_000 });
    }
    return jwks;
  }

  return {
    issuer: config.issuer,
    async start(redirectUri) {
      const settings = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(settings, {
        redirect_uri: redirectUri,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, checks: { verifier, state, nonce } };
    },
    async finish(callbackUrl, checks) {
      const settings = await configuration();
      const tokens = await client.authorizationCodeGrant(settings, callbackUrl, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The provider answered without an ID token.');
      return claims as Record<string, unknown>;
    },
    async verifyBearer(token) {
      const { payload } = await jwtVerify(token, await keys(), {
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      });
      return payload;
    },
    async endSessionUrl(postLogoutRedirectUri) {
      const settings = await configuration();
      if (!settings.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(settings, { post_logout_redirect_uri: postLogoutRedirectUri, client_id: config.clientId });
    },
  };
}
