/**
 * `MeetingWorkspace` as the main entry exports it: every part a stage may show imported with
 * it, so it renders whole at once and a bundler needs no code splitting. `@samverkan/ui/lazy`
 * has the same workspace with its parts fetched when first shown (lazy-meeting-workspace.tsx).
 */
import { AgendaView } from '../agenda-view/agenda-view.js';
import { AttendanceRegister } from '../attendance-register/attendance-register.js';
import { MinutesEditor } from '../minutes-editor/minutes-editor.js';
import { MinutesView } from '../minutes-view/minutes-view.js';
import { MeetingDialog } from './meeting-dialogs.js';
import { MeetingWorkspaceWith, type MeetingWorkspaceParts, type MeetingWorkspaceProps } from './meeting-workspace.js';

const parts: MeetingWorkspaceParts = { AgendaView, MinutesView, AttendanceRegister, MinutesEditor, MeetingDialog };

/**
 * A meeting's page below its title, wired to core: what the meeting is and where it stands, the
 * person's one next step, the part of the meeting's stage and the confirmations of its public
 * steps. Its language is the `SamverkanProvider`'s.
 */
export function MeetingWorkspace(props: MeetingWorkspaceProps) {
  return <MeetingWorkspaceWith parts={parts} {...props} />;
}
