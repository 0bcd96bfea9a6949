/**
 * Dialogseminarium — a staff-led seminar of about ten people from several professions, led by
 * a development leader (utvecklingsledare) in their own unit, once per theme. The leader
 * plans it, holds it, reports hours and attendance "enligt gällande rutiner", summarises the
 * needs that came up and feeds them back to the process supervisor or management.
 */
import * as z from 'zod';
import { MAX_HOURS_PER_DAY } from '../esf/esf-limits.js';
import { ProfessionalCategory } from '../person/professional-category.js';
import type { LocalizedText } from '../shared/localized.js';
import { EventMeta, Id, Instant, Label, MachineMessage, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';

/** The lifecycle states of a dialogue seminar (the state names of its machine). */
export const DialogueSeminarStatus = z.enum(['planned', 'held', 'reported', 'needsSummarised', 'fedBack', 'cancelled']);
export type DialogueSeminarStatus = z.infer<typeof DialogueSeminarStatus>;

export const dialogueSeminarStatusLabels: Record<DialogueSeminarStatus, LocalizedText> = {
  planned: { sv: 'Planerat', en: 'Planned' },
  held: { sv: 'Genomfört', en: 'Held' },
  reported: { sv: 'Tid och närvaro rapporterade', en: 'Hours and attendance reported' },
  needsSummarised: { sv: 'Behov sammanfattade', en: 'Needs summarised' },
  fedBack: { sv: 'Återkopplat', en: 'Fed back' },
  cancelled: { sv: 'Inställt', en: 'Cancelled' },
};

/**
 * A person in the seminar group with their professional category. The category is copied in
 * (not looked up) because ESF reimburses per category and the report must show the category
 * the person had on the day.
 */
export const SeminarParticipant = z.strictObject({
  personId: Id,
  professionalCategory: ProfessionalCategory,
});
export type SeminarParticipant = z.infer<typeof SeminarParticipant>;

function hasDistinctPeople(list: readonly { personId: string }[]): boolean {
  return new Set(list.map((p) => p.personId)).size === list.length;
}

const distinctPeople = localizedError('samma person får bara finnas med en gång', 'the same person may appear only once');

/** A list of participants where each person appears once. */
export const SeminarParticipants = z.array(SeminarParticipant).max(listLimits.people).refine(hasDistinctPeople, distinctPeople);

/** Whether an hour figure has at most two decimals (hundredths of an hour — ESF reports use them). */
function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** Hours for one person at a seminar: more than 0 and at most 13 (one day). */
export const SeminarHours = z.strictObject({
  personId: Id,
  hours: z
    .number()
    .positive()
    .max(MAX_HOURS_PER_DAY)
    .refine(hasAtMostTwoDecimals, localizedError('får ha högst två decimaler', 'may have at most two decimals')),
  professionalCategory: ProfessionalCategory,
});
export type SeminarHours = z.infer<typeof SeminarHours>;

/** Who the needs are fed back to: the nearest process supervisor or the unit's management. */
export const FeedbackRecipient = z.enum(['processSupervisor', 'management']);
export type FeedbackRecipient = z.infer<typeof FeedbackRecipient>;

export const feedbackRecipientLabels: Record<FeedbackRecipient, LocalizedText> = {
  processSupervisor: { sv: 'Processhandledare', en: 'Process supervisor' },
  management: { sv: 'Verksamhetens ledning', en: 'Management' },
};

/** Återkoppling — what was fed back, to whom, by whom and when. */
export const SeminarFeedback = EventMeta.extend({
  to: FeedbackRecipient,
  text: Text,
});
export type SeminarFeedback = z.infer<typeof SeminarFeedback>;

/** Deviations from the aim of about ten people from more than one profession. */
export const SeminarWarningCode = z.enum(['groupTooSmall', 'groupTooLarge', 'singleProfessionalCategory']);
export type SeminarWarningCode = z.infer<typeof SeminarWarningCode>;

/**
 * A warning, never a refusal: the seminar goes ahead. `basis` says whether it is about the
 * planned group (`participants`) or the people who actually came (`attendance`).
 */
export const SeminarWarning = z.strictObject({
  code: SeminarWarningCode,
  basis: z.enum(['participants', 'attendance']),
  message: MachineMessage,
});
export type SeminarWarning = z.infer<typeof SeminarWarning>;

/** Why a seminar was cancelled, by whom and when. */
export const SeminarCancellation = EventMeta.extend({ reason: Text });
export type SeminarCancellation = z.infer<typeof SeminarCancellation>;

/** The fields a seminar is planned with — the input of its machine. */
export const DialogueSeminarInput = z.strictObject({
  id: Id,
  /** The theme (tema) the seminar belongs to. */
  themeId: Id,
  /** The unit (verksamhet/enhet) whose staff take part. */
  organisationId: Id,
  /** The development leader (utvecklingsledare) who leads it. */
  leaderId: Id,
  title: Label.optional(),
  place: Label.optional(),
  plannedAt: Instant,
  /** The invited seminar group. */
  participants: SeminarParticipants.default([]),
});
export type DialogueSeminarInput = z.infer<typeof DialogueSeminarInput>;
export type DialogueSeminarInputData = z.input<typeof DialogueSeminarInput>;

/** The dialogue seminar as a document: what was planned, who came, the hours, needs and feedback. */
export const DialogueSeminar = DialogueSeminarInput.extend({
  /** Närvaro — who came, with their category. Replaced by the reported attendance. */
  attendance: SeminarParticipants.default([]),
  /** Arbetade timmar per person, as reported for ESF. */
  hours: z.array(SeminarHours).max(listLimits.people).default([]),
  /** Sammanfattade behov och önskemål. */
  needsSummary: Text.optional(),
  feedback: SeminarFeedback.optional(),
  /** Deviations from the aim for the current group (planned group until held, then attendance). */
  warnings: z.array(SeminarWarning).max(listLimits.history).default([]),
  heldAt: Instant.optional(),
  reportedAt: Instant.optional(),
  needsSummarisedAt: Instant.optional(),
  cancellation: SeminarCancellation.optional(),
});
export type DialogueSeminar = z.infer<typeof DialogueSeminar>;
export type DialogueSeminarData = z.input<typeof DialogueSeminar>;
