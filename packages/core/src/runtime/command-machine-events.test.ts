/**
 * One naming of commands across the runtime and the machines, or a documented mapping (issue 15,
 * item 12): `commandMachineEvents` says which machine event each lifecycle command becomes; the
 * table in docs/command-names.md is that mapping where the names differ, and what the samples'
 * logs record agrees with it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createMemoryStore } from './store/memory-store.js';
import { commandMachineEvents } from './commands/index.js';

describe('command names and machine events', () => {
  it('is what the log records: every lifecycle event of the samples is the machine event its command maps to', async () => {
    let checked = 0;
    for (const sampleId of ['fyrbodal', 'ehalsalyftet', 'orebro', 'dalarna', 'sjolunda'] as const) {
      const store = createMemoryStore();
      await createSampleRuntime(sampleId, store);
      for (const event of await store.readAll()) {
        const mapped = commandMachineEvents[event.type];
        if (mapped === undefined) continue;
        expect((event.data as { type?: string }).type, `${sampleId} ${event.type}`).toBe(mapped);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('is documented: docs/command-names.md lists exactly the commands whose machine event has another name', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../../docs/command-names.md', import.meta.url)), 'utf8');
    const rows = [...doc.matchAll(/^\| `(\w+)` \| `(\w+)` \|/gm)].map((m) => [m[1], m[2]]);
    const differing = Object.entries(commandMachineEvents).filter(([command, event]) => command !== event);
    expect(rows.sort()).toEqual(differing.sort());
  });
});
