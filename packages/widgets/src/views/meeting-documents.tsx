/**
 * The meeting's documents — the agenda with its backgrounds, the minutes — with the kit's
 * views, which render Markdown (markdown-it). Loaded apart from the rest of a widget (a chunk of
 * its own in the ES module build), so the meeting's facts and next step show without waiting
 * for the Markdown parser.
 */
import { AgendaView, MinutesView } from '@samverkan/ui';
import type { WidgetLocale } from '../public/widget-types.js';
import type { MeetingShown } from './meeting-data.js';

export interface MeetingDocumentsProps {
  meeting: MeetingShown;
  locale: WidgetLocale;
  headingLevel: 2 | 3 | 4;
  /** Which documents: the agenda, the minutes, or both (the meeting widget). */
  show: 'agenda' | 'minutes' | 'both';
}

export default function MeetingDocuments({ meeting, locale, headingLevel, show }: MeetingDocumentsProps) {
  const agendaShown = show !== 'minutes';
  const minutesShown = show !== 'agenda' && meeting.minutes !== undefined;
  return (
    <>
      {agendaShown ? <AgendaView items={meeting.agenda} startsAt={meeting.startsAt} people={meeting.people} headingLevel={headingLevel} locale={locale} /> : null}
      {minutesShown && meeting.minutes ? (
        <MinutesView
          agenda={meeting.agenda}
          minutes={meeting.minutes}
          people={meeting.people}
          {...(meeting.minutesApprovedBy && meeting.people[meeting.minutesApprovedBy] ? { approvedBy: meeting.minutesApprovedBy } : {})}
          {...(meeting.minutesApprovedAt ? { approvedAt: meeting.minutesApprovedAt } : {})}
          {...(meeting.minutesPublished && meeting.fingerprint ? { fingerprint: meeting.fingerprint } : {})}
          locale={locale}
        />
      ) : null}
    </>
  );
}
