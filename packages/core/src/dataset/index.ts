export { Dataset, DatasetFields, PlannedMeeting, type DatasetInput } from './dataset.schema.js';
export { referenceIssues, type ReferenceIssue } from './dataset.rules.js';
