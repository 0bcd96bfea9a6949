/**
 * Commands: the one way anything is written. The body is a command as core takes it — its type,
 * id and payload; `by` and `at` may be left out, and a `by` that names anyone but the signed-in
 * person is refused by core (`NOT_AUTHORISED`), as is one sent by nobody. Who acts is the
 * session's person and the time is the server's clock. The answer is core's: the stored events,
 * or its typed, bilingual refusal with the HTTP status `statusOf` gives its code.
 *
 * Also here: `can` (would it be accepted, and why not — writes nothing), the administrator's
 * load of a new dataset, and erasing a person's personal data.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { CommandResult, Samverkan } from '@samverkan/core/runtime';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { fromCommandError, HttpError, refusals, statusOf } from '../server/http-errors.js';
import type { RequestScope } from '../server/request-context.js';
import { asMember, jsonBody, withTimeout } from './network-access.js';

const TIMED_OUT = Symbol('timed out while waiting for its turn');

export function commandRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { bodyLimitBytes, datasetBodyLimitBytes } = parts.config;

  /** Writes through the network's queue, within the timeout; a write still waiting when time is up is not made. */
  async function write(c: Context<AppEnv>, act: (runtime: Samverkan) => Promise<CommandResult>) {
    return asMember(parts, c, ({ handle, scope }) =>
      withTimeout(parts.config.requestTimeoutMs, (signal) =>
        handle.exclusive(async () => (signal.timedOut ? TIMED_OUT : act(handle.runtime))),
      ).then((result) => answer(c, scope, result)),
    );
  }

  function answer(c: Context<AppEnv>, scope: RequestScope, result: CommandResult | typeof TIMED_OUT) {
    if (result === TIMED_OUT) throw new HttpError(refusals.timeout(parts.config.requestTimeoutMs));
    if (result.ok) return c.json({ ok: true, duplicate: result.duplicate, events: result.events }, result.duplicate ? 200 : 201);
    // Core answers a store that threw with a CONFLICT that wrote nothing; the database was away.
    if (scope.storeFailure) throw new HttpError(refusals.storeUnavailable(), { 'Retry-After': '2' });
    return c.json(fromCommandError(result), statusOf[result.code]);
  }

  app.post('/:network/commands', async (c) => {
    // A request body is JSON from outside: core checks it as any command (`dispatchUntrusted`).
    const command = await jsonBody(c, bodyLimitBytes);
    return write(c, (runtime) => runtime.dispatchUntrusted(command));
  });

  app.post('/:network/can', async (c) => {
    const command = await jsonBody(c, bodyLimitBytes);
    return asMember(parts, c, async ({ handle }) => c.json(handle.runtime.canUntrusted(command)));
  });

  app.put('/:network/dataset', async (c) => {
    const body = (await jsonBody(c, datasetBodyLimitBytes)) as { dataset?: unknown; commandId?: unknown } | null;
    return write(c, (runtime) => runtime.load((body?.dataset ?? null) as never, typeof body?.commandId === 'string' ? { commandId: body.commandId } : {}));
  });

  app.post('/:network/people/:personId/erase', async (c) => {
    const body = (await jsonBody(c, bodyLimitBytes)) as { reason?: unknown; commandId?: unknown } | null;
    const meta = {
      ...(typeof body?.reason === 'string' ? { reason: body.reason } : {}),
      ...(typeof body?.commandId === 'string' ? { commandId: body.commandId } : {}),
    };
    return write(c, (runtime) => runtime.erasePersonalData(c.req.param('personId'), meta));
  });

  return app;
}
