/**
 * Vakanser — the seats of the staffing plans that lack holders (VAKANT in the documents), with
 * the role and organisation by name and the plan they belong to: a mandate's plan as it
 * stands now (a staffing change applied as a minor version counts at once) or a group's own.
 * For one group, the plans are those that give people roles in it (`staffingPlansForGroup`).
 */
import { currentMandate, staffingPlansForGroup } from '../runtime/membership.js';
import type { RuntimeState } from '../runtime/state.js';
import type { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { vacancies } from '../staffing/staffing.rules.js';
import { findRole, mandateIds, organisationName } from './lookup.js';
import { roleDisplayName } from '../role/role.schema.js';
import type { LocalizedText } from '../shared/localized.js';

export interface VacanciesParams {
  /** Only the plans that staff this group; every plan when omitted. */
  groupId?: string;
}

export interface VacancyRow {
  /** The plan the seat is in. */
  source: { kind: 'mandate' | 'group'; id: string; name: string | undefined };
  roleId: string;
  /** The role as the mandate names it (Swedish). */
  roleName: string | undefined;
  /** The role's name in both languages (`roleDisplayName`). */
  roleNames: LocalizedText | undefined;
  organisationId: string | undefined;
  organisationName: string | undefined;
  /** How many more people the seat needs. */
  missing: number;
  /** How many hold it now. */
  holders: number;
  min: number;
  max: number;
  note: string | undefined;
}

interface PlanSource {
  source: VacancyRow['source'];
  plan: StaffingPlan;
}

function planSources(state: RuntimeState): PlanSource[] {
  const sources: PlanSource[] = [];
  for (const id of mandateIds(state)) {
    const mandate = currentMandate(state, id);
    if (mandate) sources.push({ source: { kind: 'mandate', id, name: mandate.title }, plan: mandate.staffingPlan });
  }
  for (const group of state.dataset.groups) {
    if (group.staffingPlan) sources.push({ source: { kind: 'group', id: group.id, name: group.name }, plan: group.staffingPlan });
  }
  return sources;
}

export function vacanciesQuery(state: RuntimeState, params: VacanciesParams = {}): VacancyRow[] {
  // The group's plans are the very objects the sources hold, so identity picks them out.
  const forGroup = params.groupId === undefined ? undefined : new Set(staffingPlansForGroup(state, params.groupId));
  const rows: VacancyRow[] = [];
  for (const { source, plan } of planSources(state)) {
    if (forGroup !== undefined && !forGroup.has(plan)) continue;
    // The rule per seat, so each vacancy keeps its seat's details.
    for (const entry of plan.entries) {
      for (const vacancy of vacancies({ entries: [entry] })) {
        const role = findRole(state, vacancy.roleId);
        rows.push({
          source,
          roleId: vacancy.roleId,
          roleName: role?.name,
          roleNames: role ? { sv: roleDisplayName(role, 'sv'), en: roleDisplayName(role, 'en') } : undefined,
          organisationId: vacancy.organisationId,
          organisationName: vacancy.organisationId === undefined ? undefined : organisationName(state, vacancy.organisationId),
          missing: vacancy.missing,
          holders: entry.personIds.length,
          min: entry.min,
          max: entry.max,
          note: entry.note,
        });
      }
    }
  }
  return rows;
}
