export { Dataset, DatasetFields, PlannedMeeting, type DatasetInput } from './dataset.schema.js';
export { referenceIssues, type ReferenceIssue } from './dataset.rules.js';
export {
  AddPersonChange,
  ChangeGroupMeetingRulesChange,
  ChangeGroupStaffingChange,
  CloseGroupChange,
  FillGroupSeatChange,
  LeaveGroupSeatChange,
  NetworkChange,
  networkChangeTypes,
  networkEventChanges,
  NewGroup,
  SetUpGroupChange,
  type NetworkChangeType,
} from './network-change.schema.js';
export { applyNetworkChange, type DirectoryLike, type NetworkChangeResult } from './network-change.rules.js';
