// Signing in against a real OpenID Connect provider run in the test (oidc-provider on
// 127.0.0.1): the whole authorization code flow with PKCE through the server, the session that
// binds to a person of the network, signing out; and bearer tokens from the same provider —
// accepted when they check out, refused when tampered with, expired, for another audience or
// issuer, or signed by a key the provider does not publish.
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcClient } from './oidc-provider-client.js';
import { freePort, people, startTestServer, subOf, type TestServer } from '../test-support/server-test-support.js';
import { startTestProvider, type TestProvider } from '../test-support/oidc-test-provider.js';
import { createNetwork } from '../cli/network-admin.js';
import { memoryNetworkStores } from '../networks/network-stores.js';
import { fyrbodal } from '@samverkan/core/samples';

/** A browser's cookie jar for 127.0.0.1 (cookies are not kept apart by port, as in a browser). */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    cookies,
    take(response: Response) {
      for (const header of response.headers.getSetCookie()) {
        const [pair, ...attributes] = header.split(';');
        const [name, ...rest] = pair!.split('=');
        const expired = attributes.some((a) => /max-age=0/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()));
        if (expired || rest.join('=') === '') cookies.delete(name!.trim());
        else cookies.set(name!.trim(), rest.join('='));
      }
    },
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
  };
}

/** Follows redirects by hand like a browser, keeping cookies; returns the responses on the way. */
async function browse(url: string, jar: ReturnType<typeof cookieJar>, stopAt: (url: URL) => boolean = () => false): Promise<{ trail: string[]; last: Response; lastUrl: URL }> {
  const trail: string[] = [];
  let next = new URL(url);
  for (let hops = 0; hops < 15; hops += 1) {
    trail.push(next.href);
    const response = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { trail, last: response, lastUrl: next };
    next = new URL(location, next);
    if (stopAt(next)) return { trail: [...trail, next.href], last: response, lastUrl: next };
  }
  throw new Error(`too many redirects: ${trail.join(' → ')}`);
}

