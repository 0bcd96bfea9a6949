/**
 * Risker: the risk and consequence analyses of a mandate (or all) with every risk's score and
 * level by core's rules (`riskScore`, `riskLevelOf`), ordered for attention
 * (`risksBySeverity`), and the risk lists of the communication plans, which are often not
 * assessed (no likelihood or impact) — those come back with `level: undefined`.
 */
import { useMemo } from 'react';
import {
  personDisplayName,
  currentCommunicationPlanVersion,
  riskLevelLabels,
  riskLevelOf,
  riskScore,
  risksBySeverity,
  riskStatusLabels,
  type LocalizedText,
  type Risk,
  type RiskLevel,
} from '@samverkan/core';
import { useSamverkan } from './samverkan-provider.js';
import { useRuntimeState } from './use-runtime-state.js';

export interface UseRiskAnalysesParams {
  /** Only the analyses and plans of this mandate; all when omitted. */
  mandateId?: string;
}

export interface RiskRow {
  risk: Risk;
  id: string;
  /** 1–5, when assessed. */
  likelihood: number | undefined;
  impact: number | undefined;
  /** Likelihood × impact, when assessed. */
  score: number | undefined;
  level: RiskLevel | undefined;
  levelLabel: LocalizedText | undefined;
  statusLabel: LocalizedText;
  ownerName: string | undefined;
}

export interface RiskSource {
  /** The analysis or communication plan the risks come from. */
  id: string;
  kind: 'riskAnalysis' | 'communicationPlan';
  title: string;
  /** What the analysis covers, where it says. */
  scope: string | undefined;
  date: string | undefined;
  version: string | undefined;
  /** Highest score first, unassessed last. */
  risks: RiskRow[];
}

export function useRiskAnalyses({ mandateId }: UseRiskAnalysesParams = {}): RiskSource[] {
  const state = useRuntimeState((s) => [s.dataset]);
  const { locale } = useSamverkan();
  return useMemo(() => {
    const names = new Map(state.dataset.people.map((p) => [p.id, personDisplayName(p, locale)]));
    const row = (risk: Risk): RiskRow => {
      const level = riskLevelOf(risk);
      const { likelihood, impact } = risk;
      const score = likelihood !== undefined && impact !== undefined ? riskScore({ likelihood, impact }) : undefined;
      return {
        risk,
        id: risk.id,
        likelihood: risk.likelihood,
        impact: risk.impact,
        score,
        level,
        levelLabel: level === undefined ? undefined : riskLevelLabels[level],
        statusLabel: riskStatusLabels[risk.status],
        ownerName: risk.ownerId === undefined ? undefined : (names.get(risk.ownerId) ?? risk.ownerId),
      };
    };
    const ofMandate = (m: string | undefined) => mandateId === undefined || m === mandateId;
    const analyses = state.dataset.riskAnalyses.filter((a) => ofMandate(a.mandateId)).map(
      (a): RiskSource => ({
        id: a.id,
        kind: 'riskAnalysis',
        title: a.title,
        scope: a.scope,
        date: a.date,
        version: a.version,
        risks: risksBySeverity(a.risks).map(row),
      }),
    );
    const plans = state.dataset.communicationPlans
      .filter((p) => ofMandate(p.mandateId) && p.risks.length > 0)
      .map((p): RiskSource => {
        const current = currentCommunicationPlanVersion(p);
        return {
          id: p.id,
          kind: 'communicationPlan',
          title: p.title,
          scope: undefined,
          date: current?.date,
          version: current?.version,
          risks: risksBySeverity(p.risks).map(row),
        };
      });
    return [...analyses, ...plans];
  }, [state, mandateId, locale]);
}
