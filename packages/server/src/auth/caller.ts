/**
 * Who sends a request: a session (the cookie), a bearer token from the configured provider (a
 * host with its own sign-in), or nobody. A bearer token that does not check out is refused
 * outright (401) rather than treated as nobody, so a host learns at once that its token is
 * wrong; a session cookie that does not open (changed, expired, another key) is nobody.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { SignInClaim } from '../networks/person-binding.js';
import { HttpError, refusals } from '../server/http-errors.js';
import type { OidcClient } from './oidc-provider-client.js';
import type { Session, SessionCookies } from './session-cookie.js';
import { claimsOf, type ClaimRules } from './sign-in-claims.js';

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'session'; session: Session; claims: SignInClaim[]; key: string }
  | { kind: 'bearer'; claims: SignInClaim[]; key: string };

export interface CallerResolver {
  resolve(c: Context): Promise<Caller>;
}

export function callerResolver(options: { cookies: SessionCookies; oidc: OidcClient | undefined; claimRules: ClaimRules }): CallerResolver {
  return {
    async resolve(c) {
      const authorization = c.req.header('authorization');
      if (authorization !== undefined) {
        const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization.trim());
        if (!match || !options.oidc) throw new HttpError(refusals.notSignedIn(), { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
        try {
          const payload = await options.oidc.verifyBearer(match[1]!);
          const claims = claimsOf(payload as Record<string, unknown>, options.claimRules);
          return { kind: 'bearer', claims, key: `bearer:${String(payload.sub)}` };
        } catch {
          throw new HttpError(refusals.notSignedIn(), { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
        }
      }
      const session = await options.cookies.open(getCookie(c, options.cookies.name));
      if (session) return { kind: 'session', session, claims: session.claims, key: `session:${session.id}` };
      return { kind: 'anonymous' };
    },
  };
}
