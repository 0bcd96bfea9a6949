/**
 * A meeting's words without zod or the machine: the lifecycle states (mötets steg), the kinds
 * of agenda item, attendance statuses and modes (närvaro), escalation targets — each as a plain
 * `as const` list, its type and its Swedish and English labels. Why a file of its own: a
 * component that shows a meeting's status needs the list and the labels, and importing them
 * from the schema module brought classic zod (≈ 90 kB minified) into its bundle. The schemas in
 * `meeting.schema.ts` and `meeting-records.schema.ts` are built from these lists, so each value
 * is written once.
 */
import type { LocalizedText } from '../shared/localized.js';

// ---------------------------------------------------------------------------------------------
// Meeting

/** Where a meeting is in its lifecycle, in lifecycle order — the states of `meetingMachine`. */
export const meetingStatuses = [
  'planned',
  'collectingItems',
  'agendaPublished',
  'invited',
  'held',
  'minutesDrafted',
  'minutesApproved',
  'published',
  'cancelled',
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingStatusLabels: Record<MeetingStatus, LocalizedText> = {
  planned: { sv: 'Planerat', en: 'Planned' },
  collectingItems: { sv: 'Tar emot punkter', en: 'Collecting agenda items' },
  agendaPublished: { sv: 'Agenda publicerad', en: 'Agenda published' },
  invited: { sv: 'Kallelse skickad', en: 'Invitations sent' },
  held: { sv: 'Genomfört', en: 'Held' },
  minutesDrafted: { sv: 'Minnesanteckningar utkast', en: 'Minutes drafted' },
  minutesApproved: { sv: 'Minnesanteckningar justerade', en: 'Minutes approved' },
  published: { sv: 'Publicerat', en: 'Published' },
  cancelled: { sv: 'Inställt', en: 'Cancelled' },
};

// ---------------------------------------------------------------------------------------------
// Agenda

/** Typ av punkt — whether an item informs, is discussed or asks for a decision. */
export const agendaItemKinds = ['information', 'discussion', 'decision'] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

export const agendaItemKindLabels: Record<AgendaItemKind, LocalizedText> = {
  information: { sv: 'Information', en: 'Information' },
  discussion: { sv: 'Diskussion', en: 'Discussion' },
  decision: { sv: 'Beslut', en: 'Decision' },
};

// ---------------------------------------------------------------------------------------------
// Minutes

/** Who an escalation can go to. Seed 004: "rapportera och eskalera behov av beslut till uppdragsgivare". */
export const escalationTargets = ['commissioner'] as const;
export type EscalationTarget = (typeof escalationTargets)[number];

export const escalationTargetLabels: Record<EscalationTarget, LocalizedText> = {
  commissioner: { sv: 'Uppdragsgivare', en: 'Commissioner' },
};

// ---------------------------------------------------------------------------------------------
// Attendance

/** Närvarostatus. A substitute (ersättare) attends in someone else's place. */
export const attendanceStatuses = ['present', 'absent', 'excused', 'substitute'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const attendanceStatusLabels: Record<AttendanceStatus, LocalizedText> = {
  present: { sv: 'Närvarande', en: 'Present' },
  absent: { sv: 'Frånvarande', en: 'Absent' },
  excused: { sv: 'Anmält förhinder', en: 'Excused' },
  substitute: { sv: 'Ersättare', en: 'Substitute' },
};

/** Statuses in which someone is in the room (or on the link). */
export const attendingStatuses: readonly AttendanceStatus[] = ['present', 'substitute'];

/** Deltagande på plats eller på distans ("konferensrum och skypelänk"). */
export const attendanceModes = ['onSite', 'remote'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

export const attendanceModeLabels: Record<AttendanceMode, LocalizedText> = {
  onSite: { sv: 'På plats', en: 'On site' },
  remote: { sv: 'På distans', en: 'Remote' },
};
