/**
 * Risks without zod: a risk's statuses and levels (risknivå) with their Swedish and English
 * names, for views such as the risk matrix. The schemas in `risk.schema.ts` are built from these
 * lists, so each value is written once.
 */
import type { LocalizedText } from '../shared/localized.js';

/** Where a risk stands. */
export const riskStatuses = ['open', 'mitigated', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof riskStatuses)[number];

export const riskStatusLabels: Record<RiskStatus, LocalizedText> = {
  open: { sv: 'Öppen', en: 'Open' },
  mitigated: { sv: 'Åtgärdad', en: 'Mitigated' },
  accepted: { sv: 'Accepterad', en: 'Accepted' },
  closed: { sv: 'Inaktuell', en: 'Closed' },
};

/** Risknivå — derived from the score by `riskLevel`. */
export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const riskLevelLabels: Record<RiskLevel, LocalizedText> = {
  low: { sv: 'Låg', en: 'Low' },
  medium: { sv: 'Medel', en: 'Medium' },
  high: { sv: 'Hög', en: 'High' },
};
