/**
 * Yrkeskategorier without zod: the list, its type and the Swedish and English names, for views
 * such as the ESF report. `ProfessionalCategory` (the schema) is built from this list.
 */
import type { LocalizedText } from '../shared/localized.js';

/** Yrkeskategori — ESF pays a standard unit cost per category, so it is part of every person. */
export const professionalCategories = [
  'nurse',
  'physician',
  'assistantNurse',
  'administrator',
  'physiotherapist',
  'occupationalTherapist',
  'socialWorker',
  'counsellor',
  'manager',
  'businessDeveloper',
  'digitalisationStrategist',
  'itCoordinator',
  'communicator',
  'projectManager',
  'other',
] as const;
export type ProfessionalCategory = (typeof professionalCategories)[number];

/** Swedish and English names of the professional categories. */
export const professionalCategoryLabels: Record<ProfessionalCategory, LocalizedText> = {
  nurse: { sv: 'Sjuksköterska', en: 'Nurse' },
  physician: { sv: 'Läkare', en: 'Physician' },
  assistantNurse: { sv: 'Undersköterska', en: 'Assistant nurse' },
  administrator: { sv: 'Administratör', en: 'Administrator' },
  physiotherapist: { sv: 'Fysioterapeut', en: 'Physiotherapist' },
  occupationalTherapist: { sv: 'Arbetsterapeut', en: 'Occupational therapist' },
  socialWorker: { sv: 'Socionom', en: 'Social worker' },
  counsellor: { sv: 'Kurator', en: 'Counsellor' },
  manager: { sv: 'Chef', en: 'Manager' },
  businessDeveloper: { sv: 'Verksamhetsutvecklare', en: 'Business developer' },
  digitalisationStrategist: { sv: 'Digitaliseringsstrateg', en: 'Digitalisation strategist' },
  itCoordinator: { sv: 'IT-samordnare', en: 'IT coordinator' },
  communicator: { sv: 'Kommunikatör', en: 'Communicator' },
  projectManager: { sv: 'Projektledare', en: 'Project manager' },
  other: { sv: 'Annan', en: 'Other' },
};
