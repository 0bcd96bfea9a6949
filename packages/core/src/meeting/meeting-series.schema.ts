import * as z from 'zod';
import { Id, Label, WebAddress } from '../shared/primitives.schema.js';
import { RoleKind } from '../role/role.schema.js';

/** Mötesfrekvens — how often a group meets, e.g. 6 times a year about 2 months apart. */
export const Cadence = z.strictObject({
  meetingsPerYear: z.int().min(1).max(52),
  /** The usual gap between meetings in weeks, e.g. 8 for "ca 2 månaders mellanrum". */
  intervalWeeks: z.number().positive().max(52).optional(),
  /** Months without meetings, 1–12; the July break by default in year plans. */
  breakMonths: z.array(z.int().min(1).max(12)).max(12).default([7]),
});
export type Cadence = z.infer<typeof Cadence>;

/**
 * Mötesserie — the meeting rules of a mandate ("Mötesfrekvens och agenda"): what meets, how
 * often, when the agenda must be out, where and how, and whose responsibility it is.
 */
export const MeetingSeries = z.strictObject({
  id: Id,
  /** Vad — e.g. "Möte för nätverk". */
  name: Label,
  groupId: Id,
  cadence: Cadence,
  /** När agenda kommer — the agenda is due this many days before the meeting, e.g. 14. */
  agendaLeadTimeDays: z.int().min(0).max(90),
  /** Minutes are due for publication this many days after the meeting. */
  minutesDueDays: z.int().min(0).max(90).default(14),
  /** Hur — the room. */
  place: Label.optional(),
  /** Hur — the online link (Skype, Teams, …). */
  onlineLink: WebAddress.optional(),
  /** Vems ansvar — the role responsible for convening. */
  responsibleRole: RoleKind,
  /** Usual start time and length, local time. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('09:00'),
  durationMinutes: z.int().min(15).max(600).default(180),
});
export type MeetingSeries = z.infer<typeof MeetingSeries>;
export type MeetingSeriesInput = z.input<typeof MeetingSeries>;
