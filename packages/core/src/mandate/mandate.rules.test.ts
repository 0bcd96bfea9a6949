import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFingerprint } from '../shared/fingerprint.js';
import { dalarnaDraft, fyrbodalDraft } from './mandate.fixtures.js';
import {
  addMonths,
  applyChange,
  appliesDirectly,
  canonicalJson,
  changedSections,
  compareVersions,
  deepFreeze,
  effectiveEnd,
  extendPeriod,
  extensionRefusal,
  extensionRefusalLabels,
  isIntegerVersion,
  majorOf,
  minorOf,
  nextMajor,
  nextMinor,
  parseVersion,
  pendingReviewers,
  periodEndFromDuration,
  plannedEnd,
  reviewRoundOutcome,
} from './mandate.rules.js';
import type { MandatePeriod } from './mandate.schema.js';

describe('version numbers', () => {
  it('splits "M.m" into its parts and refuses anything else', () => {
    expect(parseVersion('2.13')).toEqual({ major: 2, minor: 13 });
    expect(majorOf('1.3')).toBe(1);
    expect(minorOf('1.3')).toBe(3);
    expect(() => parseVersion('1')).toThrow(RangeError);
    expect(() => parseVersion('v1.0')).toThrow(RangeError);
  });

  it('counts drafts up by minor, as the Fyrbodal history goes from 0.1 to 0.2', () => {
    expect(nextMinor('0.1')).toBe('0.2');
    expect(nextMinor('0.9')).toBe('0.10');
    expect(nextMinor('1.0')).toBe('1.1');
  });

  it('makes the next integer version on approval', () => {
    expect(nextMajor('0.2')).toBe('1.0');
    expect(nextMajor('1.4')).toBe('2.0');
    expect(nextMajor('2.0')).toBe('3.0');
  });

  it('knows an integer version from a draft (0.0 is not approved)', () => {
    expect(isIntegerVersion('1.0')).toBe(true);
    expect(isIntegerVersion('12.0')).toBe(true);
    expect(isIntegerVersion('1.1')).toBe(false);
    expect(isIntegerVersion('0.0')).toBe(false);
  });

  it('orders versions numerically, not as text', () => {
    expect(compareVersions('0.10', '0.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '0.12')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.2')).toBe(0);
  });

  it('keeps the major on minor steps and raises it by one on major steps (any version)', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (major, minor) => {
        const v = `${major}.${minor}`;
        expect(majorOf(nextMinor(v))).toBe(major);
        expect(minorOf(nextMinor(v))).toBe(minor + 1);
        expect(majorOf(nextMajor(v))).toBe(major + 1);
        expect(isIntegerVersion(nextMajor(v))).toBe(true);
        expect(compareVersions(nextMinor(v), v)).toBeGreaterThan(0);
        expect(compareVersions(nextMajor(v), nextMinor(v))).toBeGreaterThan(0);
      }),
    );
  });
});

describe('period', () => {
  it('adds calendar months and clamps to the last day of the month', () => {
    expect(addMonths('2026-02-01', 18)).toBe('2027-08-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2020-12-31', -12)).toBe('2019-12-31');
  });

  it('derives the end of a duration: Fyrbodal 2019-01-01 + 24 months ends 2020-12-31', () => {
    expect(periodEndFromDuration('2019-01-01', 24)).toBe('2020-12-31');
    expect(periodEndFromDuration('2026-02-01', 18)).toBe('2027-07-31');
  });

  it('takes the planned end from the end date, else from the duration, else none (a standing mandate)', () => {
    expect(plannedEnd({ start: '2019-01-01', end: '2019-06-30', durationMonths: 24 })).toBe('2019-06-30');
    expect(plannedEnd({ start: '2026-02-01', durationMonths: 18 })).toBe('2027-07-31');
    expect(plannedEnd({ start: '2015-01-01' })).toBeUndefined();
  });

  it('moves the effective end when the mandate has been extended', () => {
    const period: MandatePeriod = { start: '2026-02-01', durationMonths: 18, extension: { maxCount: 1, timesExtended: 0 } };
    expect(effectiveEnd(period)).toBe('2027-07-31');
    const extended = extendPeriod(period, '2028-01-31');
    expect(effectiveEnd(extended)).toBe('2028-01-31');
    expect(extended.extension).toEqual({ maxCount: 1, timesExtended: 1, extendedTo: '2028-01-31' });
  });
});

