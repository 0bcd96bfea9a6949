import { swedishDate } from '../shared/dates.js';
import type { Agreement, PartyDecisionFacts } from './agreement.schema.js';

/** True when the organisation is a party to the agreement. */
export function isAgreementParty(agreement: Pick<Agreement, 'parties'>, organisationId: string): boolean {
  return agreement.parties.some((p) => p.organisationId === organisationId);
}

/** True when the party has already decided in the current round. */
export function hasPartyDecided(agreement: Pick<Agreement, 'decisions'>, organisationId: string): boolean {
  return agreement.decisions.some((d) => d.organisationId === organisationId);
}

/** The parties that have not yet decided in the current round. */
export function outstandingParties(agreement: Pick<Agreement, 'parties' | 'decisions'>): Agreement['parties'] {
  return agreement.parties.filter((p) => !hasPartyDecided(agreement, p.organisationId));
}

/** True when every party (and there is at least one) has adopted in the current round. */
export function allPartiesAdopted(agreement: Pick<Agreement, 'parties' | 'decisions'>): boolean {
  return (
    agreement.parties.length > 0 &&
    agreement.parties.every((p) =>
      agreement.decisions.some((d) => d.organisationId === p.organisationId && d.decision === 'adopted'),
    )
  );
}

/**
 * A decision date is plausible when it lies between the day the round was sent on referral
 * and the day it is recorded (a decision cannot be recorded before it is taken).
 */
export function isPlausibleDecisionDate(
  agreement: Pick<Agreement, 'sentOnReferralAt'>,
  decision: Pick<PartyDecisionFacts, 'decidedAt'>,
  recordedAt: string,
): boolean {
  if (agreement.sentOnReferralAt === undefined) return false;
  return decision.decidedAt >= swedishDate(agreement.sentOnReferralAt) && decision.decidedAt <= swedishDate(recordedAt);
}

/** Compares document versions numerically ("0.10" is newer than "0.9"); positive when `a` is newer. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}
