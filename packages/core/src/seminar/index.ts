export {
  DialogueSeminar,
  DialogueSeminarInput,
  DialogueSeminarStatus,
  FeedbackRecipient,
  SeminarCancellation,
  SeminarFeedback,
  SeminarHours,
  SeminarParticipant,
  SeminarParticipants,
  SeminarWarning,
  SeminarWarningCode,
  dialogueSeminarStatusLabels,
  feedbackRecipientLabels,
  type DialogueSeminarData,
  type DialogueSeminarInputData,
} from './dialogue-seminar.schema.js';
export {
  CancelSeminar,
  DialogueSeminarEvent,
  HoldSeminar,
  ReportFeedback,
  ReportSeminar,
  RescheduleSeminar,
  SetParticipants,
  SummariseNeeds,
  type DialogueSeminarEventType,
} from './dialogue-seminar.events.js';
export { dialogueSeminarMachine, type DialogueSeminarContext } from './dialogue-seminar.machine.js';
export {
  OpenSeminar,
  Theme,
  ThemeEvaluation,
  ThemeInput,
  ThemeNetworkMeeting,
  ThemeSeminar,
  ThemeStatus,
  themeStatusLabels,
  type ThemeData,
  type ThemeInputData,
} from './theme.schema.js';
export {
  CloseTheme,
  DecideTheme,
  EvaluateTheme,
  HoldNetworkMeeting,
  SeminarAdded,
  SeminarStatusChanged,
  StartSeminars,
  ThemeEvent,
  type ThemeEventType,
} from './theme.events.js';
export { themeMachine, type ThemeContext } from './theme.machine.js';
export { NetworkMeeting, type NetworkMeetingData } from './network-meeting.schema.js';
export { LearningSeminar, type LearningSeminarData } from './learning-seminar.schema.js';
export {
  SEMINAR_GROUP_MAX_SIZE,
  SEMINAR_GROUP_MIN_CATEGORIES,
  SEMINAR_GROUP_MIN_SIZE,
  SEMINAR_GROUP_TARGET_SIZE,
  attendanceProblems,
  canAdvanceSeminarStatus,
  duplicatePersonIds,
  isSeminarSettled,
  seminarGroupWarnings,
  seminarReportProblems,
  themeEvaluationProblems,
  type SeminarProblem,
} from './seminar.rules.js';
