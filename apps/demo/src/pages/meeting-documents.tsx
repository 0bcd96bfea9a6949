/**
 * A meeting's documents to take away: the invitation for a calendar (an update after a
 * reschedule, a cancellation once cancelled — core writes the file and its SEQUENCE), once
 * attendance is recorded the attendance list as Excel-friendly CSV, and the notice, the minutes
 * and the attendance list to print (print-page.tsx). The files are core's
 * (`@samverkan/core/documents`, fetched on the first click so the meeting page does not carry the
 * CSV writer); the page only hands them to the browser.
 */
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { printPath } from '../app/routes.js';
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
  printing: { sv: 'Skriv ut eller spara som PDF', en: 'Print or save as PDF' },
  printNotice: { sv: 'Kallelse med dagordning', en: 'Notice with agenda' },
  printMinutes: { sv: 'Minnesanteckningar', en: 'Minutes' },
  printAttendance: { sv: 'Närvarolista', en: 'Attendance list' },
} as const;

export function MeetingDocuments({ meetingId }: { meetingId: string }) {
  const { locale, runtime, now } = useSamverkan();
  const { sampleId } = useDemo();
  const meeting = useSamverkanSelector((s) => {
    const view = s.meetings.get(meetingId);
    return view ? { status: view.status, attendance: view.context.attendance.length, minutes: view.context.minutes !== undefined } : undefined;
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
      <h3 className="sv-heading">{text.printing[locale]}</h3>
      <ul className="sv-demo-list">
        <li>
          <Link href={printPath(sampleId, 'notice', meetingId)}>{text.printNotice[locale]}</Link>
        </li>
        {meeting.minutes ? (
          <li>
            <Link href={printPath(sampleId, 'minutes', meetingId)}>{text.printMinutes[locale]}</Link>
          </li>
        ) : null}
        {meeting.attendance > 0 ? (
          <li>
            <Link href={printPath(sampleId, 'attendance', meetingId)}>{text.printAttendance[locale]}</Link>
          </li>
        ) : null}
      </ul>
    </Section>
  );
}
