import { describe, expect, it } from 'vitest';
import { sampleHistories } from './history/index.js';
import { samples } from './index.js';
import { importSample, type SampleId } from './sample-data.js';

describe('importSample', () => {
  it.each(Object.keys(samples) as SampleId[])('imports %s: the very dataset and history the samples entry exports', async (id) => {
    const { dataset, history } = await importSample(id);
    expect(dataset).toBe(samples[id]);
    expect(history).toBe(sampleHistories[id]);
  });

  it('rejects an id that is no sample’s, own properties only', async () => {
    await expect(importSample('gotland' as SampleId)).rejects.toThrow(RangeError);
    await expect(importSample('toString' as SampleId)).rejects.toThrow(/No sample is called «toString»/);
  });
});
