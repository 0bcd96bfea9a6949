/**
 * SeminarProgramme — seminarieprogrammet: the themes the steering group decided, each with its
 * dialogue seminars and where each stands in its reporting (hours and attendance reported or
 * not, needs fed back), as core's `programmeOverview` says; and beside each seminar the
 * seminar commands the current person could take now; core's reason for those they may not is
 * said once per theme. A seminar awaiting its report is flagged in words, never by colour alone.
 * Seminars are cards on a phone and rows where there is room.
 */
import type { Locale, LocalizedText, Period } from '@samverkan/core';
import type { CommandType } from '@samverkan/core/runtime';
import { useId } from 'react';
import { ActionButton, type ActionDescriptor } from '../button/action-button.js';
import { formatDate, formatNumber, stockholmDay } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { StatusTag } from '../status-tag/status-tag.js';

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
  onAction?: (seminarId: string, type: CommandType) => void;
  /** The heading; "Seminarieprogram" when omitted (give another where the page's h1 says it already). */
  heading?: string;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Seminarieprogram', en: 'Seminar programme' },
  empty: { sv: 'Inga teman är beslutade eller föreslagna ännu.', en: 'No themes have been decided or proposed yet.' },
  noSeminars: { sv: 'Inga seminarier är planerade i temat.', en: 'No seminars are planned in this theme.' },
  period: { sv: 'Period', en: 'Period' },
  decidedBy: { sv: 'Beslutas av', en: 'Decided by' },
  leader: { sv: 'Utvecklingsledare', en: 'Development leader' },
  fedBack: { sv: 'Återkopplat', en: 'Fed back' },
  seminarsIn: { sv: 'Seminarier i', en: 'Seminars in' },
  hoursUnit: { sv: 'timmar', en: 'hours' },
  attended: { sv: (n: number, of: number) => `${n} av ${of} deltog`, en: (n: number, of: number) => `${n} of ${of} attended` },
  why: { sv: 'Varför kan jag inte …?', en: 'Why can’t I …?' },
  seminarsCount: { sv: (n: number) => (n === 1 ? '1 seminarium' : `${n} seminarier`), en: (n: number) => (n === 1 ? '1 seminar' : `${n} seminars`) },
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
            {theme.title} <StatusTag tone="info">{theme.statusLabel[locale]}</StatusTag>
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
            <ThemeSeminars theme={theme} id={id} actions={actions} actionTypes={actionTypes} onAction={onAction} locale={locale} />
          )}
        </section>
      ))}
    </section>
  );
}

interface ThemeSeminarsProps {
  theme: SeminarProgrammeTheme;
  id: string;
  actions: NonNullable<SeminarProgrammeProps['actions']>;
  actionTypes: readonly string[];
  onAction: SeminarProgrammeProps['onAction'];
  locale: Locale;
}

/**
 * A theme's seminars as cards (a row each where there is room). Beside a seminar only what the
 * person may do now; what core refuses for another reason than the seminar's state is said once
 * for the theme, under «Varför kan jag inte …?», however many seminars it concerns.
 */
function ThemeSeminars({ theme, id, actions, actionTypes, onAction, locale }: ThemeSeminarsProps) {
  const refusals = new Map<string, { label: string; reason: string; count: number }>();
  for (const s of theme.seminars) {
    for (const type of actionTypes) {
      const a = actions[s.seminarId]?.[type];
      if (!a || a.allowed || a.code === 'NOT_ALLOWED_NOW') continue;
      const key = `${a.label}|${a.reasonText ?? ''}`;
      const known = refusals.get(key);
      refusals.set(key, { label: a.label, reason: a.reasonText ?? '', count: (known?.count ?? 0) + 1 });
    }
  }
  return (
    <>
      <ol className="sv-seminar-programme__seminars" aria-label={`${text.seminarsIn[locale]} ${theme.title}`}>
        {theme.seminars.map((s) => {
          const day = s.heldAt ?? s.plannedAt;
          const offered = actionTypes.map((type) => actions[s.seminarId]?.[type]).filter((a): a is ActionDescriptor => a !== undefined && a.allowed);
          return (
            <li key={s.seminarId} className="sv-seminar-programme__seminar" data-reporting={s.reporting} data-testid={s.seminarId}>
              <span className="sv-seminar-programme__name">
                <span className="sv-seminar-programme__title">{s.title ?? s.organisationName ?? s.seminarId}</span>
                {s.title && s.organisationName && !s.title.includes(s.organisationName) ? <span className="sv-seminar-programme__unit">{s.organisationName}</span> : null}
              </span>
              <span className="sv-seminar-programme__meta">
                {day ? <time dateTime={stockholmDay(day)}>{formatDate(stockholmDay(day), locale)}</time> : '–'}
                {' · '}
                <span className="sv-visually-hidden">{text.leader[locale]}: </span>
                {s.leaderName ?? '–'}
              </span>
              <span className="sv-seminar-programme__reporting">
                <StatusTag tone={tones[s.reporting]}>{s.reportingLabel[locale]}</StatusTag>
                {s.fedBack ? <span className="sv-seminar-programme__fed-back">{text.fedBack[locale]}</span> : null}
              </span>
              <span className="sv-seminar-programme__figures">
                {formatNumber(s.hours, locale)} {text.hoursUnit[locale]} · {text.attended[locale](s.attendanceCount, s.participantCount)}
              </span>
              {offered.length > 0 ? (
                <span className="sv-seminar-programme__actions">
                  {offered.map((a) => (
                    <ActionButton key={a.type} action={a} variant="secondary" onAction={(type) => onAction?.(s.seminarId, type)} />
                  ))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {refusals.size > 0 ? (
        <details className="sv-next-step__why sv-seminar-programme__why" id={`${id}-${theme.themeId}-why`}>
          <summary className="sv-next-step__why-summary">{text.why[locale]}</summary>
          <ul className="sv-next-step__why-list">
            {[...refusals.values()].map((r) => (
              <li key={`${r.label}|${r.reason}`} className="sv-next-step__why-item">
                <span className="sv-next-step__why-action">
                  {r.label} ({text.seminarsCount[locale](r.count)})
                </span>
                <span className="sv-next-step__why-reason">{r.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
