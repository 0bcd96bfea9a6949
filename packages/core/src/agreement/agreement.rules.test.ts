import { describe, expect, it } from 'vitest';
import {
  allPartiesAdopted,
  compareVersions,
  hasPartyDecided,
  isAgreementParty,
  isPlausibleDecisionDate,
  outstandingParties,
} from './agreement.rules.js';
import type { PartyDecision } from './agreement.schema.js';

const parties = [
  { organisationId: 'region', name: 'Region Dalarna' },
  { organisationId: 'falun', name: 'Falu kommun' },
  { organisationId: 'mora', name: 'Mora kommun' },
];
const d = (organisationId: string, decision: 'adopted' | 'rejected'): PartyDecision => ({
  organisationId,
  decision,
  decidedAt: '2026-03-16',
  decidingBody: 'Kommunfullmäktige',
  recordedBy: 'r',
  recordedAt: '2026-04-01T10:00:00+02:00',
});

describe('agreement rules', () => {
  it('knows the parties and who has decided', () => {
    expect(isAgreementParty({ parties }, 'falun')).toBe(true);
    expect(isAgreementParty({ parties }, 'leksand')).toBe(false);
    expect(hasPartyDecided({ decisions: [d('falun', 'rejected')] }, 'falun')).toBe(true);
    expect(hasPartyDecided({ decisions: [d('falun', 'rejected')] }, 'mora')).toBe(false);
  });

  it('lists the parties still to decide', () => {
    expect(outstandingParties({ parties, decisions: [d('falun', 'adopted')] }).map((p) => p.organisationId)).toEqual(['region', 'mora']);
  });

  it('says all adopted only when every party adopted, and never for no parties', () => {
    expect(allPartiesAdopted({ parties, decisions: [d('region', 'adopted'), d('falun', 'adopted'), d('mora', 'adopted')] })).toBe(true);
    expect(allPartiesAdopted({ parties, decisions: [d('region', 'adopted'), d('falun', 'adopted')] })).toBe(false);
    expect(allPartiesAdopted({ parties, decisions: [d('region', 'adopted'), d('falun', 'adopted'), d('mora', 'rejected')] })).toBe(false);
    expect(allPartiesAdopted({ parties: [], decisions: [] })).toBe(false);
  });

  it('accepts decision dates from the referral day to the recording day, on the Swedish calendar', () => {
    const agreement = { sentOnReferralAt: '2026-02-01T23:30:00Z' }; // 2 February in Stockholm
    expect(isPlausibleDecisionDate(agreement, { decidedAt: '2026-02-01' }, '2026-03-01T10:00:00+01:00')).toBe(false);
    expect(isPlausibleDecisionDate(agreement, { decidedAt: '2026-02-02' }, '2026-03-01T10:00:00+01:00')).toBe(true);
    expect(isPlausibleDecisionDate(agreement, { decidedAt: '2026-03-01' }, '2026-03-01T10:00:00+01:00')).toBe(true);
    expect(isPlausibleDecisionDate(agreement, { decidedAt: '2026-03-02' }, '2026-03-01T10:00:00+01:00')).toBe(false);
    expect(isPlausibleDecisionDate({}, { decidedAt: '2026-03-01' }, '2026-03-01T10:00:00+01:00')).toBe(false);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('0.10', '0.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '0.12')).toBeGreaterThan(0);
    expect(compareVersions('0.2', '0.2')).toBe(0);
    expect(compareVersions('1.1', '2.0')).toBeLessThan(0);
  });
});
