/**
 * The answer to the visitor's last command, in one live region near the top of the page:
 * "done" when core recorded it, or core's reason when it did not (VALIDATION, NOT_AUTHORISED,
 * NOT_ALLOWED_NOW, …). The app adds no reasons of its own.
 */
import type { CommandResult } from '@samverkan/core/runtime';
import { commandLabels, useCommand, useSamverkan, type CommandInput } from '@samverkan/react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface Feedback {
  ok: boolean;
  text: string;
  /** Bumped on every answer, so the same message twice is announced twice. */
  serial: number;
}

const FeedbackContext = createContext<{ feedback: Feedback | undefined; set: (f: Feedback | undefined) => void } | null>(null);

const text = {
  done: { sv: 'klart.', en: 'done.' },
  refused: { sv: 'Inte genomfört:', en: 'Not done:' },
} as const;

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

/** `dispatch` from `@samverkan/react`, with its answer shown in the live region. */
export function useDispatchWithFeedback(): { dispatch: (command: CommandInput) => Promise<CommandResult>; pending: boolean } {
  const { dispatch, pending } = useCommand();
  const { locale } = useSamverkan();
  const set = useContext(FeedbackContext)?.set;
  const send = useCallback(
    async (command: CommandInput) => {
      const result = await dispatch(command);
      const serial = Date.now();
      if (result.ok) set?.({ ok: true, text: `${commandLabels[command.type][locale]} – ${text.done[locale]}`, serial });
      else set?.({ ok: false, text: `${text.refused[locale]} ${result.message[locale]}`, serial });
      return result;
    },
    [dispatch, locale, set],
  );
  return { dispatch: send, pending };
}

/** Clears the message when the visitor moves to another page. */
export function useClearFeedback(): () => void {
  const set = useContext(FeedbackContext)?.set;
  return useCallback(() => set?.(undefined), [set]);
}
