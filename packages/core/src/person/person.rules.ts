import type { Person } from './person.schema.js';

/** The name that replaces an erased person's name. */
export const ERASED_NAME = '[raderad]';

/**
 * Erases a person's personal data (GDPR art. 17) and keeps the id, organisation and category,
 * which attendance and ESF reports still need.
 */
export function erasePersonalData(person: Person): Person {
  const { contact: _contact, title: _title, ...rest } = person;
  return { ...rest, name: ERASED_NAME, erased: true };
}
