/**
 * What people do to a communication plan while it runs (seed 001): each activity of the activity
 * plan is done or cancelled, the plan is revised (after every finished theme, "uppdateras efter
 * varje avslutat tema"), and its follow-up says whether the goals — what the target groups
 * should know, feel and do — were met.
 */
import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { DocumentVersion, EventMeta, Id, Text } from '../shared/primitives.schema.js';
import { listLimits } from '../shared/limits.js';
import { CommunicationActivity } from './communication-plan.schema.js';

/** Genomförd — the activity took place. */
export const CompleteActivityEvent = EventMeta.extend({ type: z.literal('completeActivity'), activityId: Id, note: Text.optional() });

/** Inställd — the activity will not take place, and why. */
export const CancelActivityEvent = EventMeta.extend({ type: z.literal('cancelActivity'), activityId: Id, reason: Text });

/**
 * Revidera — a new version of the plan: its activity plan as it now reads (activities already
 * done or cancelled keep that), the version number and why; after a theme, the theme's id.
 */
export const ReviseEvent = EventMeta.extend({
  type: z.literal('revise'),
  version: DocumentVersion,
  reason: Text,
  themeId: Id.optional(),
  activities: z.array(CommunicationActivity).max(listLimits.records),
});

/** How far one of the know/feel/do goals was met. */
export const GoalAttainment = z.enum(['met', 'partlyMet', 'notMet']);
export type GoalAttainment = z.infer<typeof GoalAttainment>;

export const goalAttainmentLabels: Record<GoalAttainment, LocalizedText> = {
  met: { sv: 'Uppfyllt', en: 'Met' },
  partlyMet: { sv: 'Delvis uppfyllt', en: 'Partly met' },
  notMet: { sv: 'Ej uppfyllt', en: 'Not met' },
};

/** Uppföljning — whether the target groups know, feel and do what the plan aimed at. */
export const FollowUpEvent = EventMeta.extend({
  type: z.literal('followUp'),
  know: GoalAttainment,
  feel: GoalAttainment,
  do: GoalAttainment,
  comment: Text.optional(),
  themeId: Id.optional(),
});

export const CommunicationPlanEvent = z.discriminatedUnion('type', [CompleteActivityEvent, CancelActivityEvent, ReviseEvent, FollowUpEvent]);
export type CommunicationPlanEvent = z.infer<typeof CommunicationPlanEvent>;
