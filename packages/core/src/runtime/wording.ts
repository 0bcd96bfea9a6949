/**
 * Ordval — a region's own wording of core's names, without forking: what an authority, a command,
 * a kind of group, role or deliverable is called, in Swedish, English or a further language
 * (`fi`, `se` …). A region that says «Kalla till sammanträde» for «Kalla till möte», or adds the
 * Finnish names for a municipality in the Finnish administrative area, passes its overrides to
 * `createWording`; `createSamverkan({ wording })` then words its refusals with them, and a UI
 * reads the same names from `runtime.wording`. What is not overridden keeps core's words.
 */
import { deliverableKindLabels } from '../deliverable/deliverable-kind.js';
import { groupKindLabels } from '../group/group.schema.js';
import { authorityLabels, type Authority } from '../role/authority.js';
import { roleKindLabels } from '../role/role.schema.js';
import type { Language, LocalizedText } from '../shared/localized.js';
import { textFor } from '../shared/localized.js';
import { kindLabel, type KindList, type Vocabulary } from '../shared/vocabulary.schema.js';
import { commandLabels, type CommandType } from './command-labels.js';

/** An override of one name: any of its languages (the others stay core's). */
export type WordingText = Partial<Record<Language, string>>;

/** A region's overrides, per catalogue, by key. */
export interface WordingOverrides {
  authority?: Partial<Record<Authority, WordingText>>;
  command?: Partial<Record<CommandType, WordingText>>;
  groupKind?: Record<string, WordingText>;
  roleKind?: Record<string, WordingText>;
  deliverableKind?: Record<string, WordingText>;
}

export interface Wording {
  /** What an authority (befogenhet) is called. */
  authority(authority: Authority): LocalizedText;
  /** What a command's button says. */
  command(type: CommandType): LocalizedText;
  /** What a kind of group, role or deliverable is called — the seeds', or the region's own from its vocabulary. */
  kind(list: KindList, kind: string, vocabulary?: Partial<Vocabulary>): LocalizedText;
  /** One of the above in one language (Swedish where the language has no word). */
  in(text: LocalizedText, language: Language): string;
}

const known: Record<KindList, Readonly<Record<string, LocalizedText>>> = { group: groupKindLabels, role: roleKindLabels, deliverable: deliverableKindLabels };
const overrideKey = { group: 'groupKind', role: 'roleKind', deliverable: 'deliverableKind' } as const;

/** Core's text with an override laid over it (only the strings the override gives). */
function over(base: LocalizedText, override: WordingText | undefined): LocalizedText {
  if (!override) return base;
  const merged: LocalizedText = { ...base };
  for (const [language, text] of Object.entries(override)) if (typeof text === 'string' && text.trim() !== '') merged[language] = text;
  return merged;
}

/** Core's wording with a region's overrides. */
export function createWording(overrides: WordingOverrides = {}): Wording {
  return {
    authority: (authority) => over(authorityLabels[authority], overrides.authority?.[authority]),
    command: (type) => over(commandLabels[type], overrides.command?.[type]),
    kind: (list, kind, vocabulary) => over(kindLabel(known[list], vocabulary, list, kind), overrides[overrideKey[list]]?.[kind]),
    in: (text, language) => textFor(text, language),
  };
}

/** Core's own wording. */
export const coreWording: Wording = createWording();
