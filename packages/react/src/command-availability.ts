/**
 * Whether the current actor could do something now, and if not, why — answered by core's `can`
 * for a probe: the command with a representative payload that is valid as data, so the answer
 * reflects authority, lifecycle state and the domain's rules, never a rule of this package.
 * A probe leaves out what a person must add where a rule asks for it (a reason for a late
 * agenda, a reason to archive a draft): the refusal then tells the UI what is missing.
 */
import type { LocalizedText } from '@samverkan/core';
import type { ErrorCode } from '@samverkan/core/runtime';
import { commandLabels, refusalInWords, type CommandType } from '@samverkan/core/runtime';
import type { SamverkanContextValue } from './samverkan-provider.js';
import { envelopeOf } from './command-envelope.js';

export interface CommandAvailability<T extends CommandType = CommandType> {
  type: T;
  /** What the button says, in the provider's locale. */
  label: string;
  /** The command would be accepted now. */
  allowed: boolean;
  /** The role it would be recorded in, when allowed. */
  roleName?: string;
  /** Core's reason it would be refused, in both languages. */
  reason?: LocalizedText;
  /** The reason in the provider's locale. */
  reasonText?: string;
  /** Core's error code, e.g. `NOT_AUTHORISED` or `NOT_ALLOWED_NOW`. */
  code?: ErrorCode;
}

/** The id probes carry; `can` records nothing, so it is never stored. */
export const PROBE_ID = 'probe';

/** Placeholder text for required free-text fields of a probe (a reason, a comment). */
export const PROBE_TEXT = 'Prövning';

type ProbeContext = Pick<SamverkanContextValue, 'runtime' | 'actor' | 'locale' | 'now'>;

/** Asks core whether `type` with `payload` would be accepted from the actor now. */
export function probe<T extends CommandType>(
  context: ProbeContext,
  type: T,
  payload: Record<string, unknown>,
): CommandAvailability<T> {
  // A probe's payload is a stand-in built per type (placeholder texts), not a typed command: core
  // checks it like any command from outside.
  const command = envelopeOf({ ...payload, type }, { actor: context.actor, clock: () => context.now }, () => PROBE_ID);
  const answer = context.runtime.canUntrusted(command);
  const label = commandLabels[type][context.locale];
  if (answer.ok) return { type, label, allowed: true, roleName: answer.roleName };
  // A refusal about the input names its fields in words («Skäl: får inte vara tom»), never by path.
  const reason = refusalInWords(type, answer);
  return { type, label, allowed: false, reason, reasonText: reason[context.locale], code: answer.code };
}

/** Probes of several commands, keyed and ordered by type. */
export function probeAll<T extends CommandType>(
  context: ProbeContext,
  payloads: Readonly<Record<T, Record<string, unknown>>>,
): Record<T, CommandAvailability<T>> {
  const out = {} as Record<T, CommandAvailability<T>>;
  for (const type of Object.keys(payloads) as T[]) out[type] = probe(context, type, payloads[type]);
  return out;
}

/** An id not yet used among `taken` (`probe`, `probe-2`, …), for a probe that adds something. */
export function unusedId(taken: readonly string[]): string {
  let id = PROBE_ID;
  for (let n = 2; taken.includes(id); n += 1) id = `${PROBE_ID}-${n}`;
  return id;
}
