/**
 * What the current request carries through core's runtime: the acting person (core's identity
 * policy reads it, see `sessionIdentity`) and, where the database failed under a command, that
 * failure — core answers a store that throws with a `CONFLICT` saying nothing was written, and
 * the server needs to know it was the database (503, try again) and not another writer (409).
 * AsyncLocalStorage carries it across every await of one request, and never into another's.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  /** The acting person in the network the request is for; undefined for nobody. */
  personId?: string;
  /** Set by the store wrapper when the database could not be reached during this request. */
  storeFailure?: unknown;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The person acting in the current request (core's `sessionIdentity` reads this). */
export function actingPerson(): string | undefined {
  return requestScope.getStore()?.personId;
}
