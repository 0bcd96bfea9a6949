/**
 * The parts of a meeting's workspace that not every stage shows, each fetched when the meeting
 * first shows it: the agenda as sent and the minutes as approved (with markdown-it), the
 * attendance register (react-aria's radio groups and select), the minutes editor and the
 * confirmations (react-aria's modal dialog). A meeting collecting items then loads none of them.
 * `preloadMeetingWorkspace()` fetches them all ahead, e.g. when a person points at a link to a
 * meeting.
 */
import { lazy } from 'react';

const loaders = {
  agendaView: () => import('../agenda-view/agenda-view.js'),
  minutesView: () => import('../minutes-view/minutes-view.js'),
  attendanceRegister: () => import('../attendance-register/attendance-register.js'),
  minutesEditor: () => import('../minutes-editor/minutes-editor.js'),
  dialogs: () => import('./meeting-dialogs.js'),
};

export const LazyAgendaView = lazy(() => loaders.agendaView().then((m) => ({ default: m.AgendaView })));
export const LazyMinutesView = lazy(() => loaders.minutesView().then((m) => ({ default: m.MinutesView })));
export const LazyAttendanceRegister = lazy(() => loaders.attendanceRegister().then((m) => ({ default: m.AttendanceRegister })));
export const LazyMinutesEditor = lazy(() => loaders.minutesEditor().then((m) => ({ default: m.MinutesEditor })));
export const LazyMeetingDialog = lazy(() => loaders.dialogs().then((m) => ({ default: m.MeetingDialog })));

/**
 * Fetches the parts of `MeetingWorkspace` that it loads only when a meeting's stage shows them
 * (the agenda and minutes views with markdown-it, the attendance register, the minutes editor
 * and the confirmation dialogs), so that they are there when needed — call it on a sign of
 * intent, such as a pointer over or focus on a link to a meeting. Resolves when all are
 * loaded; a part that fails to load is fetched again when it is shown.
 */
export async function preloadMeetingWorkspace(): Promise<void> {
  await Promise.all(Object.values(loaders).map((load) => load().catch(() => undefined)));
}
