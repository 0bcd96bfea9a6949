import * as z from 'zod';
import { Id, Label } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';

/**
 * One row of a bemanningsplan: a role, for an organisation where the role is per
 * organisation (a municipality's representatives), filled by 0..max people. Fewer than `min`
 * holders is a vacancy (VAKANT in the documents).
 */
export const StaffingEntry = z
  .strictObject({
    roleId: Id,
    /** The organisation the seat speaks for; omitted for roles that are not per organisation. */
    organisationId: Id.optional(),
    /**
     * The group the seat belongs to, where a mandate governs several groups (a steering group and
     * its working group): the seat makes its holders members of that group only. Omitted: of every
     * group the plan's mandate governs (and of the group whose own plan this is).
     */
    groupId: Id.optional(),
    personIds: z.array(Id).max(listLimits.people).default([]),
    /** How many holders the seat needs; below this it is vacant. */
    min: z.int().min(0).max(listLimits.people).default(1),
    /** How many holders the seat allows, e.g. "en till två representanter". */
    max: z.int().min(1).max(listLimits.people).default(1),
    /** Free text as in the document, e.g. "E-hälsosamordnare, Fyrbodals kommunalförbund". */
    note: Label.optional(),
  })
  .refine((e) => e.min <= e.max, {
    ...localizedError('min får inte vara större än max', 'min must not be greater than max'),
    path: ['min'],
  })
  .refine((e) => e.personIds.length <= e.max, {
    ...localizedError('fler innehavare än platsen tillåter', 'more holders than the seat allows'),
    path: ['personIds'],
  });
export type StaffingEntry = z.infer<typeof StaffingEntry>;

/** Bemanningsplan — who fills which role, per organisation, vacancies included. */
export const StaffingPlan = z.strictObject({
  entries: z.array(StaffingEntry).max(listLimits.people),
});
export type StaffingPlan = z.infer<typeof StaffingPlan>;
export type StaffingPlanInput = z.input<typeof StaffingPlan>;
