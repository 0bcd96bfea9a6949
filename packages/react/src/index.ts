export { SamverkanProvider, useSamverkan, type SamverkanActor, type SamverkanContextValue, type SamverkanProviderProps } from './samverkan-provider.js';
export { useSamverkanSelector } from './use-samverkan-selector.js';
export { useRuntimeState, authorityInputs } from './use-runtime-state.js';
export { shallowEqual } from './shallow-equal.js';
export { useCommand, type UseCommandResult } from './use-command.js';
export { newCommandId, withEnvelope, type CommandInput } from './command-envelope.js';
export { commandLabels, type CommandType } from '@samverkan/core/runtime';
export { PROBE_ID, PROBE_TEXT, probe, probeAll, unusedId, type CommandAvailability } from './command-availability.js';
export { useMeeting, meetingAgendaDeadline, meetingActionTypes, type MeetingActionType, type MeetingAgendaDeadline, type UseMeetingResult } from './use-meeting.js';
export { useMeetingActions } from './use-meeting-actions.js';
export { useMandate, mandateActionTypes, type MandateActionType, type UseMandateResult } from './use-mandate.js';
export {
  useDeliverables,
  deliverableActionTypes,
  type DeliverableActionType,
  type DeliverableColumn,
  type DeliverableRow,
  type UseDeliverablesParams,
  type UseDeliverablesResult,
} from './use-deliverables.js';
export { useAttendance, type UseAttendanceParams } from './use-attendance.js';
export {
  useSeminarProgramme,
  seminarActionTypes,
  type SeminarActionType,
  type UseSeminarProgrammeParams,
  type UseSeminarProgrammeResult,
} from './use-seminar-programme.js';
export { useAgreement, agreementActionTypes, type AgreementActionType, type UseAgreementResult } from './use-agreement.js';
export { useAuditTrail, type UseAuditTrailResult } from './use-audit-trail.js';
export { useUpcomingMeetings, type UseUpcomingMeetingsParams } from './use-upcoming-meetings.js';
export { useVacancies, type UseVacanciesParams } from './use-vacancies.js';
export { useYearPlan, type UseYearPlanParams, type UseYearPlanResult, type YearPlanMeeting } from './use-year-plan.js';
export {
  useCommunicationPlans,
  type CommunicationPlanContactRow,
  type CommunicationPlanRow,
  type UseCommunicationPlansParams,
} from './use-communication-plans.js';
export { useRiskAnalyses, type RiskRow, type RiskSource, type UseRiskAnalysesParams } from './use-risk-analyses.js';
