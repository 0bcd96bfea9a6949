/**
 * SeminarProgramme — seminarieprogrammet: the themes the steering group decided, each with its
 * dialogue seminars and where each stands in its reporting (hours and attendance reported or
 * not, needs fed back), as core's `programmeOverview` says; and beside each seminar the
 * seminar commands the current person could take now, or core's reason they may not. A
 * seminar awaiting its report is flagged in words, never by colour alone.
 */
import type { Locale, LocalizedText, Period } from '@samverkan/core';
import { useId } from 'react';
import { ActionButton, type ActionDescriptor } from '../button/action-button.js';
import { formatDate, formatNumber, stockholmDay } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

/** A seminar as core's `programmeOverview` gives it (the fields shown). */
export interface SeminarProgrammeSeminar {
  seminarId: string;
  title: string | undefined;
  organisationName: string | undefined;
  leaderName: string | undefined;
  plannedAt: string | undefined;
  heldAt: string | undefined;
  statusLabel: LocalizedText;
  reporting: 'notHeld' | 'awaitingReport' | 'reported' | 'cancelled';
  reportingLabel: LocalizedText;
  fedBack: boolean;
  participantCount: number;
  attendanceCount: number;
  hours: number;
}

/** A theme as core's `programmeOverview` gives it (the fields shown). */
export interface SeminarProgrammeTheme {
  themeId: string;
  title: string;
  statusLabel: LocalizedText;
  direction: string | undefined;
  period: Period | undefined;
  steeringGroupName: string | undefined;
  seminars: readonly SeminarProgrammeSeminar[];
  counts: Record<SeminarProgrammeSeminar['reporting'], number> & { total: number; fedBack: number };
}

