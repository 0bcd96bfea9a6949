/**
 * The answer to the visitor's last command, in one live region near the top of the page:
 * "done" when core recorded it, or core's reason when it did not (VALIDATION, NOT_AUTHORISED,
 * NOT_ALLOWED_NOW, …). The app adds no reasons of its own. This file is part of the light
 * start bundle, so it imports nothing of core; the dispatch that fills the region is in
 * dispatch-with-feedback.ts.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Feedback {
  ok: boolean;
  text: string;
  /** Bumped on every answer, so the same message twice is announced twice. */
  serial: number;
}

export const FeedbackContext = createContext<{ feedback: Feedback | undefined; set: (f: Feedback | undefined) => void } | null>(null);

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [feedback, set] = useState<Feedback | undefined>(undefined);
  const value = useMemo(() => ({ feedback, set }), [feedback]);
  return <FeedbackContext.Provider value={value}>{children}</FeedbackContext.Provider>;
}

/** The live region; rendered once by the layout. */
export function FeedbackRegion() {
  const context = useContext(FeedbackContext);
  const feedback = context?.feedback;
  return (
    <div className="sv-demo-feedback" aria-live="polite" aria-atomic="true">
      {feedback ? (
        <p key={feedback.serial} className="sv-notice" data-variant={feedback.ok ? 'success' : 'danger'} data-feedback={feedback.ok ? 'ok' : 'refused'}>
          {feedback.text}
        </p>
      ) : null}
    </div>
  );
}

/** Clears the message when the visitor moves to another page. */
export function useClearFeedback(): () => void {
  const set = useContext(FeedbackContext)?.set;
  return useCallback(() => set?.(undefined), [set]);
}
