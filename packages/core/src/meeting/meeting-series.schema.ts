import * as z from 'zod';
import { Id, Label, WebAddress } from '../shared/primitives.schema.js';
import { RoleKindValue } from '../role/role.schema.js';

/**
 * Mötesfrekvens — how often a group meets, e.g. 6 times a year about 2 months apart. Without
 * `meetingsPerYear` the series meets as needed (*vid behov*): its rules (lead time, minutes
 * deadline, place) still apply to each meeting, but no year plan is made for it.
 */
export const Cadence = z.strictObject({
  /** Meetings a year; omitted for a series that meets as needed (vid behov). */
  meetingsPerYear: z.int().min(1).max(52).optional(),
  /** The usual gap between meetings in weeks, e.g. 8 for "ca 2 månaders mellanrum". */
  intervalWeeks: z.number().positive().max(52).optional(),
  /** Months without meetings, 1–12; the July break by default in year plans. */
  breakMonths: z.array(z.int().min(1).max(12)).max(12).default([7]),
});
export type Cadence = z.infer<typeof Cadence>;

/** Whether a cadence is "as needed" (vid behov): no fixed number of meetings a year. */
export function meetsAsNeeded(cadence: Pick<Cadence, 'meetingsPerYear'>): boolean {
  return cadence.meetingsPerYear === undefined;
}

/**
 * Mötesregler — what applies to every meeting of a group that meets without a series (*vid
 * behov*): when the agenda is due, when the minutes are due, where and how long. The same
 * fields as a series' rules, without a cadence.
 */
export const MeetingRules = z.strictObject({
  /** The agenda is due this many days before the meeting. */
  agendaLeadTimeDays: z.int().min(0).max(90),
  /** Minutes are due for publication this many days after the meeting. */
  minutesDueDays: z.int().min(0).max(90).default(14),
  place: Label.optional(),
  onlineLink: WebAddress.optional(),
  /** Usual start time and length, local time. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('09:00'),
  durationMinutes: z.int().min(15).max(600).default(120),
});
export type MeetingRules = z.infer<typeof MeetingRules>;
export type MeetingRulesInput = z.input<typeof MeetingRules>;

/**
 * The lead times a meeting gets when neither a series nor its group says anything: the agenda
 * a week before, the minutes within two weeks. Why these: a week's notice is what
 * kommunallagen asks of a council's notice (5 kap. 53 §) and what boards and networks in a
 * region follow by habit; two weeks is the law's limit for approving (justera) the minutes of
 * a municipal body (5 kap. 69 §). A process leader who meets "vid behov" expects no less.
 */
export const defaultMeetingRules = { agendaLeadTimeDays: 7, minutesDueDays: 14 } as const;

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
  responsibleRole: RoleKindValue,
  /** Usual start time and length, local time. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('09:00'),
  durationMinutes: z.int().min(15).max(600).default(180),
});
export type MeetingSeries = z.infer<typeof MeetingSeries>;
export type MeetingSeriesInput = z.input<typeof MeetingSeries>;
