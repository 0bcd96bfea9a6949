import * as z from 'zod';
import { authorities, authorityLabels } from './authority.labels.js';

/**
 * Befogenheter — what a role may decide or do. These are the permissions: every command in
 * the runtime names the one authority it needs, and a person holds it only through a role.
 * The list and the labels live in `authority.labels.ts` (no zod), for views.
 */
export const Authority = z.enum(authorities);
export type Authority = z.infer<typeof Authority>;

export { authorityLabels };

/**
 * The authorities that govern who holds authority: approving, extending and ending a mandate,
 * appointing members, setting up groups, administering the network. A change that would give one of these to
 * someone is never a direct change: it needs a holder of the authority to approve it.
 */
export const governingAuthorities: ReadonlySet<Authority> = new Set<Authority>([
  'approveMandate',
  'extendMandate',
  'endMandate',
  'appointMembers',
  'administerNetwork',
  'erasePersonalData',
  'setUpGroups',
]);

/**
 * What the commissioner (uppdragsgivare) of a mandate may decide through that relation alone,
 * including the decisions on matters escalated to it from the minutes (seed 004: "rapportera och
 * eskalera behov av beslut till uppdragsgivare").
 */
export const commissionerAuthorities: readonly Authority[] = ['approveMandate', 'extendMandate', 'endMandate', 'appointMembers', 'decideEscalations'];
