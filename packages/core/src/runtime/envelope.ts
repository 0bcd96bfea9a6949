/**
 * Who sends a command and when, decided by the runtime, not by the command: the acting person
 * comes from the identity policy and the time from the runtime's clock. A command that names
 * another sender is refused; a command's own `at` is accepted only as a retry's echo of the
 * clock (within a small tolerance). Only for imported records (`trustedRecords`) do `by` and
 * `at` come from the command — and even then a stream's times never go backwards and nothing
 * is dated after now.
 */
import { readableInstant } from '../shared/readable-time.js';
import { commandError, type CommandError } from './errors.js';
import type { IdentityPolicy } from './identity.js';

/** The runtime's clock: now, as an ISO instant with an offset. */
export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString();

/** How far a command's own `at` may lie from the runtime's clock: clocks of machines differ a little. */
export const DEFAULT_TIME_TOLERANCE_MS = 2 * 60_000;

export interface EnvelopePolicy {
  identity: IdentityPolicy;
  clock: Clock;
  toleranceMs: number;
}

/** The sender and time a command is recorded with. */
export interface Envelope {
  by: string;
  at: string;
}

const minutes = (ms: number) => Math.round(ms / 60_000);

/** `by` and `at` for a command, or why it is refused. Reads only `by` and `at` of the input. */
export function resolveEnvelope(raw: { by?: unknown; at?: unknown }, policy: EnvelopePolicy): Envelope | CommandError {
  const { identity } = policy;
  if (identity.kind === 'records') {
    // The schema checks presence and format; only the future is refused here.
    const at = raw.at;
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) {
      const now = policy.clock();
      if (Date.parse(at) > Date.parse(now) + policy.toleranceMs) return inTheFuture(at, now);
    }
    return { by: raw.by as string, at: raw.at as string };
  }

  const actor = identity.actor();
  if (actor === undefined) {
    return commandError('NOT_AUTHORISED', {
      sv: 'Ingen är inloggad. Logga in för att göra detta.',
      en: 'Nobody is signed in. Sign in to do this.',
    });
  }
  if (raw.by !== undefined && raw.by !== actor) {
    return commandError(
      'NOT_AUTHORISED',
      {
        sv: `Kommandot anger avsändaren «${String(raw.by)}», men den som agerar är «${actor}». Vem som agerar bestäms av inloggningen, inte av kommandot.`,
        en: `The command names the sender «${String(raw.by)}», but the person acting is «${actor}». Who acts is decided by the sign-in, not by the command.`,
      },
      { by: String(raw.by), actor },
    );
  }
  const now = policy.clock();
  if (raw.at !== undefined) {
    const given = typeof raw.at === 'string' ? Date.parse(raw.at) : Number.NaN;
    if (Number.isNaN(given) || Math.abs(given - Date.parse(now)) > policy.toleranceMs) {
      const at = readableInstant(String(raw.at));
      const clock = readableInstant(now);
      const message = {
        sv: `«at» (${at.sv}) stämmer inte med klockan (${clock.sv}): tiden för ett kommando sätts när det tas emot och får skilja högst ${minutes(policy.toleranceMs)} minuter.`,
        en: `«at» (${at.en}) does not match the clock (${clock.en}): a command is dated when it is received, within ${minutes(policy.toleranceMs)} minutes.`,
      };
      return commandError('VALIDATION', message, { issues: [{ path: ['at'], pathText: 'at', code: 'custom', message }] });
    }
  }
  return { by: actor, at: now };
}

function inTheFuture(at: string, now: string): CommandError {
  const when = readableInstant(at);
  const clock = readableInstant(now);
  const message = {
    sv: `«at» (${when.sv}) ligger efter klockan (${clock.sv}): inget kan dateras i framtiden.`,
    en: `«at» (${when.en}) is later than the clock (${clock.en}): nothing can be dated in the future.`,
  };
  return commandError('VALIDATION', message, { issues: [{ path: ['at'], pathText: 'at', code: 'custom', message }] });
}

/**
 * A stream's events never go back in time: refuses an event dated before the latest event of
 * its stream (a demo clock moved back, or a record that back-dates).
 */
export function beforeLatest(at: string, latestAt: string | undefined, streamName: string): CommandError | undefined {
  if (latestAt === undefined || Date.parse(at) >= Date.parse(latestAt)) return undefined;
  const when = readableInstant(at);
  const latest = readableInstant(latestAt);
  return commandError(
    'NOT_ALLOWED_NOW',
    {
      sv: `${streamName} har redan en händelse från ${latest.sv}; inget kan läggas till med en tidigare tid (${when.sv}).`,
      en: `${streamName} already has an event from ${latest.en}; nothing can be added with an earlier time (${when.en}).`,
    },
    { latestAt },
  );
}
