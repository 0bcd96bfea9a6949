import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { kindLabel, ownKindOf, type Vocabulary } from '../shared/vocabulary.schema.js';

/** Leveransobjekt — every kind of deliverable the seeds name. */
export const DeliverableKind = z.enum([
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
]);
export type DeliverableKind = z.infer<typeof DeliverableKind>;

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

/** A deliverable's kind: one the seeds name, or the region's own (declared in the dataset's vocabulary). */
export const DeliverableKindValue = z.union([DeliverableKind, ownKindOf(DeliverableKind.options)]);
export type DeliverableKindValue = z.infer<typeof DeliverableKindValue>;

/** The name of a deliverable kind, the region's own included. */
export function deliverableKindLabel(kind: string, vocabulary?: Partial<Vocabulary>): LocalizedText {
  return kindLabel(deliverableKindLabels, vocabulary, 'deliverable', kind);
}
