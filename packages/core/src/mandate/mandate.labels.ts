/**
 * The mandate (uppdragsbeskrivning) without zod: its classifications (informationsklassning)
 * and sections with their Swedish and English names, for views of the document. The schemas in
 * `mandate.schema.ts` are built from these lists, so each value is written once.
 */
import type { LocalizedText } from '../shared/localized.js';

/** Informationsklassning — how openly the document may be shared. */
export const mandateClassifications = ['public', 'internal', 'confidential'] as const;
export type MandateClassification = (typeof mandateClassifications)[number];

export const mandateClassificationLabels: Record<MandateClassification, LocalizedText> = {
  public: { sv: 'Allmän handling', en: 'Public record' },
  internal: { sv: 'Intern', en: 'Internal' },
  confidential: { sv: 'Konfidentiell', en: 'Confidential' },
};

/** Every section of the document, for labels and for saying which sections a change touched. */
export const mandateSections = [
  'title',
  'date',
  'diaryNumber',
  'version',
  'unit',
  'summary',
  'background',
  'purpose',
  'values',
  'method',
  'scope',
  'tasks',
  'competenceRequirements',
  'commissioner',
  'financiers',
  'period',
  'organisation',
  'staffingPlan',
  'roles',
  'meetings',
  'deliverables',
  'goals',
  'followUp',
  'compensation',
  'versionHistory',
  'classification',
  'classificationRule',
  'complianceRule',
  'parentMandateId',
] as const;
export type MandateSection = (typeof mandateSections)[number];

/** Swedish and English names of the sections, as the seed documents head them. */
export const mandateSectionLabels: Record<MandateSection, LocalizedText> = {
  title: { sv: 'Rubrik', en: 'Title' },
  date: { sv: 'Datum', en: 'Date' },
  diaryNumber: { sv: 'Diarienummer', en: 'Diary number' },
  version: { sv: 'Versionsnummer', en: 'Version' },
  unit: { sv: 'Gäller för verksamhet', en: 'Applies to' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  background: { sv: 'Bakgrund', en: 'Background' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  values: { sv: 'Värdegrund', en: 'Values' },
  method: { sv: 'Metod', en: 'Method' },
  scope: { sv: 'Avgränsning', en: 'Scope' },
  tasks: { sv: 'Uppdragets innehåll och ansvar', en: 'Tasks and responsibilities' },
  competenceRequirements: { sv: 'Kompetenskrav', en: 'Competence requirements' },
  commissioner: { sv: 'Uppdragsgivare', en: 'Commissioner' },
  financiers: { sv: 'Finansiärer', en: 'Financiers' },
  period: { sv: 'Tidplan för uppdraget', en: 'Period' },
  organisation: { sv: 'Organisering', en: 'Organisation' },
  staffingPlan: { sv: 'Bemanningsplan', en: 'Staffing plan' },
  roles: { sv: 'Ansvar och befogenheter för roller', en: 'Roles, responsibilities and authorities' },
  meetings: { sv: 'Mötesfrekvens och agenda', en: 'Meeting rules' },
  deliverables: { sv: 'Leveransobjekt', en: 'Deliverables' },
  goals: { sv: 'Mål', en: 'Goals' },
  followUp: { sv: 'Uppföljning', en: 'Follow-up' },
  compensation: { sv: 'Ersättning', en: 'Compensation' },
  versionHistory: { sv: 'Versionshistorik', en: 'Version history' },
  classification: { sv: 'Informationsklassning', en: 'Classification' },
  classificationRule: { sv: 'Regel för informationsklassning', en: 'Classification rule' },
  complianceRule: { sv: 'Efterlevnad', en: 'Compliance and revision' },
  parentMandateId: { sv: 'Länsövergripande uppdragsbeskrivning', en: 'County-wide mandate' },
};
