/**
 * Sessions in a cookie, encrypted and authenticated with the server's key (JWE, `dir` +
 * A256GCM, via jose): the cookie carries the session's id, its sign-in claims and when it ends,
 * and nobody without the key can read or change it. The server keeps no session table, so any
 * of several server processes behind a load balancer reads any session (no sticky sessions) as
 * long as they share `SESSION_SECRET`.
 *
 * The cookie is HttpOnly (no script reads it), SameSite=Lax (not sent with another site's
 * POST), Path=/, and Secure with the `__Host-` prefix where the server is reached over https.
 * Signing out clears it in the browser; a copy taken before stays valid until it ends
 * (`SESSION_MAX_AGE`) — keep sessions short where that matters, or rotate the key to end all.
 */
import { createHash, randomBytes } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { SignInClaim } from '../networks/person-binding.js';

export interface Session {
  /** A random id (rate limits count per session). */
  id: string;
  /** The provider that signed the person in (or `local` for a session the host issued). */
  issuer: string;
  claims: SignInClaim[];
  /** When it ends (seconds since 1970). */
  expiresAt: number;
}

export interface SessionCookieOptions {
  /** The key material (`SESSION_SECRET`, ≥ 32 characters). */
  secret: string;
  maxAgeSeconds: number;
  /** Served over https: `Secure` and the `__Host-` prefix. */
  secure: boolean;
}

export interface SessionCookies {
  readonly name: string;
  readonly secure: boolean;
  readonly maxAgeSeconds: number;
  /** A sealed session for `claims`, ending after `maxAgeSeconds`. */
  seal(issuer: string, claims: readonly SignInClaim[], now?: Date): Promise<{ value: string; session: Session }>;
  /** The session in a cookie value, or undefined when it is not one of ours, was changed, or has ended. */
  open(value: string | undefined, now?: Date): Promise<Session | undefined>;
  /** Seals any small value for a short time (the sign-in's PKCE verifier, state and nonce). */
  sealValue(value: Record<string, unknown>, seconds: number): Promise<string>;
  openValue(value: string | undefined): Promise<Record<string, unknown> | undefined>;
}

/** A key derived from the secret: the same secret gives the same key in every process. */
function keyOf(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`samverkan-server:${purpose}:`).update(secret).digest());
}

/** Opened cookies kept, so that a session's every request does not decrypt it again. */
const CACHE_SIZE = 10_000;

export function sessionCookies(options: SessionCookieOptions): SessionCookies {
  const sessionKey = keyOf(options.secret, 'session');
  const valueKey = keyOf(options.secret, 'sign-in');
  const opened = new Map<string, Session>();
  return {
    name: options.secure ? '__Host-samverkan-session' : 'samverkan-session',
    secure: options.secure,
    maxAgeSeconds: options.maxAgeSeconds,
    async seal(issuer, claims, now = new Date()) {
      const session: Session = {
        id: randomBytes(18).toString('base64url'),
        issuer,
        claims: claims.map(({ kind, value }) => ({ kind, value })),
        expiresAt: Math.floor(now.getTime() / 1000) + options.maxAgeSeconds,
      };
      const value = await new EncryptJWT({ sid: session.id, iss: issuer, claims: session.claims })
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setIssuedAt(Math.floor(now.getTime() / 1000))
        .setExpirationTime(session.expiresAt)
        .encrypt(sessionKey);
      return { value, session };
    },
    async open(value, now = new Date()) {
      if (!value || value.length > 8_000) return undefined;
      const known = opened.get(value);
      if (known) {
        if (known.expiresAt * 1000 > now.getTime()) return known;
        opened.delete(value);
        return undefined;
      }
      try {
        const { payload } = await jwtDecrypt(value, sessionKey, { currentDate: now, keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
        const claims = Array.isArray(payload.claims) ? (payload.claims as SignInClaim[]).filter((c) => typeof c?.value === 'string' && ['sub', 'email', 'hsaId'].includes(c.kind)) : [];
        if (typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return undefined;
        const session: Session = { id: payload.sid, issuer: String(payload.iss ?? ''), claims, expiresAt: payload.exp };
        if (opened.size >= CACHE_SIZE) opened.delete(opened.keys().next().value!);
        opened.set(value, session);
        return session;
      } catch {
        return undefined;
      }
    },
    async sealValue(value, seconds) {
      return new EncryptJWT(value)
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setIssuedAt()
        .setExpirationTime(`${seconds}s`)
        .encrypt(valueKey);
    },
    async openValue(value) {
      if (!value || value.length > 8_000) return undefined;
      try {
        const { payload } = await jwtDecrypt(value, valueKey, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
        return payload as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
  };
}
