/**
 * Typed commands: `CommandInput` is the union of every command's input, one member per command
 * type, derived from the command definitions (their schemas), never written twice. An app that
 * builds a command gets a compile error for a misspelt type or field, a missing field or a value
 * of the wrong kind; the runtime still checks every command, typed or not.
 *
 * `by` and `at` are optional: with a signed-in session the runtime takes them from the sign-in
 * and its clock (see `resolveEnvelope`); only imported records (`trustedRecords`) must carry them.
 */
import type * as z from 'zod';
import type { CommandDefinition } from './command-definition.js';
import type { commandList } from './commands/index.js';

/** The schema a command definition validates its input with. */
export type SchemaOf<D> = D extends CommandDefinition<infer S> ? S : never;
/** What a caller writes for a schema: its input, without the sender and time the host supplies (they may be given). */
export type InputOf<S> = S extends z.ZodType ? Omit<z.input<S>, 'by' | 'at'> & { by?: string; at?: string } : never;

/** Any command the runtime accepts, as an app writes it: a union discriminated by `type`. */
export type CommandInput = InputOf<SchemaOf<(typeof commandList)[number]>>;

/** The input of one command type: `CommandInputOf<'planMeeting'>`. */
export type CommandInputOf<T extends CommandInput['type']> = Extract<CommandInput, { type: T }>;

/**
 * A command, checked against its type at compile time and returned as it is — for an app that
 * builds a command before it dispatches it (`const c = command({ type: 'planMeeting', … })`).
 */
export function command<C extends CommandInput>(input: C & CommandInputOf<C['type']>): C {
  return input;
}
