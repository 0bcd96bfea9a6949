/**
 * Möte — one meeting of a series: its agenda (dagordning), attendance (deltagarlista) and
 * minutes (minnesanteckningar), plus the lifecycle facts the machine records on the way
 * (when the agenda went out and whether it was late, when the meeting was held, who approved
 * the minutes, why it was cancelled or moved). Seed 004 asks that minutes "tydligt visa vad
 * som informerats, diskuterats och beslutats" and that decisions beyond the network's
 * authority are escalated to the commissioner; the schemas below carry exactly that.
 */
import * as z from 'zod';
import { Id, Instant, IsoDate, Label, MachineMessage, Text, WebAddress } from '../shared/primitives.schema.js';
import { Extensions } from '../shared/extensions.schema.js';
import { listLimits } from '../shared/limits.js';
import {
  agendaItemKinds,
  agendaItemKindLabels,
  attendanceModeLabels,
  attendanceModes,
  attendanceStatuses,
  attendanceStatusLabels,
  attendingStatuses,
  escalationTargetLabels,
  escalationTargets,
  meetingStatuses,
  meetingStatusLabels,
} from './meeting.labels.js';
import {
  attendanceRecordRules,
  attendanceRules,
  duplicateIndices,
  itemMinutesRules,
  minutesRules,
  report,
  unknownItemReferences,
  type Issue,
} from './meeting-records.schema.js';

// The rules of minutes and attendance live in `meeting-records.schema.ts` (in `zod/mini` form,
// for the machine's guards); the classic schemas below are built from the same checks. The
// lists of values and their labels live in `meeting.labels.ts`, free of zod, for views.
export { attendingStatuses, unknownItemReferences };
export { agendaItemKindLabels, attendanceModeLabels, attendanceStatusLabels, escalationTargetLabels, meetingStatusLabels };

// ---------------------------------------------------------------------------------------------
// Agenda

/** Typ av punkt — whether an item informs, is discussed or asks for a decision. */
export const AgendaItemKind = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

/**
 * Punkt på dagordningen. Representatives propose items ("inkomma med önskemål gällande
 * punkter på agenda"); who proposed and when is kept, since the agenda is shared work.
 */
