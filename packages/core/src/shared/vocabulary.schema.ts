/**
 * Öppna begreppslistor — a region's own kinds of group, role and deliverable beside the ones
 * the seeds name. Why open: a region has programme areas, "beredningsgrupper", a "verksamhets-
 * berättelse"; a closed list forces it to misname them. Its own terms are namespaced like
 * extension keys (`vgr:programomrade`), so they never clash with core's or another region's, and
 * each is declared once in the dataset's `vocabulary` with its name in Swedish and English (and
 * further languages), which is what every view shows.
 */
import * as z from 'zod';
import { ExtensionKey } from './extensions.schema.js';
import { kindLabel, vocabularyListKey, type KindList, type KindVocabulary } from './kind-label.js';
import { listLimits } from './limits.js';
import { Label, Text } from './primitives.schema.js';
import { localizedError } from './validation.js';

/**
 * The further languages a text in data may carry besides Swedish and English: Sweden's national
 * minority languages (lagen om nationella minoriteter och minoritetsspråk) — finska, meänkieli,
 * the Sami languages (nord-, lule-, syd-, ume- and pitesamiska), romani chib and jiddisch — since a
 * municipality in an administrative area for Finnish, Meänkieli or Sami must offer them. A closed
 * list, so a misspelt key is still refused like any unknown field.
 */
export const minorityLanguages = ['fi', 'fit', 'se', 'smj', 'sma', 'sju', 'sje', 'rom', 'yi'] as const;
export type MinorityLanguage = (typeof minorityLanguages)[number];

const further = <T extends z.ZodType>(text: T) =>
  Object.fromEntries(minorityLanguages.map((language) => [language, text.optional()])) as Record<MinorityLanguage, z.ZodOptional<T>>;

/** A short name in Swedish and English, and in any of the minority languages. */
export const LocalizedLabel = z.strictObject({ sv: Label, en: Label, ...further(Label) });
export type LocalizedLabel = z.infer<typeof LocalizedLabel>;

/** A longer text in Swedish and English, and in any of the minority languages. */
export const LocalizedLongText = z.strictObject({ sv: Text, en: Text, ...further(Text) });

/** A region's own term, namespaced: `namespace:key`, e.g. `vgr:programomrade`. */
export const OwnTerm = ExtensionKey;

/**
 * A kind — one of `known`, or a region's own term — for `z.union([Known, ownKindOf(...)])`: a value
 * that is neither is refused naming the known kinds and the form of an own term.
 */
export function ownKindOf(known: readonly string[]) {
  const list = known.join(', ');
  return z
    .string()
    .max(101)
    .regex(
      /^[a-z0-9][a-z0-9-]{0,39}:[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/,
      localizedError(
        `är inget av de kända slagen (${list}) och inget eget begrepp på formen namnrymd:nyckel`,
        `is none of the known kinds (${list}) and no term of the region's own of the form namespace:key`,
      ),
    );
}

/** One term of a region's vocabulary: its id and what it is called. */
export const VocabularyTerm = z.strictObject({
  id: OwnTerm,
  label: LocalizedLabel,
  description: LocalizedLongText.optional(),
});
export type VocabularyTerm = z.infer<typeof VocabularyTerm>;

/** The region's own kinds of group, role and deliverable. */
export const Vocabulary = z.strictObject({
  groupKinds: z.array(VocabularyTerm).max(listLimits.document).default([]),
  roleKinds: z.array(VocabularyTerm).max(listLimits.document).default([]),
  deliverableKinds: z.array(VocabularyTerm).max(listLimits.document).default([]),
});
export type Vocabulary = z.infer<typeof Vocabulary>;
export type VocabularyInput = z.input<typeof Vocabulary>;

// Naming a kind lives in `kind-label.ts` (no zod), for views; re-exported here beside the schema.
export { kindLabel, type KindList, type KindVocabulary };

/** The ids a vocabulary declares in one list. */
export function declaredTerms(vocabulary: Partial<Vocabulary> | undefined, list: KindList): Set<string> {
  return new Set((vocabulary?.[vocabularyListKey[list]] ?? []).map((t) => t.id));
}
