/** Möten — every meeting of the sample by group, in date order, each with when and where it stands. */
import { meetingStatusLabels, type MeetingStatus } from '@samverkan/core';
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { formatDateTime, StatusTag, type StatusTone } from '@samverkan/ui';
import { useDemo } from '../app/demo-context.js';
import { preloadMeetingPage } from '../app/page-loaders.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';
import { PlanMeetingForm } from './plan-meeting-form.js';

const text = {
  title: { sv: 'Möten', en: 'Meetings' },
  none: { sv: 'Inga möten är planerade än.', en: 'No meetings are planned yet.' },
} as const;

const tones: Record<MeetingStatus, StatusTone> = {
  planned: 'neutral',
  collectingItems: 'info',
  agendaPublished: 'info',
  invited: 'info',
  held: 'warning',
  minutesDrafted: 'warning',
  minutesApproved: 'info',
  published: 'success',
  cancelled: 'danger',
};

export default function MeetingsPage() {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const meetings = useSamverkanSelector((s) => [...s.meetings.values()]);
  const groups = useSamverkanSelector((s) => s.dataset.groups);
  const byGroup = groups
    .map((g) => ({ group: g, meetings: meetings.filter((m) => m.context.groupId === g.id).sort((a, b) => Date.parse(a.context.startsAt) - Date.parse(b.context.startsAt)) }))
    .filter((g) => g.meetings.length > 0);
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      {byGroup.length === 0 ? <p className="sv-description">{text.none[locale]}</p> : null}
      {byGroup.map(({ group, meetings: list }) => (
        <Section key={group.id} title={group.name}>
          <ul className="sv-demo-rows">
            {list.map((m) => (
              <li key={m.id} className="sv-demo-row" data-status={m.status}>
                <Link className="sv-demo-row__title" href={pathOf(sampleId, 'meetings', m.id)} onPointerEnter={preloadMeetingPage} onFocus={preloadMeetingPage}>
                  {m.context.title}
                </Link>
                <span className="sv-demo-row__meta">
                  <time dateTime={m.context.startsAt}>{formatDateTime(m.context.startsAt, locale)}</time>
                </span>
                <span className="sv-demo-row__status">
                  <StatusTag tone={tones[m.status]}>{meetingStatusLabels[m.status][locale]}</StatusTag>
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ))}
      <PlanMeetingForm locale={locale} />
    </>
  );
}