describe('extensionRefusal', () => {
  const dalarna: MandatePeriod = { start: '2026-02-01', durationMonths: 18, extension: { maxCount: 1, timesExtended: 0 } };

  it('allows one extension to a later date under an extension clause', () => {
    expect(extensionRefusal(dalarna, '2028-07-31')).toBeNull();
  });

  it('refuses a mandate without an extension clause (it must be amended instead)', () => {
    expect(extensionRefusal({ start: '2019-01-01', end: '2020-12-31' }, '2021-06-30')).toBe('noExtensionClause');
  });

  it('refuses a standing mandate that has no end', () => {
    expect(extensionRefusal({ start: '2015-01-01', extension: { maxCount: 1, timesExtended: 0 } }, '2030-01-01')).toBe(
      'openEnded',
    );
  });

  it('refuses a new end that is not after the current one', () => {
    expect(extensionRefusal(dalarna, '2027-07-31')).toBe('notLater');
    expect(extensionRefusal(dalarna, '2027-01-01')).toBe('notLater');
  });

  it('refuses once the allowed number of extensions is used', () => {
    expect(extensionRefusal(extendPeriod(dalarna, '2028-01-31'), '2028-07-31')).toBe('maxCountReached');
    const twice: MandatePeriod = { ...dalarna, extension: { maxCount: 2, timesExtended: 0 } };
    const once = extendPeriod(twice, '2028-01-31');
    expect(extensionRefusal(once, '2028-01-31')).toBe('notLater');
    expect(extensionRefusal(once, '2028-07-31')).toBeNull();
  });

  it('explains every refusal in Swedish and English', () => {
    const codes = ['noExtensionClause', 'openEnded', 'maxCountReached', 'notLater', 'beyondMaximum'];
    expect(Object.keys(extensionRefusalLabels).sort()).toEqual(codes.sort());
    for (const text of Object.values(extensionRefusalLabels)) {
      expect(text.sv.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses going further than maxMonths beyond the planned end', () => {
    const capped: MandatePeriod = { ...dalarna, extension: { maxCount: 1, timesExtended: 0, maxMonths: 6 } };
    expect(extensionRefusal(capped, '2028-01-31')).toBeNull();
    expect(extensionRefusal(capped, '2028-02-01')).toBe('beyondMaximum');
  });
});

describe('changes', () => {
  it('lets only the staffing plan and meetings change directly', () => {
    expect(appliesDirectly('staffingPlan')).toBe(true);
    expect(appliesDirectly('meetings')).toBe(true);
    expect(appliesDirectly('purpose')).toBe(false);
    expect(appliesDirectly('roles')).toBe(false);
    expect(appliesDirectly('period')).toBe(false);
  });

  it('replaces one section and reports exactly that section as changed', () => {
    const changed = applyChange(fyrbodalDraft, { section: 'purpose', change: 'Ett nytt syfte.' });
    expect(changed.purpose).toBe('Ett nytt syfte.');
    expect(fyrbodalDraft.purpose).not.toBe('Ett nytt syfte.');
    expect(changedSections(fyrbodalDraft, changed)).toEqual(['purpose']);
    expect(changedSections(fyrbodalDraft, { ...fyrbodalDraft })).toEqual([]);
  });

  it('sees a section added that was absent before', () => {
    expect(changedSections(fyrbodalDraft, applyChange(fyrbodalDraft, { section: 'values', change: 'Högt i tak.' }))).toEqual([
      'values',
    ]);
  });
});

describe('review rounds', () => {
  const reviewers = [
    { id: 'natverket', name: 'e-hälsonätverket' },
    { id: 'socialchefer', name: 'socialchefsnätverket' },
  ];
  const review = (body: string, outcome: 'endorsed' | 'changesRequested') => ({ body, outcome, by: 'p', at: '2019-03-14T10:00:00+01:00' });

  it('is pending until every named body has reviewed', () => {
    const round = { reviewers, reviews: [review('natverket', 'endorsed')] };
    expect(reviewRoundOutcome(round)).toBe('pending');
    expect(pendingReviewers(round)).toEqual([reviewers[1]]);
  });

  it('is endorsed when every body endorsed', () => {
    expect(reviewRoundOutcome({ reviewers, reviews: [review('natverket', 'endorsed'), review('socialchefer', 'endorsed')] })).toBe(
      'endorsed',
    );
  });

  it('goes back for changes when any body asked for them', () => {
    expect(
      reviewRoundOutcome({ reviewers, reviews: [review('natverket', 'changesRequested'), review('socialchefer', 'endorsed')] }),
    ).toBe('changesRequested');
  });

  it('does not count a review from a body outside the round', () => {
    expect(reviewRoundOutcome({ reviewers, reviews: [review('natverket', 'endorsed'), review('annan', 'endorsed')] })).toBe(
      'pending',
    );
  });
});

describe('the fingerprint of an approved version', () => {
  it('ignores key order and undefined fields, but not content', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    expect(recordFingerprint({ a: 1, b: 2 })).toBe(recordFingerprint({ b: 2, a: 1 }));
    expect(recordFingerprint({ a: 1, b: 2 })).not.toBe(recordFingerprint({ a: 1, b: 3 }));
    expect(recordFingerprint(dalarnaDraft)).not.toBe(recordFingerprint(fyrbodalDraft));
    expect(recordFingerprint(fyrbodalDraft)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives different fingerprints to documents that differ in one character', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(recordFingerprint({ purpose: a })).not.toBe(recordFingerprint({ purpose: b }));
      }),
      { numRuns: 300 },
    );
  });

  it('freezes deeply, so an approved snapshot cannot be edited in place', () => {
    const frozen = deepFreeze(structuredClone(fyrbodalDraft));
    expect(Object.isFrozen(frozen.scope.subjectAreas)).toBe(true);
    expect(() => {
      (frozen.scope.subjectAreas as string[]).push('Ny');
    }).toThrow(TypeError);
  });
});
