/**
 * What people do to a mandate. Every event names who acts (`by`) and when (`at`). Where the
 * domain rule depends on which body decides ("the commissioner approves"), the event names
 * the body it is sent on behalf of (`asCommissioner`) and the machine checks it against the
 * mandate's commissioner; whether the person may speak for that body is the runtime's
 * authority check, not the machine's.
 */
import * as z from 'zod';
import { EventMeta, Id, IsoDate, Label, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { EscalationOutcome, GoalStatus, ReviewBody, ReviewOutcome, sectionSchemas, type AmendableSection } from './mandate.schema.js';
import { listLimits } from '../shared/limits.js';

/** Skicka på granskning — send the draft to the named bodies for review. */
export const SubmitForReviewEvent = EventMeta.extend({
  type: z.literal('submitForReview'),
  reviewers: z
    .array(ReviewBody)
    .min(1)
    .max(listLimits.document)
    .refine((list) => new Set(list.map((b) => b.id)).size === list.length, {
      ...localizedError('samma granskare är namngiven två gånger', 'the same reviewer is named twice'),
    }),
});

/** Granska — one named body's verdict on the draft. */
export const ReviewEvent = EventMeta.extend({
  type: z.literal('review'),
  /** The reviewing body's id, one of the round's reviewers. */
  body: Id,
  outcome: ReviewOutcome,
  comment: Text.optional(),
});

/** Fastställa — the commissioner approves the endorsed draft as the next integer version. */
export const ApproveEvent = EventMeta.extend({
  type: z.literal('approve'),
  /** The body on whose behalf the approval is given; must be the commissioner. */
  asCommissioner: Id,
  reason: Text.optional(),
});

function amendVariant<S extends AmendableSection, C extends z.ZodType>(section: S, change: C) {
  return EventMeta.extend({
    type: z.literal('amend'),
    section: z.literal(section),
    /** The section's whole new content. */
    change,
    /** Förändringsorsak. */
    reason: Text.optional(),
    /**
     * Set by the runtime, never by a person: the change gives or takes a seat whose role holds
     * an authority the sender does not hold, so even a staffing change waits for the commissioner.
     */
    needsApproval: z.literal(true).optional(),
  });
}

/**
 * Ändra — change one section. In a draft it applies at once; while active, staffing-plan and
 * meeting changes apply as a minor version and every other change waits for the commissioner.
 */
export const AmendEvent = z.discriminatedUnion('section', [
  amendVariant('title', sectionSchemas.title),
  amendVariant('diaryNumber', sectionSchemas.diaryNumber),
  amendVariant('unit', sectionSchemas.unit),
  amendVariant('summary', sectionSchemas.summary),
  amendVariant('background', sectionSchemas.background),
  amendVariant('purpose', sectionSchemas.purpose),
  amendVariant('values', sectionSchemas.values),
  amendVariant('method', sectionSchemas.method),
  amendVariant('scope', sectionSchemas.scope),
  amendVariant('tasks', sectionSchemas.tasks),
  amendVariant('competenceRequirements', sectionSchemas.competenceRequirements),
  amendVariant('commissioner', sectionSchemas.commissioner),
  amendVariant('financiers', sectionSchemas.financiers),
  amendVariant('period', sectionSchemas.period),
  amendVariant('organisation', sectionSchemas.organisation),
  amendVariant('staffingPlan', sectionSchemas.staffingPlan),
  amendVariant('roles', sectionSchemas.roles),
  amendVariant('meetings', sectionSchemas.meetings),
  amendVariant('deliverables', sectionSchemas.deliverables),
  amendVariant('goals', sectionSchemas.goals),
  amendVariant('followUp', sectionSchemas.followUp),
  amendVariant('compensation', sectionSchemas.compensation),
  amendVariant('classificationRule', sectionSchemas.classificationRule),
  amendVariant('complianceRule', sectionSchemas.complianceRule),
  amendVariant('parentMandateId', sectionSchemas.parentMandateId),
]);
export type AmendEvent = z.infer<typeof AmendEvent>;

/** Fastställa ändring — the commissioner approves the pending amendment (next integer version). */
export const ApproveAmendmentEvent = EventMeta.extend({
  type: z.literal('approveAmendment'),
  asCommissioner: Id,
  reason: Text.optional(),
});

/** Avslå ändring — the commissioner rejects the pending amendment; the document stays as it is. */
export const RejectAmendmentEvent = EventMeta.extend({
  type: z.literal('rejectAmendment'),
  asCommissioner: Id,
  reason: Text,
});

/** Förlänga — the commissioner extends the period under the mandate's extension clause. */
export const ExtendEvent = EventMeta.extend({
  type: z.literal('extend'),
  asCommissioner: Id,
  to: IsoDate,
  reason: Text,
});

/** Lämna slutrapport — the final report is submitted; the assignment is concluding. */
export const ConcludeEvent = EventMeta.extend({
  type: z.literal('conclude'),
  /** The final report as a deliverable or document, where it is modelled. */
  finalReportId: Id.optional(),
  summary: Text.optional(),
});

/** Avsluta — the commissioner closes the assignment after the final report. */
export const CloseEvent = EventMeta.extend({
  type: z.literal('close'),
  asCommissioner: Id,
});

/** Avbryta — the commissioner ends the assignment early, from any state but closed. */
export const EndEvent = EventMeta.extend({
  type: z.literal('end'),
  asCommissioner: Id,
  reason: Text,
});

/**
 * Besluta i eskalerat ärende — the commissioner's decision on a matter a group escalated from its
 * minutes, linked back to them (the meeting and the escalation's id).
 */
export const DecideEscalationEvent = EventMeta.extend({
  type: z.literal('decideEscalation'),
  asCommissioner: Id,
  /** The meeting whose minutes raised the matter. */
  meetingId: Id,
  /** The escalation in those minutes. */
  escalationId: Id,
  outcome: EscalationOutcome,
  /** The decision as the commissioner worded it. */
  decision: Text,
  /** Where it is recorded: a minutes paragraph or a diary number. */
  reference: Label.optional(),
});

/** Följa upp mål — how a goal stands at a check-in, with what supports it. */
export const FollowUpGoalEvent = EventMeta.extend({
  type: z.literal('followUpGoal'),
  goalId: Id,
  status: GoalStatus,
  comment: Text.optional(),
});

/** Every event of the mandate lifecycle. */
export const MandateEvent = z.discriminatedUnion('type', [
  SubmitForReviewEvent,
  ReviewEvent,
  ApproveEvent,
  AmendEvent,
  ApproveAmendmentEvent,
  RejectAmendmentEvent,
  ExtendEvent,
  ConcludeEvent,
  CloseEvent,
  EndEvent,
  DecideEscalationEvent,
  FollowUpGoalEvent,
]);
export type MandateEvent = z.infer<typeof MandateEvent>;
export type MandateEventType = MandateEvent['type'];
