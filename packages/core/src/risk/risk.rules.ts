import type { Risk, RiskLevel } from './risk.schema.js';

/**
 * Thresholds on the 5×5 matrix (score = likelihood × impact, 1–25):
 *   low     1–4   (both unlikely and mild at most: 1×4, 2×2)
 *   medium  5–11  (e.g. 3×3 possible and moderate, 2×5 unlikely but very serious)
 *   high   12–25  (e.g. 3×4, 4×3 — likely and serious; act and name an owner)
 * So a risk rated at least 3 in both dimensions and 4 in one is high, and a risk rated 2 or
 * lower in either dimension is never high.
 */
export const riskLevelThresholds = { mediumFrom: 5, highFrom: 12 } as const;

/** Riskvärde — likelihood × impact, 1–25. */
export function riskScore(risk: { likelihood: number; impact: number }): number {
  return risk.likelihood * risk.impact;
}

/** The level of a score (see `riskLevelThresholds`). */
export function riskLevel(score: number): RiskLevel {
  if (score >= riskLevelThresholds.highFrom) return 'high';
  if (score >= riskLevelThresholds.mediumFrom) return 'medium';
  return 'low';
}

/** The level of a risk, or undefined when it has not been assessed (no likelihood or impact). */
export function riskLevelOf(risk: Pick<Risk, 'likelihood' | 'impact'>): RiskLevel | undefined {
  if (risk.likelihood === undefined || risk.impact === undefined) return undefined;
  return riskLevel(riskScore({ likelihood: risk.likelihood, impact: risk.impact }));
}

/**
 * Risks ordered for attention: assessed ones by score, highest first, then unassessed ones
 * (in their original order).
 */
export function risksBySeverity<T extends Pick<Risk, 'likelihood' | 'impact'>>(risks: readonly T[]): T[] {
  const score = (r: T) =>
    r.likelihood === undefined || r.impact === undefined ? -1 : riskScore({ likelihood: r.likelihood, impact: r.impact });
  return [...risks].sort((a, b) => score(b) - score(a));
}
