/**
 * The gate of every route that reads or writes a network's working material: the network must
 * exist, someone must be signed in, and their sign-in must be a person of that network. The work
 * then runs with that person as core's acting person (`requestScope`).
 */
import type { Context } from 'hono';
import { NETWORK_NAME } from '../networks/network-stores.js';
import type { NetworkHandle } from '../networks/network-registry.js';
import { personForClaims } from '../networks/person-binding.js';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { errorBody, HttpError, refusals } from '../server/http-errors.js';
import { readBody } from '../server/request-body.js';
import { requestScope, type RequestScope } from '../server/request-context.js';

/** The network named in the path, checked. */
export function networkParam(c: Context<AppEnv>): string {
  const network = c.req.param('network') ?? '';
  if (!NETWORK_NAME.test(network)) throw new HttpError(refusals.noNetwork(network.slice(0, 80)));
  return network;
}

export interface MemberScope {
  handle: NetworkHandle;
  personId: string;
  scope: RequestScope;
}

/** Runs `work` for the signed-in member of the path's network (401 nobody, 403 not a member, 404 no such network). */
export async function asMember<T>(parts: ServerParts, c: Context<AppEnv>, work: (member: MemberScope) => Promise<T>): Promise<T> {
  const network = networkParam(c);
  const caller = c.get('caller');
  if (caller.kind === 'anonymous') throw new HttpError(refusals.notSignedIn());
  return parts.registry.use(network, async (handle) => {
    const personId = personForClaims(handle.runtime.getState().dataset, caller.claims);
    if (!personId) throw new HttpError(refusals.notAMember(network));
    const scope: RequestScope = { personId };
    return requestScope.run(scope, () => work({ handle, personId, scope }));
  });
}

/** The JSON body of a request, at most `maxBytes` (413), or 400. */
export async function jsonBody(c: Context<AppEnv>, maxBytes: number): Promise<unknown> {
  const text = await readBody(c, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(refusals.badJson());
  }
}

/** `work`'s answer, or a 503 `TIMEOUT` after `ms` (the work goes on; a command retried with its id is recorded once). */
export async function withTimeout<T>(ms: number, work: (signal: { timedOut: boolean }) => Promise<T>): Promise<T> {
  const signal = { timedOut: false };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      signal.timedOut = true;
      reject(new HttpError(refusals.timeout(ms)));
    }, ms);
  });
  try {
    return await Promise.race([work(signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A bad query parameter as a located VALIDATION error. */
export function badParameters(issues: Array<{ path: PropertyKey[]; message: string }>): HttpError {
  const located = issues.map((issue) => {
    const pathText = issue.path.map(String).join('.');
    return { path: issue.path.map(String), pathText, code: 'invalid', message: { sv: `${pathText}: ${issue.message}`, en: `${pathText}: ${issue.message}` } };
  });
  const summary = located.map((issue) => issue.pathText || '(query)').join(', ');
  return new HttpError(
    errorBody('VALIDATION', { sv: `Ogiltiga parametrar: ${summary}.`, en: `Invalid parameters: ${summary}.` }, { issues: located }),
  );
}
