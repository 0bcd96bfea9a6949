export { MeetingWorkspace } from './meeting-workspace-eager.js';
export type { MeetingWorkspaceAction, MeetingWorkspaceProps } from './meeting-workspace.js';
export { useExpectedAttendance } from './use-expected-attendance.js';
