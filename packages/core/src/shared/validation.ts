/**
 * Validation at the edge: every input from outside goes through `parseWith`, which never
 * throws and answers with located messages in Swedish and English. Zod's own Swedish locale
 * is too terse for the people who read these (case officers, not developers), so the
 * messages are written here.
 */
import type * as z from 'zod';
import type { LocalizedText } from './localized.js';

/** One thing wrong with an input, located by its path. */
export interface ValidationIssue {
  /** Path to the offending value, e.g. `['period', 'start']`. */
  path: PropertyKey[];
  /** The path as text, e.g. `period.start` or `staffingPlan.seats[3].personId`. */
  pathText: string;
  /** Zod's issue code (`invalid_type`, `too_small`, `custom`, …). */
  code: string;
  message: LocalizedText;
}

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; issues: ValidationIssue[]; message: LocalizedText };

/**
 * Swedish texts of core's own messages, keyed by the English one. Zod keeps `params` only on
 * custom issues, so a message given to `.regex()` or `.min()` is found again by its text.
 */
const swedishFor = new Map<string, string>();

/** Parameters for a refinement or check whose message core writes in both languages. */
export function localizedError(sv: string, en: string): { message: string; params: LocalizedText } {
  swedishFor.set(en, sv);
  return { message: en, params: { sv, en } };
}

/** Parses `input` with `schema`; returns the value or every issue, never throws. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  try {
    const result = schema.safeParse(input, { reportInput: true }) as z.ZodSafeParseResult<z.output<S>>;
    if (result.success) return { ok: true, value: result.data };
    const issues = result.error.issues.flatMap(toValidationIssues);
    return { ok: false, issues, message: summarise(issues) };
  } catch (error) {
    const detail = errorDetail(error);
    const issue: ValidationIssue = {
      path: [],
      pathText: '',
      code: 'exception',
      message: {
        sv: `Indata kunde inte kontrolleras: ${detail}`,
        en: `The input could not be checked: ${detail}`,
      },
    };
    return { ok: false, issues: [issue], message: summarise([issue]) };
  }
}

/** What an exception says, shown visibly and briefly; whatever was thrown, this does not throw. */
function errorDetail(error: unknown): string {
  try {
    const text = error instanceof Error ? String(error.message) : String(error);
    return visible(text.length > 200 ? `${text.slice(0, 200)}…` : text);
  } catch {
    return '?';
  }
}

/**
 * Where an issue lies when its path alone does not say it, e.g. the section of a mandate an
 * amendment's `change` is the content of. A check that adds it sets it on the raw issue
 * (see `issue-context.ts`); `parseWith` adds it to the message.
 */
export interface IssueContext {
  within?: LocalizedText;
}

/** Formats a path the way a developer would write it: `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** One sentence for a list of issues, the first few spelled out. */
export function summarise(issues: readonly ValidationIssue[]): LocalizedText {
  const shown = issues.slice(0, 3);
  const more = issues.length - shown.length;
  const join = (locale: 'sv' | 'en') =>
    shown.map((i) => i.message[locale]).join('; ') +
    (more > 0 ? (locale === 'sv' ? ` (och ${more} fel till)` : ` (and ${more} more)`) : '');
  return { sv: `Ogiltiga uppgifter: ${join('sv')}`, en: `Invalid input: ${join('en')}` };
}

/** A located issue with the message written from its path: `«a.b» får inte vara tom`. */
export function locatedIssue(path: readonly PropertyKey[], code: string, body: LocalizedText): ValidationIssue {
  const pathText = formatPath(path);
  // A key is the sender's text too: shown visibly and not at any length.
  const shown = visible(pathText.length > 200 ? `${pathText.slice(0, 200)}…` : pathText);
  const where = (locale: 'sv' | 'en') => (pathText === '' ? (locale === 'sv' ? 'Indata' : 'The input') : `«${shown}»`);
  return {
    path: [...path],
    pathText,
    code,
    message: { sv: `${where('sv')} ${body.sv}`, en: `${where('en')} ${body.en}` },
  };
}

