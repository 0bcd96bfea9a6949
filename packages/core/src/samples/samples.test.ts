import { describe, expect, it } from 'vitest';
import { Dataset } from '../dataset/dataset.schema.js';
import { parseWith } from '../shared/validation.js';
import { fyrbodal } from './fyrbodal.js';

describe('sample datasets', () => {
  it.each([['fyrbodal', fyrbodal]])('%s validates against the schemas', (_name, sample) => {
    const result = parseWith(Dataset, sample);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
    expect(result.ok).toBe(true);
  });
});
