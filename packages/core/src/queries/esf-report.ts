/**
 * ESF-redovisning — the ESF report (`esfReport`) over every hour the runtime knows of: the
 * dataset's time reports plus the hours of dialogue seminars reported through the seminar
 * lifecycle (`timeReportsFromSeminar`). A seminar whose hours are already among the dataset's
 * time reports is not added again, so no hour is claimed twice. The report itself groups per
 * month, year and professional category and lists the violations of the ESF rules.
 */
import { esfReport, type EsfReport } from '../esf/esf.rules.js';
import { timeReportsFromSeminar } from '../esf/seminar-time-reports.js';
import type { TimeReport } from '../esf/time-report.schema.js';
import type { DialogueSeminarStatus } from '../seminar/dialogue-seminar.schema.js';
import type { RuntimeState } from '../runtime/state.js';
import type { Period } from '../shared/primitives.schema.js';
import { personName } from './lookup.js';

/** Seminar states in which the hours have been reported. */
export const seminarStatusesWithHours: readonly DialogueSeminarStatus[] = ['reported', 'needsSummarised', 'fedBack'];

export interface EsfReportQueryParams {
  /** Only time reports of this project; a seminar's project is its theme's programme. */
  projectId?: string;
  /** Lines and totals for this range; caps still count every report passed (see `esfReport`). */
  period?: Period;
  yearlyCapHours?: number;
}

export interface EsfReportQueryResult extends EsfReport {
  /** Seminars whose reported hours were added to the dataset's time reports. */
  seminarIds: string[];
  /** Reported seminars left out because the dataset's time reports already hold their hours. */
  seminarIdsAlreadyReported: string[];
  /** Names of the people in the lines, for display. */
  personNames: Record<string, string>;
}

/**
 * The project a seminar's hours are reported under: its theme's programme, else the
 * dataset's id (a dataset is one collaboration; the samples use it as the project id).
 */
function projectOf(state: RuntimeState, themeId: string): string {
  const theme = state.themes.get(themeId)?.context ?? state.dataset.themes.find((t) => t.id === themeId);
  return theme?.programmeId ?? state.dataset.id;
}

/** A reported seminar and the project its hours go to. */
export interface ReportedSeminar {
  seminarId: string;
  projectId: string;
}

/** Every time report the runtime knows of, and where the seminar ones came from. */
export function allTimeReports(state: RuntimeState): {
  reports: TimeReport[];
  /** Seminars whose hours were added. */
  added: ReportedSeminar[];
  /** Seminars left out because the dataset's time reports already hold their hours. */
  alreadyReported: ReportedSeminar[];
} {
  const inDataset = new Set(state.dataset.timeReports.flatMap((r) => (r.seminarId === undefined ? [] : [r.seminarId])));
  const added: ReportedSeminar[] = [];
  const alreadyReported: ReportedSeminar[] = [];
  const fromSeminars: TimeReport[] = [];
  for (const view of state.seminars.values()) {
    const seminar = view.context;
    if (!seminarStatusesWithHours.includes(view.status) || seminar.hours.length === 0) continue;
    const projectId = projectOf(state, seminar.themeId);
    if (inDataset.has(seminar.id)) {
      alreadyReported.push({ seminarId: seminar.id, projectId });
      continue;
    }
    added.push({ seminarId: seminar.id, projectId });
    fromSeminars.push(...timeReportsFromSeminar(seminar, projectId));
  }
  return { reports: [...state.dataset.timeReports, ...fromSeminars], added, alreadyReported };
}

export function esfReportQuery(state: RuntimeState, params: EsfReportQueryParams = {}): EsfReportQueryResult {
  const all = allTimeReports(state);
  const inProject = (projectId: string) => params.projectId === undefined || projectId === params.projectId;
  const report = esfReport({
    reports: all.reports.filter((r) => inProject(r.projectId)),
    unitCosts: state.dataset.unitCosts,
    ...(params.period === undefined ? {} : { period: params.period }),
    ...(params.yearlyCapHours === undefined ? {} : { yearlyCapHours: params.yearlyCapHours }),
  });
  const personNames: Record<string, string> = {};
  for (const line of report.lines) {
    const id = line.report.personId;
    personNames[id] ??= personName(state, id) ?? id;
  }
  return {
    ...report,
    seminarIds: all.added.filter((s) => inProject(s.projectId)).map((s) => s.seminarId),
    seminarIdsAlreadyReported: all.alreadyReported.filter((s) => inProject(s.projectId)).map((s) => s.seminarId),
    personNames,
  };
}
