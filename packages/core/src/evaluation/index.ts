export {
  EvaluatedActivity,
  Evaluation,
  EvaluationContributor,
  EvaluationSection,
  EvaluationStatement,
  evaluationSectionLabels,
  type EvaluationInput,
} from './evaluation.schema.js';
