/**
 * For the load balancer and the operator: `/health` (the process answers), `/ready` (the
 * database answers within two seconds and the server is not shutting down — take it out of the
 * pool otherwise), and `/openapi.json`.
 */
import { Hono } from 'hono';
import { openApiDocument } from '../openapi/openapi-document.js';
import type { AppEnv, ServerParts } from '../server/app-env.js';

export function operationRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/ready', async (c) => {
    if (parts.shuttingDown()) return c.json({ ready: false, reason: 'shutting down' }, 503);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        parts.stores.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), 2_000);
        }),
      ]);
      return c.json({ ready: true, database: parts.stores.kind, networksLoaded: parts.registry.loaded });
    } catch {
      return c.json({ ready: false, reason: 'database unreachable' }, 503);
    } finally {
      clearTimeout(timer);
    }
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  return app;
}
