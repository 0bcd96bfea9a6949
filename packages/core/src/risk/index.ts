export {
  AssessedRisk,
  Risk,
  RiskAnalysis,
  RiskLevel,
  RiskRating,
  RiskStatus,
  riskLevelLabels,
  riskStatusLabels,
  type RiskAnalysisInput,
  type RiskInput,
} from './risk.schema.js';
export { riskLevel, riskLevelOf, riskLevelThresholds, riskScore, risksBySeverity } from './risk.rules.js';
