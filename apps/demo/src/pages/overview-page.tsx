/**
 * Översikt — what needs attention in the sample today: the next meetings, agenda deadlines
 * near or passed, minutes waiting, overdue deliverables and vacant seats. Every list is one of
 * core's queries for the demo's "now".
 */
import { agendaDeadlines, minutesAwaiting } from '@samverkan/core/runtime';
import { useDeliverables, useRuntimeState, useSamverkan, useUpcomingMeetings, useVacancies } from '@samverkan/react';
import { formatDate, formatDateTime, StatusTag } from '@samverkan/ui';
import { useMemo } from 'react';
import { useDemo } from '../app/demo-context.js';
import { preloadMeetingPage } from '../app/page-loaders.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { NetworkDamageNotice } from '../shell/damage-notice.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Översikt', en: 'Overview' },
  next: { sv: 'Nästa möten', en: 'Next meetings' },
  noNext: { sv: 'Inga planerade möten framåt.', en: 'No meetings ahead.' },
  deadlines: { sv: 'Agendor som snart ska vara klara', en: 'Agendas due soon or overdue' },
  noDeadlines: { sv: 'Inga agendor är nära eller förbi sista dag.', en: 'No agenda is due soon or overdue.' },
  due: { sv: 'senast', en: 'due' },
  minutes: { sv: 'Minnesanteckningar som väntar', en: 'Minutes waiting' },
  noMinutes: { sv: 'Inga minnesanteckningar väntar.', en: 'No minutes are waiting.' },
  overdueBy: { sv: (n: number) => `Försenade ${n} ${n === 1 ? 'dag' : 'dagar'}`, en: (n: number) => `${n} ${n === 1 ? 'day' : 'days'} late` },
  deliverables: { sv: 'Försenade leveranser', en: 'Overdue deliverables' },
  noDeliverables: { sv: 'Inga leveranser är försenade.', en: 'No deliverable is overdue.' },
  daysOverdue: { sv: (n: number) => `Försenad ${n} ${n === 1 ? 'dag' : 'dagar'}`, en: (n: number) => `${n} ${n === 1 ? 'day' : 'days'} late` },
  vacancies: { sv: 'Vakanser', en: 'Vacancies' },
  noVacancies: { sv: 'Inga vakanta platser.', en: 'No vacant seats.' },
  vacant: { sv: (n: number) => (n === 1 ? '1 plats saknar innehavare' : `${n} platser saknar innehavare`), en: (n: number) => (n === 1 ? '1 seat without a holder' : `${n} seats without a holder`) },
  items: { sv: (n: number) => (n === 1 ? '1 punkt' : `${n} punkter`), en: (n: number) => (n === 1 ? '1 item' : `${n} items`) },
} as const;

export default function OverviewPage() {
  const { locale, now } = useSamverkan();
  const { sampleId, info } = useDemo();
  const upcoming = useUpcomingMeetings({ limit: 5 });
  const state = useRuntimeState((s) => [s.meetings, s.dataset]);
  const deadlines = useMemo(() => agendaDeadlines(state, { now }), [state, now]);
  const minutes = useMemo(() => minutesAwaiting(state, { now }), [state, now]);
  const { overdue } = useDeliverables();
  const vacancies = useVacancies();
  const meetingLink = (id: string, title: string) => (
    <Link href={pathOf(sampleId, 'meetings', id)} onPointerEnter={preloadMeetingPage} onFocus={preloadMeetingPage}>
      {title}
    </Link>
  );

  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <NetworkDamageNotice />
      <div className="sv-demo-grid">
        <Section title={text.next[locale]}>
          {upcoming.length === 0 ? (
            <p className="sv-description">{text.noNext[locale]}</p>
          ) : (
            <ul className="sv-demo-list">
              {upcoming.map((m) => (
                <li key={m.meetingId} className="sv-demo-list__item">
                  {meetingLink(m.meetingId, m.title)}
                  <span className="sv-demo-list__meta">
                    <time dateTime={m.startsAt}>{formatDateTime(m.startsAt, locale)}</time> · {m.groupName} · <StatusTag>{m.statusLabel[locale]}</StatusTag>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={text.deadlines[locale]}>
          {deadlines.length === 0 ? (
            <p className="sv-description">{text.noDeadlines[locale]}</p>
          ) : (
            <ul className="sv-demo-list">
              {deadlines.map((d) => (
                <li key={d.meetingId} className="sv-demo-list__item" data-alert={d.alert}>
                  {meetingLink(d.meetingId, d.title)}
                  <span className="sv-demo-list__meta">
                    <StatusTag tone={d.alert === 'passed' ? 'danger' : 'warning'}>{d.alertLabel[locale]}</StatusTag> {text.due[locale]}{' '}
                    <time dateTime={d.agendaDeadline}>{formatDate(d.agendaDeadline, locale)}</time> · {text.items[locale](d.agendaItemCount)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={text.minutes[locale]}>
          {minutes.length === 0 ? (
            <p className="sv-description">{text.noMinutes[locale]}</p>
          ) : (
            <ul className="sv-demo-list">
              {minutes.map((m) => (
                <li key={m.meetingId} className="sv-demo-list__item" data-overdue={m.overdue}>
                  {meetingLink(m.meetingId, m.title)}
                  <span className="sv-demo-list__meta">
                    {m.waitingForLabel[locale]} · {text.due[locale]} <time dateTime={m.dueDate}>{formatDate(m.dueDate, locale)}</time>
                    {m.overdue ? (
                      <>
                        {' '}
                        <StatusTag tone="danger">{text.overdueBy[locale](m.daysOverdue)}</StatusTag>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={text.deliverables[locale]}>
          {overdue.length === 0 ? (
            <p className="sv-description">{text.noDeliverables[locale]}</p>
          ) : (
            <ul className="sv-demo-list">
              {overdue.map((d) => (
                <li key={d.deliverableId} className="sv-demo-list__item">
                  <Link href={pathOf(sampleId, 'deliverables')}>{d.title}</Link>
                  <span className="sv-demo-list__meta">
                    {d.kindLabel[locale]} · {d.statusLabel[locale]} · {text.due[locale]} <time dateTime={d.due}>{formatDate(d.due, locale)}</time>{' '}
                    <StatusTag tone="danger">{text.daysOverdue[locale](d.daysOverdue)}</StatusTag>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={text.vacancies[locale]}>
          {vacancies.length === 0 ? (
            <p className="sv-description">{text.noVacancies[locale]}</p>
          ) : (
            <ul className="sv-demo-list">
              {vacancies.map((v) => (
                <li key={`${v.source.id}|${v.roleId}|${v.organisationId ?? ''}`} className="sv-demo-list__item">
                  <Link href={pathOf(sampleId, 'staffing')}>
                    {v.roleNames?.[locale] ?? v.roleName ?? v.roleId}
                    {v.organisationName ? `, ${v.organisationName}` : ''}
                  </Link>
                  <span className="sv-demo-list__meta">
                    {text.vacant[locale](v.missing)} · {v.source.name}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
