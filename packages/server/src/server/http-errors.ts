/**
 * Every refusal the server answers, and its HTTP status, in one place. Core's typed errors keep
 * their code, bilingual message and details; the server's own refusals (not signed in, too
 * large, too many requests, database away, …) use the same shape, so a client reads one kind of
 * error body whatever refused it:
 *
 * ```json
 * { "ok": false, "code": "NOT_AUTHORISED", "message": { "sv": "…", "en": "…" }, "details": { … } }
 * ```
 */
import type { LocalizedText } from '@samverkan/core';
import type { CommandError, ErrorCode } from '@samverkan/core/runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The server's own refusals, beside core's `ErrorCode`s. */
export type ServerErrorCode =
  /** The body is not JSON, or a path or query parameter is malformed (400). */
  | 'BAD_REQUEST'
  /** Nobody is signed in, or the session or token is not valid (401). */
  | 'NOT_SIGNED_IN'
  /** An unsafe request with the session cookie from another site (403). */
  | 'CROSS_SITE_REQUEST'
  /** The body is larger than the limit (413). */
  | 'PAYLOAD_TOO_LARGE'
  /** Too many requests from this session or address (429, with Retry-After). */
  | 'RATE_LIMITED'
  /** The database cannot be reached (503, with Retry-After). */
  | 'STORE_UNAVAILABLE'
  /** The request took longer than the server's timeout (503). */
  | 'TIMEOUT'
  /** The server is shutting down (503). */
  | 'SHUTTING_DOWN'
  /** Anything unexpected (500); details are in the server's log, never in the answer. */
  | 'INTERNAL';

export type HttpErrorCode = ErrorCode | ServerErrorCode;

/**
 * The status of each code. Core's codes:
 * - `VALIDATION` 422: the JSON was read, but the command or query is not valid (located issues);
 * - `NOT_AUTHORISED` 403: the person lacks the authority, or names another sender (a forged `by`);
 * - `NOT_FOUND` 404: the network, record or person does not exist;
 * - `CONFLICT` 409: another writer got there first, or the command id was used for another command;
 * - `NOT_ALLOWED_NOW` 409: the record's state does not take the command now (the request conflicts
 *   with the current state of the resource, RFC 9110 §15.5.10);
 * - `DAMAGED` 423: the record's log failed replay's checks and is read-only (Locked) until restored.
 */
export const statusOf = {
  VALIDATION: 422,
  NOT_AUTHORISED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NOT_ALLOWED_NOW: 409,
  DAMAGED: 423,
  BAD_REQUEST: 400,
  NOT_SIGNED_IN: 401,
  CROSS_SITE_REQUEST: 403,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  TIMEOUT: 503,
  SHUTTING_DOWN: 503,
  INTERNAL: 500,
} as const satisfies Record<HttpErrorCode, ContentfulStatusCode>;

/** An error body: core's `CommandError` or one of the server's own, in the same shape. */
export interface ErrorBody {
  ok: false;
  code: HttpErrorCode;
  message: LocalizedText;
  details: Record<string, unknown>;
}

export function errorBody(code: HttpErrorCode, message: LocalizedText, details: Record<string, unknown> = {}): ErrorBody {
  return { ok: false, code, message, details };
}

/** Core's refusal as an error body (the same object: code, message, details). */
export function fromCommandError(error: CommandError): ErrorBody {
  return { ok: false, code: error.code, message: error.message, details: error.details };
}

/** A refusal the route handlers throw; the app's error handler answers it. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly body: ErrorBody;
  readonly headers: Record<string, string>;
  constructor(body: ErrorBody, headers: Record<string, string> = {}) {
    super(body.message.en);
    this.body = body;
    this.headers = headers;
  }
  get status(): ContentfulStatusCode {
    return statusOf[this.body.code];
  }
}

export const refusals = {
  notSignedIn: () =>
    errorBody('NOT_SIGNED_IN', {
      sv: 'Du är inte inloggad, eller inloggningen har gått ut. Logga in och försök igen.',
      en: 'You are not signed in, or your sign-in has expired. Sign in and try again.',
    }),
  notAMember: (network: string) =>
    errorBody(
      'NOT_AUTHORISED',
      {
        sv: `Din inloggning hör inte till någon person i nätverket «${network}». Be nätverkets administratör att koppla den till dig.`,
        en: `Your sign-in does not belong to anyone in the network «${network}». Ask the network's administrator to link it to you.`,
      },
      { network },
    ),
  noNetwork: (network: string) =>
    errorBody('NOT_FOUND', { sv: `Nätverket «${network}» finns inte.`, en: `The network «${network}» does not exist.` }, { network }),
  storeUnavailable: () =>
    errorBody('STORE_UNAVAILABLE', {
      sv: 'Databasen går inte att nå just nu. Försök igen om en stund; ett kommando som skickas igen med samma id registreras bara en gång.',
      en: 'The database cannot be reached right now. Try again in a moment; a command sent again with the same id is recorded only once.',
    }),
  timeout: (ms: number) =>
    errorBody(
      'TIMEOUT',
      {
        sv: `Servern hann inte svara inom ${ms} ms. Ett kommando kan ändå ha registrerats: skicka det igen med samma id, så registreras det bara en gång.`,
        en: `The server did not answer within ${ms} ms. A command may still have been recorded: send it again with the same id, and it is recorded only once.`,
      },
      { timeoutMs: ms },
    ),
  shuttingDown: () =>
    errorBody('SHUTTING_DOWN', { sv: 'Servern startar om. Försök igen om en stund.', en: 'The server is restarting. Try again in a moment.' }),
  internal: (requestId: string) =>
    errorBody('INTERNAL', { sv: `Något gick fel i servern (begäran ${requestId}).`, en: `Something went wrong in the server (request ${requestId}).` }, { requestId }),
  badJson: () => errorBody('BAD_REQUEST', { sv: 'Innehållet är inte giltig JSON.', en: 'The body is not valid JSON.' }),
  tooLarge: (limit: number) =>
    errorBody(
      'PAYLOAD_TOO_LARGE',
      { sv: `Innehållet är större än ${limit} byte, som är gränsen.`, en: `The body is larger than the limit of ${limit} bytes.` },
      { limitBytes: limit },
    ),
  rateLimited: (seconds: number, per: 'session' | 'address') =>
    errorBody(
      'RATE_LIMITED',
      {
        sv: `För många förfrågningar ${per === 'session' ? 'från din inloggning' : 'från din adress'}. Vänta ${seconds} s och försök igen.`,
        en: `Too many requests ${per === 'session' ? 'from your sign-in' : 'from your address'}. Wait ${seconds} s and try again.`,
      },
      { retryAfterSeconds: seconds, per },
    ),
  crossSite: () =>
    errorBody('CROSS_SITE_REQUEST', {
      sv: 'Begäran kommer från en annan webbplats och avvisas. Skicka den från Samverkans egen sida (eller med rubriken X-Samverkan-Request: 1).',
      en: 'The request comes from another site and is refused. Send it from Samverkan’s own page (or with the header X-Samverkan-Request: 1).',
    }),
};
