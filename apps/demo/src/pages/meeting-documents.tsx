/**
 * A meeting's documents to take away: the invitation for a calendar (an update after a
 * reschedule, a cancellation once cancelled — core writes the file and its SEQUENCE) and, once
 * attendance is recorded, the attendance list as Excel-friendly CSV. The files are core's
 * (`@samverkan/core/documents`, fetched on the first click so the meeting page does not carry the
 * CSV writer); the page only hands them to the browser.
 */
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { saveFile } from '../shell/download.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Dokument', en: 'Documents' },
  calendar: { sv: 'Lägg till i kalender', en: 'Add to calendar' },
  calendarCancelled: { sv: 'Hämta avbokningen till kalendern', en: 'Get the cancellation for your calendar' },
  calendarHelp: {
    sv: 'En kalenderfil (.ics) med tid, plats och deltagare. Hämta den igen efter en ändring: kalendern uppdaterar samma möte.',
    en: 'A calendar file (.ics) with time, place and attendees. Get it again after a change: the calendar updates the same meeting.',
  },
  attendance: { sv: 'Närvarolista (CSV för Excel)', en: 'Attendance list (CSV for Excel)' },
} as const;

export function MeetingDocuments({ meetingId }: { meetingId: string }) {
  const { locale, runtime, now } = useSamverkan();
  const meeting = useSamverkanSelector((s) => {
    const view = s.meetings.get(meetingId);
    return view ? { status: view.status, attendance: view.context.attendance.length } : undefined;
  });
  if (!meeting) return null;
  const cancelled = meeting.status === 'cancelled';
  return (
    <Section title={text.title[locale]}>
      <p className="sv-description">{text.calendarHelp[locale]}</p>
      <div className="sv-button-group">
        <button
          type="button"
          className="sv-button"
          data-variant="secondary"
          onClick={() =>
            void import('@samverkan/core/documents').then(({ meetingInvitation }) => {
              const file = meetingInvitation(runtime.getState(), meetingId, { now });
              if (file) saveFile(file);
            })
          }
        >
          {(cancelled ? text.calendarCancelled : text.calendar)[locale]}
        </button>
        {meeting.attendance > 0 ? (
          <button
            type="button"
            className="sv-button"
            data-variant="secondary"
            onClick={() =>
              void import('@samverkan/core/documents').then(({ meetingAttendanceCsv }) => {
                const file = meetingAttendanceCsv(runtime.getState(), meetingId, locale);
                if (file) saveFile(file);
              })
            }
          >
            {text.attendance[locale]}
          </button>
        ) : null}
      </div>
    </Section>
  );
}
