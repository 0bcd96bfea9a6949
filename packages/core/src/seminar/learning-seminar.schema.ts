/**
 * Lärandeseminarium — a seminar within the programme for the development leaders themselves
 * ("Delta vid lärandeseminarium inom eHälsalyftet"); also one of the internal communication
 * channels of the communication plan.
 */
import * as z from 'zod';
import { Id, Instant, Label, Text } from '../shared/primitives.schema.js';
import { listLimits } from '../shared/limits.js';

export const LearningSeminar = z.strictObject({
  id: Id,
  programmeId: Id.optional(),
  title: Label,
  heldAt: Instant,
  place: Label.optional(),
  attendeeIds: z.array(Id).max(listLimits.people).default([]),
  notes: Text.optional(),
});
export type LearningSeminar = z.infer<typeof LearningSeminar>;
export type LearningSeminarData = z.input<typeof LearningSeminar>;