describe('sign-in with OpenID Connect', () => {
  let provider: TestProvider;
  let t: TestServer;
  const anna = { sub: 'provider-subject-anna', email: 'Anna.Ek@Kommun.example', email_verified: true };

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestProvider({ redirectUri: `http://127.0.0.1:${port}/auth/callback` });
    const oidcConfig = { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, scopes: 'openid email', audience: 'https://samverkan.test/api', hsaIdClaim: 'hsaId', trustEmail: false, allowHttp: true };
    // Karin signs in with her e-mail address at the provider: her person carries it as a claim.
    const stores = memoryNetworkStores();
    const dataset = {
      ...fyrbodal,
      people: (fyrbodal.people ?? []).map((p) => ({ ...p, identityClaims: p.id === people.representative ? [{ kind: 'email' as const, value: 'anna.ek@kommun.example' }] : [{ kind: 'sub' as const, value: subOf(p.id) }] })),
    };
    await createNetwork({ stores, network: 'fyrbodal', dataset, admin: { kind: 'sub', value: subOf(people.processLeader) }, clock: () => '2019-01-01T08:00:00+01:00' });
    t = await startTestServer({ stores, networks: [], config: { port, publicUrl: `http://127.0.0.1:${port}`, oidc: oidcConfig }, oidc: createOidcClient(oidcConfig) });
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await provider?.stop();
  });

  it('signs in through the authorization code flow with PKCE, state and nonce, and binds the session to the person with that e-mail', async () => {
    provider.signInAs(anna);
    const jar = cookieJar();
    const { trail, last, lastUrl } = await browse(`${t.url}/auth/login?returnTo=/after-sign-in`, jar, (url) => url.pathname === '/after-sign-in');
    expect(lastUrl.pathname).toBe('/after-sign-in');
    expect(last.status).toBe(302);
    const authorize = new URL(trail.find((step) => step.startsWith(`${provider.issuer}/auth?`))!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    // Random values of at least 128 bits (base64url), different from each other.
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{22,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{22,}$/);
    expect(authorize.searchParams.get('nonce')).not.toBe(authorize.searchParams.get('state'));
    expect(trail.some((step) => step.startsWith(`${t.url}/auth/callback?code=`))).toBe(true);
    const session = jar.cookies.get('samverkan-session');
    expect(session).toMatch(/^\S{40,}$/);
    // The cookie is HttpOnly and SameSite=Lax, and holds no readable claim.
    expect(session).not.toContain('anna');
    const me = await fetch(`${t.url}/api/networks/fyrbodal/me`, { headers: { cookie: jar.header() } });
    expect(await me.json()).toMatchObject({ personId: people.representative, via: 'session' });
    const state = await fetch(`${t.url}/auth/session`, { headers: { cookie: jar.header() } });
    expect(await state.json()).toMatchObject({ signedIn: true, via: 'session', claimKinds: ['sub', 'email'] });

    // Signing out clears the cookie.
    const out = await fetch(`${t.url}/auth/logout`, { method: 'POST', headers: { cookie: jar.header(), origin: t.origin } });
    expect(out.status).toBe(200);
    expect((await out.json()) as { providerLogout: string | null }).toMatchObject({ signedOut: true });
    jar.take(out);
    expect(jar.cookies.has('samverkan-session')).toBe(false);
    expect((await fetch(`${t.url}/api/networks/fyrbodal/me`, { headers: { cookie: jar.header() } })).status).toBe(401);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, for the whole site', async () => {
    provider.signInAs(anna);
    const jar = cookieJar();
    const headers: string[] = [];
    const original = jar.take;
    jar.take = (response: Response) => {
      headers.push(...response.headers.getSetCookie());
      original(response);
    };
    await browse(`${t.url}/auth/login`, jar, (url) => url.href === `${t.url}/`);
    const session = headers.find((h) => h.startsWith('samverkan-session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//i);
    // Served over plain http here: not Secure (over https it is, with the __Host- prefix).
    expect(session).not.toMatch(/Secure/i);
  });

  it('does not bind an e-mail address the provider has not verified', async () => {
    provider.signInAs({ sub: 'provider-subject-unverified', email: 'anna.ek@kommun.example', email_verified: false });
    const jar = cookieJar();
    await browse(`${t.url}/auth/login`, jar, (url) => url.href === `${t.url}/`);
    expect(jar.cookies.get('samverkan-session')).toMatch(/^\S{40,}$/);
    expect((await fetch(`${t.url}/api/networks/fyrbodal/me`, { headers: { cookie: jar.header() } })).status).toBe(403);
  });

  it('refuses a callback it did not start, or with another state (no session)', async () => {
    const bare = await fetch(`${t.url}/auth/callback?code=abc&state=xyz`, { redirect: 'manual' });
    expect(bare.status).toBe(401);
    provider.signInAs(anna);
    const jar = cookieJar();
    const { lastUrl } = await browse(`${t.url}/auth/login`, jar, (url) => url.pathname === '/auth/callback');
    const forged = new URL(lastUrl);
    forged.searchParams.set('state', 'another-state');
    const response = await fetch(forged, { redirect: 'manual', headers: { cookie: jar.header() } });
    expect(response.status).toBe(401);
    jar.take(response);
    expect(jar.cookies.has('samverkan-session')).toBe(false);
  });

  it('never redirects after sign-in to another site', async () => {
    provider.signInAs(anna);
    const jar = cookieJar();
    const { lastUrl } = await browse(`${t.url}/auth/login?returnTo=//evil.example/steal`, jar, (url) => url.origin !== provider.issuer && url.pathname !== '/auth/callback' && !url.pathname.startsWith('/auth/login'));
    expect(lastUrl.href).toBe(`${t.url}/`);
  });

  describe('bearer tokens', () => {
    const audience = 'https://samverkan.test/api';
    const state = (token: string) => fetch(`${t.url}/api/networks/fyrbodal/me`, { headers: { authorization: `Bearer ${token}` } });

    it('accepts a token from the provider for this audience, as the person its claims bind', async () => {
      const token = await provider.mint({ iss: provider.issuer, aud: audience, sub: subOf(people.processLeader) });
      const response = await state(token);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ personId: people.processLeader, via: 'bearer' });
      // No cross-site check for a bearer token (a browser never adds it by itself).
      const command = await fetch(`${t.url}/api/networks/fyrbodal/commands`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'openCall', id: 'bearer-open', meetingId: 'fyrbodal:mote-2019-01-24' }),
      });
      expect(command.status).toBe(201);
    });

    it('refuses a tampered, expired, foreign or unknown-key token with 401', async () => {
      const good = await provider.mint({ iss: provider.issuer, aud: audience, sub: subOf(people.otherRepresentative) });
      const [header, payload, signature] = good.split('.');
      const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: subOf(people.processLeader) })).toString('base64url');
      const tampered = `${header}.${changed}.${signature}`;
      const expired = await provider.mint({ iss: provider.issuer, aud: audience, sub: subOf(people.processLeader) }, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
      const otherAudience = await provider.mint({ iss: provider.issuer, aud: 'https://elsewhere.example', sub: subOf(people.processLeader) });
      const otherIssuer = await provider.mint({ iss: 'https://login.elsewhere.example', aud: audience, sub: subOf(people.processLeader) });
      const { privateKey } = await generateKeyPair('RS256');
      const unknownKey = await provider.mint({ iss: provider.issuer, aud: audience, sub: subOf(people.processLeader) }, { key: privateKey });
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${changed}.`;
      for (const [what, token] of Object.entries({ tampered, expired, otherAudience, otherIssuer, unknownKey, unsigned, garbage: 'not-a-jwt' })) {
        const response = await state(token);
        expect(response.status, what).toBe(401);
        expect(response.headers.get('www-authenticate'), what).toMatch(/invalid_token/);
        expect(await response.json(), what).toMatchObject({ code: 'NOT_SIGNED_IN' });
      }
      expect((await state(good)).status).toBe(200);
    });
  });
});
