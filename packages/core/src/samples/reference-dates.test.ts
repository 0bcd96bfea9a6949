import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleHistories } from './history/index.js';
import { createSampleRuntime, sampleReferenceDates as fromLoadSample } from './load-sample.js';
import { sampleReferenceDates, samples } from './index.js';
import { swedishTime } from './sample-helpers.js';

const ids = Object.keys(samples) as Array<keyof typeof samples>;

describe('sampleReferenceDates', () => {
  it('names every sample and no other', () => {
    expect(Object.keys(sampleReferenceDates).sort()).toEqual([...ids].sort());
    expect(Object.keys(sampleHistories).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: the date is Swedish noon of its day, with the offset Stockholm had then', (id) => {
    const date = sampleReferenceDates[id].slice(0, 10);
    expect(sampleReferenceDates[id]).toBe(swedishTime(date, '12:00'));
  });

  it.each(ids)('%s: equals the reference date of its history and of a loaded sample, after every command', async (id) => {
    expect(sampleHistories[id].referenceDate).toBe(sampleReferenceDates[id]);
    const last = sampleHistories[id].commands().at(-1)!;
    expect(Date.parse(last.at)).toBeLessThan(Date.parse(sampleReferenceDates[id]));
    const { referenceDate } = await createSampleRuntime(id);
    expect(referenceDate).toBe(sampleReferenceDates[id]);
  });

  it('is the same object from load-sample, and frozen', () => {
    expect(fromLoadSample).toBe(sampleReferenceDates);
    expect(Object.isFrozen(sampleReferenceDates)).toBe(true);
  });

  it('lives in a module that imports nothing, so an app needing only the dates builds no sample', () => {
    const source = readFileSync(fileURLToPath(new URL('./reference-dates.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export)\b[^;]*\bfrom\s/m);
  });
});
