/**
 * Seminarieprogram — the themes of a programme (eHälsalyftet's three), each with its dialogue
 * seminars and where each seminar stands in its reporting: not held yet, held but hours and
 * attendance not reported ("enligt gällande rutiner"), reported, or cancelled — and whether
 * the needs have been summarised and fed back.
 */
import { dialogueSeminarStatusLabels, type DialogueSeminarStatus } from '../seminar/dialogue-seminar.schema.js';
import { isSeminarSettled } from '../seminar/seminar.rules.js';
import { themeStatusLabels, type ThemeStatus } from '../seminar/theme.schema.js';
import type { RuntimeState, SeminarView, ThemeView } from '../runtime/state.js';
import type { LocalizedText } from '../shared/localized.js';
import type { Period } from '../shared/primitives.schema.js';
import { byInstant, groupName, organisationName, personName } from './lookup.js';

/** Where a seminar stands in its reporting. */
export type SeminarReportingStatus = 'notHeld' | 'awaitingReport' | 'reported' | 'cancelled';

export const seminarReportingStatusLabels: Record<SeminarReportingStatus, LocalizedText> = {
  notHeld: { sv: 'Inte genomfört', en: 'Not held yet' },
  awaitingReport: { sv: 'Väntar på rapportering', en: 'Awaiting report' },
  reported: { sv: 'Rapporterat', en: 'Reported' },
  cancelled: { sv: 'Inställt', en: 'Cancelled' },
};

const reportingOf: Record<DialogueSeminarStatus, SeminarReportingStatus> = {
  planned: 'notHeld',
  held: 'awaitingReport',
  reported: 'reported',
  needsSummarised: 'reported',
  fedBack: 'reported',
  cancelled: 'cancelled',
};

export interface ProgrammeOverviewParams {
  /** Only the themes of this programme; every theme when omitted. */
  programmeId?: string;
}

export interface ProgrammeSeminar {
  seminarId: string;
  title: string | undefined;
  organisationId: string | undefined;
  organisationName: string | undefined;
  leaderId: string | undefined;
  leaderName: string | undefined;
  plannedAt: string | undefined;
  heldAt: string | undefined;
  status: DialogueSeminarStatus;
  statusLabel: LocalizedText;
  reporting: SeminarReportingStatus;
  reportingLabel: LocalizedText;
  needsSummarised: boolean;
  fedBack: boolean;
  /** Fed back or cancelled: nothing more is owed for it. */
  settled: boolean;
  participantCount: number;
  attendanceCount: number;
  /** Sum of the reported hours. */
  hours: number;
  /** True when the runtime has only the theme's record of the seminar, not the seminar itself. */
  knownOnlyFromTheme: boolean;
}

export interface ProgrammeTheme {
  themeId: string;
  title: string;
  programmeId: string | undefined;
  status: ThemeStatus;
  statusLabel: LocalizedText;
  direction: string | undefined;
  period: Period | undefined;
  steeringGroupId: string;
  steeringGroupName: string | undefined;
  decidedAt: string | undefined;
  networkMeetingCount: number;
  evaluated: boolean;
  seminars: ProgrammeSeminar[];
  counts: Record<SeminarReportingStatus, number> & { total: number; fedBack: number };
}

export interface ProgrammeOverview {
  programmeId: string | undefined;
  themes: ProgrammeTheme[];
}

function seminarRow(state: RuntimeState, view: SeminarView): ProgrammeSeminar {
  const s = view.context;
  return {
    seminarId: s.id,
    title: s.title,
    organisationId: s.organisationId,
    organisationName: organisationName(state, s.organisationId),
    leaderId: s.leaderId,
    leaderName: personName(state, s.leaderId),
    plannedAt: s.plannedAt,
    heldAt: s.heldAt,
    status: view.status,
    statusLabel: dialogueSeminarStatusLabels[view.status],
    reporting: reportingOf[view.status],
    reportingLabel: seminarReportingStatusLabels[reportingOf[view.status]],
    needsSummarised: s.needsSummarisedAt !== undefined,
    fedBack: s.feedback !== undefined,
    settled: isSeminarSettled(view.status),
    participantCount: s.participants.length,
    attendanceCount: s.attendance.length,
    hours: s.hours.reduce((sum, row) => sum + Math.round(row.hours * 100), 0) / 100,
    knownOnlyFromTheme: false,
  };
}

function themeOnlyRow(seminarId: string, status: DialogueSeminarStatus): ProgrammeSeminar {
  return {
    seminarId,
    title: undefined,
    organisationId: undefined,
    organisationName: undefined,
    leaderId: undefined,
    leaderName: undefined,
    plannedAt: undefined,
    heldAt: undefined,
    status,
    statusLabel: dialogueSeminarStatusLabels[status],
    reporting: reportingOf[status],
    reportingLabel: seminarReportingStatusLabels[reportingOf[status]],
    needsSummarised: status === 'needsSummarised' || status === 'fedBack',
    fedBack: status === 'fedBack',
    settled: isSeminarSettled(status),
    participantCount: 0,
    attendanceCount: 0,
    hours: 0,
    knownOnlyFromTheme: true,
  };
}

function themeRow(state: RuntimeState, view: ThemeView, seminarsByTheme: Map<string, SeminarView[]>): ProgrammeTheme {
  const t = view.context;
  const own = (seminarsByTheme.get(t.id) ?? []).sort(byInstant((s: SeminarView) => s.context.plannedAt));
  const known = new Set(own.map((s) => s.id));
  const seminars = [
    ...own.map((s) => seminarRow(state, s)),
    ...t.seminars.filter((s) => !known.has(s.seminarId)).map((s) => themeOnlyRow(s.seminarId, s.status)),
  ];
  const counts = { total: seminars.length, notHeld: 0, awaitingReport: 0, reported: 0, cancelled: 0, fedBack: 0 };
  for (const s of seminars) {
    counts[s.reporting] += 1;
    if (s.fedBack) counts.fedBack += 1;
  }
  return {
    themeId: t.id,
    title: t.title,
    programmeId: t.programmeId,
    status: view.status,
    statusLabel: themeStatusLabels[view.status],
    direction: t.direction,
    period: t.period,
    steeringGroupId: t.steeringGroupId,
    steeringGroupName: groupName(state, t.steeringGroupId),
    decidedAt: t.decidedAt,
    networkMeetingCount: t.networkMeetings.length,
    evaluated: t.evaluation !== undefined,
    seminars,
    counts,
  };
}

export function programmeOverview(state: RuntimeState, params: ProgrammeOverviewParams = {}): ProgrammeOverview {
  const seminarsByTheme = new Map<string, SeminarView[]>();
  for (const view of state.seminars.values()) {
    const list = seminarsByTheme.get(view.context.themeId) ?? [];
    list.push(view);
    seminarsByTheme.set(view.context.themeId, list);
  }
  const themes = [...state.themes.values()]
    .filter((t) => params.programmeId === undefined || t.context.programmeId === params.programmeId)
    .sort((a, b) => {
      const x = a.context.period?.start ?? '9999-12-31';
      const y = b.context.period?.start ?? '9999-12-31';
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .map((view) => themeRow(state, view, seminarsByTheme));
  return { programmeId: params.programmeId, themes };
}