/**
 * One zod issue as located issues. An unknown field is an issue of its own, located at the
 * field (`«mandate.foo» är inte ett känt fält`), rather than one issue on the object listing
 * them: the path then leads to the very line of a region's file that is wrong.
 */
function toValidationIssues(issue: z.core.$ZodIssue): ValidationIssue[] {
  const within = (issue as IssueContext).within;
  const suffix = (locale: 'sv' | 'en') =>
    within === undefined ? '' : locale === 'sv' ? ` (i avsnittet «${within.sv}»)` : ` (in the section «${within.en}»)`;
  const withContext = (body: LocalizedText): LocalizedText => ({ sv: body.sv + suffix('sv'), en: body.en + suffix('en') });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      locatedIssue([...issue.path, key], issue.code, withContext({ sv: 'är inte ett känt fält', en: 'is not a known field' })),
    );
  }
  return [locatedIssue(issue.path, issue.code, withContext(describe(issue)))];
}

const typeNames: Record<string, LocalizedText> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'an integer' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
  object: { sv: 'ett objekt', en: 'an object' },
  array: { sv: 'en lista', en: 'a list' },
  null: { sv: 'null', en: 'null' },
  undefined: { sv: 'inget värde', en: 'no value' },
  date: { sv: 'ett datum', en: 'a date' },
  bigint: { sv: 'ett stort heltal', en: 'a big integer' },
  nan: { sv: 'NaN', en: 'NaN' },
  function: { sv: 'en funktion', en: 'a function' },
  symbol: { sv: 'en symbol', en: 'a symbol' },
  map: { sv: 'en Map', en: 'a Map' },
  set: { sv: 'en Set', en: 'a Set' },
};

function typeName(name: string): LocalizedText {
  return typeNames[name] ?? { sv: name, en: name };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (value instanceof Date) return 'date';
  return typeof value;
}

const formatNames: Record<string, LocalizedText> = {
  date: { sv: 'ett datum (ÅÅÅÅ-MM-DD)', en: 'a date (YYYY-MM-DD)' },
  datetime: {
    sv: 'en tidpunkt med tidszon (t.ex. 2026-03-01T09:00:00+01:00)',
    en: 'a date-time with a time zone (e.g. 2026-03-01T09:00:00+01:00)',
  },
  time: { sv: 'en tid (TT:MM)', en: 'a time (HH:MM)' },
  email: { sv: 'en e-postadress', en: 'an e-mail address' },
  url: { sv: 'en webbadress', en: 'a web address' },
  uuid: { sv: 'ett UUID', en: 'a UUID' },
  regex: { sv: 'det tillåtna mönstret', en: 'the allowed pattern' },
};

/**
 * Control, format and unassigned characters as `U+XXXX`: a message quotes what it refuses, and
 * must not itself carry a bidirectional override or a line break into the page that shows it.
 */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\u2028\u2029]/gu, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

