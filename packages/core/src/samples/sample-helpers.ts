/**
 * Small builders that keep the sample files readable. Every person in the samples is
 * invented; no name from the source documents is used.
 */
import type { Organisation, OrganisationKind } from '../organisation/organisation.schema.js';
import type { Person } from '../person/person.schema.js';
import type { ProfessionalCategory } from '../person/professional-category.js';
import type { RoleInput } from '../role/role.schema.js';
import type { StaffingPlanInput } from '../staffing/staffing-plan.schema.js';

/** Turns a Swedish name into an id: "Färgelanda" → "fargelanda". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function organisation(
  prefix: string,
  name: string,
  kind: OrganisationKind,
  extra: Partial<Organisation> = {},
): Organisation {
  return { id: `${prefix}:${slug(name)}`, name, kind, ...extra };
}

/** A municipality with its four-digit code, under the association or county it belongs to. */
export function municipality(prefix: string, name: string, code: string, parentId?: string): Organisation {
  return organisation(prefix, name, 'municipality', { municipalityCode: code, ...(parentId ? { parentId } : {}) });
}

/** How many people each sample has numbered so far. */
const numbered = new Map<string, number>();

/**
 * A person of a sample. Ids are opaque — numbered in the order the sample creates its people,
 * never made from a name — because an id travels in every event of the log, where a name must
 * not (names and contact details are personal data, which can be erased; the log cannot).
 */
export function person(
  prefix: string,
  name: string,
  organisationId: string,
  professionalCategory: ProfessionalCategory,
  title?: string,
): Person {
  const n = (numbered.get(prefix) ?? 0) + 1;
  numbered.set(prefix, n);
  const id = `${prefix}:person-${String(n).padStart(3, '0')}`;
  const email = `${slug(name).replace(/-/g, '.')}@example.se`;
  // The address is also how a sign-in recognises them (a demo server signs people in by it).
  return { id, name, organisationId, professionalCategory, ...(title ? { title } : {}), contact: { email }, identityClaims: [{ kind: 'email', value: email }] };
}

const firstNames = [
  'Agnes', 'Albin', 'Alice', 'Amir', 'Anna', 'Arvid', 'Astrid', 'Axel', 'Beatrice', 'Carl',
  'Cecilia', 'Daniel', 'Ebba', 'Elias', 'Elin', 'Emil', 'Fatima', 'Filip', 'Frida', 'Gustav',
  'Hanna', 'Hugo', 'Ingrid', 'Isak', 'Jenny', 'Johan', 'Julia', 'Kerstin', 'Leo', 'Linnea',
  'Lova', 'Ludvig', 'Maja', 'Markus', 'Matilda', 'Mohammed', 'Nils', 'Nora', 'Oskar', 'Petra',
  'Rasmus', 'Rebecka', 'Saga', 'Samir', 'Selma', 'Simon', 'Stina', 'Tove', 'Viktor', 'Wilma',
];
const lastNames = [
  'Almgren', 'Björkman', 'Dahlberg', 'Ekberg', 'Falk', 'Forsman', 'Granlund', 'Hagström', 'Hellberg',
  'Holm', 'Isaksson', 'Jansson', 'Kjellberg', 'Lundin', 'Löfgren', 'Malmberg', 'Nordin', 'Norén',
  'Ottosson', 'Palm', 'Rydén', 'Sandberg', 'Sjöberg', 'Strömberg', 'Sundqvist', 'Tell', 'Vallin',
  'Wester', 'Åkesson', 'Öberg',
];

/**
 * The n-th invented name of a deterministic sequence; `offset` keeps two samples from
 * drawing the same names.
 */
export function inventedName(n: number, offset = 0): string {
  const i = n + offset;
  return `${firstNames[(i * 7) % firstNames.length]} ${lastNames[(i * 11 + Math.floor(i / lastNames.length)) % lastNames.length]}`;
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });

/** A Swedish wall-clock time as an instant with the right offset (+01:00 in winter, +02:00 in summer). */
export function swedishTime(date: string, time: string): string {
  // The offset at noon UTC that day is the offset of the day's office hours (DST changes at night).
  const name = offsetFormat.formatToParts(new Date(`${date}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')!.value;
  const offset = name.replace('GMT', '') || '+00:00';
  return `${date}T${time}:00${offset}`;
}

/**
 * A sample's network administration: one seat of «Nätverksadministratör» (loads the network's
 * data, erases personal data on request), held by a person who already works in the network.
 */
export function networkAdministration(prefix: string, administrator: Person): { role: RoleInput; staffing: StaffingPlanInput } {
  const role: RoleInput = {
    id: `${prefix}:natverksadministrator`,
    kind: 'administrator',
    name: 'Nätverksadministratör',
    englishName: 'Network administrator',
    purpose: 'Förvaltar nätverkets uppgifter i verktyget: läser in dem och raderar personuppgifter på begäran.',
    authorities: ['administerNetwork', 'erasePersonalData'],
  };
  return { role, staffing: { entries: [{ roleId: role.id, organisationId: administrator.organisationId, personIds: [administrator.id] }] } };
}
