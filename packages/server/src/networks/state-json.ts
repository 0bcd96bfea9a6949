/**
 * A network's state as JSON: core's `RuntimeState` with its Maps as plain objects keyed by id,
 * and without the identity claims people sign in with (those bind a sign-in to a person and are
 * nobody else's business; the rest of a person's personal data is shown to the network's
 * members, as the demo shows it).
 */
import type { Dataset, PersonalDataRecord } from '@samverkan/core';
import type { RuntimeState } from '@samverkan/core/runtime';

/** The JSON of `GET /api/networks/{network}/state`. */
export interface StateJson {
  dataset: Dataset;
  mandates: Record<string, unknown>;
  meetings: Record<string, unknown>;
  themes: Record<string, unknown>;
  seminars: Record<string, unknown>;
  deliverables: Record<string, unknown>;
  agreements: Record<string, unknown>;
  damaged: RuntimeState['damaged'];
}

const objectOf = <V>(map: ReadonlyMap<string, V>): Record<string, V> => Object.fromEntries(map);

export function stateJson(state: RuntimeState): StateJson {
  return {
    dataset: withoutIdentityClaims(state.dataset),
    mandates: objectOf(state.mandates),
    meetings: objectOf(state.meetings),
    themes: objectOf(state.themes),
    seminars: objectOf(state.seminars),
    deliverables: objectOf(state.deliverables),
    agreements: objectOf(state.agreements),
    damaged: state.damaged,
  };
}

export function withoutIdentityClaims(dataset: Dataset): Dataset {
  return { ...dataset, people: dataset.people.map(({ identityClaims: _claims, ...person }) => person) };
}

/**
 * The personal-data part as the network's members may read it (for a replica in a browser that
 * replays the log): each person's name, title and contact details, never their identity claims.
 */
export function personalDataJson(dataset: Dataset): PersonalDataRecord[] {
  return dataset.people
    .filter((person) => !person.erased)
    .map((person) => ({
      personId: person.id,
      data: {
        name: person.name,
        ...(person.title !== undefined ? { title: person.title } : {}),
        ...(person.contact !== undefined ? { contact: person.contact } : {}),
      },
    }));
}
