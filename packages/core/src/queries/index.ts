export {
  upcomingMeetings,
  meetingStatusesAhead,
  type UpcomingMeeting,
  type UpcomingMeetingsParams,
} from './upcoming-meetings.js';
export {
  agendaItemsAwaitingPublication,
  meetingStatusesBeforePublication,
  type AgendaItemsAwaitingPublicationParams,
  type AwaitingAgendaItem,
  type MeetingAwaitingAgendaPublication,
} from './agenda-items-awaiting-publication.js';
export {
  agendaDeadlines,
  type AgendaDeadlineAlert,
  type AgendaDeadlineEntry,
  type AgendaDeadlinesParams,
} from './agenda-deadlines.js';
export {
  minutesAwaiting,
  minutesStepLabels,
  type MeetingAwaitingMinutes,
  type MinutesAwaitingParams,
  type MinutesStep,
} from './minutes-awaiting.js';
export {
  deliverablesWithStatus,
  overdueDeliverablesQuery,
  type OverdueDeliverableRow,
  type OverdueDeliverablesParams,
} from './overdue-deliverables.js';
export {
  attendanceByOrganisation,
  type AttendanceByOrganisationParams,
  type AttendanceByOrganisationResult,
  type AttendanceMeetingLine,
  type AttendanceOrganisationRow,
} from './attendance-by-organisation.js';
export {
  allTimeReports,
  esfReportQuery,
  seminarStatusesWithHours,
  type EsfReportQueryParams,
  type EsfReportQueryResult,
  type ReportedSeminar,
} from './esf-report.js';
export {
  mandateVersionHistory,
  type MandateVersionHistory,
  type MandateVersionHistoryParams,
  type MandateVersionRow,
  type OpenReviewRound,
  type PendingAmendmentRow,
} from './mandate-version-history.js';
export {
  auditCommandTypes,
  auditEventLabels,
  auditLabel,
  auditTrail,
  SYSTEM_ROLE,
  systemRoleLabel,
  type AuditCommandType,
  type AuditEntry,
  type AuditTrailParams,
} from './audit-trail.js';
export {
  programmeOverview,
  seminarReportingStatusLabels,
  type ProgrammeOverview,
  type ProgrammeOverviewParams,
  type ProgrammeSeminar,
  type ProgrammeTheme,
  type SeminarReportingStatus,
} from './programme-overview.js';
export {
  agreementRatification,
  type AgreementRatification,
  type AgreementRatificationParams,
  type PartyRatification,
} from './agreement-ratification.js';
export { vacanciesQuery, type VacanciesParams, type VacancyRow } from './vacancies.js';
export { escalations, type EscalationRow } from './escalations.js';
export { goalCheckInsQuery, type GoalCheckInRow, type GoalCheckInsParams } from './goal-check-ins.js';
export { attendanceSheet, attendingCount, type AttendanceSheetRow } from './attendance-sheet.js';
