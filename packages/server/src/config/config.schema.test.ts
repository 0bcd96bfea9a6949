// The configuration is read from environment variables once, at start: defaults for what is not
// set, and every bad value named, in Swedish and English, all at once.
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from './config.schema.js';

function issuesOf(env: Record<string, string>): ConfigError['issues'] {
  try {
    configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('starts on 127.0.0.1 with PGlite in ./samverkan-data and no sign-in when nothing is set', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8787, publicUrl: 'http://127.0.0.1:8787', dataDir: './samverkan-data', databaseUrl: undefined, oidc: undefined, logLevel: 'info', trustProxy: 0 });
  });

  it('reads a full production configuration', () => {
    const config = configFromEnv({
      HOST: '0.0.0.0',
      PORT: '8080',
      PUBLIC_URL: 'https://samverkan.region.example/',
      DATABASE_URL: 'postgres://samverkan@db.internal:5432/samverkan',
      OIDC_ISSUER: 'https://login.region.example/realms/samverkan',
      OIDC_CLIENT_ID: 'samverkan',
      OIDC_CLIENT_SECRET: 'client-secret',
      OIDC_HSA_ID_CLAIM: 'urn:sambi:names:attribute:hsaid',
      SESSION_SECRET: 'x'.repeat(48),
      TRUST_PROXY: '1',
      RATE_LIMIT_SESSION: '300',
      ALLOWED_ORIGINS: 'https://intranet.kommun.example, https://samverkan.region.example',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      publicUrl: 'https://samverkan.region.example',
      databaseUrl: 'postgres://samverkan@db.internal:5432/samverkan',
      oidc: { issuer: 'https://login.region.example/realms/samverkan', clientId: 'samverkan', audience: 'samverkan', hsaIdClaim: 'urn:sambi:names:attribute:hsaid', trustEmail: false },
      trustProxy: 1,
      rateLimitPerSession: 300,
      allowedOrigins: ['https://intranet.kommun.example', 'https://samverkan.region.example'],
    });
  });

  it('names every bad variable with what is wrong, in Swedish and English, and never shows a secret', () => {
    const issues = issuesOf({
      PORT: 'eighty',
      PUBLIC_URL: 'ftp://files.example',
      DATABASE_URL: 'mysql://root:hunter2@db/x',
      OIDC_ISSUER: 'http://login.example',
      SESSION_SECRET: 'short-secret',
      RATE_LIMIT_ADDRESS: '0',
      LOG_LEVEL: 'loud',
      ALLOWED_ORIGINS: 'not a url',
    });
    expect(issues.map((issue) => issue.variable).sort()).toEqual(
      ['ALLOWED_ORIGINS', 'DATABASE_URL', 'LOG_LEVEL', 'OIDC_CLIENT_ID', 'OIDC_ISSUER', 'PORT', 'PUBLIC_URL', 'RATE_LIMIT_ADDRESS', 'SESSION_SECRET'].sort(),
    );
    const port = issues.find((issue) => issue.variable === 'PORT')!;
    expect(port.message.sv).toMatch(/heltal.*«eighty»/);
    expect(port.message.en).toMatch(/whole number.*«eighty»/);
    expect(issues.find((issue) => issue.variable === 'OIDC_ISSUER')!.message.en).toMatch(/https/);
    const text = JSON.stringify(issues);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('short-secret');
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT: måste vara ett heltal .* \/ must be a whole number/);
  });

  it('needs a session secret with sign-in, and an issuer with a client id', () => {
    expect(issuesOf({ OIDC_ISSUER: 'https://login.example', OIDC_CLIENT_ID: 'samverkan' }).map((i) => i.variable)).toEqual(['SESSION_SECRET']);
    expect(issuesOf({ OIDC_CLIENT_ID: 'samverkan' }).map((i) => i.variable)).toEqual(['OIDC_ISSUER']);
  });
});
