// Which claims of a token a sign-in vouches for.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './sign-in-claims.js';

describe('the claims a sign-in vouches for', () => {
  const rules = { hsaIdClaim: 'urn:sambi:names:attribute:hsaid', trustEmail: false };

  it('takes the subject always, a verified e-mail address (in lower case), and an HSA id from the configured claim', () => {
    expect(claimsOf({ sub: 'abc', email: 'Anna.Ek@Kommun.example', email_verified: true, 'urn:sambi:names:attribute:hsaid': 'SE2321000131-E000000000001' }, rules)).toEqual([
      { kind: 'sub', value: 'abc' },
      { kind: 'email', value: 'anna.ek@kommun.example' },
      { kind: 'hsaId', value: 'SE2321000131-E000000000001' },
    ]);
  });

  it('leaves out an e-mail address the provider did not verify, unless told to trust it', () => {
    expect(claimsOf({ sub: 'abc', email: 'anna@kommun.example' }, rules)).toEqual([{ kind: 'sub', value: 'abc' }]);
    expect(claimsOf({ sub: 'abc', email: 'anna@kommun.example', email_verified: false }, rules)).toEqual([{ kind: 'sub', value: 'abc' }]);
    expect(claimsOf({ sub: 'abc', email: 'anna@kommun.example' }, { ...rules, trustEmail: true })).toEqual([
      { kind: 'sub', value: 'abc' },
      { kind: 'email', value: 'anna@kommun.example' },
    ]);
  });

  it('ignores claims that are not text, or too long', () => {
    expect(claimsOf({ sub: 42, email: ['x@y.z'], email_verified: true, 'urn:sambi:names:attribute:hsaid': 'x'.repeat(301) }, rules)).toEqual([]);
  });
});
