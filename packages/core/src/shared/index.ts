export type { Locale, LocalizedText } from './localized.js';
export { textFor } from './localized.js';
export { addDays, daysBetween, isoDate, isoWeekday, swedishDate } from './dates.js';
export {
  DocumentVersion,
  EventMeta,
  Id,
  Instant,
  IsoDate,
  Label,
  Period,
  Text,
} from './primitives.schema.js';
export {
  formatPath,
  localizedError,
  parseWith,
  summarise,
  type ParseResult,
  type ValidationIssue,
} from './validation.js';
