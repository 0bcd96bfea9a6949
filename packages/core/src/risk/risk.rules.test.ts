import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskLevel, riskLevelOf, riskLevelThresholds, riskScore, risksBySeverity } from './risk.rules.js';

describe('riskScore', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore({ likelihood: 1, impact: 1 })).toBe(1);
    expect(riskScore({ likelihood: 3, impact: 4 })).toBe(12);
    expect(riskScore({ likelihood: 5, impact: 5 })).toBe(25);
  });
});

describe('riskLevel', () => {
  it('puts the thresholds where they are documented', () => {
    expect(riskLevelThresholds).toEqual({ mediumFrom: 5, highFrom: 12 });
    expect(riskLevel(1)).toBe('low');
    expect(riskLevel(4)).toBe('low');
    expect(riskLevel(5)).toBe('medium');
    expect(riskLevel(11)).toBe('medium');
    expect(riskLevel(12)).toBe('high');
    expect(riskLevel(25)).toBe('high');
  });

  it('rates typical matrix cells as the documentation says', () => {
    const level = (likelihood: number, impact: number) => riskLevel(riskScore({ likelihood, impact }));
    expect(level(2, 2)).toBe('low');
    expect(level(3, 3)).toBe('medium');
    expect(level(2, 5)).toBe('medium');
    expect(level(3, 4)).toBe('high');
    expect(level(4, 3)).toBe('high');
  });

  it('never rates a risk high when one dimension is 2 or lower, and always when both are ≥ 3 and one ≥ 4', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (likelihood, impact) => {
        const level = riskLevel(riskScore({ likelihood, impact }));
        if (Math.min(likelihood, impact) <= 2) expect(level).not.toBe('high');
        if (Math.min(likelihood, impact) >= 3 && Math.max(likelihood, impact) >= 4) expect(level).toBe('high');
      }),
      { numRuns: 1000 },
    );
  });

  it('never lowers the level when a rating rises', () => {
    const order = { low: 0, medium: 1, high: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), (likelihood, impact) => {
        const a = order[riskLevel(riskScore({ likelihood, impact }))];
        const b = order[riskLevel(riskScore({ likelihood: likelihood + 1, impact }))];
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('riskLevelOf and risksBySeverity', () => {
  it('gives no level to an unassessed risk', () => {
    expect(riskLevelOf({})).toBeUndefined();
    expect(riskLevelOf({ likelihood: 4, impact: 4 })).toBe('high');
  });

  it('orders assessed risks by score, unassessed last in their original order', () => {
    const risks = [
      { id: 'a' },
      { id: 'b', likelihood: 2, impact: 2 },
      { id: 'c', likelihood: 5, impact: 4 },
      { id: 'd' },
      { id: 'e', likelihood: 3, impact: 3 },
    ];
    expect(risksBySeverity(risks).map((r) => r.id)).toEqual(['c', 'e', 'b', 'a', 'd']);
    expect(risks.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
