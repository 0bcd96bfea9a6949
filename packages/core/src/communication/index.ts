export {
  CommunicationActivityTiming,
  CommunicationActivity,
  CommunicationAudience,
  CommunicationContact,
  CommunicationGoals,
  CommunicationPlan,
  CommunicationPlanVersion,
  CommunicationStrategy,
  CommunicationRevisionRule,
  CommunicationRevisionTrigger,
  communicationAudienceLabels,
  currentCommunicationPlanVersion,
  communicationRevisionTriggerLabels,
  type CommunicationPlanInput,
} from './communication-plan.schema.js';
// The plan's tracking lifecycle (activities done, revisions, follow-up) is exported from the
// runtime entry (`@samverkan/core/runtime`): the document is the domain model's, its tracking
// the runtime's — and the main entry stays within its size budget.
