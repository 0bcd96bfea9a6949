export { EsfReport, type EsfReportProps } from './esf-report.js';
