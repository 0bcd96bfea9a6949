/// <reference lib="dom" />
// Loading a sample into Chromium's own IndexedDB (Vitest browser mode): the same suite as in
// Node on fake-indexeddb, and the load time per sample, logged (never asserted: timing depends
// on the machine).
import { describe, expect, it } from 'vitest';
import { createSamverkan } from '../runtime/create-samverkan.js';
import { createIndexedDbStore } from '../runtime/store/indexeddb-store.js';
import { sampleHistories } from './history/index.js';
import { samples } from './index.js';
import { createSampleRuntime, type SampleId, sampleAdministrators } from './load-sample.js';
import { describeSampleLoadInIndexedDb } from './load-sample.indexeddb.suite.js';
import { trustedRecords } from '../runtime/identity.js';

describeSampleLoadInIndexedDb({ label: 'Chromium', indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });

const name = (label: string) => `samverkan-timing-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

describe('load time per sample in Chromium IndexedDB (logged, not asserted)', () => {
  it('loads each sample in one batch, and for comparison one command per transaction', async () => {
    const lines: string[] = [];
    for (const sampleId of Object.keys(sampleHistories) as SampleId[]) {
      const history = sampleHistories[sampleId];

      const batchStore = createIndexedDbStore({ name: name(sampleId) });
      let started = performance.now();
      const { runtime, commands } = await createSampleRuntime(sampleId, batchStore);
      const batchMs = performance.now() - started;
      await runtime.close();
      await batchStore.close();

      // The way loading worked before: the dataset, then each command in its own transaction.
      const oneByOneStore = createIndexedDbStore({ name: name(`${sampleId}-one-by-one`) });
      started = performance.now();
      const sequential = await createSamverkan({ identity: trustedRecords(), store: oneByOneStore });
      await sequential.load(samples[sampleId], { by: sampleAdministrators[sampleId], at: history.loadedAt, commandId: `${sampleId}-h-000` });
      for (const command of history.commands()) expect((await sequential.dispatch(command)).ok).toBe(true);
      const oneByOneMs = performance.now() - started;
      await sequential.close();
      await oneByOneStore.close();

      lines.push(`${sampleId.padEnd(13)} ${String(commands).padStart(4)} commands: one batch ${batchMs.toFixed(0).padStart(5)} ms · one transaction per command ${oneByOneMs.toFixed(0).padStart(5)} ms`);
      expect(commands).toBe(history.commands().length);
    }
    console.log(`Sample load into IndexedDB (Chromium):\n${lines.join('\n')}`);
  });
});
