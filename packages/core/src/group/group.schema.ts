import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { Id, Instant, Label, Text } from '../shared/primitives.schema.js';
import { listLimits } from '../shared/limits.js';
import { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { Extensions } from '../shared/extensions.schema.js';
import { kindLabel, ownKindOf, type Vocabulary } from '../shared/vocabulary.schema.js';
import { MeetingRules } from '../meeting/meeting-series.schema.js';

/** The kinds of group samverkan runs through. */
export const GroupKind = z.enum([
  'network',
  'steeringGroup',
  'subCountyGroup',
  'workingGroup',
  'workingCommittee',
  'referenceGroup',
  'seminarGroup',
]);
export type GroupKind = z.infer<typeof GroupKind>;

export const groupKindLabels: Record<GroupKind, LocalizedText> = {
  network: { sv: 'Nätverk', en: 'Network' },
  steeringGroup: { sv: 'Styrgrupp', en: 'Steering group' },
  subCountyGroup: { sv: 'Länsdelsgrupp', en: 'Sub-county group' },
  workingGroup: { sv: 'Arbetsgrupp', en: 'Working group' },
  workingCommittee: { sv: 'Arbetsutskott', en: 'Working committee' },
  referenceGroup: { sv: 'Referensgrupp', en: 'Reference group' },
  seminarGroup: { sv: 'Seminariegrupp', en: 'Seminar group' },
};

/** A group's kind: one the seeds name, or the region's own (`vgr:programomrade`, declared in the dataset's vocabulary). */
export const GroupKindValue = z.union([GroupKind, ownKindOf(GroupKind.options)]);
export type GroupKindValue = z.infer<typeof GroupKindValue>;

/** The name of a group kind, the region's own included. */
export function groupKindLabel(kind: string, vocabulary?: Partial<Vocabulary>): LocalizedText {
  return kindLabel(groupKindLabels, vocabulary, 'group', kind);
}

/**
 * Grupp — a network, steering group, sub-county group and so on. Its members are the
 * staffing plan of its mandate (`mandateId`) or, for groups without one, its own plan.
 */
export const Group = z.strictObject({
  id: Id,
  kind: GroupKindValue,
  name: Label,
  description: Text.optional(),
  /** The organisation that hosts the group, e.g. Fyrbodals kommunalförbund. */
  hostOrganisationId: Id,
  /** The group this one reports to or is part of; for a group set up by command, the group that set it up. */
  parentGroupId: Id.optional(),
  /** The mandate that governs the group; its staffing plan names the members. */
  mandateId: Id.optional(),
  /** Members of a group that has no mandate of its own (a seminar group, a steering group). */
  staffingPlan: StaffingPlan.optional(),
  /**
   * Mötesregler — the group's own rules for meetings held without a series (*vid behov*): lead
   * time, minutes deadline, place. Without them such meetings follow `defaultMeetingRules`.
   */
  meetingRules: MeetingRules.optional(),
  /**
   * Bereder åt — the groups this one prepares matters for (an arbetsutskott for its styrgrupp):
   * its members may propose items to those groups' meetings, and do nothing else there.
   */
  preparesForGroupIds: z.array(Id).max(listLimits.document).optional(),
  /** When the group was closed (avvecklad); a closed group seats no one and meets no more. */
  closedAt: Instant.optional(),
  /** Why it was closed. */
  closedReason: Text.optional(),
  /** Tillägg — the region's own data, namespaced (`vgr:kostnadsstalle`); core keeps it and never reads it. */
  extensions: Extensions.optional(),
});
export type Group = z.infer<typeof Group>;
