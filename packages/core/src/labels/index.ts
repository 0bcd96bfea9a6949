/**
 * `@samverkan/core/labels` — core's words without zod or the state machines: every lifecycle
 * state and kind a view shows, as a plain list (`as const`), its type and its Swedish and
 * English labels, and the small pure helpers that name things (a person, a role, a kind, a
 * risk's level). Why an entry of its own: a component that shows a meeting's status should not
 * carry a schema library and a state machine to do it (a widget, an intranet page). The schemas
 * in the main entry are built from these same lists, so the two never disagree. Types of whole
 * records (`Meeting`, `Mandate`, …) are types only: import them from the main entry with
 * `import type`, which costs nothing at run time.
 */
export type { Language, Locale, LocalizedText } from '../shared/localized.js';
export { textFor } from '../shared/localized.js';
export { kindLabel, type KindList, type KindVocabulary } from '../shared/kind-label.js';

export {
  agendaItemKindLabels,
  agendaItemKinds,
  attendanceModeLabels,
  attendanceModes,
  attendanceStatuses,
  attendanceStatusLabels,
  attendingStatuses,
  escalationTargetLabels,
  escalationTargets,
  meetingStatuses,
  meetingStatusLabels,
  type AgendaItemKind,
  type AttendanceMode,
  type AttendanceStatus,
  type EscalationTarget,
  type MeetingStatus,
} from '../meeting/meeting.labels.js';
export { authorities, authorityLabels, type Authority } from '../role/authority.labels.js';
export { roleDisplayName, roleKindLabel, roleKindLabels, roleKinds, type RoleKind } from '../role/role.labels.js';
export { personDisplayName, erasedPersonLabel } from '../person/person.rules.js';
export { professionalCategories, professionalCategoryLabels, type ProfessionalCategory } from '../person/professional-category.labels.js';
export { deliverableKindLabel, deliverableKindLabels, deliverableKinds, type DeliverableKind } from '../deliverable/deliverable-kind.labels.js';
export {
  mandateClassificationLabels,
  mandateClassifications,
  mandateSectionLabels,
  mandateSections,
  type MandateClassification,
  type MandateSection,
} from '../mandate/mandate.labels.js';
export { riskLevelLabels, riskLevels, riskStatuses, riskStatusLabels, type RiskLevel, type RiskStatus } from '../risk/risk.labels.js';
export { riskLevel, riskLevelThresholds, riskScore } from '../risk/risk.rules.js';
export {
  communicationAudienceLabels,
  communicationAudiences,
  communicationRevisionTriggerLabels,
  communicationRevisionTriggers,
  type CommunicationAudience,
  type CommunicationRevisionTrigger,
} from '../communication/communication-plan.labels.js';
