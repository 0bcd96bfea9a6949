// The documents entry point (`@samverkan/core/documents`): the files people take away —
// calendar invitations and feeds, Excel-friendly CSV, open data, the register of public
// records. Apart from the runtime entry so that an app that does not export pays nothing for
// the CSV writer.
export { calendarText, escapeText, foldLine, STOCKHOLM, stockholmDateTime, stockholmTimeZone, utcDateTime } from './icalendar.js';
export {
  groupCalendarFeed,
  meetingEvent,
  meetingInvitation,
  meetingSequence,
  meetingUid,
  personCalendarFeed,
  type CalendarOptions,
  type DocumentFile,
} from './meeting-calendar.js';
export { csvFile, decimalComma, excelCsv, neutralise, type CsvCell } from './excel-csv.js';
export { attendanceByOrganisationCsv, auditTrailCsv, deliverablesCsv, esfReportCsv, meetingAttendanceCsv } from './csv-exports.js';
export { OpenData, OpenDataAgendaItem, OpenDataMeeting, OpenDataOrganization, OpenDataPaper, openData } from './open-data.js';
export {
  Classification,
  defaultInformationManagement,
  DocumentTypeRule,
  InformationManagement,
  PublicRecordType,
  publicRecordTypeLabels,
  RetentionRule,
} from './information-management.schema.js';
export { publicRecordsRegister, weedingReport, type RegisterEntry, type WeedingReport } from './public-register.js';
export { importDataset, type DatasetFileFormat, type ImportDatasetOptions, type ImportDatasetResult, type ImportIssue } from './import-dataset.js';
export {
  attendanceListDocument,
  esfReportPrintDocument,
  mandatePrintDocument,
  minutesDocument,
  noticeDocument,
  type AttendanceLine,
  type AttendanceListDocument,
  type EsfReportPrintDocument,
  type MandatePrintDocument,
  type MinutesDocument,
  type MinutesItem,
  type NoticeDocument,
  type NoticeItem,
  type PrintedMeeting,
} from './print-documents.js';
