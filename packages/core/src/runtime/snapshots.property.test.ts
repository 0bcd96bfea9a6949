/**
 * Snapshots against full replay over generated histories: a sample's history cut at a random
 * point, snapshots saved there, more of the history written after them, and a random choice of
 * snapshots spoiled (another machine version, a wrong hash, gone). Every time, the runtime
 * started from what is left equals the full replay of the same log.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleHistories } from '../samples/history/index.js';
import { createSampleRuntime, type SampleId } from '../samples/load-sample.js';
import type { CommandInput } from './command-input.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { RUNTIME_RECORD } from './snapshot-record.schema.js';
import { createMemorySnapshotStore } from './store/memory-snapshot-store.js';
import { createMemoryStore } from './store/memory-store.js';

const sampleIds = Object.keys(sampleHistories) as SampleId[];
const spoilers = ['machineVersion', 'hash', 'gone', 'none'] as const;

describe('snapshots over generated histories', () => {
  it('a start from snapshots (some spoiled) plus the events after them equals a full replay', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...sampleIds),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...spoilers)), { maxLength: 4 }),
        async (sampleId, cutAt, writeAfter, spoil) => {
          const commands = sampleHistories[sampleId].commands() as CommandInput[];
          let k = Math.max(1, Math.floor(commands.length * cutAt));
          while (k > 1 && commands[k]!.at === commands[k - 1]!.at) k -= 1;
          const store = createMemoryStore();
          await createSampleRuntime(sampleId, store, { upTo: commands[k - 1]!.at });
          const snapshots = createMemorySnapshotStore();
          const first = await createSamverkan({ store, identity: trustedRecords(), snapshots });
          expect(await first.saveSnapshots()).toMatchObject({ ok: true });
          const later = commands.slice(k, k + Math.floor((commands.length - k) * writeAfter));
          for (const command of later) expect(await first.dispatch(command)).toMatchObject({ ok: true });

          const streams = [...snapshots.raw().keys()].filter((s) => s !== RUNTIME_RECORD && s !== 'dataset');
          const spoiled = new Set<string>();
          for (const [n, how] of spoil) {
            const stream = streams[n % streams.length];
            if (!stream || how === 'none') continue;
            spoiled.add(stream);
            if (how === 'gone') snapshots.raw().delete(stream);
            else {
              const record = JSON.parse(snapshots.raw().get(stream) ?? '{}') as Record<string, unknown>;
              if (how === 'machineVersion') record.machineVersion = 99;
              // A hash the log does not hold at that version (at version 0, a hash where none may be).
              else record.hash = 'c'.repeat(64);
              if (snapshots.raw().has(stream)) snapshots.raw().set(stream, JSON.stringify(record));
            }
          }

          const full = await createSamverkan({ store, identity: trustedRecords() });
          const restarted = await createSamverkan({ store, identity: trustedRecords(), snapshots });
          expect(restarted.startUp.from).toBe('snapshots');
          expect(new Set(restarted.startUp.discarded.map((d) => d.stream))).toEqual(spoiled);
          expect(restarted.getState()).toEqual(full.getState());
          expect(restarted.getState()).toEqual(first.getState());
        },
      ),
      { numRuns: 25 },
    );
  });
});
