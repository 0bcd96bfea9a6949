/**
 * The typed answer of a command that is not recorded. Every refusal carries a code a program
 * can branch on and a message a person can read, in Swedish and English; nothing has been
 * written when one is returned.
 */
import type { LocalizedText } from '../shared/localized.js';
import type { ValidationIssue } from '../shared/validation.js';

/**
 * `DAMAGED`: the record's stored events failed replay's checks (see `RuntimeState.damaged`); it
 * is read-only until the log is restored.
 */
export type ErrorCode = 'VALIDATION' | 'NOT_AUTHORISED' | 'NOT_ALLOWED_NOW' | 'CONFLICT' | 'NOT_FOUND' | 'DAMAGED';

export interface CommandError {
  ok: false;
  code: ErrorCode;
  message: LocalizedText;
  details: {
    /** Validation issues, each with its path and both languages. */
    issues?: ValidationIssue[];
    /** The authority the command needs. */
    authority?: string;
    /** The aggregate's current state. */
    state?: string;
    /** States in which the command would be accepted. */
    allowedIn?: string[];
    /** Stream and versions of a conflict. */
    stream?: string;
    expectedVersion?: number;
    actualVersion?: number;
    [key: string]: unknown;
  };
}

export function commandError(code: ErrorCode, message: LocalizedText, details: CommandError['details'] = {}): CommandError {
  return { ok: false, code, message, details };
}
