/**
 * Fuzzed commands never throw and always come back typed: arbitrary values, and valid
 * commands with one field removed or replaced by an arbitrary value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../dataset/dataset.schema.js';
import { samples } from '../samples/index.js';
import { commandFor, firstAggregate } from '../testing/command-fixtures.js';
import { createSamverkan, type CommandResult } from './create-samverkan.js';
import { commandDefinitions } from './commands/index.js';
import { createMemoryStore } from './store/memory-store.js';
import { trustedRecords } from './identity.js';
import { sampleAdministrators } from '../samples/load-sample.js';

const codes = ['VALIDATION', 'NOT_AUTHORISED', 'NOT_ALLOWED_NOW', 'CONFLICT', 'NOT_FOUND'];

function expectTyped(result: CommandResult) {
  if (result.ok) {
    expect(Array.isArray(result.events)).toBe(true);
    return;
  }
  expect(codes).toContain(result.code);
  expect(typeof result.message.sv).toBe('string');
  expect(typeof result.message.en).toBe('string');
  expect(result.message.sv.length).toBeGreaterThan(0);
  expect(result.message.en.length).toBeGreaterThan(0);
  expect(result.message.sv).not.toBe(result.message.en);
}

async function runtime() {
  const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
  await sv.load(samples.ehalsalyftet, { by: sampleAdministrators.ehalsalyftet, at: '2016-01-01T00:00:00Z' });
  return sv;
}

describe('fuzzed commands', () => {
  it('answer arbitrary values with a typed error in both languages', async () => {
    const sv = await runtime();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...commandDefinitions.keys()) }, { requiredKeys: [] })), async (value) => {
        const predicted = sv.can(value);
        const result = await sv.dispatch(value);
        expectTyped(result);
        expect(predicted.ok).toBe(result.ok);
      }),
      { numRuns: 1000 },
    );
  });

  it('answer valid commands with one field mutated, never throwing', async () => {
    const sv = await runtime();
    const dataset = Dataset.parse(samples.ehalsalyftet);
    const people = dataset.people.map((p) => p.id);
    const valid = [...commandDefinitions.values()].flatMap((def) => {
      const target = firstAggregate(dataset, def.kind);
      return target ? [{ def, target }] : [];
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...valid),
        fc.constantFrom(...people),
        fc.nat(),
        fc.oneof(fc.constant(undefined), fc.anything()),
        async ({ def, target }, by, which, replacement) => {
          const command: Record<string, unknown> = commandFor(def.type, def.kind, dataset, target, by, `fuzz-${++n}`);
          const keys = Object.keys(command);
          const key = keys[which % keys.length]!;
          if (replacement === undefined) delete command[key];
          else command[key] = replacement;
          const predicted = sv.can(command);
          const result = await sv.dispatch(command);
          expectTyped(result);
          // `can` foretells `dispatch` exactly: same answer, same code.
          expect(predicted.ok ? 'ok' : predicted.code).toBe(result.ok ? 'ok' : result.code);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
