/**
 * Pure rules of the mandate: version numbers ("M.m"), the period and its extension, which
 * changes need the commissioner, review rounds, and deep-freezing an approved version (a public
 * record must never change afterwards; its SHA-256 fingerprint is `recordFingerprint`).
 */
import { canonicalJson } from '../shared/canonical-json.js';
import { addDays } from '../shared/dates.js';
import type { LocalizedText } from '../shared/localized.js';
import type {
  AmendableSection,
  Mandate,
  MandateChange,
  MandatePeriod,
  MandateSection,
  ReviewBody,
  ReviewOutcome,
} from './mandate.schema.js';

// ── Version numbers ──────────────────────────────────────────────────────────

/** A version split into its integer (major) and minor part. */
export interface VersionParts {
  major: number;
  minor: number;
}

/** Splits "1.2" into `{ major: 1, minor: 2 }`; throws on anything that is not "M.m". */
export function parseVersion(version: string): VersionParts {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new RangeError(`Not a document version: ${version}`);
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** The integer part: "1.3" → 1. */
export function majorOf(version: string): number {
  return parseVersion(version).major;
}

/** The minor part: "1.3" → 3. */
export function minorOf(version: string): number {
  return parseVersion(version).minor;
}

/** The next draft or direct change: "0.1" → "0.2", "1.0" → "1.1". */
export function nextMinor(version: string): string {
  const { major, minor } = parseVersion(version);
  return `${major}.${minor + 1}`;
}

/** The next approved version: "0.3" → "1.0", "1.2" → "2.0". */
export function nextMajor(version: string): string {
  return `${majorOf(version) + 1}.0`;
}

/**
 * A heltalsversion — an approved version such as "1.0" or "2.0". "0.0" is not one: nothing
 * has been approved before 1.0.
 */
export function isIntegerVersion(version: string): boolean {
  const { major, minor } = parseVersion(version);
  return minor === 0 && major >= 1;
}

/** Orders versions numerically ("0.10" comes after "0.9"). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.major - y.major || x.minor - y.minor;
}

// ── Period and extension ─────────────────────────────────────────────────────

/** The same day `months` calendar months later, clamped to the month's last day (31 jan + 1 = 28/29 feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a period that starts on `start` and lasts `months` months (2019-01-01 + 24 → 2020-12-31). */
export function periodEndFromDuration(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** The planned end before any extension: the end date, or start + duration; undefined for a standing mandate. */
export function plannedEnd(period: Pick<MandatePeriod, 'start' | 'end' | 'durationMonths'>): string | undefined {
  if (period.end !== undefined) return period.end;
  if (period.durationMonths !== undefined) return periodEndFromDuration(period.start, period.durationMonths);
  return undefined;
}

/** The end that applies now: the extension's end if the mandate has been extended. */
export function effectiveEnd(period: MandatePeriod): string | undefined {
  return period.extension?.extendedTo ?? plannedEnd(period);
}

/** Why an extension to `to` is not possible, or null when it is. */
export type ExtensionRefusal =
  /** The mandate has no extension clause: change the period by amendment instead. */
  | 'noExtensionClause'
  /** A standing mandate without an end has nothing to extend. */
  | 'openEnded'
  /** The mandate has been extended as many times as it allows. */
  | 'maxCountReached'
  /** The new end is not after the current end. */
  | 'notLater'
  /** The new end is further than `maxMonths` beyond the planned end. */
  | 'beyondMaximum';

/** Why an extension is refused, for the UI to explain. */
export const extensionRefusalLabels: Record<ExtensionRefusal, LocalizedText> = {
  noExtensionClause: {
    sv: 'Uppdraget ger ingen möjlighet till förlängning; ändra tidplanen genom en ändring som uppdragsgivaren fastställer',
    en: 'The mandate has no extension clause; change the period by an amendment the commissioner approves',
  },
  openEnded: { sv: 'Uppdraget har inget slutdatum att förlänga', en: 'The mandate has no end date to extend' },
  maxCountReached: {
    sv: 'Uppdraget har redan förlängts så många gånger som det tillåter',
    en: 'The mandate has already been extended as many times as it allows',
  },
  notLater: { sv: 'Det nya slutdatumet måste ligga efter det nuvarande', en: 'The new end must be after the current end' },
  beyondMaximum: { sv: 'Förlängningen är längre än uppdraget tillåter', en: 'The extension is longer than the mandate allows' },
};

/**
 * Decides whether the commissioner may extend the period to `to`. Policy: only a mandate
 * that provides for extension can be extended (Dalarna: "med möjlighet till förlängning");
 * at most `maxCount` times (once unless the mandate says more); each extension ends later
 * than the current end; in total no more than `maxMonths` beyond the planned end.
 */
export function extensionRefusal(period: MandatePeriod, to: string): ExtensionRefusal | null {
  const ext = period.extension;
  if (!ext) return 'noExtensionClause';
  const base = plannedEnd(period);
  if (base === undefined) return 'openEnded';
  if (ext.timesExtended >= ext.maxCount) return 'maxCountReached';
  if (to <= (ext.extendedTo ?? base)) return 'notLater';
  if (ext.maxMonths !== undefined && to > addMonths(base, ext.maxMonths)) return 'beyondMaximum';
  return null;
}

/** The period after an extension to `to` (assumes `extensionRefusal` said yes). */
export function extendPeriod(period: MandatePeriod, to: string): MandatePeriod {
  const ext = period.extension ?? { maxCount: 1, timesExtended: 0 };
  return { ...period, extension: { ...ext, extendedTo: to, timesExtended: ext.timesExtended + 1 } };
}

// ── Changes ──────────────────────────────────────────────────────────────────

/**
 * Sections that change without the commissioner's approval: "Alla ändringar förutom
 * bemanningsplan och möten ska godkännas av uppdragsgivare" (Fyrbodal).
 */
export const DIRECT_SECTIONS: readonly AmendableSection[] = ['staffingPlan', 'meetings'];

/** True when a change to `section` applies at once (as a minor version) while the mandate is active. */
export function appliesDirectly(section: AmendableSection): boolean {
  return DIRECT_SECTIONS.includes(section);
}

/** The document with one section replaced. */
export function applyChange(mandate: Mandate, change: MandateChange): Mandate {
  return { ...mandate, [change.section]: change.change };
}

/** The sections whose content differs between two versions of a document. */
export function changedSections(before: Mandate, after: Mandate): MandateSection[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<MandateSection>;
  return [...keys].filter(
    (key) => canonicalJson((before as Record<string, unknown>)[key]) !== canonicalJson((after as Record<string, unknown>)[key]),
  );
}

// ── Review rounds ────────────────────────────────────────────────────────────

/** One body's recorded review. */
export interface RecordedReview {
  body: string;
  outcome: ReviewOutcome;
  comment?: string | undefined;
  by: string;
  at: string;
}

/** A granskningsrunda: the named bodies asked to review one draft version, and their answers. */
export interface ReviewRound {
  /** 1 for the first round, counting up. */
  number: number;
  version: string;
  reviewers: ReviewBody[];
  reviews: RecordedReview[];
  submittedBy: string;
  submittedAt: string;
}

/** Where a round stands: waiting for some body, endorsed by all, or sent back. */
export type ReviewRoundOutcome = 'pending' | 'endorsed' | 'changesRequested';

/** A round is complete when every named body has reviewed; any request for changes sends it back. */
export function reviewRoundOutcome(round: Pick<ReviewRound, 'reviewers' | 'reviews'>): ReviewRoundOutcome {
  const reviewed = new Set(round.reviews.map((r) => r.body));
  if (round.reviewers.some((b) => !reviewed.has(b.id))) return 'pending';
  return round.reviews.some((r) => r.outcome === 'changesRequested') ? 'changesRequested' : 'endorsed';
}

/** The named bodies that have not reviewed yet. */
export function pendingReviewers(round: Pick<ReviewRound, 'reviewers' | 'reviews'>): ReviewBody[] {
  const reviewed = new Set(round.reviews.map((r) => r.body));
  return round.reviewers.filter((b) => !reviewed.has(b.id));
}

// ── Freezing approved versions ───────────────────────────────────────────────

/** Canonical JSON (shared with fingerprints and event hashes); kept here for the mandate's callers. */
export { canonicalJson };

/** Freezes a value and everything in it, so an approved snapshot cannot be changed in place. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as Record<string, unknown>)) deepFreeze(inner);
  }
  return value;
}
