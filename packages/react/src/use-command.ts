/**
 * Sends commands as the provider's actor. `can` answers without acting (for enabling a button
 * or explaining why it is disabled), `dispatch` records or says why not. Neither throws: every
 * outcome is core's typed result, so a component renders a refusal like any other answer.
 */
import { useCallback, useMemo, useState } from 'react';
import { commandError, type CanResult, type CommandError, type CommandResult, type DispatchAllResult } from '@samverkan/core/runtime';
import { withEnvelope, type CommandInput } from './command-envelope.js';
import { useSamverkan } from './samverkan-provider.js';

export interface UseCommandResult {
  /** Whether the command would be accepted now, and why not; records nothing. */
  can: (command: CommandInput) => CanResult;
  /** Records the command or answers why not. Resolves, never rejects. */
  dispatch: (command: CommandInput) => Promise<CommandResult>;
  /**
   * Records several commands as one step, all or none (core's `dispatchAll`): each is checked as
   * `dispatch` would, seeing the ones before it — publish an agenda and send the invitations,
   * mark a meeting held and record who attended. Resolves, never rejects.
   */
  dispatchAll: (commands: readonly CommandInput[]) => Promise<DispatchAllResult>;
  /** A dispatch of this hook is under way. */
  pending: boolean;
  /** The answer to this hook's latest dispatch. */
  lastResult: CommandResult | undefined;
}

function unexpected(error: unknown): CommandError {
  const detail = error instanceof Error ? error.message : String(error);
  return commandError('VALIDATION', {
    sv: `Kommandot kunde inte prövas: ${detail}. Inget skrevs.`,
    en: `The command could not be checked: ${detail}. Nothing was written.`,
  });
}

export function useCommand(): UseCommandResult {
  const { runtime, actor, clock } = useSamverkan();
  const [inFlight, setInFlight] = useState(0);
  const [lastResult, setLastResult] = useState<CommandResult | undefined>(undefined);

  const can = useCallback(
    (command: CommandInput): CanResult => {
      try {
        return runtime.can(withEnvelope(command, { actor, clock }));
      } catch (error) {
        return unexpected(error);
      }
    },
    [runtime, actor, clock],
  );

  const dispatch = useCallback(
    async (command: CommandInput): Promise<CommandResult> => {
      setInFlight((n) => n + 1);
      let result: CommandResult;
      try {
        result = await runtime.dispatch(withEnvelope(command, { actor, clock }));
      } catch (error) {
        result = unexpected(error);
      }
      setInFlight((n) => n - 1);
      setLastResult(result);
      return result;
    },
    [runtime, actor, clock],
  );

  const dispatchAll = useCallback(
    async (commands: readonly CommandInput[]): Promise<DispatchAllResult> => {
      setInFlight((n) => n + 1);
      let result: DispatchAllResult;
      try {
        result = await runtime.dispatchAll(commands.map((command) => withEnvelope(command, { actor, clock })));
      } catch (error) {
        result = { ok: false, index: 0, error: unexpected(error) };
      }
      setInFlight((n) => n - 1);
      setLastResult(result.ok ? result.results.at(-1) : result.error);
      return result;
    },
    [runtime, actor, clock],
  );

  return useMemo(() => ({ can, dispatch, dispatchAll, pending: inFlight > 0, lastResult }), [can, dispatch, dispatchAll, inFlight, lastResult]);
}
