export { StaffingEntry, StaffingPlan, type StaffingPlanInput } from './staffing-plan.schema.js';
export { entriesOf, fillSeat, leaveSeat, vacancies, type SeatChangeResult, type SeatKey, type Seated, type Vacancy } from './staffing.rules.js';
