/**
 * Roles without zod: the kinds of role the seeds name, their Swedish and English names, and a
 * role's name as a view shows it. `RoleKind` (the schema, in `role.schema.ts`) is built from
 * this list, so each kind is written once; a view naming a role imports no zod through here.
 */
import { kindLabel, type KindVocabulary } from '../shared/kind-label.js';
import type { Locale, LocalizedText } from '../shared/localized.js';

/** The kinds of role the seeds name (see GLOSSARY.md). */
export const roleKinds = [
  'commissioner',
  'financier',
  'processLeader',
  'processSupervisor',
  'developmentLeader',
  'collaborationLeader',
  'transitionLeader',
  'methodSupervisor',
  'representative',
  'steeringGroupMember',
  'chair',
  'workingCommitteeMember',
  'referencePerson',
  'communicator',
  'projectManager',
  'evaluator',
  'participant',
  'administrator',
] as const;
export type RoleKind = (typeof roleKinds)[number];

/** Swedish and English names of the role kinds. */
export const roleKindLabels: Record<RoleKind, LocalizedText> = {
  commissioner: { sv: 'Uppdragsgivare', en: 'Commissioner' },
  financier: { sv: 'Finansiär', en: 'Financier' },
  processLeader: { sv: 'Processledare', en: 'Process leader' },
  processSupervisor: { sv: 'Processhandledare', en: 'Process supervisor' },
  developmentLeader: { sv: 'Utvecklingsledare', en: 'Development leader' },
  collaborationLeader: { sv: 'Samverkansledare', en: 'Collaboration leader' },
  transitionLeader: { sv: 'Omställningsledare', en: 'Transition leader' },
  methodSupervisor: { sv: 'Metodhandledare', en: 'Method supervisor' },
  representative: { sv: 'Representant', en: 'Representative' },
  steeringGroupMember: { sv: 'Styrgruppsledamot', en: 'Steering group member' },
  chair: { sv: 'Ordförande', en: 'Chair' },
  workingCommitteeMember: { sv: 'Ledamot i arbetsutskott', en: 'Working committee member' },
  referencePerson: { sv: 'Referensperson', en: 'Reference person' },
  communicator: { sv: 'Kommunikatör', en: 'Communicator' },
  projectManager: { sv: 'Projektledare', en: 'Project manager' },
  evaluator: { sv: 'Utvärderare', en: 'Evaluator' },
  participant: { sv: 'Deltagare', en: 'Participant' },
  administrator: { sv: 'Nätverksadministratör', en: 'Network administrator' },
};

/** The name of a role kind, the region's own included. */
export function roleKindLabel(kind: string, vocabulary?: KindVocabulary): LocalizedText {
  return kindLabel(roleKindLabels, vocabulary, 'role', kind);
}

/**
 * A role's name in `locale`: the mandate's own (Swedish) name, or in English the role's
 * English name — the name of its kind where the role has none.
 */
export function roleDisplayName(role: { name: string; kind: string; englishName?: string | undefined }, locale: Locale, vocabulary?: KindVocabulary): string {
  if (locale === 'sv') return role.name;
  return role.englishName ?? roleKindLabel(role.kind, vocabulary).en;
}