export interface SeminarProgrammeProps {
  themes: readonly SeminarProgrammeTheme[];
  /** By seminar id, the seminar commands as core answered them (`useSeminarProgramme().actions`). */
  actions?: Readonly<Record<string, Readonly<Record<string, ActionDescriptor>>>>;
  /**
   * Which commands to offer beside each seminar; a command core refuses only because of the
   * seminar's state (`NOT_ALLOWED_NOW`) is left out, one refused for another reason is shown
   * disabled with core's reason. Holding and reporting by default.
   */
  actionTypes?: readonly string[];
  /** Called with the seminar and the command when the person chooses an allowed action. */
  onAction?: (seminarId: string, type: string) => void;
  /** The heading; "Seminarieprogram" when omitted. */
  heading?: string;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Seminarieprogram', en: 'Seminar programme' },
  empty: { sv: 'Inga teman är beslutade eller föreslagna ännu.', en: 'No themes have been decided or proposed yet.' },
  noSeminars: { sv: 'Inga seminarier är planerade i temat.', en: 'No seminars are planned in this theme.' },
  period: { sv: 'Period', en: 'Period' },
  decidedBy: { sv: 'Beslutas av', en: 'Decided by' },
  seminar: { sv: 'Seminarium', en: 'Seminar' },
  leader: { sv: 'Utvecklingsledare', en: 'Development leader' },
  when: { sv: 'Datum', en: 'Date' },
  status: { sv: 'Läge', en: 'State' },
  reporting: { sv: 'Rapportering', en: 'Reporting' },
  hours: { sv: 'Timmar', en: 'Hours' },
  attendance: { sv: 'Närvaro', en: 'Attendance' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
  fedBack: { sv: 'Återkopplat', en: 'Fed back' },
  of: { sv: 'av', en: 'of' },
  seminarsIn: { sv: 'Seminarier i', en: 'Seminars in' },
  summary: {
    sv: (c: SeminarProgrammeTheme['counts']) =>
      `${c.total} seminarier: ${c.reported} rapporterade, ${c.awaitingReport} väntar på rapportering, ${c.notHeld} inte genomförda, ${c.cancelled} inställda.`,
    en: (c: SeminarProgrammeTheme['counts']) =>
      `${c.total} seminars: ${c.reported} reported, ${c.awaitingReport} awaiting report, ${c.notHeld} not held yet, ${c.cancelled} cancelled.`,
  },
  awaiting: {
    sv: (n: number) => `${n} ${n === 1 ? 'seminarium väntar' : 'seminarier väntar'} på rapportering av timmar och närvaro.`,
    en: (n: number) => `${n} ${n === 1 ? 'seminar is' : 'seminars are'} awaiting the report of hours and attendance.`,
  },
} as const;

const tones: Record<SeminarProgrammeSeminar['reporting'], 'info' | 'warning' | 'success' | 'danger'> = {
  notHeld: 'info',
  awaitingReport: 'warning',
  reported: 'success',
  cancelled: 'danger',
};

const defaultActionTypes = ['holdSeminar', 'reportSeminar'] as const;

export function SeminarProgramme({
  themes,
  actions = {},
  actionTypes = defaultActionTypes,
  onAction,
  heading,
  locale: localeProp,
}: SeminarProgrammeProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  return (
    <section className="sv-seminar-programme" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {heading ?? text.heading[locale]}
      </h2>
      {themes.length === 0 ? <p className="sv-description">{text.empty[locale]}</p> : null}
      {themes.map((theme) => (
        <section key={theme.themeId} className="sv-seminar-programme__theme" aria-labelledby={`${id}-${theme.themeId}`}>
          <h3 className="sv-subheading sv-seminar-programme__theme-title" id={`${id}-${theme.themeId}`}>
            {theme.title}{' '}
            <span className="sv-badge" data-tone="info">
              {theme.statusLabel[locale]}
            </span>
          </h3>
          {theme.direction ? <p className="sv-seminar-programme__direction">{theme.direction}</p> : null}
          <dl className="sv-seminar-programme__facts">
            {theme.period ? (
              <div className="sv-seminar-programme__fact">
                <dt>{text.period[locale]}</dt>
                <dd>
                  {formatDate(theme.period.start, locale)} – {formatDate(theme.period.end, locale)}
                </dd>
              </div>
            ) : null}
            {theme.steeringGroupName ? (
              <div className="sv-seminar-programme__fact">
                <dt>{text.decidedBy[locale]}</dt>
                <dd>{theme.steeringGroupName}</dd>
              </div>
            ) : null}
          </dl>
          <p className="sv-description">{text.summary[locale](theme.counts)}</p>
          {theme.counts.awaitingReport > 0 ? (
            <p className="sv-notice" data-variant="warning" role="note">
              {text.awaiting[locale](theme.counts.awaitingReport)}
            </p>
          ) : null}
          {theme.seminars.length === 0 ? (
            <p className="sv-description">{text.noSeminars[locale]}</p>
          ) : (
            <ScrollRegion label={`${text.seminarsIn[locale]} ${theme.title}`} locale={locale}>
              <table className="sv-table sv-seminar-programme__table" aria-labelledby={`${id}-${theme.themeId}`}>
                <thead>
                  <tr>
                    <th className="sv-table__column" scope="col">
                      {text.seminar[locale]}
                    </th>
                    <th className="sv-table__column" scope="col">
                      {text.leader[locale]}
                    </th>
                    <th className="sv-table__column" scope="col">
                      {text.when[locale]}
                    </th>
                    <th className="sv-table__column" scope="col">
                      {text.reporting[locale]}
                    </th>
                    <th className="sv-table__column" scope="col" data-align="end">
                      {text.hours[locale]}
                    </th>
                    <th className="sv-table__column" scope="col" data-align="end">
                      {text.attendance[locale]}
                    </th>
                    <th className="sv-table__column" scope="col">
                      {text.actions[locale]}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {theme.seminars.map((s) => {
                    const day = s.heldAt ?? s.plannedAt;
                    const offered = actionTypes
                      .map((type) => actions[s.seminarId]?.[type])
                      .filter((a): a is ActionDescriptor => a !== undefined && (a.allowed || a.code !== 'NOT_ALLOWED_NOW'));
                    return (
                      <tr key={s.seminarId} className="sv-table__row" data-reporting={s.reporting} data-testid={s.seminarId}>
                        <th className="sv-table__cell" scope="row">
                          {s.title ?? s.organisationName ?? s.seminarId}
                          {s.title && s.organisationName ? <span className="sv-seminar-programme__unit">{s.organisationName}</span> : null}
                        </th>
                        <td className="sv-table__cell">{s.leaderName ?? '–'}</td>
                        <td className="sv-table__cell">
                          {day ? <time dateTime={stockholmDay(day)}>{formatDate(stockholmDay(day), locale)}</time> : '–'}
                        </td>
                        <td className="sv-table__cell">
                          <span className="sv-badge" data-tone={tones[s.reporting]}>
                            {s.reportingLabel[locale]}
                          </span>
                          {s.fedBack ? <span className="sv-seminar-programme__fed-back">{text.fedBack[locale]}</span> : null}
                        </td>
                        <td className="sv-table__cell" data-align="end">
                          {formatNumber(s.hours, locale)}
                        </td>
                        <td className="sv-table__cell" data-align="end">
                          {s.attendanceCount} {text.of[locale]} {s.participantCount}
                        </td>
                        <td className="sv-table__cell">
                          <div className="sv-seminar-programme__actions">
                            {offered.map((a) => (
                              <ActionButton key={a.type} action={a} variant="secondary" onAction={(type) => onAction?.(s.seminarId, type)} />
                            ))}
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </section>
      ))}
    </section>
  );
}
