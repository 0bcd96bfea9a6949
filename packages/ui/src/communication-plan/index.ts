export { CommunicationPlan, type CommunicationPlanProps } from './communication-plan.js';
