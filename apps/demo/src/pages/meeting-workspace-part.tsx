/**
 * The lower part of a meeting's page: the kit's MeetingWorkspace (what the meeting is, the next
 * step, the stage's forms and confirmations — every answer core's), in a chunk of its own so the
 * page's heading does not wait for react-aria's fields. The demo adds one thing a real service
 * would not have: where core says a meeting cannot be held before it starts, a button that moves
 * the demo's clock to the start. Below it, the meeting's own roles and an escalation from its minutes
 * where core lets the visitor (meeting-actions.tsx), and its documents to take away (meeting-documents.tsx).
 */
import type { MeetingContext } from '@samverkan/core';
import { formatDateTime, type ActionDescriptor, type MeetingWorkspaceAction } from '@samverkan/ui';
// The workspace that fetches the parts its stage does not show when shown (markdown-it, the
// attendance register, the minutes editor, the dialogs).
import { MeetingWorkspace } from '@samverkan/ui/lazy';
import { useDemo } from '../app/demo-context.js';
import { setDemoClock } from '../app/demo-clock.js';
import { MeetingActions } from './meeting-actions.js';
import { MeetingDocuments } from './meeting-documents.js';

const text = {
  hint: {
    sv: 'I demon kan du flytta tiden fram till mötets start.',
    en: 'In the demo you can move the time forward to the meeting’s start.',
  },
  move: { sv: (when: string) => `Flytta demons tid till ${when}`, en: (when: string) => `Move the demo’s time to ${when}` },
} as const;

function ClockHint({ refused, meeting }: { refused: ReadonlyArray<ActionDescriptor<MeetingWorkspaceAction>>; meeting: MeetingContext }) {
  const { sampleId, locale, now, shared } = useDemo();
  // On the shared server the time is the server's: nothing to move.
  if (shared) return null;
  // Core refused to hold the meeting now; the demo's clock stands before its start.
  const early = refused.some((a) => a.type === 'holdMeeting' && a.code === 'NOT_ALLOWED_NOW') && Date.parse(now) < Date.parse(meeting.startsAt);
  if (!early) return null;
  return (
    <div className="sv-demo-hint-box">
      <p className="sv-description">{text.hint[locale]}</p>
      <button type="button" className="sv-button" data-variant="secondary" onClick={() => setDemoClock(sampleId, meeting.startsAt)}>
        {text.move[locale](formatDateTime(meeting.startsAt, locale))}
      </button>
    </div>
  );
}

export { preloadMeetingWorkspace } from '@samverkan/ui/lazy';

export default function MeetingWorkspacePart({ meetingId }: { meetingId: string }) {
  return (
    <>
      <MeetingWorkspace meetingId={meetingId} renderHint={(refused, meeting) => <ClockHint refused={refused} meeting={meeting} />} />
      <MeetingActions meetingId={meetingId} />
      <MeetingDocuments meetingId={meetingId} />
    </>
  );
}
