/**
 * Invitation — kallelse: when and where the meeting is, the online link for those who join
 * remotely, and the agenda. The link is shown only when it is http(s).
 */
import type { AgendaItem, Locale } from '@samverkan/core';
import { useId } from 'react';
import { AgendaView } from '../agenda-view/agenda-view.js';
import { formatDateTime, stockholmDay } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { isSafeHref } from '../markdown/safe-href.js';

export interface InvitationProps {
  /** The meeting's title. */
  title: string;
  /** The group that meets, e.g. "e-hälsonätverket". */
  groupName?: string;
  /** ISO instant the meeting starts. */
  startsAt: string;
  durationMinutes: number;
  /** The room, e.g. "Fyrbodals kommunalförbund, Vänersborg". */
  place?: string;
  /** The link for remote participants (http/https). */
  onlineLink?: string;
  /** The published agenda. */
  agenda?: readonly AgendaItem[];
  people?: Readonly<Record<string, string>>;
  /** When the invitation went out (ISO instant), if it has. */
  sentAt?: string;
  locale?: Locale;
}

const text = {
  invitation: { sv: 'Kallelse', en: 'Invitation' },
  when: { sv: 'Tid', en: 'When' },
  place: { sv: 'Plats', en: 'Place' },
  online: { sv: 'Delta på distans', en: 'Join remotely' },
  onlineLink: { sv: 'Länk till mötet', en: 'Meeting link' },
  sent: { sv: 'Kallelsen skickades', en: 'Sent' },
  notSent: { sv: 'Kallelsen är inte skickad ännu.', en: 'The invitation has not been sent yet.' },
  minutes: { sv: 'minuter', en: 'minutes' },
  noPlace: { sv: 'Plats meddelas senare', en: 'Place to be announced' },
} as const;

export function Invitation({ title, groupName, startsAt, durationMinutes, place, onlineLink, agenda, people, sentAt, locale: localeProp }: InvitationProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const link = onlineLink && isSafeHref(onlineLink) ? onlineLink : undefined;
  return (
    <article className="sv-invitation" aria-labelledby={`${id}-title`}>
      <header className="sv-invitation__header">
        <p className="sv-invitation__eyebrow">
          {text.invitation[locale]}
          {groupName ? ` · ${groupName}` : ''}
        </p>
        <h2 className="sv-heading" id={`${id}-title`}>
          {title}
        </h2>
      </header>
      <dl className="sv-invitation__facts">
        <div className="sv-invitation__fact">
          <dt className="sv-invitation__term">{text.when[locale]}</dt>
          <dd className="sv-invitation__value">
            <time dateTime={startsAt}>{formatDateTime(startsAt, locale)}</time> ({durationMinutes} {text.minutes[locale]})
          </dd>
        </div>
        <div className="sv-invitation__fact">
          <dt className="sv-invitation__term">{text.place[locale]}</dt>
          <dd className="sv-invitation__value">{place ?? text.noPlace[locale]}</dd>
        </div>
        {link ? (
          <div className="sv-invitation__fact">
            <dt className="sv-invitation__term">{text.online[locale]}</dt>
            <dd className="sv-invitation__value">
              <a className="sv-invitation__link" href={link} rel="noopener noreferrer">
                {text.onlineLink[locale]}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="sv-invitation__status" data-sent={sentAt !== undefined}>
        {sentAt ? (
          <>
            {text.sent[locale]} <time dateTime={stockholmDay(sentAt)}>{formatDateTime(sentAt, locale)}</time>.
          </>
        ) : (
          text.notSent[locale]
        )}
      </p>
      {agenda ? <AgendaView items={agenda} startsAt={startsAt} people={people} headingLevel={3} locale={locale} /> : null}
    </article>
  );
}
