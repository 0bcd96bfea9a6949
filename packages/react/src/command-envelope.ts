/**
 * The envelope of a command — its id, who sends it, in which role and when — filled from the
 * provider, so a component says only what it wants done: `{ type: 'publishAgenda', meetingId }`.
 */
import type { SamverkanContextValue } from './samverkan-provider.js';
import type { CommandType } from '@samverkan/core/runtime';

/** A command as a component writes it: the type, the target id and the payload. */
export type CommandInput = {
  type: CommandType;
  /** Unique per command; a retry with the same id is recorded once. A new UUID when omitted. */
  id?: string;
  /** When; the provider's clock when omitted. */
  at?: string;
} & Record<string, unknown>;

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
