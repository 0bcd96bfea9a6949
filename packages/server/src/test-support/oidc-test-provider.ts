/**
 * A real OpenID Connect provider for the tests (`oidc-provider`), on 127.0.0.1 and a free port:
 * one confidential client that must use PKCE, accounts made up by the test, and an interaction
 * handler that signs in whoever the test says (instead of a login form) and grants the scopes.
 * Its signing key is the test's, so a test can also mint tokens "from the provider" and tamper
 * with them.
 */
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';
import { freePort } from './server-test-support.js';

export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next sign-in is. */
  signInAs(account: TestAccount): void;
  /** A JWT signed with the provider's key (or `key` when given), with these claims. */
  mint(claims: JWTPayload, options?: { expiresIn?: string | number; key?: Parameters<SignJWT['sign']>[0]; kid?: string }): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestProvider(options: { redirectUri: string }): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  let current: TestAccount = { sub: 'nobody' };
  const accounts = new Map<string, TestAccount>();
  const clientId = 'samverkan';
  const clientSecret = 'a client secret for the tests';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [new URL('/', options.redirectUri).href],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [jwk as never] },
    // Every client must send a PKCE challenge (S256), not only public ones.
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['cookie key for the test provider'] },
    findAccount: async (_ctx: unknown, id: string) => {
      const account = accounts.get(id) ?? { sub: id };
      return { accountId: id, claims: async () => ({ ...account, sub: id }) };
    },
  } as never);
  provider.proxy = false;
  const callback = provider.callback();

  const server: Server = createServer((req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        accounts.set(current.sub, current);
        await provider.interactionFinished(req, res, { login: { accountId: current.sub } }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      current = account;
    },
    async mint(claims, mintOptions = {}) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: mintOptions.kid ?? 'test-key', typ: 'at+jwt' })
        .setIssuedAt()
        .setExpirationTime(mintOptions.expiresIn ?? '5m')
        .sign(mintOptions.key ?? privateKey);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
