import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { DocumentVersion, Id, Instant, IsoDate, Label, Text, WebAddress } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';

/** Part — an organisation that must adopt the agreement, e.g. Region Dalarna or Falu kommun. */
export const AgreementParty = z.strictObject({
  organisationId: Id,
  /** The party's name as the agreement writes it. */
  name: Label,
});
export type AgreementParty = z.infer<typeof AgreementParty>;

/** Beslut — a party either adopts (antar) or rejects (avslår) the proposal. */
export const PartyDecisionKind = z.enum(['adopted', 'rejected']);
export type PartyDecisionKind = z.infer<typeof PartyDecisionKind>;

export const partyDecisionKindLabels: Record<PartyDecisionKind, LocalizedText> = {
  adopted: { sv: 'Antagen', en: 'Adopted' },
  rejected: { sv: 'Avslagen', en: 'Rejected' },
};

/** The facts of one party's decision, as its minutes record them. */
export const PartyDecisionFacts = z.strictObject({
  organisationId: Id,
  decision: PartyDecisionKind,
  /** The day the deciding body decided (the meeting day, not the day it was recorded here). */
  decidedAt: IsoDate,
  /** Beslutande organ, e.g. "Kommunfullmäktige", "Regionstyrelsen". */
  decidingBody: Label,
  /** Diarienummer or paragraph, e.g. "KF § 45, dnr 2026/123". */
  reference: Label.optional(),
  /** Motivering — most useful for a rejection, so the negotiation knows what to change. */
  reason: Text.optional(),
});
export type PartyDecisionFacts = z.infer<typeof PartyDecisionFacts>;

/** A party's decision as recorded: the facts plus who recorded it and when. */
export const PartyDecision = PartyDecisionFacts.extend({ recordedBy: Id, recordedAt: Instant });
export type PartyDecision = z.infer<typeof PartyDecision>;

/** An earlier referral round that ended in a rejection and was revised, with its decisions. */
export const AgreementRound = z.strictObject({
  round: z.int().min(1),
  /** The version that was on referral in that round. */
  version: DocumentVersion,
  sentOnReferralAt: Instant,
  decisions: z.array(PartyDecision).max(listLimits.people),
  revisedBy: Id,
  revisedAt: Instant,
  /** Why and how it was revised. */
  reason: Text,
});
export type AgreementRound = z.infer<typeof AgreementRound>;

/** Where an agreement is in its lifecycle — the states of `agreementMachine`. */
export const AgreementStatus = z.enum(['draft', 'referral', 'negotiation', 'inForce', 'abandoned']);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const agreementStatusLabels: Record<AgreementStatus, LocalizedText> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  referral: { sv: 'Ute för beslut hos parterna', en: 'On referral to the parties' },
  negotiation: { sv: 'Omförhandling', en: 'In negotiation' },
  inForce: { sv: 'Gällande', en: 'In force' },
  abandoned: { sv: 'Avbruten', en: 'Abandoned' },
};

/** The text-level facts of an agreement: what it is and between whom. */
const agreementDocument = {
  id: Id,
  /** E.g. "Överenskommelse om hälso- och sjukvård i hemmet". */
  title: Label,
  description: Text.optional(),
  /** The mandate that produces it (e.g. the transition leader's assignment). */
  mandateId: Id.optional(),
  /** The agreement this one replaces (e.g. the 2013 hemsjukvårdsavtal). */
  replacesAgreementId: Id.optional(),
  diaryNumber: Label.optional(),
  documentUrl: WebAddress.optional(),
  parties: z.array(AgreementParty).max(listLimits.people),
  /** Version of the text; a revision after a rejection must raise it. */
  version: DocumentVersion.default('0.1'),
};

function checkUniqueParties(parties: readonly AgreementParty[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  parties.forEach((p, i) => {
    if (seen.has(p.organisationId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parties', i, 'organisationId'],
        ...localizedError('samma part finns redan i överenskommelsen', 'the same party is already in the agreement'),
      });
    }
    seen.add(p.organisationId);
  });
}

/** A new agreement before its first referral: the machine's input. */
export const NewAgreement = z.strictObject(agreementDocument).superRefine((a, ctx) => checkUniqueParties(a.parties, ctx));
export type NewAgreement = z.infer<typeof NewAgreement>;
export type NewAgreementInput = z.input<typeof NewAgreement>;

/**
 * Överenskommelse — a text several parties each decide on; it comes into force when every
 * party has adopted the same version in the same round. `decisions` are those of the
 * current round; rounds that ended in a rejection and were revised are kept in `history`.
 */
export const Agreement = z
  .strictObject({
    ...agreementDocument,
    /** The current referral round; 0 until first sent on referral. */
    round: z.int().min(0).default(0),
    /** When the current round was sent on referral. */
    sentOnReferralAt: Instant.optional(),
    decisions: z.array(PartyDecision).max(listLimits.people).default([]),
    history: z.array(AgreementRound).max(listLimits.history).default([]),
    /** The day it came into force: the day of the last party's adoption. */
    inForceFrom: IsoDate.optional(),
    abandoned: z.strictObject({ by: Id, at: Instant, reason: Text }).optional(),
  })
  .superRefine((a, ctx) => {
    checkUniqueParties(a.parties, ctx);
    const parties = new Set(a.parties.map((p) => p.organisationId));
    const decided = new Set<string>();
    a.decisions.forEach((d, i) => {
      if (!parties.has(d.organisationId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['decisions', i, 'organisationId'],
          ...localizedError('beslutet kommer från en organisation som inte är part', 'the decision is from an organisation that is not a party'),
        });
      } else if (decided.has(d.organisationId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['decisions', i, 'organisationId'],
          ...localizedError('parten har redan beslutat i denna omgång', 'the party has already decided in this round'),
        });
      }
      decided.add(d.organisationId);
    });
    if (a.decisions.length > 0 && a.round === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['round'],
        ...localizedError('beslut kan bara finnas efter att överenskommelsen skickats ut', 'decisions can only exist after the agreement was sent on referral'),
      });
    }
    const allAdopted =
      a.parties.length > 0 &&
      a.parties.every((p) => a.decisions.some((d) => d.organisationId === p.organisationId && d.decision === 'adopted'));
    if ((a.inForceFrom !== undefined) !== allAdopted) {
      ctx.addIssue({
        code: 'custom',
        path: ['inForceFrom'],
        ...localizedError(
          'en överenskommelse gäller om och endast om alla parter antagit den i denna omgång',
          'an agreement is in force if and only if every party adopted it in this round',
        ),
      });
    }
  });
export type Agreement = z.infer<typeof Agreement>;
export type AgreementInput = z.input<typeof Agreement>;
