/**
 * Structured logs: one JSON object per line on stdout, with a level, a message and fields. What
 * a log line may hold is decided here, not at each call: fields whose names suggest personal
 * data or secrets (names, e-mail, tokens, cookies, addresses, claims) are dropped, so a log can
 * be shipped to a central log service without a personal-data assessment of its own. People are
 * named by their opaque person id only.
 */
import type { LogLevel } from '../config/config.schema.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Field names never written, whatever a caller passes (compared without case, `_` or `-`). */
const FORBIDDEN = /^(name|names|email|e?mail|title|contact|phone|token|accesstoken|idtoken|authorization|cookie|cookies|password|secret|claims?|identityclaims|ip|address|remoteaddress|forwardedfor|useragent|body)$/;

/** A logger that writes JSON lines with `write` (default: stdout) from `level` up. */
export function createLogger(options: { level?: LogLevel; write?: (line: string) => void; clock?: () => string } = {}): Logger {
  const min = order[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const clock = options.clock ?? (() => new Date().toISOString());
  const log = (level: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (order[level] < min) return;
    write(JSON.stringify({ time: clock(), level, msg: message, ...withoutPersonalData(fields) }));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that writes nothing (tests that do not look at logs). */
export const silentLogger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** The fields a log line may carry: plain values, no personal data, errors as name, code and message. */
export function withoutPersonalData(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (FORBIDDEN.test(key.toLowerCase().replace(/[_-]/g, ''))) continue;
    if (value instanceof Error) {
      out[key] = { name: value.name, message: value.message, ...('code' in value ? { code: (value as { code?: unknown }).code } : {}) };
    } else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      out[key] = typeof value === 'string' && value.length > 500 ? `${value.slice(0, 500)}…` : value;
    }
  }
  return out;
}
