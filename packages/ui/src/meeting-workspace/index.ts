export { MeetingWorkspace, type MeetingWorkspaceAction, type MeetingWorkspaceProps } from './meeting-workspace.js';
export { preloadMeetingWorkspace } from './lazy-parts.js';
export { useExpectedAttendance } from './use-expected-attendance.js';
