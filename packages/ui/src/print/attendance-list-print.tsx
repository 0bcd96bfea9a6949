/**
 * AttendanceListPrint — the attendance list (*deltagarlista*) of a meeting, the deliverable a
 * mandate names: every person with their organisation, whether and how they took part and for
 * whom a substitute stood in, and the totals. What it contains is core's `attendanceListDocument`.
 */
import { attendanceModeLabels, attendanceStatusLabels, type Locale } from '@samverkan/core/labels';
import type { AttendanceListDocument } from '@samverkan/core/documents';
import { useId } from 'react';
import { formatDateTime, formatNumber } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { PrintDocument } from './print-document.js';

export interface AttendanceListPrintProps {
  /** Core's `attendanceListDocument(state, meetingId, locale)`. */
  list: AttendanceListDocument;
  locale?: Locale;
}

const text = {
  kind: { sv: 'Deltagarlista', en: 'Attendance list' },
  group: { sv: 'Grupp', en: 'Group' },
  when: { sv: 'Tid', en: 'When' },
  place: { sv: 'Plats', en: 'Place' },
  name: { sv: 'Namn', en: 'Name' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  status: { sv: 'Närvaro', en: 'Attendance' },
  mode: { sv: 'Deltog', en: 'Took part' },
  substituteFor: { sv: 'Ersätter', en: 'Stands in for' },
  none: { sv: 'Ingen närvaro registrerad.', en: 'No attendance recorded.' },
  totals: { sv: 'Summering', en: 'Totals' },
  organisations: { sv: 'Organisationer med någon närvarande', en: 'Organisations with someone present' },
} as const;

export function AttendanceListPrint({ list, locale: localeProp }: AttendanceListPrintProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const when = list.heldAt ?? list.startsAt;
  return (
    <PrintDocument
      document="attendance-list"
      network={list.network}
      kind={text.kind[locale]}
      title={list.title}
      facts={[
        [text.group[locale], list.groupName],
        [text.when[locale], <time dateTime={when}>{formatDateTime(when, locale)}</time>],
        ...(list.place ? [[text.place[locale], list.place] as const] : []),
      ]}
    >
      <section className="sv-print__section" aria-labelledby={`${id}-list`}>
        <h2 className="sv-print__heading" id={`${id}-list`}>
          {text.kind[locale]}
        </h2>
        {list.lines.length === 0 ? (
          <p>{text.none[locale]}</p>
        ) : (
          <table className="sv-print__table">
            <thead>
              <tr>
                <th scope="col">{text.name[locale]}</th>
                <th scope="col">{text.organisation[locale]}</th>
                <th scope="col">{text.status[locale]}</th>
                <th scope="col">{text.mode[locale]}</th>
                <th scope="col">{text.substituteFor[locale]}</th>
              </tr>
            </thead>
            <tbody>
              {list.lines.map((line, i) => (
                <tr key={i} data-status={line.status}>
                  <th scope="row">{line.name}</th>
                  <td>{line.organisation}</td>
                  <td>{attendanceStatusLabels[line.status][locale]}</td>
                  <td>{line.mode ? attendanceModeLabels[line.mode][locale] : '–'}</td>
                  <td>{line.substituteFor ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="sv-print__section" aria-labelledby={`${id}-totals`}>
        <h2 className="sv-print__heading" id={`${id}-totals`}>
          {text.totals[locale]}
        </h2>
        <dl className="sv-print__facts">
          {(Object.keys(list.counts) as Array<keyof typeof list.counts>)
            .filter((status) => list.counts[status] > 0)
            .map((status) => (
              <div key={status} className="sv-print__fact">
                <dt className="sv-print__term">{attendanceStatusLabels[status][locale]}</dt>
                <dd className="sv-print__value">{formatNumber(list.counts[status], locale)}</dd>
              </div>
            ))}
          <div className="sv-print__fact">
            <dt className="sv-print__term">{text.organisations[locale]}</dt>
            <dd className="sv-print__value">{formatNumber(list.organisationsPresent, locale)}</dd>
          </div>
        </dl>
      </section>
    </PrintDocument>
  );
}
