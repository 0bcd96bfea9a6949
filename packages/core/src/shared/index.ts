export type { Language, Locale, LocalizedText } from './localized.js';
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
export { ExtensionKey, Extensions, type JsonValue } from './extensions.schema.js';
export {
  commandLimits,
  datasetLimits,
  extensionLimits,
  listLimits,
  textLimits,
  type PlainDataLimits,
} from './limits.js';
export {
  formatPath,
  localizedError,
  parseWith,
  summarise,
  type ParseResult,
  type ValidationIssue,
} from './validation.js';
export { canonicalJson } from './canonical-json.js';
export { readableDate, readableDateIn, readableInstant, readableInstantIn } from './readable-time.js';
export { recordFingerprint } from './fingerprint.js';
export {
  declaredTerms,
  kindLabel,
  minorityLanguages,
  LocalizedLabel,
  LocalizedLongText,
  ownKindOf,
  OwnTerm,
  Vocabulary,
  VocabularyTerm,
  type KindList,
  type KindVocabulary,
  type MinorityLanguage,
  type VocabularyInput,
} from './vocabulary.schema.js';
