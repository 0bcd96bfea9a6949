/**
 * Ett möte — its whole lifecycle on one page: what the meeting is and where it stands first,
 * the visitor's one next step, then the stage's part (the agenda being built, the agenda sent,
 * attendance, the minutes). What the visitor may do is core's answer. The heading renders first;
 * the kit's MeetingWorkspace (meeting-workspace-part.tsx, in a chunk of its own) after it.
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
} as const;

// Rendered once the heading and lead are on screen (AfterPaint), but fetched as soon as this
// page's chunk is evaluated: the workspace is what the page shows next (its facts are the
// largest text on a phone's first screen), and its chunks then arrive while the sample's runtime
// is still being opened, not one round trip after the heading.
const loadWorkspacePart = () => import('./meeting-workspace-part.js');
void loadWorkspacePart().catch(() => undefined);
const MeetingWorkspacePart = lazy(loadWorkspacePart);

/** The workspace's chunk and the kit's parts it loads when shown, fetched ahead (page-loaders.ts). */
export async function preloadMeetingWorkspacePart(): Promise<void> {
  const { preloadMeetingWorkspace } = await loadWorkspacePart();
  await preloadMeetingWorkspace();
}

export default function MeetingPage({ meetingId }: { meetingId: string }) {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const view = useSamverkanSelector((s) => s.meetings.get(meetingId));
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
  return (
    <>
      <PageHeading title={meeting.title} context={info.name[locale]} />
      <p className="sv-demo-lead">
        <Link href={pathOf(sampleId, 'meetings')}>{text.back[locale]}</Link> ·{' '}
        <Link href={`${pathOf(sampleId, 'audit')}?stream=${encodeURIComponent(view.stream)}`}>{text.audit[locale]}</Link>
      </p>
      <RecordDamageNotice stream={view.stream} />
      <AfterPaint>
        <Suspense fallback={<AfterPaintPlaceholder />}>
          <MeetingWorkspacePart meetingId={meetingId} />
        </Suspense>
      </AfterPaint>
    </>
  );
}
