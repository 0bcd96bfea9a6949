/**
 * Leveransobjekt without zod: the kinds the seeds name, their Swedish and English names, and the
 * name of any kind a region adds. `DeliverableKind` (the schema) is built from this list; a view
 * naming a deliverable imports no zod through here.
 */
import { kindLabel, type KindVocabulary } from '../shared/kind-label.js';
import type { LocalizedText } from '../shared/localized.js';

/** Leveransobjekt — every kind of deliverable the seeds name. */
export const deliverableKinds = [
  'minutes',
  'attendanceList',
  'evaluationReport',
  'finalReport',
  'implementationPlan',
  'riskAnalysis',
  'communicationPlan',
  'agreement',
  'actionPlan',
  'needsSummary',
  'statusReport',
  /** Årsrapport, verksamhetsberättelse — what the work did during a year. */
  'annualReport',
] as const;
export type DeliverableKind = (typeof deliverableKinds)[number];

export const deliverableKindLabels: Record<DeliverableKind, LocalizedText> = {
  minutes: { sv: 'Minnesanteckningar', en: 'Minutes' },
  attendanceList: { sv: 'Deltagarlista', en: 'Attendance list' },
  evaluationReport: { sv: 'Utvärderingsrapport', en: 'Evaluation report' },
  finalReport: { sv: 'Slutrapport', en: 'Final report' },
  implementationPlan: { sv: 'Implementeringsplan', en: 'Implementation plan' },
  riskAnalysis: { sv: 'Risk- och konsekvensanalys', en: 'Risk and consequence analysis' },
  communicationPlan: { sv: 'Kommunikationsplan', en: 'Communication plan' },
  agreement: { sv: 'Överenskommelse', en: 'Agreement' },
  actionPlan: { sv: 'Handlingsplan', en: 'Action plan' },
  needsSummary: { sv: 'Behovssammanställning', en: 'Needs summary' },
  statusReport: { sv: 'Status- och lägesrapport', en: 'Status report' },
  annualReport: { sv: 'Årsrapport', en: 'Annual report' },
};

/** The name of a deliverable kind, the region's own included. */
export function deliverableKindLabel(kind: string, vocabulary?: KindVocabulary): LocalizedText {
  return kindLabel(deliverableKindLabels, vocabulary, 'deliverable', kind);
}
