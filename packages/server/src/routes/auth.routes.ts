/**
 * Signing in and out with the configured OpenID Connect provider.
 *
 * - `GET /auth/login?returnTo=/path` starts the authorization code flow with PKCE: the verifier,
 *   state and nonce go into a short-lived sealed cookie (HttpOnly, SameSite=Lax) and the browser
 *   to the provider.
 * - `GET /auth/callback` finishes it: openid-client checks the state, exchanges the code with the
 *   verifier, and checks the ID token (signature, issuer, audience, expiry, nonce). The session
 *   cookie holds the sign-in's claims (see `sign-in-claims.ts`), not the tokens.
 * - `POST /auth/logout` clears the session (and answers where the provider's own logout is).
 * - `GET /auth/session` says whether someone is signed in, until when, and how.
 */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { claimsOf } from '../auth/sign-in-claims.js';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { errorBody, HttpError } from '../server/http-errors.js';

const SIGN_IN_COOKIE = 'samverkan-sign-in';

/** Only a path on this server: never another site (an open redirect). */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return '/';
  return value.slice(0, 2_000);
}

export function authRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { config, cookies } = parts;
  const callbackUrl = `${config.publicUrl}/auth/callback`;
  const cookieBase = { httpOnly: true, secure: cookies.secure, sameSite: 'Lax', path: '/' } as const;
  const noSignIn = () =>
    new HttpError(
      errorBody('NOT_FOUND', {
        sv: 'Inloggning är inte inställd på den här servern (OIDC_ISSUER saknas).',
        en: 'Sign-in is not set up on this server (OIDC_ISSUER is missing).',
      }),
    );

  app.get('/login', async (c) => {
    if (!parts.oidc) throw noSignIn();
    const { url, checks } = await parts.oidc.start(callbackUrl);
    const sealed = await cookies.sealValue({ ...checks, returnTo: safeReturnTo(c.req.query('returnTo')) }, 600);
    setCookie(c, SIGN_IN_COOKIE, sealed, { ...cookieBase, maxAge: 600 });
    return c.redirect(url.href, 302);
  });

  app.get('/callback', async (c) => {
    if (!parts.oidc) throw noSignIn();
    const pending = await cookies.openValue(getCookie(c, SIGN_IN_COOKIE));
    deleteCookie(c, SIGN_IN_COOKIE, { path: '/', secure: cookies.secure });
    const refused = (sv: string, en: string) => new HttpError(errorBody('NOT_SIGNED_IN', { sv, en }));
    if (!pending || typeof pending.verifier !== 'string' || typeof pending.state !== 'string' || typeof pending.nonce !== 'string') {
      throw refused('Inloggningen gick inte att slutföra: den påbörjades inte här eller tog för lång tid. Försök igen.', 'The sign-in could not be finished: it was not started here or took too long. Try again.');
    }
    // The URL the provider redirected to, on the public address (a proxy may have changed the host).
    const current = new URL(callbackUrl);
    current.search = new URL(c.req.url).search;
    let idClaims: Record<string, unknown>;
    try {
      idClaims = await parts.oidc.finish(current, { verifier: pending.verifier, state: pending.state, nonce: pending.nonce });
    } catch (error) {
      parts.log.warn('sign-in refused', { error: error as Error });
      throw refused('Inloggningen godtogs inte (fel svar från identitetsleverantören). Försök igen.', 'The sign-in was not accepted (a wrong answer from the identity provider). Try again.');
    }
    const claims = claimsOf(idClaims, config.oidc!);
    const { value, session } = await cookies.seal(parts.oidc.issuer, claims);
    setCookie(c, cookies.name, value, { ...cookieBase, maxAge: cookies.maxAgeSeconds });
    parts.log.info('signed in', { session: session.id.slice(0, 8), claimKinds: claims.map((claim) => claim.kind).join(',') });
    return c.redirect(safeReturnTo(typeof pending.returnTo === 'string' ? pending.returnTo : undefined), 302);
  });

  app.post('/logout', async (c) => {
    deleteCookie(c, cookies.name, { path: '/', secure: cookies.secure });
    const providerLogout = parts.oidc ? await parts.oidc.endSessionUrl(`${config.publicUrl}/`).catch(() => undefined) : undefined;
    return c.json({ signedOut: true, providerLogout: providerLogout?.href ?? null });
  });

  app.get('/session', (c) => {
    const caller = c.get('caller');
    if (caller.kind === 'anonymous') return c.json({ signedIn: false, signIn: parts.oidc ? '/auth/login' : null });
    return c.json({
      signedIn: true,
      via: caller.kind,
      expiresAt: caller.kind === 'session' ? new Date(caller.session.expiresAt * 1000).toISOString() : null,
      claimKinds: caller.claims.map((claim) => claim.kind),
    });
  });

  return app;
}
