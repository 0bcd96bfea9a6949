/**
 * Utskrifter — what each printed document contains, decided here so every print view (the
 * kit's `print/` components, a server rendering a PDF) shows the same thing: the notice with its
 * agenda (kallelse), the minutes with their approval (justering) and, once published, the
 * record's fingerprint, the attendance list (deltagarlista), the mandate as a document with its
 * version history, and the ESF report. Names are resolved from the personal-data part (an
 * erased person shows as "Borttagen person" via `personDisplayName`); times stay ISO instants
 * for the view to format in the reader's language.
 */
import type { Mandate } from '../mandate/mandate.schema.js';
import { attendanceStatuses } from '../meeting/meeting-records.schema.js';
import type { AgendaItemKind, AttendanceMode, AttendanceStatus, EscalationTarget } from '../meeting/meeting.schema.js';
import { organisationName, personName } from '../queries/lookup.js';
import { esfReportQuery, type EsfReportQueryParams, type EsfReportQueryResult } from '../queries/esf-report.js';
import { mandateVersionHistory, type MandateVersionHistory } from '../queries/mandate-version-history.js';
import { currentMandate } from '../runtime/membership.js';
import type { MeetingView, RuntimeState } from '../runtime/state.js';
import type { Period } from '../shared/primitives.schema.js';
import type { Locale } from '../shared/localized.js';

/** What every printed meeting document opens with. */
export interface PrintedMeeting {
  /** The network (the dataset's name), printed in the header. */
  network: string;
  meetingId: string;
  title: string;
  groupName: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  place?: string;
  onlineLink?: string;
  cancelled: boolean;
  cancelledReason?: string;
}

export interface NoticeItem {
  /** Its number on the agenda, from 1. */
  number: number;
  title: string;
  kind: AgendaItemKind;
  /** When the item starts (ISO instant): the meeting's start plus the items before it. */
  startsAt: string;
  durationMinutes: number;
  /** Who presents it: the named presenter, else the proposer. */
  presenter: string;
  presenterIsProposer: boolean;
  /** Background, Markdown. */
  description?: string;
}

/** Kallelse med dagordning. */
export interface NoticeDocument extends PrintedMeeting {
  /** Published to the members; before that the print says it is a draft. */
  agendaPublished: boolean;
  agendaPublishedAt?: string;
  agendaLate: boolean;
  lateReason?: string;
  items: NoticeItem[];
  totalMinutes: number;
}

export interface MinutesItem {
  number: number;
  title: string;
  kind: AgendaItemKind;
  informed?: string;
  discussed?: string;
  decided?: string;
  /** The decisions recorded under this item. */
  decisions: string[];
}

/** Minnesanteckningar, with the approval (justering) and the fingerprint once published. */
export interface MinutesDocument extends PrintedMeeting {
  heldAt?: string;
  /** Draft until approved; published minutes are a public record. */
  state: 'draft' | 'approved' | 'published';
  approvedBy?: string;
  approvedAt?: string;
  publishedAt?: string;
  /** SHA-256 of the published record (`recordFingerprint`), to check a printed copy against the log. */
  fingerprint?: string;
  /** Närvarande — who attended, and for which organisation. */
  present: Array<{ name: string; organisation: string }>;
  items: MinutesItem[];
  actions: Array<{ text: string; owner: string; due: string }>;
  escalations: Array<{ to: EscalationTarget; text: string; reason: string; item?: string }>;
}

export interface AttendanceLine {
  name: string;
  organisation: string;
  status: AttendanceStatus;
  mode?: AttendanceMode;
  /** Whom a substitute stood in for. */
  substituteFor?: string;
}

/** Deltagarlista — the attendance list a mandate names as a deliverable. */
export interface AttendanceListDocument extends PrintedMeeting {
  heldAt?: string;
  /** Sorted by organisation, then name. */
  lines: AttendanceLine[];
  /** How many of each status. */
  counts: Record<AttendanceStatus, number>;
  /** Organisations with someone present. */
  organisationsPresent: number;
}

/** Uppdragsbeskrivning as a document: the mandate in force with its version history. */
export interface MandatePrintDocument {
  network: string;
  mandate: Mandate;
  history: MandateVersionHistory | undefined;
  /** The latest approved version, a public record, with its fingerprint. */
  latestApproved?: { version: string; approvedAt: string; fingerprint: string };
}

/** ESF-rapport for the funder. */
export interface EsfReportPrintDocument {
  network: string;
  projectId?: string;
  period?: Period;
  report: EsfReportQueryResult;
}

const byPosition = <T extends { position: number }>(items: readonly T[]) => [...items].sort((a, b) => a.position - b.position);

function printedMeeting(state: RuntimeState, view: MeetingView, locale: Locale): PrintedMeeting {
  const m = view.context;
  return {
    network: state.dataset.name[locale],
    meetingId: m.id,
    title: m.title,
    groupName: state.dataset.groups.find((g) => g.id === m.groupId)?.name ?? m.groupId,
    startsAt: m.startsAt,
    endsAt: new Date(Date.parse(m.startsAt) + m.durationMinutes * 60_000).toISOString(),
    durationMinutes: m.durationMinutes,
    ...(m.place ? { place: m.place } : {}),
    ...(m.onlineLink ? { onlineLink: m.onlineLink } : {}),
    cancelled: view.status === 'cancelled',
    ...(m.cancelledReason ? { cancelledReason: m.cancelledReason } : {}),
  };
}

const nameOf = (state: RuntimeState, personId: string, locale: Locale) => personName(state, personId, locale) ?? personId;

