/**
 * Möte — one meeting of a series: its agenda (dagordning), attendance (deltagarlista) and
 * minutes (minnesanteckningar), plus the lifecycle facts the machine records on the way
 * (when the agenda went out and whether it was late, when the meeting was held, who approved
 * the minutes, why it was cancelled or moved). Seed 004 asks that minutes "tydligt visa vad
 * som informerats, diskuterats och beslutats" and that decisions beyond the network's
 * authority are escalated to the commissioner; the schemas below carry exactly that.
 */
import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { Id, Instant, IsoDate, Label, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';

type Issue = { path: PropertyKey[]; sv: string; en: string };

/** Adds issues written in both languages (the shape `parseWith` reads). */
function report(ctx: z.RefinementCtx, issues: readonly Issue[]): void {
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.en, params: { sv: issue.sv, en: issue.en } });
  }
}

/** Indices of values that occur earlier in the list too. */
function duplicateIndices(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) dup.push(i);
    seen.add(v);
  });
  return dup;
}

// ---------------------------------------------------------------------------------------------
// Agenda

/** Typ av punkt — whether an item informs, is discussed or asks for a decision. */
export const AgendaItemKind = z.enum(['information', 'discussion', 'decision']);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

export const agendaItemKindLabels: Record<AgendaItemKind, LocalizedText> = {
  information: { sv: 'Information', en: 'Information' },
  discussion: { sv: 'Diskussion', en: 'Discussion' },
  decision: { sv: 'Beslut', en: 'Decision' },
};

/**
 * Punkt på dagordningen. Representatives propose items ("inkomma med önskemål gällande
 * punkter på agenda"); who proposed and when is kept, since the agenda is shared work.
 */
