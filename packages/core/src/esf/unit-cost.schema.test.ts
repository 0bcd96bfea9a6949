import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { UnitCost, UnitCostTable, unitCostAppliesOn, unitCostsOverlap } from './unit-cost.schema.js';

const nurse = { professionalCategory: 'nurse', amountPerHour: 425, validFrom: '2017-01-01', validTo: '2017-12-31', exampleFigure: true } as const;

describe('UnitCost schema', () => {
  it('parses a unit cost, open-ended or not', () => {
    expect(parseWith(UnitCost, nurse).ok).toBe(true);
    const { validTo: _t, ...open } = nurse;
    expect(parseWith(UnitCost, open).ok).toBe(true);
  });

  it('insists on saying whether a figure is an example', () => {
    const { exampleFigure: _e, ...rest } = nurse;
    const result = parseWith(UnitCost, rest);
    expect(!result.ok && result.issues[0]?.message.en).toBe('«exampleFigure» is missing but required');
  });

  it('rejects fractions of an öre, a zero amount and an end before the start', () => {
    const ore = parseWith(UnitCost, { ...nurse, amountPerHour: 425.005 });
    expect(!ore.ok && ore.issues[0]?.message).toEqual({
      sv: '«amountPerHour» måste anges i hela ören (högst två decimaler) (fick 425.005)',
      en: '«amountPerHour» must be in whole öre (at most two decimals) (got 425.005)',
    });
    const zero = parseWith(UnitCost, { ...nurse, amountPerHour: 0 });
    expect(!zero.ok && zero.issues[0]?.pathText).toBe('amountPerHour');
    const backwards = parseWith(UnitCost, { ...nurse, validTo: '2016-12-31' });
    expect(!backwards.ok && backwards.issues[0]?.pathText).toBe('validTo');
  });
});

describe('UnitCostTable', () => {
  it('accepts consecutive periods of one category', () => {
    expect(parseWith(UnitCostTable, [nurse, { ...nurse, validFrom: '2018-01-01', validTo: undefined, amountPerHour: 440 }]).ok).toBe(true);
  });

  it('rejects two costs of one category that overlap, naming the later one', () => {
    const result = parseWith(UnitCostTable, [nurse, { ...nurse, validFrom: '2017-06-01', validTo: '2018-05-31' }]);
    expect(!result.ok && result.issues[0]).toMatchObject({
      pathText: '[1].validFrom',
      message: { sv: '«[1].validFrom» överlappar enhetskostnad nr 1 för samma yrkeskategori' },
    });
  });
});

describe('unitCostAppliesOn and unitCostsOverlap', () => {
  it('applies from the first to the last day inclusive', () => {
    const cost = { ...nurse };
    expect(['2016-12-31', '2017-01-01', '2017-12-31', '2018-01-01'].map((d) => unitCostAppliesOn(cost, d))).toEqual([false, true, true, false]);
  });

  it('sees no overlap between categories or back-to-back periods', () => {
    expect(unitCostsOverlap(nurse, { ...nurse, professionalCategory: 'physician' })).toBe(false);
    expect(unitCostsOverlap(nurse, { ...nurse, validFrom: '2018-01-01', validTo: undefined })).toBe(false);
    expect(unitCostsOverlap({ ...nurse, validTo: undefined }, { ...nurse, validFrom: '2030-01-01' })).toBe(true);
  });
});
