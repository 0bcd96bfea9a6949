import * as z from 'zod';
import { riskLevelLabels, riskLevels, riskStatuses, riskStatusLabels } from './risk.labels.js';
import { DocumentVersion, Id, IsoDate, Label, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';

// The lists and labels live in `risk.labels.ts` (no zod), for views.
export { riskStatusLabels, riskLevelLabels };

/** Where a risk stands. */
export const RiskStatus = z.enum(riskStatuses);
export type RiskStatus = z.infer<typeof RiskStatus>;

/** Risknivå — derived from the score by `riskLevel`. */
export const RiskLevel = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** A rating on the 1–5 scale of a risk matrix. */
export const RiskRating = z.int().min(1).max(5);

const riskFields = {
  id: Id,
  /** Risk — what may happen, e.g. "Andra pågående projekt prioriteras högre". */
  description: Text,
  /** Konsekvens — what it would lead to. */
  consequence: Text.optional(),
  /** Sannolikhet, 1 (very unlikely) – 5 (almost certain). */
  likelihood: RiskRating.optional(),
  /** Konsekvensens allvar, 1 (negligible) – 5 (very serious). */
  impact: RiskRating.optional(),
  /** Åtgärd — what is done to prevent or soften it. */
  mitigation: Text,
  /** The person responsible for the mitigation. */
  ownerId: Id.optional(),
  status: RiskStatus.default('open'),
};

/**
 * Risk. A communication plan's risk list (seed 001) names only the risk and its mitigation,
 * so consequence, likelihood and impact are optional here; a risk and consequence analysis
 * requires them (`AssessedRisk`). Likelihood and impact come together or not at all.
 */
export const Risk = z.strictObject(riskFields).refine((r) => (r.likelihood === undefined) === (r.impact === undefined), {
  ...localizedError(
    'sannolikhet och konsekvens bedöms tillsammans — ange båda eller ingen',
    'likelihood and impact are assessed together — give both or neither',
  ),
  path: ['impact'],
});
export type Risk = z.infer<typeof Risk>;
export type RiskInput = z.input<typeof Risk>;

/** A fully assessed risk, as a risk and consequence analysis requires. */
export const AssessedRisk = z.strictObject({
  ...riskFields,
  consequence: Text,
  likelihood: RiskRating,
  impact: RiskRating,
});
export type AssessedRisk = z.infer<typeof AssessedRisk>;

/**
 * Risk- och konsekvensanalys — the assessed risks of a change (e.g. moving home health care
 * to a new agreement, seed 003) within a stated scope.
 */
export const RiskAnalysis = z
  .strictObject({
    id: Id,
    title: Label,
    /** Avgränsning — what the analysis covers, e.g. "Införandet av ny överenskommelse i länets kommuner". */
    scope: Text,
    mandateId: Id.optional(),
    date: IsoDate,
    version: DocumentVersion.optional(),
    /** Who took part in the analysis (person ids). */
    participantIds: z.array(Id).max(listLimits.people).default([]),
    risks: z.array(AssessedRisk).max(listLimits.records),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.risks.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['risks', i, 'id'],
          ...localizedError('två risker har samma id', 'two risks have the same id'),
        });
      }
      seen.add(r.id);
    });
  });
export type RiskAnalysis = z.infer<typeof RiskAnalysis>;
export type RiskAnalysisInput = z.input<typeof RiskAnalysis>;
