/**
 * The envelope of a command — its id, who sends it, in which role and when — filled from the
 * provider, so a component says only what it wants done: `{ type: 'publishAgenda', meetingId }`.
 */
import type { SamverkanContextValue } from './samverkan-provider.js';
import type { CommandInput as CoreCommandInput } from '@samverkan/core/runtime';

/**
 * A command as a component writes it: core's `CommandInput` without the sender and the role
 * (always the provider's actor) and with `id` optional (a new UUID when omitted) — `at` is the
 * provider's clock when omitted. Discriminated by `type`, so a misspelt type or field is a
 * compile error.
 */
export type CommandInput = CoreCommandInput extends infer C
  ? C extends CoreCommandInput
    ? Omit<C, 'id' | 'by' | 'as'> & {
        /** Unique per command; a retry with the same id is recorded once. A new UUID when omitted. */
        id?: string;
      }
    : never
  : never;

/** A UUID for a command: `crypto.randomUUID`, or from random bytes where it is missing (plain http). */
export function newCommandId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The full command: `by` (and `as`) always from the provider's actor — a component acts for the
 * person using it — `id` and `at` from the command when given, else a new id and the clock.
 */
export function withEnvelope(
  command: CommandInput,
  context: Pick<SamverkanContextValue, 'actor' | 'clock'>,
  id: () => string = newCommandId,
): CoreCommandInput {
  // The fields added are exactly the ones `CommandInput` leaves to the provider.
  return envelopeOf(command, context, id) as CoreCommandInput;
}

/** The envelope around any command-shaped value (a probe's stand-in payload as well as a typed command). */
export function envelopeOf(
  command: { type: string; id?: string; at?: string },
  context: Pick<SamverkanContextValue, 'actor' | 'clock'>,
  id: () => string,
): Record<string, unknown> {
  const { actor } = context;
  return {
    ...command,
    id: command.id ?? id(),
    at: command.at ?? context.clock(),
    by: actor.personId,
    ...(actor.roleId === undefined ? {} : { as: actor.roleId }),
  };
}
