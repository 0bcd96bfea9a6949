/**
 * The events of a dialogue seminar — what a development leader does. Each carries `by` and
 * `at`; a runtime maps its commands 1:1 to these and parses them with these schemas.
 */
import * as z from 'zod';
import { MAX_HOURS_PER_DAY } from '../esf/esf-limits.js';
import { EventMeta, Instant, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { FeedbackRecipient, SeminarHours, SeminarParticipants } from './dialogue-seminar.schema.js';

/** Replace the invited seminar group (before the seminar is held). */
export const SetParticipants = EventMeta.extend({
  type: z.literal('setParticipants'),
  participants: SeminarParticipants,
});

/** Move the seminar to another time (before it is held). */
export const RescheduleSeminar = EventMeta.extend({
  type: z.literal('rescheduleSeminar'),
  plannedAt: Instant,
});

/** Cancel the seminar (before it is held); a reason is required. */
export const CancelSeminar = EventMeta.extend({
  type: z.literal('cancelSeminar'),
  reason: Text,
});

/** The seminar took place; who came. */
export const HoldSeminar = EventMeta.extend({
  type: z.literal('holdSeminar'),
  attendance: SeminarParticipants.min(1),
});

/** Report hours per person and the attendance "enligt gällande rutiner". */
export const ReportSeminar = EventMeta.extend({
  type: z.literal('reportSeminar'),
  hours: z
    .array(SeminarHours)
    .min(1)
    .refine(
      (rows) => {
        const perPerson = new Map<string, number>();
        for (const r of rows) perPerson.set(r.personId, (perPerson.get(r.personId) ?? 0) + Math.round(r.hours * 100));
        return [...perPerson.values()].every((c) => c <= MAX_HOURS_PER_DAY * 100);
      },
      localizedError(
        `en persons timmar får tillsammans vara högst ${MAX_HOURS_PER_DAY} samma dag`,
        `a person's hours may add up to at most ${MAX_HOURS_PER_DAY} on one day`,
      ),
    ),
  attendance: SeminarParticipants.min(1),
});

/** Summarise the needs and wishes that came up. */
export const SummariseNeeds = EventMeta.extend({
  type: z.literal('summariseNeeds'),
  text: Text,
});

/** Feed the needs back to the process supervisor or management. */
export const ReportFeedback = EventMeta.extend({
  type: z.literal('reportFeedback'),
  to: FeedbackRecipient,
  text: Text,
});

export const DialogueSeminarEvent = z.discriminatedUnion('type', [
  SetParticipants,
  RescheduleSeminar,
  CancelSeminar,
  HoldSeminar,
  ReportSeminar,
  SummariseNeeds,
  ReportFeedback,
]);
export type DialogueSeminarEvent = z.infer<typeof DialogueSeminarEvent>;
export type DialogueSeminarEventType = DialogueSeminarEvent['type'];
