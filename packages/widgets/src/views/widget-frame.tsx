/**
 * The frame around every widget: the kit's themed root inside the shadow root (popovers and
 * dialogs render into it, so the theme and the adopted stylesheet reach them), the language,
 * a line about the connection when it is down, and the problems that stop the widget — each in
 * the widget's language, and each also sent to the host as a `samverkan-error` event.
 */
import { LocaleProvider } from '@samverkan/ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { expiredProblem, type WidgetProblem } from '../element/widget-problem.js';
import type { WidgetLocale } from '../public/widget-types.js';
import { say } from '../i18n/widget-texts.js';
import type { ConnectionSnapshot } from '../connection/network-connection.js';

export interface WidgetFrameProps {
  locale: WidgetLocale;
  children?: ReactNode;
}

/** The themed root. `data-sv-theme` makes it where the kit's overlays render. */
export function WidgetFrame({ locale, children }: WidgetFrameProps) {
  return (
    <LocaleProvider locale={locale}>
      <div className="sv-root sv-widget" data-sv-theme="" lang={locale}>
        {children}
      </div>
    </LocaleProvider>
  );
}

/** Sends each distinct problem once to the host (as long as it lasts). */
export function useReportProblems(problems: readonly (WidgetProblem | undefined)[], report: (problem: WidgetProblem) => void): void {
  const reported = useRef(new Set<string>());
  const present = problems.filter((p): p is WidgetProblem => p !== undefined);
  const key = present.map((p) => `${p.code}|${p.attribute ?? ''}|${p.message.en}`).join('\n');
  useEffect(() => {
    const now = new Set(present.map((p) => `${p.code}|${p.attribute ?? ''}|${p.message.en}`));
    for (const problem of present) {
      const id = `${problem.code}|${problem.attribute ?? ''}|${problem.message.en}`;
      if (!reported.current.has(id)) report(problem);
    }
    reported.current = now;
  }, [key]);
}

/** A problem that stops the widget (a bad attribute, no such meeting, a server away): said in words, never a blank box. */
export function ProblemNotice({ problems, locale, headingLevel, onRetry }: { problems: readonly WidgetProblem[]; locale: WidgetLocale; headingLevel: 2 | 3 | 4; onRetry?: () => void }) {
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <div className="sv-widget__problem" role="alert">
      <Heading className="sv-widget__problem-heading">{say('widgetProblem', locale)}</Heading>
      <ul className="sv-widget__problem-list">
        {problems.map((problem) => (
          <li key={`${problem.code}${problem.attribute ?? ''}${problem.message.en}`} data-code={problem.code} data-attribute={problem.attribute}>
            {problem.message[locale]}
          </li>
        ))}
      </ul>
      {onRetry ? (
        // A plain button: the read-only widgets carry no react-aria.
        <button type="button" className="sv-button" data-variant="secondary" onClick={onRetry}>
          {say('tryAgain', locale)}
        </button>
      ) : null}
    </div>
  );
}

/** Non-blocking notes: a bad `lang` or `heading-level`. */
export function AttributeNotes({ problems, locale }: { problems: readonly WidgetProblem[]; locale: WidgetLocale }) {
  if (problems.length === 0) return null;
  return (
    <ul className="sv-widget__notes">
      {problems.map((problem) => (
        <li key={`${problem.attribute}${problem.message.en}`} data-code={problem.code} data-attribute={problem.attribute}>
          {problem.message[locale]}
        </li>
      ))}
    </ul>
  );
}

/** A line while the live connection is down or the server away, with the content still shown. */
export function ConnectionLine({ snapshot, locale }: { snapshot: ConnectionSnapshot; locale: WidgetLocale }) {
  const down = snapshot.live === 'reconnecting' || snapshot.problem?.code === 'UNREACHABLE';
  const expired = snapshot.session?.signedIn === false && snapshot.session.reason === 'expired';
  return (
    <p className="sv-widget__status" role="status" data-state={down ? 'reconnecting' : expired ? 'expired' : 'ok'}>
      {down ? say('reconnecting', locale) : expired ? say('expired', locale) : ''}
    </p>
  );
}

/** While the first answer is on its way. */
export function Loading({ locale }: { locale: WidgetLocale }) {
  return (
    <p className="sv-widget__loading" aria-busy="true">
      {say('loading', locale)}
    </p>
  );
}

/** The problems of the connection a view reports: the server away, no such network, a sign-in that ended. */
export function connectionProblems(snapshot: ConnectionSnapshot): Array<WidgetProblem | undefined> {
  return [snapshot.problem, snapshot.session?.signedIn === false && snapshot.session.reason === 'expired' ? expiredProblem : undefined];
}
