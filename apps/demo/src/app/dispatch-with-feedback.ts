/**
 * `dispatch` from `@samverkan/react`, with core's answer shown in the feedback live region
 * (feedback.tsx): what was done as a sentence («Partens beslut är registrerat.»), or core's
 * reason with fields named in words. Kept apart from the region so the start bundle does not
 * pull in core. The meeting's and the mandate's pages answer in the kit's workspaces instead.
 */
import type { CommandResult } from '@samverkan/core/runtime';
import { commandDoneLabels, refusalInWords } from '@samverkan/core/runtime';
import { useCommand, useSamverkan, type CommandInput } from '@samverkan/react';
import { useCallback, useContext } from 'react';
import { FeedbackContext } from './feedback.js';

const text = {
  refused: { sv: 'Det gick inte:', en: 'That did not work:' },
} as const;

export function useDispatchWithFeedback(): { dispatch: (command: CommandInput) => Promise<CommandResult>; pending: boolean } {
  const { dispatch, pending } = useCommand();
  const { locale } = useSamverkan();
  const set = useContext(FeedbackContext)?.set;
  const send = useCallback(
    async (command: CommandInput) => {
      const result = await dispatch(command);
      const serial = Date.now();
      if (result.ok) set?.({ ok: true, text: commandDoneLabels[command.type][locale], serial });
      else set?.({ ok: false, text: `${text.refused[locale]} ${refusalInWords(command.type, result)[locale]}`, serial });
      return result;
    },
    [dispatch, locale, set],
  );
  return { dispatch: send, pending };
}
