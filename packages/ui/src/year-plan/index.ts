export { YearPlan, type YearPlanMeetingEntry, type YearPlanProposedDate, type YearPlanProps } from './year-plan.js';
