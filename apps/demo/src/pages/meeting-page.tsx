/**
 * Ett möte — its whole lifecycle on one page: the call for agenda items and the agenda
 * builder, publication (late only with a reason), the invitation, the meeting held, the
 * attendance list, the minutes drafted, approved and published. Which parts show depends on
 * where the meeting stands; what the visitor may do in each is core's answer. The heading and
 * lead render first; the lifecycle and its forms (meeting-work.tsx, with react-aria's fields,
 * in a chunk of its own) load and render after them (AfterPaint).
 */
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { lazy, Suspense } from 'react';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { AfterPaint, AfterPaintPlaceholder } from '../shell/after-paint.js';
import { RecordDamageNotice } from '../shell/damage-notice.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  notFound: { sv: 'Mötet finns inte i exemplet', en: 'No such meeting in the sample' },
  audit: { sv: 'Händelselogg för mötet', en: 'Audit trail of the meeting' },
  back: { sv: 'Alla möten', en: 'All meetings' },
  group: { sv: 'Grupp', en: 'Group' },
} as const;

// Fetched once the heading and lead are on screen, so its many small chunks do not compete
// with what the first paint needs.
const MeetingWork = lazy(() => import('./meeting-work.js'));

export default function MeetingPage({ meetingId }: { meetingId: string }) {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const view = useSamverkanSelector((s) => s.meetings.get(meetingId));
  const groups = useSamverkanSelector((s) => s.dataset.groups);
  const meeting = view?.context;
  if (!view || !meeting) {
    return (
      <>
        <PageHeading title={text.notFound[locale]} context={info.name[locale]} />
        <p>
          <Link href={pathOf(sampleId, 'meetings')}>{text.back[locale]}</Link>
        </p>
      </>
    );
  }
  const groupName = groups.find((g) => g.id === meeting.groupId)?.name;
  return (
    <>
      <PageHeading title={meeting.title} context={info.name[locale]} />
      <p className="sv-demo-lead">
        {text.group[locale]}: {groupName ?? meeting.groupId} ·{' '}
        <Link href={`${pathOf(sampleId, 'audit')}?stream=${encodeURIComponent(view.stream)}`}>{text.audit[locale]}</Link>
      </p>
      <RecordDamageNotice stream={view.stream} />
      <AfterPaint>
        <Suspense fallback={<AfterPaintPlaceholder />}>
          <MeetingWork meetingId={meetingId} groupName={groupName} />
        </Suspense>
      </AfterPaint>
    </>
  );
}
