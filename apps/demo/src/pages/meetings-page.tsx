/** Möten — every meeting of the sample by group, soonest last year first, with where it stands. */
import { meetingStatusLabels } from '@samverkan/core';
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { formatDateTime } from '@samverkan/ui';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { PageHeading } from '../shell/page-heading.js';
import { TableWrap } from '../shell/table-wrap.js';

const text = {
  title: { sv: 'Möten', en: 'Meetings' },
  meeting: { sv: 'Möte', en: 'Meeting' },
  when: { sv: 'Tid', en: 'When' },
  status: { sv: 'Läge', en: 'Status' },
} as const;

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
      {byGroup.map(({ group, meetings: list }) => (
        <TableWrap key={group.id} label={group.name}>
          <table className="sv-table">
            <caption className="sv-table__caption">{group.name}</caption>
            <thead>
              <tr>
                <th scope="col" className="sv-table__column">
                  {text.meeting[locale]}
                </th>
                <th scope="col" className="sv-table__column">
                  {text.when[locale]}
                </th>
                <th scope="col" className="sv-table__column">
                  {text.status[locale]}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id} className="sv-table__row" data-status={m.status}>
                  <th scope="row" className="sv-table__cell">
                    <Link href={pathOf(sampleId, 'meetings', m.id)}>{m.context.title}</Link>
                  </th>
                  <td className="sv-table__cell">
                    <time dateTime={m.context.startsAt}>{formatDateTime(m.context.startsAt, locale)}</time>
                  </td>
                  <td className="sv-table__cell">{meetingStatusLabels[m.status][locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ))}
    </>
  );
}