export const AgendaItem = z.object({
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
  position: z.int().min(0),
  proposedAt: Instant,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** Dagordning — item ids and positions are unique. */
export const Agenda = z.array(AgendaItem).superRefine((items, ctx) => {
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
  .object({
    itemId: Id,
    /** Vad som informerats. */
    informed: Text.optional(),
    /** Vad som diskuterats. */
    discussed: Text.optional(),
    /** Vad som beslutats. */
    decided: Text.optional(),
  })
  .refine((m) => m.informed !== undefined || m.discussed !== undefined || m.decided !== undefined, {
    ...localizedError(
      'ange vad som informerats, diskuterats eller beslutats',
      'state what was informed, discussed or decided',
    ),
    path: ['informed'],
  });
export type ItemMinutes = z.infer<typeof ItemMinutes>;

/** Beslut — a decision the group took under an agenda item. */
export const Decision = z.object({ id: Id, itemId: Id, text: Text });
export type Decision = z.infer<typeof Decision>;

/** Åtgärd — something a named person does by a date. */
export const ActionItem = z.object({
  id: Id,
  text: Text,
  ownerId: Id,
  due: IsoDate,
  itemId: Id.optional(),
});
export type ActionItem = z.infer<typeof ActionItem>;

/** Who an escalation goes to. Seed 004: "rapportera och eskalera behov av beslut till uppdragsgivare". */
export const EscalationTarget = z.enum(['commissioner']);
export type EscalationTarget = z.infer<typeof EscalationTarget>;

export const escalationTargetLabels: Record<EscalationTarget, LocalizedText> = {
  commissioner: { sv: 'Uppdragsgivare', en: 'Commissioner' },
};

/** Eskalering — a decision beyond the group's authority, sent up to the commissioner. */
export const Escalation = z.object({
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
  .object({
    items: z.array(ItemMinutes).default([]),
    decisions: z.array(Decision).default([]),
    actions: z.array(ActionItem).default([]),
    escalations: z.array(Escalation).default([]),
  })
  .superRefine((m, ctx) => {
    const dup = (list: string, ids: string[], field: string) =>
      duplicateIndices(ids).map((i) => ({
        path: [list, i, field],
        sv: 'förekommer mer än en gång',
        en: 'occurs more than once',
      }));
    report(ctx, [
      ...dup('items', m.items.map((i) => i.itemId), 'itemId'),
      ...dup('decisions', m.decisions.map((d) => d.id), 'id'),
      ...dup('actions', m.actions.map((a) => a.id), 'id'),
      ...dup('escalations', m.escalations.map((e) => e.id), 'id'),
    ]);
  });
export type Minutes = z.infer<typeof Minutes>;
export type MinutesInput = z.input<typeof Minutes>;

/**
 * The agenda item ids the minutes refer to that are not on the agenda, with their paths
 * (relative to the minutes). Minutes describe this meeting's agenda and nothing else.
 */
export function unknownItemReferences(
  minutes: Minutes,
  agenda: readonly Pick<AgendaItem, 'id'>[],
): Array<{ path: (string | number)[]; itemId: string }> {
  const known = new Set(agenda.map((i) => i.id));
  const refs: Array<{ path: (string | number)[]; itemId: string | undefined }> = [
    ...minutes.items.map((m, i) => ({ path: ['items', i, 'itemId'], itemId: m.itemId })),
    ...minutes.decisions.map((d, i) => ({ path: ['decisions', i, 'itemId'], itemId: d.itemId })),
    ...minutes.actions.map((a, i) => ({ path: ['actions', i, 'itemId'], itemId: a.itemId })),
    ...minutes.escalations.map((e, i) => ({ path: ['escalations', i, 'itemId'], itemId: e.itemId })),
  ];
  return refs.filter((r): r is { path: (string | number)[]; itemId: string } => r.itemId !== undefined && !known.has(r.itemId));
}

// ---------------------------------------------------------------------------------------------
// Attendance

/** Närvarostatus. A substitute (ersättare) attends in someone else's place. */
export const AttendanceStatus = z.enum(['present', 'absent', 'excused', 'substitute']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const attendanceStatusLabels: Record<AttendanceStatus, LocalizedText> = {
  present: { sv: 'Närvarande', en: 'Present' },
  absent: { sv: 'Frånvarande', en: 'Absent' },
  excused: { sv: 'Anmält förhinder', en: 'Excused' },
  substitute: { sv: 'Ersättare', en: 'Substitute' },
};

/** Deltagande på plats eller på distans ("konferensrum och skypelänk"). */
export const AttendanceMode = z.enum(['onSite', 'remote']);
export type AttendanceMode = z.infer<typeof AttendanceMode>;

export const attendanceModeLabels: Record<AttendanceMode, LocalizedText> = {
  onSite: { sv: 'På plats', en: 'On site' },
  remote: { sv: 'På distans', en: 'Remote' },
};

/** Statuses in which someone is in the room (or on the link). */
export const attendingStatuses: readonly AttendanceStatus[] = ['present', 'substitute'];

/** One line of the deltagarlista: a person, the organisation they speak for, and how they took part. */
export const AttendanceRecord = z
  .object({
    personId: Id,
    /** The organisation represented — for a substitute, the organisation of the one replaced. */
    organisationId: Id,
    status: AttendanceStatus,
    /** The person a substitute stands in for; required exactly when `status` is `substitute`. */
    substituteFor: Id.optional(),
    /** On site or remote; only for people who attended. */
    mode: AttendanceMode.optional(),
  })
  .superRefine((r, ctx) => {
    const issues: Issue[] = [];
    if (r.status === 'substitute' && r.substituteFor === undefined) {
      issues.push({
        path: ['substituteFor'],
        sv: 'en ersättare måste ange vem hen ersätter',
        en: 'a substitute must name the person they replace',
      });
    }
    if (r.status !== 'substitute' && r.substituteFor !== undefined) {
      issues.push({
        path: ['substituteFor'],
        sv: 'anges bara för ersättare',
        en: 'is only given for substitutes',
      });
    }
    if (r.substituteFor !== undefined && r.substituteFor === r.personId) {
      issues.push({
        path: ['substituteFor'],
        sv: 'en person kan inte ersätta sig själv',
        en: 'a person cannot substitute for themselves',
      });
    }
    if (r.mode !== undefined && !attendingStatuses.includes(r.status)) {
      issues.push({
        path: ['mode'],
        sv: 'anges bara för den som deltog',
        en: 'is only given for people who attended',
      });
    }
    report(ctx, issues);
  });
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

/** Deltagarlista — one record per person; nobody is both replaced and present. */
export const Attendance = z.array(AttendanceRecord).superRefine((records, ctx) => {
  report(
    ctx,
    duplicateIndices(records.map((r) => r.personId)).map((i) => ({
      path: [i, 'personId'],
      sv: 'personen finns redan i deltagarlistan',
      en: 'the person is already on the attendance list',
    })),
  );
  const attending = new Set(records.filter((r) => attendingStatuses.includes(r.status)).map((r) => r.personId));
  records.forEach((r, i) => {
    if (r.substituteFor !== undefined && attending.has(r.substituteFor)) {
      report(ctx, [
        {
          path: [i, 'substituteFor'],
          sv: 'den som ersätts är själv närvarande',
          en: 'the person replaced is present themselves',
        },
      ]);
    }
  });
});
export type Attendance = z.infer<typeof Attendance>;

// ---------------------------------------------------------------------------------------------
// Meeting

/** Where a meeting is in its lifecycle — the states of `meetingMachine`. */
export const MeetingStatus = z.enum([
  'planned',
  'collectingItems',
  'agendaPublished',
  'invited',
  'held',
  'minutesDrafted',
  'minutesApproved',
  'published',
  'cancelled',
]);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

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

export const MeetingWarning = z.object({
  code: MeetingWarningCode,
  message: z.object({ sv: z.string(), en: z.string() }),
  at: Instant,
});
export type MeetingWarning = z.infer<typeof MeetingWarning>;

/** Flyttat möte — one move of a meeting, kept as history. */
export const Reschedule = z.object({
  from: Instant,
  to: Instant,
  reason: Text,
  by: Id,
  at: Instant,
});
export type Reschedule = z.infer<typeof Reschedule>;

/** The fields of a meeting; `Meeting` adds the checks that tie them together. */
export const MeetingFields = z.object({
  id: Id,
  seriesId: Id,
  groupId: Id,
  title: Label,
  startsAt: Instant,
  durationMinutes: z.int().min(15).max(600),
  place: Label.optional(),
  onlineLink: z.url({ protocol: /^https?$/ }).optional(),
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
  /** When the minutes were published as a public record. */
  publishedAt: Instant.optional(),
  cancelledAt: Instant.optional(),
  cancelledReason: Text.optional(),
  reschedules: z.array(Reschedule).default([]),
  warnings: z.array(MeetingWarning).default([]),
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
export const MeetingMachineInput = z.object({
  meeting: MeetingFields.pick({
    id: true,
    seriesId: true,
    groupId: true,
    title: true,
    startsAt: true,
    durationMinutes: true,
    place: true,
    onlineLink: true,
  }),
  /** The series (or just its lead times); a whole `MeetingSeries` fits. */
  series: z.object({
    agendaLeadTimeDays: z.int().min(0).max(90),
    minutesDueDays: z.int().min(0).max(90),
  }),
});
export type MeetingMachineInput = z.infer<typeof MeetingMachineInput>;
