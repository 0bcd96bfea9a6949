export { MeetingWorkspace, type MeetingWorkspaceAction, type MeetingWorkspaceProps } from './meeting-workspace.js';
export { useExpectedAttendance } from './use-expected-attendance.js';
