export { PrintDocument, type PrintDocumentProps } from './print-document.js';
export { NoticePrint, type NoticePrintProps } from './notice-print.js';
export { MinutesPrint, type MinutesPrintProps } from './minutes-print.js';
export { AttendanceListPrint, type AttendanceListPrintProps } from './attendance-list-print.js';
export { MandatePrint, type MandatePrintProps } from './mandate-print.js';
export { EsfReportPrint, type EsfReportPrintProps } from './esf-report-print.js';
