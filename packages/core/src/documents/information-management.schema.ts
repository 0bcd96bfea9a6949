/**
 * Informationshanteringsplan — how a network's public records are classified and kept: per
 * document type, a KLASSA-style classification (confidentiality, integrity, availability, each
 * 0–3) and a retention rule: kept for good (*bevaras*) or weeded after so many years
 * (*gallras*), with the decision or plan it rests on. A dataset may carry its own plan; where
 * it is silent, `defaultInformationManagement` applies.
 */
import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { listLimits } from '../shared/limits.js';
import { Label } from '../shared/primitives.schema.js';

/** The kinds of document that become public records (allmänna handlingar) here. */
export const PublicRecordType = z.enum(['mandateVersion', 'agenda', 'minutes', 'agreementDecision', 'deliverable']);
export type PublicRecordType = z.infer<typeof PublicRecordType>;

export const publicRecordTypeLabels: Record<PublicRecordType, LocalizedText> = {
  mandateVersion: { sv: 'Fastställd uppdragsbeskrivning', en: 'Approved mandate' },
  agenda: { sv: 'Kallelse med dagordning', en: 'Notice with agenda' },
  minutes: { sv: 'Minnesanteckningar', en: 'Minutes' },
  agreementDecision: { sv: 'Parts beslut om överenskommelse', en: "A party's decision on the agreement" },
  deliverable: { sv: 'Publicerat leveransobjekt', en: 'Published deliverable' },
};

/** A KLASSA-style level: 0 none/negligible, 1 low, 2 moderate, 3 high. */
const Level = z.int().min(0).max(3);

export const Classification = z.strictObject({
  /** Konfidentialitet. */
  confidentiality: Level,
  /** Riktighet. */
  integrity: Level,
  /** Tillgänglighet. */
  availability: Level,
});
export type Classification = z.infer<typeof Classification>;

export const RetentionRule = z.discriminatedUnion('rule', [
  /** Bevaras — kept for good (the archive's default for decisions and governing documents). */
  z.strictObject({ rule: z.literal('preserve'), basis: Label.optional() }),
  /** Gallras — may be weeded this many years after registration, by a recorded decision. */
  z.strictObject({ rule: z.literal('weed'), afterYears: z.int().min(0).max(100), basis: Label.optional() }),
]);
export type RetentionRule = z.infer<typeof RetentionRule>;

export const DocumentTypeRule = z.strictObject({
  type: PublicRecordType,
  classification: Classification,
  retention: RetentionRule,
});
export type DocumentTypeRule = z.infer<typeof DocumentTypeRule>;

export const InformationManagement = z.strictObject({
  /** The plan's name and where it is decided, e.g. "Informationshanteringsplan, Fyrbodals kommunalförbund, dnr 2019/12". */
  plan: Label.optional(),
  documentTypes: z.array(DocumentTypeRule).max(listLimits.records).default([]),
});
export type InformationManagement = z.infer<typeof InformationManagement>;

/**
 * The rules where a network's plan is silent: decisions and governing documents are kept for
 * good; a notice with its agenda may be weeded after two years (its content lives on in the
 * minutes). Every public record is open (confidentiality 0) here; a region sets its own.
 */
export const defaultInformationManagement: InformationManagement = {
  plan: 'Samverkans grundregler (används där nätverkets egen plan inte säger något)',
  documentTypes: [
    { type: 'mandateVersion', classification: { confidentiality: 0, integrity: 2, availability: 1 }, retention: { rule: 'preserve' } },
    { type: 'minutes', classification: { confidentiality: 0, integrity: 2, availability: 1 }, retention: { rule: 'preserve' } },
    { type: 'agreementDecision', classification: { confidentiality: 0, integrity: 3, availability: 1 }, retention: { rule: 'preserve' } },
    { type: 'agenda', classification: { confidentiality: 0, integrity: 1, availability: 1 }, retention: { rule: 'weed', afterYears: 2, basis: 'Kallelsens innehåll bevaras i minnesanteckningarna' } },
    { type: 'deliverable', classification: { confidentiality: 0, integrity: 2, availability: 1 }, retention: { rule: 'preserve' } },
  ],
};
