/**
 * What a host page sees of the widgets: the events they send, the token provider a host with
 * its own sign-in gives them, and their languages. Self-contained on purpose — the package's
 * type declarations name nothing from another package, so a host needs only this one.
 */

/** The widgets' languages: Swedish (default) and English. */
export type WidgetLocale = 'sv' | 'en';

/** A text in both languages, as the server and core give their messages. */
export interface LocalizedMessage {
  sv: string;
  en: string;
}

/**
 * A host with its own sign-in gives the widget a function that returns a bearer token (an
 * OpenID Connect access token the Samverkan server accepts), or undefined for none. It is called
 * before every request, so it can refresh the token.
 */
export type TokenProvider = () => string | undefined | null | Promise<string | undefined | null>;

/**
 * Why a widget could not do what it was asked:
 * - `BAD_ATTRIBUTE` — an attribute is missing or wrong (`detail.attribute` names it);
 * - `UNREACHABLE` — the server could not be reached (the widget tries again by itself);
 * - `NOT_SIGNED_IN` — the sign-in is missing or has expired;
 * - `NOT_FOUND` — no such network, meeting or public record;
 * - core's and the server's codes for a refused action: `NOT_AUTHORISED`, `NOT_ALLOWED_NOW`,
 *   `VALIDATION`, `CONFLICT`, `RATE_LIMITED`, `STORE_UNAVAILABLE`, …
 * - `POPUP_BLOCKED` — the browser stopped the window a document is printed from.
 */
export type WidgetErrorCode =
  | 'BAD_ATTRIBUTE'
  | 'UNREACHABLE'
  | 'NOT_SIGNED_IN'
  | 'NOT_FOUND'
  | 'NOT_AUTHORISED'
  | 'NOT_ALLOWED_NOW'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'POPUP_BLOCKED'
  | (string & {});

/** `detail` of the `samverkan-error` event. */
export interface SamverkanErrorDetail {
  code: WidgetErrorCode;
  /** The message in both languages (the one shown is `text`). */
  message: LocalizedMessage;
  /** The message as the widget shows it, in its language. */
  text: string;
  /** The attribute at fault, for `BAD_ATTRIBUTE`. */
  attribute?: string;
  /** The command that was refused, for a refused action. */
  command?: string;
  /** The server's details (the authority needed, the state, validation issues), when it gave any. */
  details?: Record<string, unknown>;
}

/** `detail` of the `samverkan-action` event: a command the server recorded. */
export interface SamverkanActionDetail {
  /** The command type, e.g. `publishAgenda`. */
  type: string;
  network: string;
  meetingId: string;
  /** The ids of the events the server stored. */
  eventIds: string[];
}

/** `detail` of the `samverkan-ready` event: the widget shows its content. */
export interface SamverkanReadyDetail {
  network: string;
  /** Whether the viewer is signed in as a person of the network (else: public records only). */
  signedIn: boolean;
}

/** The events every widget sends (they bubble and cross the shadow boundary). */
export interface SamverkanWidgetEventMap {
  'samverkan-action': CustomEvent<SamverkanActionDetail>;
  'samverkan-error': CustomEvent<SamverkanErrorDetail>;
  'samverkan-ready': CustomEvent<SamverkanReadyDetail>;
}
