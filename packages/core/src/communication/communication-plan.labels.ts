/**
 * The communication plan (kommunikationsplan) without zod: its audiences and revision triggers
 * with their Swedish and English names, for views. The schemas in
 * `communication-plan.schema.ts` are built from these lists, so each value is written once.
 */
import type { LocalizedText } from '../shared/localized.js';

/** Internt / externt — the two halves of the plan's strategic goals, strategies and channels (their keys). */
export const communicationAudiences = ['internal', 'external'] as const;
export type CommunicationAudience = (typeof communicationAudiences)[number];

export const communicationAudienceLabels: Record<CommunicationAudience, LocalizedText> = {
  internal: { sv: 'Internt', en: 'Internal' },
  external: { sv: 'Externt', en: 'External' },
};

/** When the plan must be revised. */
export const communicationRevisionTriggers = ['afterEachTheme', 'yearly', 'afterEachPhase', 'asNeeded'] as const;
export type CommunicationRevisionTrigger = (typeof communicationRevisionTriggers)[number];

export const communicationRevisionTriggerLabels: Record<CommunicationRevisionTrigger, LocalizedText> = {
  afterEachTheme: { sv: 'Efter varje avslutat tema', en: 'After every finished theme' },
  yearly: { sv: 'En gång om året', en: 'Once a year' },
  afterEachPhase: { sv: 'Efter varje etapp', en: 'After every phase' },
  asNeeded: { sv: 'Vid behov', en: 'As needed' },
};
