/**
 * The personal data of a network kept apart from its log. A dataset's people reach the log
 * without their names, titles, contact details and identity claims; those live in the store's
 * personal-data part, keyed by the person's opaque id, where `erasePersonalData` can remove
 * them without rewriting a single event. Replay puts them back; where they were erased, a
 * tombstone («Raderad person») stands in their place.
 */
import type { Person } from './person.schema.js';
import { ERASED_NAME } from './person.rules.js';

/** The personal fields of a person. */
export type PersonalData = Pick<Person, 'name'> & Partial<Pick<Person, 'title' | 'contact' | 'identityClaims'>>;

/** A person's personal data as the store keeps it. */
export interface PersonalDataRecord {
  personId: string;
  data: PersonalData;
}

/** A person as the log keeps it: everything but the personal data. */
export type PersonInLog = Omit<Person, 'name' | 'title' | 'contact' | 'identityClaims'>;

/** Splits a person into what the log keeps and what the personal-data part keeps. */
export function splitPerson(person: Person): { inLog: PersonInLog; personal: PersonalData } {
  const { name, title, contact, identityClaims, ...inLog } = person;
  const personal: PersonalData = { name };
  if (title !== undefined) personal.title = title;
  if (contact !== undefined) personal.contact = contact;
  if (identityClaims !== undefined) personal.identityClaims = identityClaims;
  return { inLog, personal };
}

/** A dataset's people without their personal data, and the personal data on its own. */
export function splitPeople<D extends { people: readonly Person[] }>(dataset: D): { dataset: Omit<D, 'people'> & { people: PersonInLog[] }; records: PersonalDataRecord[] } {
  const records: PersonalDataRecord[] = [];
  const people = dataset.people.map((person) => {
    const { inLog, personal } = splitPerson(person);
    if (!person.erased) records.push({ personId: person.id, data: personal });
    return inLog;
  });
  return { dataset: { ...dataset, people }, records };
}

/**
 * The people of a dataset from the log with their personal data put back — or, where there is
 * none (erased), the tombstone. Works on unparsed data: the result is then parsed as a dataset.
 */
export function withPersonalData(dataset: unknown, personal: ReadonlyMap<string, PersonalData>): unknown {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray((dataset as { people?: unknown }).people)) return dataset;
  const people = (dataset as { people: unknown[] }).people.map((person) => {
    if (typeof person !== 'object' || person === null) return person;
    const id = (person as { id?: unknown }).id;
    const own = typeof id === 'string' ? personal.get(id) : undefined;
    // A dataset written before personal data was kept apart still carries the name itself.
    if ('name' in person) return own ? { ...person, ...own } : person;
    return own ? { ...person, ...own } : { ...person, name: ERASED_NAME, erased: true };
  });
  return { ...dataset, people };
}
