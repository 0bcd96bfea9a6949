/**
 * Public records, readable without signing in: a network's approved mandate versions, published
 * agendas and published minutes (see `networks/public-records.ts` for what is and is not).
 */
import { Hono } from 'hono';
import { publicAgenda, publicMandate, publicMinutes, publicRecords } from '../networks/public-records.js';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { errorBody, HttpError } from '../server/http-errors.js';
import { networkParam } from './network-access.js';

const notPublic = (what: string) =>
  new HttpError(
    errorBody('NOT_FOUND', { sv: `«${what}» finns inte som allmän handling.`, en: `«${what}» does not exist as a public record.` }, { record: what }),
  );

export function publicRecordRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:network/public', (c) => parts.registry.use(networkParam(c), async (handle) => c.json(publicRecords(handle.name, handle.runtime.getState()))));

  app.get('/:network/public/mandates/:mandateId', (c) =>
    parts.registry.use(networkParam(c), async (handle) => {
      const id = c.req.param('mandateId');
      const view = handle.runtime.getState().mandates.get(id);
      const record = view && publicMandate(view);
      if (!record) throw notPublic(id);
      return c.json(record);
    }),
  );

  app.get('/:network/public/meetings/:meetingId', (c) =>
    parts.registry.use(networkParam(c), async (handle) => {
      const id = c.req.param('meetingId');
      const view = handle.runtime.getState().meetings.get(id);
      const agenda = view && publicAgenda(view);
      if (!view || !agenda) throw notPublic(id);
      return c.json({ agenda, minutes: publicMinutes(view) ?? null });
    }),
  );

  return app;
}
