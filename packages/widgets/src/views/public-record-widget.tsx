/**
 * `<samverkan-agenda>` and `<samverkan-minutes>`: a meeting's published agenda or published
 * minutes, public records anyone may read — the same whether the reader is signed in or not.
 */
import { formatDateTime } from '@samverkan/ui';
import { lazy, Suspense, useId } from 'react';
import type { WidgetProblem } from '../element/widget-problem.js';
import { say } from '../i18n/widget-texts.js';
import { publicMeetingShown, type MeetingShown } from './meeting-data.js';
import { useNetwork } from './use-network.js';
import { useReady } from './use-ready.js';
import { useWidget } from './widget-context.js';
import { ConnectionLine, connectionProblems, Loading, ProblemNotice, useReportProblems } from './widget-frame.js';

const MeetingDocuments = lazy(() => import('./meeting-documents.js'));

export function PublicRecordWidget({ record }: { record: 'agenda' | 'minutes' }) {
  const { config, connection, emit } = useWidget();
  const { locale } = config;
  const meetingId = config.meetingId ?? '';
  const snapshot = useNetwork({ public: true });
  const id = useId();
  const records = snapshot.publicRecords;
  const agenda = records?.agendas.find((a) => a.meetingId === meetingId);
  const minutes = records?.minutes.find((m) => m.meetingId === meetingId);
  const missing: WidgetProblem | undefined =
    records && (record === 'agenda' ? !agenda : !minutes)
      ? {
          code: 'NOT_FOUND',
          message:
            record === 'agenda'
              ? { sv: `Mötet «${meetingId}» har ingen publicerad agenda i nätverket «${config.network}».`, en: `The meeting «${meetingId}» has no published agenda in the network «${config.network}».` }
              : { sv: `Mötet «${meetingId}» har inga publicerade minnesanteckningar i nätverket «${config.network}».`, en: `The meeting «${meetingId}» has no published minutes in the network «${config.network}».` },
        }
      : undefined;
  useReportProblems([...connectionProblems(snapshot), missing], emit.error);
  const shown: MeetingShown | undefined = agenda && (record === 'agenda' || minutes) ? publicMeetingShown(agenda, minutes) : undefined;
  useReady(shown ? { network: config.network, signedIn: snapshot.session?.signedIn === true } : undefined);

  if (!records) {
    if (snapshot.problem) return <ProblemNotice problems={[snapshot.problem]} locale={locale} headingLevel={config.headingLevel} onRetry={() => connection.retry()} />;
    return <Loading locale={locale} />;
  }
  if (!shown) return <ProblemNotice problems={[missing!]} locale={locale} headingLevel={config.headingLevel} />;
  const Heading = `h${config.headingLevel}` as 'h2';
  return (
    <article className="sv-widget__record" data-source="public" data-record={record} aria-labelledby={`${id}-title`}>
      <ConnectionLine snapshot={snapshot} locale={locale} />
      <Heading className="sv-heading" id={`${id}-title`}>
        {shown.title}
      </Heading>
      <p className="sv-description">
        {formatDateTime(shown.startsAt, locale)}
        {shown.place ? `, ${shown.place}` : ''}. {say('publicRecord', locale)}.
      </p>
      {shown.status === 'cancelled' ? <p className="sv-notice" data-variant="warning">{say('cancelled', locale)}</p> : null}
      <Suspense fallback={<Loading locale={locale} />}>
        <MeetingDocuments meeting={shown} locale={locale} headingLevel={Math.min(4, config.headingLevel + 1) as 3 | 4} show={record} />
      </Suspense>
    </article>
  );
}
