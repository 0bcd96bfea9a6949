/**
 * Reading a network, for its members: who you are in it, its state (core's `RuntimeState` as
 * JSON), its people's personal data (for a replica that replays the log), the named queries, and
 * the log from a position. Public records are in `public-records.routes.ts`; the live stream in
 * `live-events.routes.ts`.
 */
import { Hono } from 'hono';
import { namedQueries } from '../networks/named-queries.js';
import { personalDataJson, stateJson } from '../networks/state-json.js';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { errorBody, HttpError } from '../server/http-errors.js';
import { asMember, badParameters } from './network-access.js';

/** At most this many events in one page of the log. */
export const LOG_PAGE_MAX = 5_000;

export function networkReadRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => c.json({ networks: await parts.stores.list() }));

  app.get('/:network/me', (c) =>
    asMember(parts, c, async ({ handle, personId }) => {
      const person = handle.runtime.getState().dataset.people.find((p) => p.id === personId);
      // `now` is the network's clock: what a client dates its view by (the server dates commands by it).
      const now = (parts.clockOf?.(handle.name) ?? parts.clock)();
      // `position`: where a client that reads the state next follows the live stream from.
      return c.json({ network: handle.name, personId, name: person?.name ?? null, via: c.get('caller').kind, now, position: handle.position() });
    }),
  );

  app.get('/:network/state', (c) => asMember(parts, c, async ({ handle }) => c.json(stateJson(handle.runtime.getState()))));

  app.get('/:network/people', (c) => asMember(parts, c, async ({ handle }) => c.json({ people: personalDataJson(handle.runtime.getState().dataset) })));

  app.get('/:network/queries/:name', (c) =>
    asMember(parts, c, async ({ handle, personId }) => {
      const name = c.req.param('name');
      const query = Object.hasOwn(namedQueries, name) ? namedQueries[name] : undefined;
      if (!query) {
        throw new HttpError(
          errorBody('NOT_FOUND', { sv: `Frågan «${name}» finns inte. Frågor: ${Object.keys(namedQueries).join(', ')}.`, en: `There is no query «${name}». Queries: ${Object.keys(namedQueries).join(', ')}.` }, { query: name }),
        );
      }
      const parsed = query.params.safeParse(c.req.query());
      if (!parsed.success) throw badParameters(parsed.error.issues);
      const result = await query.run(parsed.data, { state: handle.runtime.getState(), now: (parts.clockOf?.(handle.name) ?? parts.clock)(), personId, log: () => handle.runtime.log() });
      return c.json({ query: name, result });
    }),
  );

  app.get('/:network/log', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const from = Number(c.req.query('from') ?? '1');
      const limit = Number(c.req.query('limit') ?? '1000');
      const issues = [
        ...(!Number.isSafeInteger(from) || from < 1 ? [{ path: ['from'], message: 'must be a whole number ≥ 1' }] : []),
        ...(!Number.isSafeInteger(limit) || limit < 1 || limit > LOG_PAGE_MAX ? [{ path: ['limit'], message: `must be a whole number from 1 to ${LOG_PAGE_MAX}` }] : []),
      ];
      if (issues.length > 0) throw badParameters(issues);
      const events = await handle.store.readAll(from);
      const page = events.slice(0, limit);
      const last = page.at(-1)?.position;
      return c.json({ events: page, next: events.length > limit && last !== undefined ? last + 1 : null, lastPosition: last ?? from - 1 });
    }),
  );

  return app;
}
