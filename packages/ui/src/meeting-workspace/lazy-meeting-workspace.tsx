/**
 * `MeetingWorkspace` of `@samverkan/ui/lazy`: the same workspace as the main entry's, but the
 * parts a stage may show — the agenda and minutes views (with markdown-it), the attendance
 * register, the minutes editor and the confirmation dialogs — are fetched when the meeting first
 * shows them (lazy-parts.ts), each in a `Suspense` boundary of its own. With a bundler that
 * splits code, the page of a meeting collecting agenda items loads none of them.
 */
import { LazyAgendaView, LazyAttendanceRegister, LazyMeetingDialog, LazyMinutesEditor, LazyMinutesView } from './lazy-parts.js';
import { MeetingWorkspaceWith, type MeetingWorkspaceParts, type MeetingWorkspaceProps } from './meeting-workspace.js';

const parts: MeetingWorkspaceParts = {
  AgendaView: LazyAgendaView,
  MinutesView: LazyMinutesView,
  AttendanceRegister: LazyAttendanceRegister,
  MinutesEditor: LazyMinutesEditor,
  MeetingDialog: LazyMeetingDialog,
};

/**
 * A meeting's page below its title, wired to core, as the main entry's `MeetingWorkspace`, with
 * the parts its stage does not show left unloaded until shown (`preloadMeetingWorkspace()`
 * fetches them ahead).
 */
export function MeetingWorkspace(props: MeetingWorkspaceProps) {
  return <MeetingWorkspaceWith parts={parts} {...props} />;
}

export { preloadMeetingWorkspace } from './lazy-parts.js';
