/**
 * CORS for the sites in ALLOWED_ORIGINS (an intranet page with a widget reads and acts through
 * the API from its own origin): the preflight is answered for them and no other site, and their
 * requests get their origin, credentials and the headers a client may read.
 *
 * Headers are set through `c.header`, never `c.res`: Hono's own `cors` touches `c.res` before the
 * route answers, which makes Hono copy the route's response into a new one with a web stream as
 * its body — on every API request, listed site or not (a tenth of the server's CPU per command).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

export interface CrossOriginOptions {
  origins: ReadonlySet<string>;
  allowMethods: readonly string[];
  allowHeaders: readonly string[];
  exposeHeaders: readonly string[];
  /** How long a browser may keep a preflight's answer, in seconds. */
  maxAgeSeconds: number;
}

export function crossOrigin(options: CrossOriginOptions): MiddlewareHandler<AppEnv> {
  const methods = options.allowMethods.join(',');
  const headers = options.allowHeaders.join(',');
  const exposed = options.exposeHeaders.join(',');
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && options.origins.has(origin);
    c.header('Vary', 'Origin', { append: true });
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
      c.header('Access-Control-Expose-Headers', exposed);
    }
    if (c.req.method === 'OPTIONS') {
      if (allowed) {
        c.header('Access-Control-Allow-Methods', methods);
        c.header('Access-Control-Allow-Headers', headers);
        c.header('Access-Control-Max-Age', String(options.maxAgeSeconds));
      }
      return c.body(null, 204);
    }
    await next();
  };
}
