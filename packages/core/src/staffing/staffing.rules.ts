import type { StaffingEntry, StaffingPlan } from './staffing-plan.schema.js';

/** A seat that lacks holders. */
export interface Vacancy {
  roleId: string;
  organisationId: string | undefined;
  /** How many more people the seat needs to reach its minimum. */
  missing: number;
}

/** The vacancies of a staffing plan: every entry with fewer holders than it needs. */
export function vacancies(plan: StaffingPlan): Vacancy[] {
  return plan.entries
    .filter((e) => e.personIds.length < e.min)
    .map((e) => ({ roleId: e.roleId, organisationId: e.organisationId, missing: e.min - e.personIds.length }));
}

/** The entries a person holds (a person may hold several roles). */
export function entriesOf(plan: StaffingPlan, personId: string): StaffingEntry[] {
  return plan.entries.filter((e) => e.personIds.includes(personId));
}
