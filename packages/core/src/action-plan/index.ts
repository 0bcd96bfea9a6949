export {
  ActionPlan,
  ActionPlanActivity,
  ActionPlanActivityStatus,
  ActionPlanFollowUp,
  ActionPlanRevision,
  CollaborationArea,
  actionPlanActivityStatusLabels,
  type ActionPlanInput,
} from './action-plan.schema.js';
