/**
 * The typed error of a database that cannot be reached: the server answers it with 503
 * (Service Unavailable, try again) instead of 500, and a client retries the same command — a
 * retry carries the same command id, so it is recorded once even if the first try was in fact
 * committed before the connection broke.
 */

import type { LocalizedText } from '@samverkan/core';

/** Whether a write that failed this way may still have been committed. */
export type WriteOutcome = 'not-written' | 'unknown';

export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  /** What a program branches on; the server maps it to HTTP 503. */
  readonly code = 'STORE_UNAVAILABLE' as const;
  /**
   * `unknown` when the connection broke while COMMIT was under way: the write may or may not be
   * in the log (a retry with the same command id settles it); otherwise `not-written`.
   */
  readonly outcome: WriteOutcome;
  /** What a person is told, in Swedish and English (no details of the database). */
  readonly localized: LocalizedText = {
    sv: 'Databasen går inte att nå just nu. Försök igen om en stund.',
    en: 'The database cannot be reached right now. Try again in a moment.',
  };

  constructor(what: string, cause: unknown, outcome: WriteOutcome = 'not-written') {
    super(`Event store: could not ${what}: the database is not reachable (${describeCause(cause)}). Try again shortly.`, { cause });
    this.outcome = outcome;
  }
}

export function isEventStoreUnavailable(error: unknown): error is EventStoreUnavailableError {
  return error instanceof EventStoreUnavailableError;
}

/** Socket errors of a connection that cannot be made or was cut. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is going away or not taking connections: class 08 (connection
 * exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections).
 */
function isUnavailableState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** Messages `pg` gives a connection that broke or could not be had from the pool. */
const CONNECTION_MESSAGES = /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Client was closed/i;

/** Whether `error` says the database could not be reached (as opposed to a bad statement or bad data). */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isUnavailableState(code)))) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
  // An AggregateError (a host with several addresses, each refused) holds the socket errors.
  const { errors } = error as { errors?: unknown };
  return Array.isArray(errors) && errors.length > 0 && errors.every(isConnectionFailure);
}

function describeCause(cause: unknown): string {
  if (typeof cause === 'object' && cause !== null) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' && message.length > 0 ? message : String(cause);
    return typeof code === 'string' ? `${code}: ${text}` : text;
  }
  return String(cause);
}
