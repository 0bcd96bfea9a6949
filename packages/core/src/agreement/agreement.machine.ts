/**
 * Lifecycle of an agreement (överenskommelse) between several parties, e.g. the fifteen
 * Dalarna municipalities and Region Dalarna:
 *
 *   draft --sendOnReferral [≥ 2 parties]--> referral
 *   referral --recordPartyDecision (adopted, the last outstanding party)--> inForce (final)
 *   referral --recordPartyDecision (rejected)--> negotiation
 *   referral --recordPartyDecision (adopted, others outstanding)--> referral
 *   negotiation --recordPartyDecision--> negotiation   (late decisions of the same round are kept)
 *   negotiation --revise [higher version]--> draft      (the round goes to `history`)
 *   draft | negotiation --abandonAgreement--> abandoned (final)
 *
 * Parties are added and removed only in draft, so the set that must adopt never changes
 * during a round. A decision counts only when it comes from a party, is the party's first in
 * the round and is dated between the referral and the day it is recorded; anything else is
 * refused (`snapshot.can` is false). Invariant: the machine is in `inForce` exactly when
 * every party has adopted in the current round. An agreement in force is not amended here:
 * a new agreement replaces it (`replacesAgreementId`), as the Dalarna agreement replaces the
 * 2013 hemsjukvårdsavtal.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { Agreement, NewAgreement, PartyDecision } from './agreement.schema.js';
import type { AgreementEvent } from './agreement.events.js';
import {
  allPartiesAdopted,
  compareVersions,
  hasPartyDecided,
  isAgreementParty,
  isPlausibleDecisionDate,
} from './agreement.rules.js';

/** A decision the current round accepts: from a party, its first this round, plausibly dated. */
function isAcceptableDecision(context: Agreement, event: AgreementEvent): boolean {
  return (
    event.type === 'recordPartyDecision' &&
    isAgreementParty(context, event.organisationId) &&
    !hasPartyDecided(context, event.organisationId) &&
    isPlausibleDecisionDate(context, event, event.at)
  );
}

function toDecision(event: Extract<AgreementEvent, { type: 'recordPartyDecision' }>): PartyDecision {
  const { type: _type, by, at, ...facts } = event;
  return { ...facts, recordedBy: by, recordedAt: at };
}

export const agreementMachine = setup({
  types: {
    context: {} as Agreement,
    events: {} as AgreementEvent,
    input: {} as NewAgreement,
  },
  guards: {
    isNewParty: ({ context, event }) => event.type === 'addParty' && !isAgreementParty(context, event.party.organisationId),
    isExistingParty: ({ context, event }) => event.type === 'removeParty' && isAgreementParty(context, event.organisationId),
    hasAtLeastTwoParties: ({ context }) => context.parties.length >= 2,
    /** An acceptable adoption by the last party that had not decided: the agreement comes into force. */
    completesAdoption: ({ context, event }) =>
      isAcceptableDecision(context, event) &&
      event.type === 'recordPartyDecision' &&
      event.decision === 'adopted' &&
      allPartiesAdopted({ parties: context.parties, decisions: [...context.decisions, toDecision(event)] }),
    isAcceptableRejection: ({ context, event }) =>
      isAcceptableDecision(context, event) && event.type === 'recordPartyDecision' && event.decision === 'rejected',
    isAcceptableDecision: ({ context, event }) => isAcceptableDecision(context, event),
    isHigherVersion: ({ context, event }) => event.type === 'revise' && compareVersions(event.version, context.version) > 0,
  },
  actions: {
    addParty: assign(({ context, event }) => {
      assertEvent(event, 'addParty');
      return { parties: [...context.parties, event.party] };
    }),
    removeParty: assign(({ context, event }) => {
      assertEvent(event, 'removeParty');
      return { parties: context.parties.filter((p) => p.organisationId !== event.organisationId) };
    }),
    startRound: assign(({ context, event }) => {
      assertEvent(event, 'sendOnReferral');
      return { round: context.round + 1, sentOnReferralAt: event.at, decisions: [] };
    }),
    recordDecision: assign(({ context, event }) => {
      assertEvent(event, 'recordPartyDecision');
      return { decisions: [...context.decisions, toDecision(event)] };
    }),
    enterIntoForce: assign(({ context }) => ({
      inForceFrom: context.decisions.map((d) => d.decidedAt).reduce((a, b) => (a > b ? a : b)),
    })),
    closeRound: assign(({ context, event }) => {
      assertEvent(event, 'revise');
      const sentOnReferralAt = context.sentOnReferralAt ?? event.at;
      return {
        history: [
          ...context.history,
          {
            round: context.round,
            version: context.version,
            sentOnReferralAt,
            decisions: context.decisions,
            revisedBy: event.by,
            revisedAt: event.at,
            reason: event.reason,
          },
        ],
        decisions: [],
        sentOnReferralAt: undefined,
        version: event.version,
      };
    }),
    recordAbandonment: assign(({ event }) => {
      assertEvent(event, 'abandonAgreement');
      return { abandoned: { by: event.by, at: event.at, reason: event.reason } };
    }),
  },
}).createMachine({
  id: 'agreement',
  initial: 'draft',
  context: ({ input }) => ({ ...input, round: 0, decisions: [], history: [] }),
  states: {
    draft: {
      on: {
        addParty: { guard: 'isNewParty', actions: 'addParty' },
        removeParty: { guard: 'isExistingParty', actions: 'removeParty' },
        sendOnReferral: { guard: 'hasAtLeastTwoParties', target: 'referral', actions: 'startRound' },
        abandonAgreement: { target: 'abandoned', actions: 'recordAbandonment' },
      },
    },
    referral: {
      on: {
        recordPartyDecision: [
          { guard: 'completesAdoption', target: 'inForce', actions: ['recordDecision', 'enterIntoForce'] },
          { guard: 'isAcceptableRejection', target: 'negotiation', actions: 'recordDecision' },
          { guard: 'isAcceptableDecision', actions: 'recordDecision' },
        ],
      },
    },
    negotiation: {
      on: {
        recordPartyDecision: { guard: 'isAcceptableDecision', actions: 'recordDecision' },
        revise: { guard: 'isHigherVersion', target: 'draft', actions: 'closeRound' },
        abandonAgreement: { target: 'abandoned', actions: 'recordAbandonment' },
      },
    },
    inForce: { type: 'final' },
    abandoned: { type: 'final' },
  },
});

export type AgreementMachine = typeof agreementMachine;
