export { StaffingPlan, type StaffingPlanProps } from './staffing-plan.js';