export const AgendaItem = z.strictObject({
  id: Id,
  title: Label,
  /** Background for the item, Markdown text. */
  description: Text.optional(),
  kind: AgendaItemKind,
  /** The person who proposed the item. */
  proposedBy: Id,
  /** The person who presents the item at the meeting, if not the proposer. */
  presenter: Id.optional(),
  durationMinutes: z.int().min(1).max(600),
  /** Place in the agenda, 0 first. */
  position: z.int().min(0).max(listLimits.records),
  proposedAt: Instant,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** Dagordning — item ids and positions are unique. */
export const Agenda = z.array(AgendaItem).max(listLimits.records).superRefine((items, ctx) => {
  report(
    ctx,
    duplicateIndices(items.map((i) => i.id)).map((i) => ({
      path: [i, 'id'],
      sv: 'punkten finns redan på dagordningen',
      en: 'the item is already on the agenda',
    })),
  );
  report(
    ctx,
    duplicateIndices(items.map((i) => String(i.position))).map((i) => ({
      path: [i, 'position'],
      sv: 'två punkter har samma plats på dagordningen',
      en: 'two items have the same place on the agenda',
    })),
  );
});

// ---------------------------------------------------------------------------------------------
// Minutes

/** What was informed, discussed and decided under one agenda item — at least one of them. */
export const ItemMinutes = z
  .strictObject({
    itemId: Id,
    /** Vad som informerats. */
    informed: Text.optional(),
    /** Vad som diskuterats. */
    discussed: Text.optional(),
    /** Vad som beslutats. */
    decided: Text.optional(),
  })
  .check(itemMinutesRules);
export type ItemMinutes = z.infer<typeof ItemMinutes>;

/** Beslut — a decision the group took under an agenda item. */
export const Decision = z.strictObject({ id: Id, itemId: Id, text: Text });
export type Decision = z.infer<typeof Decision>;

/** Åtgärd — something a named person does by a date. */
export const ActionItem = z.strictObject({
  id: Id,
  text: Text,
  ownerId: Id,
  due: IsoDate,
  itemId: Id.optional(),
});
export type ActionItem = z.infer<typeof ActionItem>;

/** Who an escalation goes to. Seed 004: "rapportera och eskalera behov av beslut till uppdragsgivare". */
export const EscalationTarget = z.enum(escalationTargets);
export type EscalationTarget = z.infer<typeof EscalationTarget>;

/** Eskalering — a decision beyond the group's authority, sent up to the commissioner. */
export const Escalation = z.strictObject({
  id: Id,
  itemId: Id.optional(),
  /** What needs deciding. */
  text: Text,
  to: EscalationTarget,
  /** Why the group cannot decide it itself. */
  reason: Text,
});
export type Escalation = z.infer<typeof Escalation>;

/** Minnesanteckningar — per item, plus the decisions, actions and escalations they record. */
export const Minutes = z
  .strictObject({
    items: z.array(ItemMinutes).max(listLimits.records).default([]),
    decisions: z.array(Decision).max(listLimits.records).default([]),
    actions: z.array(ActionItem).max(listLimits.records).default([]),
    escalations: z.array(Escalation).max(listLimits.records).default([]),
  })
  .check(minutesRules);
export type Minutes = z.infer<typeof Minutes>;
export type MinutesInput = z.input<typeof Minutes>;

// ---------------------------------------------------------------------------------------------
// Attendance

/** Närvarostatus. A substitute (ersättare) attends in someone else's place. */
export const AttendanceStatus = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** Deltagande på plats eller på distans ("konferensrum och skypelänk"). */
export const AttendanceMode = z.enum(attendanceModes);
export type AttendanceMode = z.infer<typeof AttendanceMode>;

/** One line of the deltagarlista: a person, the organisation they speak for, and how they took part. */
export const AttendanceRecord = z
  .strictObject({
    personId: Id,
    /** The organisation represented — for a substitute, the organisation of the one replaced. */
    organisationId: Id,
    status: AttendanceStatus,
    /** The person a substitute stands in for; required exactly when `status` is `substitute`. */
    substituteFor: Id.optional(),
    /** On site or remote; only for people who attended. */
    mode: AttendanceMode.optional(),
  })
  .check(attendanceRecordRules);
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

/** Deltagarlista — one record per person; nobody is both replaced and present. */
export const Attendance = z.array(AttendanceRecord).max(listLimits.people).check(attendanceRules);
export type Attendance = z.infer<typeof Attendance>;

// ---------------------------------------------------------------------------------------------
// Meeting

/** Where a meeting is in its lifecycle — the states of `meetingMachine`. */
export const MeetingStatus = z.enum(meetingStatuses);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** A warning the machine records: something to notice, not a refusal. */
export const MeetingWarningCode = z.enum([
  /** The agenda went out after its deadline (with a reason). */
  'agendaLate',
  /** The agenda is planned longer than the meeting. */
  'agendaOverrunsMeeting',
  /** A reschedule made the published agenda late; it must be published again. */
  'agendaToRepublish',
  /** A reschedule made the sent invitations wrong; they must be sent again. */
  'invitationsToResend',
  /** A decision item has no decision and no escalation in the minutes. */
  'decisionItemWithoutOutcome',
  /** The minutes were approved without an attendance list. */
  'attendanceMissing',
  /** The minutes were published after they were due. */
  'minutesLate',
]);
export type MeetingWarningCode = z.infer<typeof MeetingWarningCode>;

export const MeetingWarning = z.strictObject({
  code: MeetingWarningCode,
  message: MachineMessage,
  at: Instant,
});
export type MeetingWarning = z.infer<typeof MeetingWarning>;

/** Flyttat möte — one move of a meeting, kept as history. */
export const Reschedule = z.strictObject({
  from: Instant,
  to: Instant,
  reason: Text,
  by: Id,
  at: Instant,
});
export type Reschedule = z.infer<typeof Reschedule>;

/** Justering — one approval of the minutes by one of the people who approve them. */
export const MinutesApproval = z.strictObject({ by: Id, at: Instant });
export type MinutesApproval = z.infer<typeof MinutesApproval>;

/**
 * Roller för mötet — who chairs, hosts, keeps the minutes and approves them at this meeting. In
 * many networks they rotate between the member organisations from meeting to meeting; what the
 * meeting names counts for this meeting only (the chair and the justerare approve its minutes,
 * the secretary keeps them), whoever holds the group's seats later.
 */
export const MeetingRoles = z.strictObject({
  /** Ordförande för mötet — a member of the group. */
  chairId: Id.optional(),
  /** Värdorganisation — the member organisation hosting the meeting. */
  hostOrganisationId: Id.optional(),
  /** Sekreterare — keeps the minutes and the attendance of this meeting. */
  secretaryId: Id.optional(),
  /** Justerare — members who approve the minutes together with the chair. */
  minutesApproverIds: z.array(Id).max(10).optional(),
});
export type MeetingRoles = z.infer<typeof MeetingRoles>;
export type MeetingRolesInput = z.input<typeof MeetingRoles>;

/** The fields of a meeting; `Meeting` adds the checks that tie them together. */
export const MeetingFields = z.strictObject({
  ...MeetingRoles.shape,
  id: Id,
  /**
   * The series the meeting belongs to; omitted for a meeting held as needed (*vid behov*),
   * which follows its group's meeting rules (`Group.meetingRules`) or core's defaults.
   */
  seriesId: Id.optional(),
  groupId: Id,
  title: Label,
  startsAt: Instant,
  durationMinutes: z.int().min(15).max(600),
  place: Label.optional(),
  onlineLink: WebAddress.optional(),
  agenda: Agenda.default([]),
  attendance: Attendance.default([]),
  minutes: Minutes.optional(),
  /** When the call for agenda items was opened. */
  callOpenedAt: Instant.optional(),
  agendaPublishedAt: Instant.optional(),
  /** The agenda went out after its deadline; never true without `lateReason`. */
  agendaLate: z.boolean().default(false),
  lateReason: Text.optional(),
  invitationsSentAt: Instant.optional(),
  heldAt: Instant.optional(),
  attendanceRecordedAt: Instant.optional(),
  minutesDraftedAt: Instant.optional(),
  minutesApprovedBy: Id.optional(),
  minutesApprovedAt: Instant.optional(),
  /** Every approval of the current draft (the chair's and each justerare's), oldest first. */
  minutesApprovals: z.array(MinutesApproval).max(20).default([]),
  /** When the minutes were published as a public record. */
  publishedAt: Instant.optional(),
  /** The SHA-256 fingerprint of the published minutes (`publishedMinutesFingerprint`), set at publication. */
  minutesFingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  cancelledAt: Instant.optional(),
  cancelledReason: Text.optional(),
  reschedules: z.array(Reschedule).max(listLimits.history).default([]),
  warnings: z.array(MeetingWarning).max(listLimits.history).default([]),
  /** Tillägg — the region's own data, namespaced (`vgr:kostnadsstalle`); core keeps it and never reads it. */
  extensions: Extensions.optional(),
});

const ms = (instant: string) => Date.parse(instant);

/** Cross-field checks shared by `Meeting` and the machine context. */
export function meetingIssues(m: z.infer<typeof MeetingFields>): Issue[] {
  const issues: Issue[] = [];
  if (m.agendaLate && m.lateReason === undefined) {
    issues.push({
      path: ['lateReason'],
      sv: 'en sen agenda måste ha en orsak',
      en: 'a late agenda needs a reason',
    });
  }
  if (m.minutes) {
    for (const ref of unknownItemReferences(m.minutes, m.agenda)) {
      issues.push({
        path: ['minutes', ...ref.path],
        sv: `punkten "${ref.itemId}" finns inte på dagordningen`,
        en: `the item "${ref.itemId}" is not on the agenda`,
      });
    }
  }
  if (m.heldAt !== undefined && ms(m.heldAt) < ms(m.startsAt)) {
    issues.push({
      path: ['heldAt'],
      sv: 'mötet kan inte ha hållits före starttiden',
      en: 'the meeting cannot have been held before its start time',
    });
  }
  if (m.minutesApprovedAt !== undefined && m.minutes === undefined) {
    issues.push({
      path: ['minutesApprovedAt'],
      sv: 'det finns inga minnesanteckningar att justera',
      en: 'there are no minutes to approve',
    });
  }
  if (m.publishedAt !== undefined && (m.heldAt === undefined || m.minutesApprovedAt === undefined)) {
    issues.push({
      path: ['publishedAt'],
      sv: 'minnesanteckningar publiceras först när mötet hållits och anteckningarna justerats',
      en: 'minutes are published only after the meeting is held and the minutes approved',
    });
  }
  if (m.cancelledAt !== undefined && m.cancelledReason === undefined) {
    issues.push({
      path: ['cancelledReason'],
      sv: 'ett inställt möte måste ha en orsak',
      en: 'a cancelled meeting needs a reason',
    });
  }
  if (m.cancelledAt !== undefined && m.heldAt !== undefined) {
    issues.push({
      path: ['cancelledAt'],
      sv: 'ett möte som hållits kan inte vara inställt',
      en: 'a meeting that was held cannot be cancelled',
    });
  }
  return issues;
}

/** Möte — a meeting with its agenda, attendance, minutes and lifecycle facts. */
export const Meeting = MeetingFields.superRefine((m, ctx) => report(ctx, meetingIssues(m)));
export type Meeting = z.infer<typeof Meeting>;
export type MeetingInput = z.input<typeof Meeting>;

/**
 * The machine's context: the meeting being built plus the series rules it was planned under
 * (a meeting keeps the lead times that applied when it was planned) and its current agenda
 * deadline (recomputed when the meeting moves).
 */
export const MeetingContext = MeetingFields.extend({
  agendaLeadTimeDays: z.int().min(0).max(90),
  minutesDueDays: z.int().min(0).max(90),
  /** Sista dag för agenda — the last Swedish calendar day the agenda is in time. */
  agendaDeadline: IsoDate,
}).superRefine((m, ctx) => report(ctx, meetingIssues(m)));
export type MeetingContext = z.infer<typeof MeetingContext>;

/** What a meeting machine starts from: the planned meeting and its series' rules. */
export const MeetingMachineInput = z.strictObject({
  meeting: MeetingFields.pick({
    id: true,
    seriesId: true,
    groupId: true,
    title: true,
    startsAt: true,
    durationMinutes: true,
    place: true,
    onlineLink: true,
    extensions: true,
    chairId: true,
    hostOrganisationId: true,
    secretaryId: true,
    minutesApproverIds: true,
  }),
  /**
   * The series' lead times. A whole `MeetingSeries` fits the machine's input type (the runtime
   * passes one); this schema, strict like every other, parses just the two fields.
   */
  series: z.strictObject({
    agendaLeadTimeDays: z.int().min(0).max(90),
    minutesDueDays: z.int().min(0).max(90),
  }),
});
export type MeetingMachineInput = z.infer<typeof MeetingMachineInput>;
