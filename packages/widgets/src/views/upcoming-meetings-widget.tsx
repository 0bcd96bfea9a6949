/**
 * `<samverkan-upcoming-meetings>`: the meetings ahead — of the signed-in person's groups (core's
 * `upcomingMeetings` query on the server), or of one group (`group`). Signed out: the meetings
 * ahead whose agenda is published, from the public records.
 */
import type { UpcomingMeeting } from '@samverkan/core/runtime';
import { formatDateTime } from '@samverkan/ui';
import { useId } from 'react';
import type { WidgetProblem } from '../element/widget-problem.js';
import { say } from '../i18n/widget-texts.js';
import type { WidgetLocale } from '../public/widget-types.js';
import { useNetwork } from './use-network.js';
import { useQuery } from './use-query.js';
import { useReady } from './use-ready.js';
import { useWidget } from './widget-context.js';
import { ConnectionLine, connectionProblems, Loading, ProblemNotice, useReportProblems } from './widget-frame.js';

interface Row {
  meetingId: string;
  title: string;
  startsAt: string;
  place: string | undefined;
  groupName: string | undefined;
  status: string | undefined;
  deadline: string | undefined;
}

export function UpcomingMeetingsWidget() {
  const { config, connection, emit } = useWidget();
  const { locale } = config;
  const snapshot = useNetwork({ public: true });
  const signedIn = snapshot.session?.signedIn === true;
  const query = useQuery<UpcomingMeeting[]>('upcomingMeetings', { limit: config.limit, groupId: config.groupId }, signedIn, snapshot.revision);

  let rows: Row[] | undefined;
  let problem: WidgetProblem | undefined = snapshot.problem;
  if (signedIn) {
    if (query.status === 'ready') {
      rows = query.result.map((m) => ({
        meetingId: m.meetingId,
        title: m.title,
        startsAt: m.startsAt,
        place: m.place,
        groupName: m.groupName,
        status: m.statusLabel[locale],
        deadline: m.agendaDeadlineLabel?.[locale],
      }));
    } else if (query.status === 'failed') problem = query.problem;
  } else if (snapshot.session && snapshot.publicRecords) {
    const now = connection.now();
    rows = snapshot.publicRecords.agendas
      .filter((a) => !a.cancelled && a.startsAt >= now.slice(0, 10) && (config.groupId === undefined || a.groupId === config.groupId))
      .filter((a) => Date.parse(a.startsAt) + a.durationMinutes * 60_000 >= Date.parse(now))
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
      .slice(0, config.limit)
      .map((a) => ({ meetingId: a.meetingId, title: a.title, startsAt: a.startsAt, place: a.place, groupName: undefined, status: undefined, deadline: undefined }));
  }
  useReportProblems([problem, ...connectionProblems(snapshot)], emit.error);
  useReady(rows ? { network: config.network, signedIn } : undefined);

  if (!rows) {
    if (problem) return <ProblemNotice problems={[problem]} locale={locale} headingLevel={config.headingLevel} onRetry={() => connection.retry()} />;
    return <Loading locale={locale} />;
  }
  return (
    <div className="sv-widget__upcoming">
      <ConnectionLine snapshot={snapshot} locale={locale} />
      <UpcomingList rows={rows} locale={locale} headingLevel={config.headingLevel} empty={signedIn ? say('noUpcoming', locale) : say('noUpcomingPublic', locale)} />
    </div>
  );
}

function UpcomingList({ rows, locale, headingLevel, empty }: { rows: Row[]; locale: WidgetLocale; headingLevel: 2 | 3 | 4; empty: string }) {
  const id = useId();
  const Heading = `h${headingLevel}` as 'h2';
  const ItemHeading = `h${headingLevel + 1}` as 'h3';
  return (
    <section className="sv-widget__upcoming-list" aria-labelledby={`${id}-heading`}>
      <Heading className="sv-heading" id={`${id}-heading`}>
        {say('upcoming', locale)}
      </Heading>
      {rows.length === 0 ? (
        <p className="sv-description">{empty}</p>
      ) : (
        <ol className="sv-widget__meetings">
          {rows.map((row) => (
            <li key={row.meetingId} className="sv-widget__meeting-row" data-meeting={row.meetingId}>
              <ItemHeading className="sv-widget__meeting-title">{row.title}</ItemHeading>
              <p className="sv-widget__meeting-when">
                <time dateTime={row.startsAt}>{formatDateTime(row.startsAt, locale)}</time>
                {row.place ? <span>, {row.place}</span> : null}
              </p>
              {row.groupName ? <p className="sv-description">{row.groupName}</p> : null}
              {row.status ? (
                <p className="sv-widget__meeting-status">
                  <span className="sv-badge">{row.status}</span>
                  {row.deadline ? <span className="sv-description"> {row.deadline}</span> : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
