/**
 * NextStep — the one thing to do next, and the rest out of the way. Of the actions a stage
 * offers (each as core answered it for the current person), the first allowed one is the
 * primary button; the other allowed ones follow as secondary buttons; those core refuses are
 * not shown as dead buttons but listed under «Varför kan jag inte …?», each with core's reason.
 * It decides nothing: the order is the caller's, every answer is core's.
 */
import type { Locale } from '@samverkan/core';
import type { CommandType } from '@samverkan/core/runtime';
import { useId, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { ActionDescriptor } from '../button/action-button.js';
import { useLocale } from '../i18n/locale.js';

export interface NextStepProps<T extends string = CommandType> {
  /** The actions of this stage, the likely next step first (core's answers: `allowed`, `reasonText`). */
  actions: readonly ActionDescriptor<T>[];
  /** Called with the action's type when the person chooses an allowed action. */
  onAction?: (type: T) => void;
  /** The heading; «Nästa steg» when omitted. */
  heading?: string;
  /** The heading's level (2 when omitted). */
  headingLevel?: 2 | 3 | 4;
  /** What to say when none of the actions is open to the person now. */
  nothingToDo?: string;
  /** Shown under the buttons, e.g. a hint about the demo's clock. */
  children?: ReactNode;
  /** Disables the buttons while a command is under way. */
  isPending?: boolean;
  /** Open the «Varför kan jag inte …?» list from the start. */
  defaultOpenWhy?: boolean;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Nästa steg', en: 'Next step' },
  nothing: { sv: 'Det finns inget du kan göra här just nu.', en: 'There is nothing you can do here right now.' },
  why: { sv: 'Varför kan jag inte …?', en: 'Why can’t I …?' },
} as const;

export function NextStep<T extends string = CommandType>({
  actions,
  onAction,
  heading,
  headingLevel = 2,
  nothingToDo,
  children,
  isPending = false,
  defaultOpenWhy = false,
  locale: localeProp,
}: NextStepProps<T>) {
  const locale = useLocale(localeProp);
  const id = useId();
  const allowed = actions.filter((a) => a.allowed);
  const refused = actions.filter((a) => !a.allowed);
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section className="sv-next-step" aria-labelledby={`${id}-heading`} data-has-primary={allowed.length > 0}>
      <Heading className="sv-next-step__heading" id={`${id}-heading`}>
        {heading ?? text.heading[locale]}
      </Heading>
      {allowed.length > 0 ? (
        <div className="sv-button-group sv-next-step__actions">
          {allowed.map((action, i) => (
            <Button
              key={action.type}
              className="sv-button"
              data-variant={i === 0 ? 'primary' : 'secondary'}
              data-action={action.type}
              isDisabled={isPending}
              onPress={() => onAction?.(action.type)}
            >
              {action.label}
            </Button>
          ))}
        </div>
      ) : (
        <p className="sv-next-step__nothing">{nothingToDo ?? text.nothing[locale]}</p>
      )}
      {children}
      {refused.length > 0 ? (
        <details className="sv-next-step__why" open={defaultOpenWhy || undefined}>
          <summary className="sv-next-step__why-summary">{text.why[locale]}</summary>
          <ul className="sv-next-step__why-list">
            {refused.map((action) => (
              <li key={action.type} className="sv-next-step__why-item" data-action={action.type} data-code={action.code}>
                <span className="sv-next-step__why-action">{action.label}</span>
                <span className="sv-next-step__why-reason">{action.reasonText}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
