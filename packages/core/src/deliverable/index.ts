export { DeliverableKind, deliverableKindLabel, deliverableKindLabels, DeliverableKindValue } from './deliverable-kind.js';
export {
  Deliverable,
  DeliverableChangeRequest,
  DeliverableContext,
  DeliverableOwnerKind,
  DeliverableStamp,
  DeliverableStatus,
  DeliverableTemplate,
  DeliverableWarning,
  DeliverableWithStatus,
  deliverableOwnerKindLabels,
  deliverableStatusLabels,
  OutlineSection,
  type DeliverableInput,
  type DeliverableTemplateInput,
} from './deliverable.schema.js';
export { DeliverableEvent, type DeliverableEventType } from './deliverable.events.js';
export { deliverableMachine, type DeliverableMachine } from './deliverable.machine.js';
export {
  daysOverdue,
  isOverdue,
  isSettled,
  overdueDeliverables,
  settledDeliverableStatuses,
  type DueItem,
  type OverdueDeliverable,
} from './deliverable.rules.js';
export { outlineFrom, recurringDeliverable, type MandateLike } from './recurring-deliverable.rules.js';
