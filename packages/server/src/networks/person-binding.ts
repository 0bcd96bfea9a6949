/**
 * Which person of a network a sign-in is: the person whose identity claims (`identityClaims`,
 * kept with the erasable personal data) include one of the sign-in's claims — the provider's
 * `sub`, a verified e-mail address, or an HSA id. The one place the binding is looked up, so
 * that where the claims are kept can change without touching the routes.
 */
import type { Dataset, IdentityClaim } from '@samverkan/core';

/** A claim a sign-in vouches for. */
export type SignInClaim = Pick<IdentityClaim, 'kind' | 'value'>;

const keyOf = (claim: SignInClaim): string => `${claim.kind}\u0000${claim.kind === 'email' ? claim.value.toLowerCase() : claim.value}`;

/** Each dataset's claims → person id, built once per dataset object (a new dataset after every load or erasure). */
const indexes = new WeakMap<Dataset, Map<string, string | null>>();

function indexOf(dataset: Dataset): Map<string, string | null> {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map();
    for (const person of dataset.people) {
      if (person.erased) continue;
      for (const claim of person.identityClaims ?? []) {
        const key = keyOf(claim);
        // A claim two people share binds neither: who acts must never be a guess.
        index.set(key, index.has(key) && index.get(key) !== person.id ? null : person.id);
      }
    }
    indexes.set(dataset, index);
  }
  return index;
}

/** The id of the person in `dataset` a sign-in with `claims` is, or undefined. */
export function personForClaims(dataset: Dataset, claims: readonly SignInClaim[]): string | undefined {
  const index = indexOf(dataset);
  const found = new Set<string>();
  for (const claim of claims) {
    const personId = index.get(keyOf(claim));
    if (personId) found.add(personId);
  }
  // Claims that point at two different people (sub → one, e-mail → another) bind neither.
  return found.size === 1 ? [...found][0] : undefined;
}
