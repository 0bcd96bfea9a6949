/**
 * Secret feed tokens for a person's calendar feed (*prenumerera på mina möten*). A calendar app
 * that subscribes to a feed fetches it on its own, without the person's session cookie, so the
 * feed's address carries a token instead: HMAC-SHA-256 of the network and the person under a key
 * derived from `SESSION_SECRET`. The token grants reading that one person's feed and nothing
 * else; it is the same every time (a subscription keeps working) and stops working for every
 * person when `SESSION_SECRET` changes — the way to revoke tokens. Without `SESSION_SECRET` the
 * key lasts as long as the process, and so do the tokens.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface FeedTokens {
  /** The token of `personId`'s feed in `network`. */
  token(network: string, personId: string): string;
  /** Whether `token` is the token of `personId`'s feed in `network`. */
  verify(network: string, personId: string, token: string): boolean;
}

export function feedTokens(secret: string): FeedTokens {
  // A key of its own, so a feed token says nothing about the session cookies' key.
  const key = createHmac('sha256', secret).update('samverkan calendar feed token v1').digest();
  const token = (network: string, personId: string) => createHmac('sha256', key).update(`${network}\n${personId}`).digest('base64url');
  return {
    token,
    verify(network, personId, given) {
      const expected = Buffer.from(token(network, personId));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}
