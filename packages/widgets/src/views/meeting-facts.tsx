/** When and where a meeting is, its group, the invitation and the attendance, as a list of facts. */
import { formatDate, formatDateTime } from '@samverkan/ui';
import type { WidgetLocale } from '../public/widget-types.js';
import { say } from '../i18n/widget-texts.js';
import type { MeetingShown } from './meeting-data.js';

/** A link only to http(s): the online link is written by people. */
const safeLink = (href: string | undefined) => (href && /^https?:\/\//i.test(href.trim()) ? href.trim() : undefined);

export function MeetingFacts({ meeting, locale }: { meeting: MeetingShown; locale: WidgetLocale }) {
  const link = safeLink(meeting.onlineLink);
  const attending = meeting.attendance.filter((record) => record.status === 'present' || record.status === 'substitute').length;
  return (
    <dl className="sv-widget__facts">
      <div className="sv-widget__fact">
        <dt>{say('when', locale)}</dt>
        <dd>{formatDateTime(meeting.startsAt, locale)}</dd>
      </div>
      {meeting.place ? (
        <div className="sv-widget__fact">
          <dt>{say('place', locale)}</dt>
          <dd>{meeting.place}</dd>
        </div>
      ) : null}
      {link ? (
        <div className="sv-widget__fact">
          <dt>{say('online', locale)}</dt>
          <dd>
            <a href={link} rel="noopener noreferrer">
              {link}
            </a>
          </dd>
        </div>
      ) : null}
      {meeting.groupName ? (
        <div className="sv-widget__fact">
          <dt>{say('group', locale)}</dt>
          <dd>{meeting.groupName}</dd>
        </div>
      ) : null}
      {meeting.agendaDeadline && !meeting.agendaPublishedAt ? (
        <div className="sv-widget__fact">
          <dt>{say('agendaDeadline', locale)}</dt>
          <dd>{formatDate(meeting.agendaDeadline, locale)}</dd>
        </div>
      ) : null}
      {meeting.invitationsSentAt ? (
        <div className="sv-widget__fact">
          <dt>{say('invitationSent', locale)}</dt>
          <dd>{formatDateTime(meeting.invitationsSentAt, locale)}</dd>
        </div>
      ) : null}
      {meeting.attendance.length > 0 ? (
        <div className="sv-widget__fact">
          <dt>{say('attendance', locale)}</dt>
          <dd>
            {attending} {say('present', locale)}, {meeting.attendance.length - attending} {say('absent', locale)}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
