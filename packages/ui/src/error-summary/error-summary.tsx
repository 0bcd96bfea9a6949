/**
 * ErrorSummary — what is wrong with a form, at the top of the form, where the person looks
 * after pressing «Spara»: it takes focus when it appears (so a screen reader reads it and the
 * page scrolls to it), names each field in words and links to it. The message is repeated
 * beside the field. After GOV.UK's and Designsystemet's error summaries.
 */
import type { Locale } from '@samverkan/core';
import { useEffect, useId, useRef } from 'react';
import { useLocale } from '../i18n/locale.js';
import type { FormError } from './form-error.js';

export interface ErrorSummaryProps {
  /** The problems; nothing renders when empty. */
  errors: readonly FormError[];
  /** The id of each field by error key, for the links; an error without one is plain text. */
  fieldIds?: Readonly<Record<string, string>>;
  /** The heading; «Rätta det här innan du sparar» when omitted. */
  title?: string;
  /** Move focus to the summary when errors appear (default `true`). */
  autoFocus?: boolean;
  /** The heading's level; 2 when omitted. */
  headingLevel?: 2 | 3 | 4;
  locale?: Locale;
}

/** What can take focus in a field. */
const focusable = 'input:not([type="hidden"]), textarea, select, button, [tabindex]';

const text = {
  title: { sv: 'Rätta det här innan du fortsätter', en: 'Correct this before you continue' },
} as const;

export function ErrorSummary({ errors, fieldIds = {}, title, autoFocus = true, headingLevel = 2, locale: localeProp }: ErrorSummaryProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  // A new set of errors (a new failed attempt) takes focus again.
  const signature = errors.map((e) => `${e.key}:${e.message}`).join('|');
  useEffect(() => {
    if (autoFocus && signature !== '') ref.current?.focus();
  }, [autoFocus, signature]);
  if (errors.length === 0) return null;
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <div className="sv-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <Heading className="sv-error-summary__title" id={`${id}-title`}>
        {title ?? text.title[locale]}
      </Heading>
      <ul className="sv-error-summary__list">
        {errors.map((error, i) => {
          const target = fieldIds[error.key];
          const words = error.field ? `${error.field}: ${error.message}` : error.message;
          return (
            <li key={`${error.key}-${i}`} className="sv-error-summary__item">
              {target ? (
                <a
                  className="sv-error-summary__link"
                  href={`#${target}`}
                  onClick={(event) => {
                    // Focus the field itself (the page's URL stays as it is).
                    const root = ref.current?.getRootNode();
                    const field = (root instanceof ShadowRoot ? root.getElementById(target) : null) ?? document.getElementById(target);
                    if (!field) return;
                    event.preventDefault();
                    // The target may be a field's wrapper (a row, a radio group): focus the control in it.
                    const control = field.matches(focusable) ? field : (field.querySelector<HTMLElement>(`input:checked, ${focusable}`) ?? field);
                    control.focus();
                    control.scrollIntoView?.({ block: 'center' });
                  }}
                >
                  {words}
                </a>
              ) : (
                words
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
