/**
 * The name of a kind of group, role or deliverable — core's own label, or the one a region's
 * vocabulary (öppna begreppslistor) gives its own term. Kept apart from `vocabulary.schema.ts`
 * so that a view naming a kind reads it without zod; the schema module re-exports it.
 */
import type { LocalizedText } from './localized.js';

/** Which list a kind belongs to. */
export type KindList = 'group' | 'role' | 'deliverable';

/**
 * What naming a kind reads of a dataset's `Vocabulary`: each list's terms, their ids and labels.
 * A parsed `Vocabulary` is one.
 */
export type KindVocabulary = {
  groupKinds?: readonly { id: string; label: { sv: string; en: string } }[];
  roleKinds?: readonly { id: string; label: { sv: string; en: string } }[];
  deliverableKinds?: readonly { id: string; label: { sv: string; en: string } }[];
};

/** The field of a vocabulary that holds each list. */
export const vocabularyListKey = { group: 'groupKinds', role: 'roleKinds', deliverable: 'deliverableKinds' } as const satisfies Record<
  KindList,
  keyof KindVocabulary
>;

/**
 * The name of a kind: core's own label for the seeds' kinds (`known`), the vocabulary's for a
 * region's own, and the kind itself where neither has it.
 */
export function kindLabel(
  known: Readonly<Record<string, LocalizedText>>,
  vocabulary: KindVocabulary | undefined,
  list: KindList,
  kind: string,
): LocalizedText {
  if (Object.hasOwn(known, kind)) return known[kind]!;
  const term = vocabulary?.[vocabularyListKey[list]]?.find((t) => t.id === kind);
  return term ? (term.label as LocalizedText) : { sv: kind, en: kind };
}
