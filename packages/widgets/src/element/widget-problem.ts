/**
 * Everything that can go wrong for a widget, in one shape: what the widget shows (in its
 * language) and what the `samverkan-error` event carries. Core's and the server's refusals
 * arrive in this shape already (`{ code, message: { sv, en }, details }`).
 */
import type { LocalizedMessage, SamverkanErrorDetail, WidgetErrorCode, WidgetLocale } from '../public/widget-types.js';

export interface WidgetProblem {
  code: WidgetErrorCode;
  message: LocalizedMessage;
  attribute?: string;
  command?: string;
  details?: Record<string, unknown>;
}

export function problemDetail(problem: WidgetProblem, locale: WidgetLocale): SamverkanErrorDetail {
  return {
    code: problem.code,
    message: problem.message,
    text: problem.message[locale],
    ...(problem.attribute !== undefined ? { attribute: problem.attribute } : {}),
    ...(problem.command !== undefined ? { command: problem.command } : {}),
    ...(problem.details !== undefined ? { details: problem.details } : {}),
  };
}

export const unreachableProblem = (detail: string): WidgetProblem => ({
  code: 'UNREACHABLE',
  message: {
    sv: `Samverkan går inte att nå just nu (${detail}). Widgeten försöker igen av sig själv.`,
    en: `Samverkan cannot be reached right now (${detail}). The widget tries again by itself.`,
  },
});


/** A server's answer that is not a success, as a problem (its own body when it sent one). */
export async function problemOf(response: Response, command?: string): Promise<WidgetProblem> {
  try {
    const body = (await response.json()) as { ok?: boolean; code?: unknown; message?: unknown; details?: unknown };
    const message = body.message as Partial<LocalizedMessage> | undefined;
    if (typeof body.code === 'string' && typeof message?.sv === 'string' && typeof message.en === 'string') {
      return {
        code: body.code,
        message: { sv: message.sv, en: message.en },
        ...(command ? { command } : {}),
        ...(body.details && typeof body.details === 'object' ? { details: body.details as Record<string, unknown> } : {}),
      };
    }
  } catch {
    // Not JSON (a proxy's error page): described by its status below.
  }
  if (response.status >= 500) return unreachableProblem(`${response.status}`);
  return {
    code: response.status === 401 ? 'NOT_SIGNED_IN' : response.status === 404 ? 'NOT_FOUND' : 'UNREACHABLE',
    message: { sv: `Servern svarade ${response.status}.`, en: `The server answered ${response.status}.` },
    ...(command ? { command } : {}),
  };
}

export const expiredProblem: WidgetProblem = {
  code: 'NOT_SIGNED_IN',
  message: { sv: 'Din inloggning har gått ut. Logga in igen för att se och göra mer.', en: 'Your sign-in has expired. Sign in again to see and do more.' },
};
