/**
 * The claims a sign-in vouches for, from an ID token or a bearer token: the provider's `sub`
 * always; the e-mail address only where the provider says it verified it (`email_verified`), or
 * where the server is told to trust the provider's e-mail addresses; an HSA id (the Swedish
 * health and care directory's id, from the claim the configuration names) where present. These
 * are matched against a person's `identityClaims` in each network.
 */
import type { SignInClaim } from '../networks/person-binding.js';

export interface ClaimRules {
  /** The token claim holding an HSA id. */
  hsaIdClaim: string;
  /** Take the e-mail address without `email_verified: true`. */
  trustEmail: boolean;
}

export function claimsOf(payload: Record<string, unknown>, rules: ClaimRules): SignInClaim[] {
  const claims: SignInClaim[] = [];
  if (typeof payload.sub === 'string' && payload.sub.length > 0 && payload.sub.length <= 300) claims.push({ kind: 'sub', value: payload.sub });
  const email = payload.email;
  if (typeof email === 'string' && email.includes('@') && email.length <= 254 && (rules.trustEmail || payload.email_verified === true)) {
    claims.push({ kind: 'email', value: email.toLowerCase() });
  }
  const hsaId = payload[rules.hsaIdClaim];
  if (typeof hsaId === 'string' && hsaId.length > 0 && hsaId.length <= 300) claims.push({ kind: 'hsaId', value: hsaId });
  return claims;
}
