/**
 * One naming of commands across the runtime and the machines, or a documented mapping (issue 15,
 * item 12): `commandMachineEvents` says which machine event each lifecycle command becomes; the
 * table in docs/command-names.md is that mapping where the names differ, and what the samples'
 * logs record agrees with it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createMemoryStore } from './store/memory-store.js';
import { commandMachineEvents, type MachineEventType } from './commands/index.js';

/** The mapping by any string, for looking up what the log records. */
const byCommand = new Map<string, string>(Object.entries(commandMachineEvents));

describe('command names and machine events', () => {
  it('is typed: keyed by command type, each value an event some lifecycle machine accepts', () => {
    expectTypeOf(commandMachineEvents.assignMeetingRoles).toEqualTypeOf<MachineEventType | undefined>();
    expectTypeOf<'assignRoles'>().toExtend<MachineEventType>();
    expectTypeOf<'assignMeetingRoles'>().not.toExtend<MachineEventType>();
    // @ts-expect-error — no command is called assignRoles: that is the meeting machine's name for it
    expect(commandMachineEvents.assignRoles).toBeUndefined();
    expect(commandMachineEvents.assignMeetingRoles).toBe('assignRoles');
  });

  it('is what the log records: every lifecycle event of the samples is the machine event its command maps to', async () => {
    let checked = 0;
    for (const sampleId of ['fyrbodal', 'ehalsalyftet', 'orebro', 'dalarna', 'sjolunda'] as const) {
      const store = createMemoryStore();
      await createSampleRuntime(sampleId, store);
      for (const event of await store.readAll()) {
        const mapped = byCommand.get(event.type);
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
