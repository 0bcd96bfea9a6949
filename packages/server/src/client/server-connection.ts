/**
 * How a browser (or any host) talks to a Samverkan server: one base address, the session's
 * cookie sent along, and — for hosts with their own sign-in — a bearer token from a function
 * the host supplies. Every request marks itself as the app's own (`x-samverkan-request: 1`),
 * which the server's cross-site check asks of requests without an Origin. No Node API is used:
 * this runs in a browser.
 */
import type { CommandError } from '@samverkan/core/runtime';

export interface ServerConnectionOptions {
  /** The server's address, e.g. `https://samverkan.region.se` (the API is under `/api/networks`). */
  server: string;
  /** A bearer token for hosts with their own sign-in; the session cookie is used when omitted. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** The fetch to use (a test's, a widget host's); the global one by default. */
  fetch?: typeof fetch;
}

export interface ServerConnection {
  /** The API address of a network: `…/api/networks/<network>`. */
  networkUrl(network: string, path?: string): string;
  /** A request with the app's headers (and the token); rejects only when the server cannot be reached. */
  request(url: string, init?: RequestInit): Promise<Response>;
}

export function serverConnection(options: ServerConnectionOptions): ServerConnection {
  const base = options.server.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    networkUrl: (network, path = '') => `${base}/api/networks/${encodeURIComponent(network)}${path}`,
    async request(url, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('x-samverkan-request', '1');
      const token = await options.token?.();
      if (token) headers.set('authorization', `Bearer ${token}`);
      return doFetch(url, { ...init, headers, credentials: 'include' });
    },
  };
}

/** A server's refusal as core's typed error (the server answers in the same shape, bilingual). */
export async function refusalOf(response: Response): Promise<CommandError> {
  try {
    const body = (await response.json()) as Partial<CommandError>;
    if (body && body.ok === false && typeof body.code === 'string' && body.message) {
      return { ok: false, code: body.code, message: body.message, details: body.details ?? {} } as CommandError;
    }
  } catch {
    // Not JSON: fall through to the status.
  }
  return unreachable(`${response.status} ${response.statusText}`);
}

/** The server could not be reached or answered nothing usable: nothing was recorded. */
export function unreachable(detail: string): CommandError {
  return {
    ok: false,
    code: 'CONFLICT',
    message: {
      sv: `Servern kunde inte nås (${detail}). Inget sparades; försök igen.`,
      en: `The server could not be reached (${detail}). Nothing was saved; try again.`,
    },
    details: { unreachable: true },
  };
}
