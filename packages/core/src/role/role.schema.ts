import * as z from 'zod';
import { Id, Label, Text } from '../shared/primitives.schema.js';
import { Authority, commissionerAuthorities } from './authority.js';
import { listLimits } from '../shared/limits.js';
import { ownKindOf } from '../shared/vocabulary.schema.js';
import { roleDisplayName, roleKindLabel, roleKindLabels, roleKinds } from './role.labels.js';

/** The kinds of role the seeds name (see GLOSSARY.md); the list and labels are in `role.labels.ts`. */
export const RoleKind = z.enum(roleKinds);
export type RoleKind = z.infer<typeof RoleKind>;

export { roleDisplayName, roleKindLabel, roleKindLabels };

/** A role's kind: one the seeds name, or the region's own (declared in the dataset's vocabulary). */
export const RoleKindValue = z.union([RoleKind, ownKindOf(RoleKind.options)]);
export type RoleKindValue = z.infer<typeof RoleKindValue>;

/** Roll — purpose, ansvar (what it must do), befogenheter (what it may decide) and kompetenskrav. */
export const Role = z.strictObject({
  id: Id,
  kind: RoleKindValue,
  /** The role's name as the mandate writes it, e.g. "Kommunrepresentant". */
  name: Label,
  /**
   * The role's name in English, e.g. "Municipal representative", for readers of the English
   * interface; without it they read the English name of the role's kind (`roleKindLabels`).
   */
  englishName: Label.optional(),
  purpose: Text.optional(),
  responsibilities: z.array(Text).max(listLimits.document).default([]),
  authorities: z.array(Authority).max(listLimits.document).default([]),
  competenceRequirements: z.array(Text).max(listLimits.document).default([]),
});
export type Role = z.infer<typeof Role>;
export type RoleInput = z.input<typeof Role>;

/**
 * The role a person acts in when the mandate names them (a person, not a body) as its
 * commissioner: the relation itself gives the commissioner's authorities, no staffing seat is
 * needed. Known to every runtime, so the audit trail can name it.
 */
export const personalCommissionerRole: Role = {
  id: 'samverkan:uppdragsgivare',
  kind: 'commissioner',
  name: 'Uppdragsgivare',
  englishName: 'Commissioner',
  purpose: 'Den person som uppdraget namnger som uppdragsgivare.',
  responsibilities: [],
  authorities: [...commissionerAuthorities],
  competenceRequirements: [],
};

/**
 * The roles a meeting's own relations are recorded in (see `MeetingRoles`): the chair and the
 * justerare of one meeting approve its minutes, its secretary keeps them and the attendance —
 * for that meeting only, whoever holds the group's seats. Known to every runtime.
 */
export const meetingChairRole: Role = {
  id: 'samverkan:motesordforande',
  kind: 'chair',
  name: 'Mötesordförande',
  englishName: 'Meeting chair',
  purpose: 'Leder ett möte och justerar dess minnesanteckningar.',
  responsibilities: [],
  authorities: ['approveMinutes'],
  competenceRequirements: [],
};

export const minutesApproverRole: Role = {
  id: 'samverkan:justerare',
  kind: 'participant',
  name: 'Justerare',
  englishName: 'Minutes approver',
  purpose: 'Justerar ett mötes minnesanteckningar tillsammans med ordföranden.',
  responsibilities: [],
  authorities: ['approveMinutes'],
  competenceRequirements: [],
};

export const meetingSecretaryRole: Role = {
  id: 'samverkan:motessekreterare',
  kind: 'administrator',
  name: 'Sekreterare',
  englishName: 'Secretary',
  purpose: 'För ett mötes deltagarlista och minnesanteckningar.',
  responsibilities: [],
  authorities: ['keepMinutes', 'recordAttendance'],
  competenceRequirements: [],
};

/** Every role core knows of itself: the personal commissioner's and the meeting's own. */
export const builtInRoles: readonly Role[] = [personalCommissionerRole, meetingChairRole, minutesApproverRole, meetingSecretaryRole];
