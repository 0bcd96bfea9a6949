import * as z from 'zod';
import { DocumentVersion, EventMeta, Id, Text } from '../shared/primitives.schema.js';
import { AgreementParty, PartyDecisionFacts } from './agreement.schema.js';

/** Lägga till part — only while the text is a draft. */
export const AddParty = EventMeta.extend({ type: z.literal('addParty'), party: AgreementParty });

/** Ta bort part — only while the text is a draft. */
export const RemoveParty = EventMeta.extend({ type: z.literal('removeParty'), organisationId: Id });

/** Skicka ut för beslut — starts a new round; needs at least two parties. */
export const SendOnReferral = EventMeta.extend({ type: z.literal('sendOnReferral') });

/** Registrera en parts beslut — what the party's deciding body decided, and when. */
export const RecordPartyDecision = EventMeta.extend({
  type: z.literal('recordPartyDecision'),
  ...PartyDecisionFacts.shape,
});

/**
 * Revidera — after a rejection the text is revised: the round goes to the history and the
 * agreement returns to draft under a higher version, to be sent on referral again.
 */
export const Revise = EventMeta.extend({ type: z.literal('revise'), version: DocumentVersion, reason: Text });

/** Avbryta — give up the agreement (from draft or negotiation), with a reason. */
export const AbandonAgreement = EventMeta.extend({ type: z.literal('abandonAgreement'), reason: Text });

export const AgreementEvent = z.discriminatedUnion('type', [
  AddParty,
  RemoveParty,
  SendOnReferral,
  RecordPartyDecision,
  Revise,
  AbandonAgreement,
]);
export type AgreementEvent = z.infer<typeof AgreementEvent>;
export type AgreementEventType = AgreementEvent['type'];