/** The notice with its agenda (kallelse), as of now. */
export function noticeDocument(state: RuntimeState, meetingId: string, locale: Locale = 'sv'): NoticeDocument | undefined {
  const view = state.meetings.get(meetingId);
  if (!view) return undefined;
  const m = view.context;
  let offset = 0;
  const items = byPosition(m.agenda).map((item, i): NoticeItem => {
    const startsAt = new Date(Date.parse(m.startsAt) + offset * 60_000).toISOString();
    offset += item.durationMinutes;
    return {
      number: i + 1,
      title: item.title,
      kind: item.kind,
      startsAt,
      durationMinutes: item.durationMinutes,
      presenter: nameOf(state, item.presenter ?? item.proposedBy, locale),
      presenterIsProposer: item.presenter === undefined,
      ...(item.description ? { description: item.description } : {}),
    };
  });
  return {
    ...printedMeeting(state, view, locale),
    agendaPublished: m.agendaPublishedAt !== undefined,
    ...(m.agendaPublishedAt ? { agendaPublishedAt: m.agendaPublishedAt } : {}),
    agendaLate: m.agendaLate,
    ...(m.lateReason ? { lateReason: m.lateReason } : {}),
    items,
    totalMinutes: offset,
  };
}

/** The minutes, or undefined while none are drafted. */
export function minutesDocument(state: RuntimeState, meetingId: string, locale: Locale = 'sv'): MinutesDocument | undefined {
  const view = state.meetings.get(meetingId);
  const minutes = view?.context.minutes;
  if (!view || !minutes) return undefined;
  const m = view.context;
  const agenda = byPosition(m.agenda);
  const published = view.status === 'published' && m.publishedAt !== undefined;
  return {
    ...printedMeeting(state, view, locale),
    ...(m.heldAt ? { heldAt: m.heldAt } : {}),
    state: published ? 'published' : m.minutesApprovedAt !== undefined ? 'approved' : 'draft',
    ...(m.minutesApprovedBy ? { approvedBy: nameOf(state, m.minutesApprovedBy, locale) } : {}),
    ...(m.minutesApprovedAt ? { approvedAt: m.minutesApprovedAt } : {}),
    ...(published ? { publishedAt: m.publishedAt } : {}),
    ...(published && m.minutesFingerprint ? { fingerprint: m.minutesFingerprint } : {}),
    present: m.attendance
      .filter((r) => r.status === 'present')
      .map((r) => ({ name: nameOf(state, r.personId, locale), organisation: organisationName(state, r.organisationId) ?? r.organisationId })),
    items: agenda.map((item, i) => {
      const said = minutes.items.find((x) => x.itemId === item.id);
      return {
        number: i + 1,
        title: item.title,
        kind: item.kind,
        ...(said?.informed ? { informed: said.informed } : {}),
        ...(said?.discussed ? { discussed: said.discussed } : {}),
        ...(said?.decided ? { decided: said.decided } : {}),
        decisions: minutes.decisions.filter((d) => d.itemId === item.id).map((d) => d.text),
      };
    }),
    actions: minutes.actions.map((a) => ({ text: a.text, owner: nameOf(state, a.ownerId, locale), due: a.due })),
    escalations: minutes.escalations.map((e) => {
      const item = agenda.find((x) => x.id === e.itemId)?.title;
      return { to: e.to, text: e.text, reason: e.reason, ...(item ? { item } : {}) };
    }),
  };
}

/** The attendance list of a meeting. */
export function attendanceListDocument(state: RuntimeState, meetingId: string, locale: Locale = 'sv'): AttendanceListDocument | undefined {
  const view = state.meetings.get(meetingId);
  if (!view) return undefined;
  const m = view.context;
  const lines = m.attendance
    .map((r): AttendanceLine => ({
      name: nameOf(state, r.personId, locale),
      organisation: organisationName(state, r.organisationId) ?? r.organisationId,
      status: r.status,
      ...(r.mode ? { mode: r.mode } : {}),
      ...(r.substituteFor ? { substituteFor: nameOf(state, r.substituteFor, locale) } : {}),
    }))
    .sort((a, b) => a.organisation.localeCompare(b.organisation, 'sv') || a.name.localeCompare(b.name, 'sv'));
  const counts = Object.fromEntries(attendanceStatuses.map((s) => [s, 0])) as Record<AttendanceStatus, number>;
  for (const line of lines) counts[line.status] += 1;
  return {
    ...printedMeeting(state, view, locale),
    ...(m.heldAt ? { heldAt: m.heldAt } : {}),
    lines,
    counts,
    organisationsPresent: new Set(m.attendance.filter((r) => r.status === 'present').map((r) => r.organisationId)).size,
  };
}

/** The mandate in force as a document, with its version history. */
export function mandatePrintDocument(state: RuntimeState, mandateId: string, locale: Locale = 'sv'): MandatePrintDocument | undefined {
  const mandate = currentMandate(state, mandateId);
  if (!mandate) return undefined;
  const approved = state.mandates.get(mandateId)?.context.approvedVersions.at(-1);
  return {
    network: state.dataset.name[locale],
    mandate,
    history: mandateVersionHistory(state, { mandateId }),
    ...(approved ? { latestApproved: { version: approved.version, approvedAt: approved.approvedAt, fingerprint: approved.hash } } : {}),
  };
}

/** The ESF report for a project and period. */
export function esfReportPrintDocument(state: RuntimeState, params: EsfReportQueryParams = {}, locale: Locale = 'sv'): EsfReportPrintDocument {
  return {
    network: state.dataset.name[locale],
    ...(params.projectId ? { projectId: params.projectId } : {}),
    ...(params.period ? { period: params.period } : {}),
    report: esfReportQuery(state, params),
  };
}
