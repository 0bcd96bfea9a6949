import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { AgreementEvent } from './agreement.events.js';
import {
  Agreement,
  AgreementStatus,
  agreementStatusLabels,
  NewAgreement,
  PartyDecisionKind,
  partyDecisionKindLabels,
} from './agreement.schema.js';

const parties = [
  { organisationId: 'region', name: 'Region Dalarna' },
  { organisationId: 'falun', name: 'Falu kommun' },
];
const decision = (organisationId: string, kind: 'adopted' | 'rejected') => ({
  organisationId,
  decision: kind,
  decidedAt: '2026-03-16',
  decidingBody: 'Kommunfullmäktige',
  reference: 'KF § 45',
  recordedBy: 'registrar',
  recordedAt: '2026-04-01T10:00:00+02:00',
});
const base = { id: 'dalarna-hsv', title: 'Överenskommelse om hälso- och sjukvård i hemmet', parties };

function issuesByPath(result: ReturnType<typeof parseWith>) {
  expect(result.ok).toBe(false);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
}

describe('NewAgreement schema', () => {
  it('accepts a draft and defaults the version to 0.1', () => {
    const parsed = parseWith(NewAgreement, base);
    expect(parsed.ok && parsed.value.version).toBe('0.1');
  });

  it('rejects the same party twice, naming the path in both languages', () => {
    const byPath = issuesByPath(parseWith(NewAgreement, { ...base, parties: [...parties, parties[1]] }));
    expect(byPath['parties[2].organisationId']).toEqual({
      sv: '«parties[2].organisationId» samma part finns redan i överenskommelsen',
      en: '«parties[2].organisationId» the same party is already in the agreement',
    });
  });

  it('rejects a party without a name and a malformed version', () => {
    const byPath = issuesByPath(parseWith(NewAgreement, { ...base, version: 'v1', parties: [{ organisationId: 'region', name: '' }] }));
    expect(byPath['parties[0].name']?.sv).toBe('«parties[0].name» får inte vara tom');
    expect(byPath['version']?.en).toContain('got "v1"');
    expect(byPath['version']?.sv).toContain('fick "v1"');
  });
});

describe('Agreement schema', () => {
  it('accepts an agreement in force with every party adopted', () => {
    const parsed = parseWith(Agreement, {
      ...base,
      round: 1,
      sentOnReferralAt: '2026-02-02T09:00:00+01:00',
      decisions: [decision('region', 'adopted'), decision('falun', 'adopted')],
      inForceFrom: '2026-03-16',
    });
    expect(parsed.ok).toBe(true);
  });

  it('rejects a decision by a non-party and a second decision by the same party', () => {
    const byPath = issuesByPath(
      parseWith(Agreement, {
        ...base,
        round: 1,
        decisions: [decision('region', 'adopted'), decision('mora', 'adopted'), decision('region', 'rejected')],
      }),
    );
    expect(byPath['decisions[1].organisationId']?.en).toContain('not a party');
    expect(byPath['decisions[1].organisationId']?.sv).toContain('inte är part');
    expect(byPath['decisions[2].organisationId']?.en).toContain('already decided in this round');
  });

  it('rejects decisions before any referral', () => {
    const byPath = issuesByPath(parseWith(Agreement, { ...base, decisions: [decision('region', 'rejected')] }));
    expect(byPath['round']?.en).toContain('sent on referral');
  });

  it('rejects an in-force date when not every party adopted, and its absence when all did', () => {
    const notAll = issuesByPath(
      parseWith(Agreement, { ...base, round: 1, decisions: [decision('region', 'adopted')], inForceFrom: '2026-03-16' }),
    );
    expect(notAll['inForceFrom']?.sv).toContain('alla parter');
    const allButNoDate = issuesByPath(
      parseWith(Agreement, { ...base, round: 1, decisions: [decision('region', 'adopted'), decision('falun', 'adopted')] }),
    );
    expect(allButNoDate['inForceFrom']?.en).toContain('every party adopted');
  });

  it('rejects a decision with a bad decision kind and date', () => {
    const byPath = issuesByPath(
      parseWith(Agreement, { ...base, round: 1, decisions: [{ ...decision('region', 'adopted'), decision: 'postponed', decidedAt: '16/3' }] }),
    );
    expect(byPath['decisions[0].decision']?.en).toContain('"adopted", "rejected"');
    expect(byPath['decisions[0].decidedAt']?.sv).toContain('ÅÅÅÅ-MM-DD');
  });
});

describe('AgreementEvent schema', () => {
  it('accepts a party decision and names what is missing', () => {
    const ok = parseWith(AgreementEvent, {
      type: 'recordPartyDecision',
      by: 'registrar',
      at: '2026-04-01T10:00:00+02:00',
      organisationId: 'falun',
      decision: 'adopted',
      decidedAt: '2026-03-16',
      decidingBody: 'Kommunfullmäktige',
    });
    expect(ok.ok).toBe(true);
    const byPath = issuesByPath(
      parseWith(AgreementEvent, { type: 'recordPartyDecision', by: 'registrar', at: '2026-04-01T10:00:00+02:00', organisationId: 'falun', decision: 'adopted' }),
    );
    expect(byPath['decidedAt']?.en).toBe('«decidedAt» is missing but required');
    expect(byPath['decidingBody']?.sv).toBe('«decidingBody» saknas men är obligatoriskt');
  });

  it('requires a reason and a version to revise', () => {
    const byPath = issuesByPath(parseWith(AgreementEvent, { type: 'revise', by: 'p', at: '2026-04-01T10:00:00+02:00' }));
    expect(Object.keys(byPath).sort()).toEqual(['reason', 'version']);
  });
});

describe('labels', () => {
  it('name every status and decision in Swedish and English', () => {
    expect(Object.keys(agreementStatusLabels).sort()).toEqual([...AgreementStatus.options].sort());
    expect(Object.keys(partyDecisionKindLabels).sort()).toEqual([...PartyDecisionKind.options].sort());
    expect(agreementStatusLabels.inForce).toEqual({ sv: 'Gällande', en: 'In force' });
  });
});
