import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { DocumentVersion, Id, IsoDate, Label, Period, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';

/** How far an activity of the action plan has come. */
export const ActionPlanActivityStatus = z.enum(['notStarted', 'ongoing', 'done', 'postponed', 'cancelled']);
export type ActionPlanActivityStatus = z.infer<typeof ActionPlanActivityStatus>;

export const actionPlanActivityStatusLabels: Record<ActionPlanActivityStatus, LocalizedText> = {
  notStarted: { sv: 'Ej påbörjad', en: 'Not started' },
  ongoing: { sv: 'Pågår', en: 'Ongoing' },
  done: { sv: 'Klar', en: 'Done' },
  postponed: { sv: 'Uppskjuten', en: 'Postponed' },
  cancelled: { sv: 'Avbruten', en: 'Cancelled' },
};

/** An activity under a collaboration area. */
export const ActionPlanActivity = z.strictObject({
  id: Id,
  text: Text,
  /** Ansvarig — a role, person or organisation as the plan writes it. */
  responsible: Label,
  due: IsoDate.optional(),
  status: ActionPlanActivityStatus.default('notStarted'),
});
export type ActionPlanActivity = z.infer<typeof ActionPlanActivity>;

/** Samverkansområde, e.g. "Barn och unga", "Psykisk hälsa", "Äldre med samsjuklighet". */
export const CollaborationArea = z.strictObject({
  id: Id,
  name: Label,
  description: Text.optional(),
  activities: z.array(ActionPlanActivity).max(listLimits.records).default([]),
});
export type CollaborationArea = z.infer<typeof CollaborationArea>;

/** Uppföljning — a dated note of how the plan is going. */
export const ActionPlanFollowUp = z.strictObject({ date: IsoDate, text: Text, by: Id.optional() });
export type ActionPlanFollowUp = z.infer<typeof ActionPlanFollowUp>;

/** Revidering — a new version of the plan and why. */
export const ActionPlanRevision = z.strictObject({ date: IsoDate, version: DocumentVersion, reason: Text });
export type ActionPlanRevision = z.infer<typeof ActionPlanRevision>;

/**
 * Handlingsplan — a sub-county group's (länsdelsgrupp, seed 002) plan: collaboration areas
 * with activities, follow-ups and revisions. The collaboration leader drives it and
 * coordinates its revision and follow-up.
 */
export const ActionPlan = z
  .strictObject({
    id: Id,
    title: Label,
    /** The länsdelsgrupp whose plan it is. */
    subCountyGroupId: Id,
    period: Period.optional(),
    areas: z.array(CollaborationArea).min(1).max(listLimits.document),
    followUps: z.array(ActionPlanFollowUp).max(listLimits.history).default([]),
    /** Oldest first; the last is the current version. */
    revisions: z.array(ActionPlanRevision).max(listLimits.history).default([]),
  })
  .superRefine((plan, ctx) => {
    const areaIds = new Set<string>();
    const activityIds = new Set<string>();
    plan.areas.forEach((area, a) => {
      if (areaIds.has(area.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas', a, 'id'],
          ...localizedError('två samverkansområden har samma id', 'two collaboration areas have the same id'),
        });
      }
      areaIds.add(area.id);
      area.activities.forEach((activity, i) => {
        if (activityIds.has(activity.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['areas', a, 'activities', i, 'id'],
            ...localizedError('två aktiviteter har samma id', 'two activities have the same id'),
          });
        }
        activityIds.add(activity.id);
      });
    });
    plan.revisions.forEach((r, i) => {
      const previous = plan.revisions[i - 1];
      if (previous !== undefined && r.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['revisions', i, 'date'],
          ...localizedError('revideringarna ska stå i datumordning, äldst först', 'revisions must be in date order, oldest first'),
        });
      }
    });
  });
export type ActionPlan = z.infer<typeof ActionPlan>;
export type ActionPlanInput = z.input<typeof ActionPlan>;
