/**
 * Nätverksträff — the development leaders meet in network groups before every new theme
 * ("inför varje nytt dialogseminarietema") and continuously, to exchange experience and get
 * support in their assignment.
 */
import * as z from 'zod';
import { Id, Instant, Label, Text } from '../shared/primitives.schema.js';
import { listLimits } from '../shared/limits.js';

export const NetworkMeeting = z.strictObject({
  id: Id,
  /** The theme the meeting prepares, when it prepares one. */
  themeId: Id.optional(),
  /** The network group of development leaders. */
  groupId: Id,
  heldAt: Instant,
  place: Label.optional(),
  attendeeIds: z.array(Id).max(listLimits.people).default([]),
  notes: Text.optional(),
});
export type NetworkMeeting = z.infer<typeof NetworkMeeting>;
export type NetworkMeetingData = z.input<typeof NetworkMeeting>;
