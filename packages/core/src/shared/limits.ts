/**
 * Every size limit core enforces, in one place, so that the schemas, the runtime and the
 * README's table say the same thing. Why limits at all: a mandate and minutes become public
 * records and every stored event is replayed by every browser that opens the network, so one
 * 20 MB event makes the whole network slow for everyone, for ever. The limits are generous
 * for real documents (the seeds use a fraction of each) and small enough that no single
 * command can hurt the log. Lengths are in characters (UTF-16 code units, as JavaScript
 * counts them).
 */

/** Characters of one string. */
export const textLimits = {
  /** `Id`: an identifier. */
  id: 120,
  /** `Label`: a name, a title, a short note. */
  label: 300,
  /** `Text`: free text a person writes (background, minutes, reasons). */
  text: 20_000,
  /** A web address (`documentUrl`, `onlineLink`). */
  url: 2_000,
  /** An e-mail address (RFC 5321's limit). */
  email: 254,
  /** A version number such as `1.0`. */
  version: 20,
  /** A message the lifecycle writes itself (a warning); it may quote a person's reason. */
  machineMessage: 21_000,
} as const;

/** Entries of one list. */
export const listLimits = {
  /** Lists inside one document: tasks, responsibilities, goals, channels, subject areas, reviewers, recommendations … */
  document: 100,
  /** The records of one meeting or plan: agenda items, the minutes' items, decisions, actions and escalations, a plan's activities and risks. */
  records: 200,
  /** People and seats: attendance, seminar participants and hours, attendees, seat holders, staffing entries, parties. */
  people: 1_000,
  /** What a lifecycle accumulates: warnings, reschedules, change requests, referral rounds, versions, follow-ups. */
  history: 1_000,
  /** One collection of a dataset: its organisations, people, meetings, time reports … */
  collection: 10_000,
} as const;

/** The `extensions` field (see `extensions.schema.ts`). */
export const extensionLimits = {
  /** Keys in one `extensions` object. */
  keys: 50,
  /** Nesting of one extension value (an object in an object … counts one level each). */
  depth: 8,
  /** Characters of one `extensions` object as JSON. */
  size: 16_000,
} as const;

/** What `toPlainData` lets through: the size of a whole input, before any schema sees it. */
export interface PlainDataLimits {
  /** Characters of the input as JSON text (without escapes). */
  maxSize: number;
  /** Levels of nesting (the input itself is level 0). */
  maxDepth: number;
  /** Values in the input: every object, list, string, number, boolean and null counts one. */
  maxNodes: number;
}

/** One command: a dispatch or a `can`. */
export const commandLimits: PlainDataLimits = { maxSize: 512_000, maxDepth: 32, maxNodes: 50_000 };

/** One dataset load: a whole network's directory, mandates and documents. */
export const datasetLimits: PlainDataLimits = { maxSize: 5_000_000, maxDepth: 32, maxNodes: 500_000 };

/**
 * A limit as a person reads it: `512 000` in Swedish, `512,000` in English. Written out rather
 * than `toLocaleString`, whose Swedish separator (a no-break space) and very presence depend on
 * the JavaScript engine's locale data.
 */
export function formatLimit(n: number, locale: 'sv' | 'en'): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'sv' ? ' ' : ',');
}
