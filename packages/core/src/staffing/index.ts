export { StaffingEntry, StaffingPlan, type StaffingPlanInput } from './staffing-plan.schema.js';
export { entriesOf, vacancies, type Vacancy } from './staffing.rules.js';