function quote(value: unknown): string {
  if (typeof value === 'string') return `"${visible(value.length > 40 ? `${value.slice(0, 40)}…` : value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeOf(value);
}

function sizeUnit(origin: string | undefined, n: number | bigint): LocalizedText {
  const one = Number(n) === 1;
  switch (origin) {
    case 'string':
      return { sv: 'tecken', en: one ? 'character' : 'characters' };
    case 'array':
    case 'set':
      return { sv: one ? 'post' : 'poster', en: one ? 'item' : 'items' };
    default:
      return { sv: '', en: '' };
  }
}

function describe(issue: z.core.$ZodIssue): LocalizedText {
  const ownSwedish = swedishFor.get(issue.message);
  if (ownSwedish !== undefined) {
    const input = (issue as { input?: unknown }).input;
    const shown = typeof input === 'string' || typeof input === 'number' ? quote(input) : undefined;
    return shown === undefined
      ? { sv: ownSwedish, en: issue.message }
      : { sv: `${ownSwedish} (fick ${shown})`, en: `${issue.message} (got ${shown})` };
  }
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        return { sv: 'saknas men är obligatoriskt', en: 'is missing but required' };
      }
      const expected = typeName(issue.expected);
      const received = typeName(typeOf(input));
      return {
        sv: `har fel typ: förväntade ${expected.sv}, fick ${received.sv}`,
        en: `has the wrong type: expected ${expected.en}, got ${received.en}`,
      };
    }
    case 'invalid_value': {
      const input = (issue as { input?: unknown }).input;
      const got = input === undefined ? '' : ` (${quote(input)})`;
      const allowed = issue.values.map((v) => quote(v)).join(', ');
      if (issue.values.length === 1) {
        return { sv: `måste vara ${allowed}${got}`, en: `must be ${allowed}${got}` };
      }
      return {
        sv: `har ett ogiltigt värde${got}; tillåtna är ${allowed}`,
        en: `has an invalid value${got}; allowed are ${allowed}`,
      };
    }
    case 'too_small': {
      const unit = sizeUnit(issue.origin, issue.minimum);
      if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1) {
        return { sv: 'får inte vara tom', en: 'must not be empty' };
      }
      const min = String(issue.minimum);
      if (unit.sv !== '') {
        return { sv: `måste ha minst ${min} ${unit.sv}`, en: `must have at least ${min} ${unit.en}` };
      }
      return issue.inclusive
        ? { sv: `måste vara minst ${min}`, en: `must be at least ${min}` }
        : { sv: `måste vara större än ${min}`, en: `must be greater than ${min}` };
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin, issue.maximum);
      const max = String(issue.maximum);
      if (unit.sv !== '') {
        return { sv: `får ha högst ${max} ${unit.sv}`, en: `must have at most ${max} ${unit.en}` };
      }
      return issue.inclusive
        ? { sv: `får vara högst ${max}`, en: `must be at most ${max}` }
        : { sv: `måste vara mindre än ${max}`, en: `must be less than ${max}` };
    }
    case 'invalid_format': {
      const name = formatNames[issue.format] ?? { sv: issue.format, en: issue.format };
      const input = (issue as { input?: unknown }).input;
      const got = input === undefined ? '' : `, fick ${quote(input)}`;
      const gotEn = input === undefined ? '' : `, got ${quote(input)}`;
      return { sv: `har fel format: förväntade ${name.sv}${got}`, en: `has the wrong format: expected ${name.en}${gotEn}` };
    }
    case 'not_multiple_of':
      return {
        sv: `måste vara en multipel av ${String(issue.divisor)}`,
        en: `must be a multiple of ${String(issue.divisor)}`,
      };
    case 'invalid_union':
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        // The issue's input is the whole object; the value shown is its discriminator's.
        const key = issue.path.at(-1);
        const input = (issue as { input?: unknown }).input;
        const value = typeof input === 'object' && input !== null && typeof key === 'string' ? (input as Record<string, unknown>)[key] : undefined;
        if (value === undefined) return { sv: 'saknas men är obligatoriskt', en: 'is missing but required' };
        return { sv: `har ett värde som inte är tillåtet här (${quote(value)})`, en: `has a value that is not allowed here (${quote(value)})` };
      }
      return {
        sv: 'passar inte något av de tillåtna alternativen',
        en: 'matches none of the allowed alternatives',
      };
    case 'invalid_key': {
      // The key's own issue says what is wrong with it (its path is the key itself).
      const inner = issue.issues[0];
      if (inner === undefined) return { sv: 'är en ogiltig nyckel', en: 'is an invalid key' };
      const why = describe(inner);
      return { sv: `är en ogiltig nyckel: ${why.sv}`, en: `is an invalid key: ${why.en}` };
    }
    case 'invalid_element':
      return { sv: 'har ett ogiltigt element', en: 'has an invalid element' };
    case 'custom': {
      const params = issue.params as Partial<LocalizedText> | undefined;
      if (params?.sv && params.en) return { sv: params.sv, en: params.en };
      return { sv: issue.message, en: issue.message };
    }
    default:
      return { sv: 'är ogiltigt', en: 'is invalid' };
  }
}
