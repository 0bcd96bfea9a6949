/**
 * NoticePrint — the notice with its agenda (*kallelse med dagordning*) to print or save as PDF:
 * time, place and link, then every item with its number, start time, kind, presenter and
 * background. What it contains is core's `noticeDocument`; a notice not yet published prints as
 * a draft, a late one says why, a cancelled one says so.
 */
import { agendaItemKindLabels, type Locale } from '@samverkan/core/labels';
import { useId, type ReactNode } from 'react';
import type { NoticeDocument } from '@samverkan/core/documents';
import { formatDateTime, formatNumber, formatTime } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { Markdown } from '../markdown/markdown.js';
import { PrintDocument } from './print-document.js';

export interface NoticePrintProps {
  /** Core's `noticeDocument(state, meetingId, locale)`. */
  notice: NoticeDocument;
  locale?: Locale;
}

const text = {
  kind: { sv: 'Kallelse', en: 'Notice of meeting' },
  group: { sv: 'Grupp', en: 'Group' },
  when: { sv: 'Tid', en: 'When' },
  place: { sv: 'Plats', en: 'Place' },
  online: { sv: 'Delta på distans', en: 'Join remotely' },
  noPlace: { sv: 'Plats meddelas senare', en: 'Place to be announced' },
  minutes: { sv: 'min', en: 'min' },
  agenda: { sv: 'Dagordning', en: 'Agenda' },
  empty: { sv: 'Inga punkter på dagordningen.', en: 'No items on the agenda.' },
  presenter: { sv: 'Föredragande', en: 'Presenter' },
  proposedBy: { sv: 'Föreslagen av', en: 'Proposed by' },
  total: { sv: 'Planerad tid totalt', en: 'Planned time in total' },
  published: { sv: 'Dagordningen publicerades', en: 'Agenda published' },
  draft: { sv: 'Utkast – dagordningen är inte publicerad.', en: 'Draft – the agenda is not published.' },
  late: { sv: 'Dagordningen gick ut sent', en: 'The agenda went out late' },
  cancelled: { sv: 'Mötet är inställt', en: 'The meeting is cancelled' },
} as const;

export function NoticePrint({ notice, locale: localeProp }: NoticePrintProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const facts: Array<readonly [string, ReactNode]> = [
    [text.group[locale], notice.groupName],
    [
      text.when[locale],
      <>
        <time dateTime={notice.startsAt}>{formatDateTime(notice.startsAt, locale)}</time>–<time dateTime={notice.endsAt}>{formatTime(notice.endsAt, locale)}</time>
      </>,
    ],
    [text.place[locale], notice.place ?? text.noPlace[locale]],
  ];
  if (notice.onlineLink) facts.push([text.online[locale], <span className="sv-print__url">{notice.onlineLink}</span>]);
  return (
    <PrintDocument
      document="notice"
      network={notice.network}
      kind={text.kind[locale]}
      title={notice.title}
      facts={facts}
      status={
        <>
          {notice.cancelled ? (
            <p className="sv-print__status" data-variant="warning">
              {text.cancelled[locale]}
              {notice.cancelledReason ? `: ${notice.cancelledReason}` : '.'}
            </p>
          ) : null}
          {notice.agendaPublishedAt ? (
            <p className="sv-print__status">
              {text.published[locale]} <time dateTime={notice.agendaPublishedAt}>{formatDateTime(notice.agendaPublishedAt, locale)}</time>.
            </p>
          ) : (
            <p className="sv-print__status" data-variant="warning">
              {text.draft[locale]}
            </p>
          )}
          {notice.agendaLate ? (
            <p className="sv-print__status">
              {text.late[locale]}
              {notice.lateReason ? `: ${notice.lateReason}` : '.'}
            </p>
          ) : null}
        </>
      }
    >
      <section className="sv-print__section" aria-labelledby={`${id}-agenda`}>
        <h2 className="sv-print__heading" id={`${id}-agenda`}>
          {text.agenda[locale]}
        </h2>
        {notice.items.length === 0 ? (
          <p>{text.empty[locale]}</p>
        ) : (
          <ol className="sv-print__items">
            {notice.items.map((item) => (
              <li key={item.number} className="sv-print__item" data-kind={item.kind}>
                <h3 className="sv-print__item-title">
                  <span className="sv-print__number">{item.number}.</span> {item.title}
                </h3>
                <p className="sv-print__item-meta">
                  <time dateTime={item.startsAt}>{formatTime(item.startsAt, locale)}</time> · {agendaItemKindLabels[item.kind][locale]} · {formatNumber(item.durationMinutes, locale)} {text.minutes[locale]} ·{' '}
                  {item.presenterIsProposer ? text.proposedBy[locale] : text.presenter[locale]}: {item.presenter}
                </p>
                {item.description ? <Markdown source={item.description} headingOffset={3} /> : null}
              </li>
            ))}
          </ol>
        )}
        {notice.items.length > 0 ? (
          <p className="sv-print__total">
            {text.total[locale]}: {formatNumber(notice.totalMinutes, locale)} {text.minutes[locale]}
          </p>
        ) : null}
      </section>
    </PrintDocument>
  );
}
