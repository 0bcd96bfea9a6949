/**
 * The rule "a field core does not know is refused" holds for every schema core exports and
 * every command: no object anywhere in their graphs strips unknown keys. Checked on the schema
 * graphs themselves, so a new `z.object` — or an `.extend`, `.pick`, `.omit` or refinement that
 * lost the strictness — fails here by name.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import * as core from '../index.js';
import * as meetingRecordsMini from '../meeting/meeting-records.schema.js';
import { commandDefinitions } from '../runtime/commands/index.js';

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The paths of every object in a schema's graph that is not strict. */
function looseObjects(schema: unknown, where: string, seen = new Set<unknown>()): string[] {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return [];
  seen.add(schema);
  const inner = (child: unknown, at: string) => looseObjects(child, at, seen);
  switch (def.type) {
    case 'object': {
      const strict = defOf(def.catchall)?.type === 'never';
      const shape = def.shape as Record<string, unknown>;
      return [...(strict ? [] : [where]), ...Object.entries(shape).flatMap(([key, child]) => inner(child, `${where}.${key}`))];
    }
    case 'array':
      return inner(def.element, `${where}[]`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType, where);
    case 'union':
      return (def.options as unknown[]).flatMap((option, i) => inner(option, `${where}|${i}`));
    case 'intersection':
      return [...inner(def.left, where), ...inner(def.right, where)];
    case 'record':
      return inner(def.valueType, `${where}{}`);
    case 'pipe':
      return [...inner(def.in, where), ...inner(def.out, where)];
    case 'lazy':
      return inner((def.getter as () => unknown)(), where);
    case 'tuple':
      return (def.items as unknown[]).flatMap((item, i) => inner(item, `${where}[${i}]`));
    default:
      return [];
  }
}

describe('strict schemas', () => {
  const exported = Object.entries(core).filter(([, value]) => defOf(value) !== undefined) as Array<[string, z.ZodType]>;

  it('finds the schemas it checks', () => {
    expect(exported.map(([name]) => name)).toEqual(expect.arrayContaining(['Dataset', 'Mandate', 'Meeting', 'MeetingContext', 'AgendaItemProposal', 'MandateEvent', 'DeliverableContext', 'Theme']));
    expect(commandDefinitions.size).toBeGreaterThan(40);
  });

  it('every exported schema refuses unknown fields at every level', () => {
    expect(exported.flatMap(([name, schema]) => looseObjects(schema, name))).toEqual([]);
  });

  it('so do the zod/mini forms the meeting machine checks with', () => {
    const mini = Object.entries(meetingRecordsMini).filter(([, value]) => defOf(value) !== undefined);
    expect(mini.map(([name]) => name)).toEqual(expect.arrayContaining(['Minutes', 'Attendance', 'ActionItem']));
    expect(mini.flatMap(([name, schema]) => looseObjects(schema, `mini.${name}`))).toEqual([]);
  });

  it('every command refuses unknown fields at every level', () => {
    expect([...commandDefinitions.values()].flatMap((def) => looseObjects(def.schema, def.type))).toEqual([]);
  });

  it('would notice a loose object', () => {
    expect(looseObjects(core.Person.extend({ inner: core.Period.safeExtend({}).loose() }), 'X')).toEqual(['X.inner']);
  });
});
