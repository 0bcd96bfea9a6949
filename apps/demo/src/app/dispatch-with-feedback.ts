/**
 * `dispatch` from `@samverkan/react`, with core's answer shown in the feedback live region
 * (feedback.tsx). Kept apart from the region so the start bundle does not pull in core.
 */
import type { CommandResult } from '@samverkan/core/runtime';
import { commandLabels, useCommand, useSamverkan, type CommandInput } from '@samverkan/react';
import { useCallback, useContext } from 'react';
import { FeedbackContext } from './feedback.js';

const text = {
  done: { sv: 'klart.', en: 'done.' },
  refused: { sv: 'Inte genomfört:', en: 'Not done:' },
} as const;

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
