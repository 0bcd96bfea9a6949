import type { LocalizedText } from '../shared/localized.js';
import type { Person } from './person.schema.js';

/** The name that stands where an erased person's name was (the tombstone). */
export const ERASED_NAME = 'Raderad person';

/** The tombstone in both languages, for views that render a person. */
export const erasedPersonLabel: LocalizedText = { sv: 'Raderad person', en: 'Erased person' };

/** A person's name as a view shows it: the tombstone, in the reader's language, once erased. */
export function personDisplayName(person: { name: string; erased?: true | undefined }, locale: 'sv' | 'en' = 'sv'): string {
  return person.erased ? erasedPersonLabel[locale] : person.name;
}

/**
 * Erases a person's personal data (GDPR art. 17) and keeps the id, organisation and category,
 * which attendance and ESF reports still need.
 */
export function erasePersonalData(person: Person): Person {
  const { contact: _contact, title: _title, identityClaims: _claims, ...rest } = person;
  return { ...rest, name: ERASED_NAME, erased: true };
}
