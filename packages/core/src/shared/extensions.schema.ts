/**
 * Tillägg — a region's own data on an entity, in the one place core keeps it without knowing
 * it. Why: every object schema in core refuses fields it does not know, so that a misspelt or
 * misplaced field is an error instead of silently lost data; a region that wants to keep, say,
 * its cost centre on a person or its case-management id on a mandate says so explicitly here.
 *
 * The rules: keys are namespaced, `namespace:key` — the namespace names who owns the data (the
 * region or the product, lower-case letters, digits and `-`), the key what it is (letters,
 * digits, `.`, `_`, `-`), e.g. `vgr:kostnadsstalle` or `orebro-lan:arende.id`; so two
 * regions' tools never read each other's data by accident. Values are JSON data (text,
 * finite numbers, true/false, null, lists and plain objects; never functions or class
 * instances), at most 8 levels deep, and one `extensions` object is at most 50 keys and
 * 16 000 characters as JSON. Core stores extensions with the entity and never reads them.
 */
import * as z from 'zod';
import { extensionLimits, formatLimit } from './limits.js';
import { localizedError } from './validation.js';

/** A JSON value, as stored in an extension. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `namespace:key`, e.g. `vgr:kostnadsstalle`. */
export const ExtensionKey = z
  .string()
  .max(101)
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}:[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/,
    localizedError(
      'måste ha formen namnrymd:nyckel, t.ex. vgr:kostnadsstalle',
      'must have the form namespace:key, e.g. vgr:kostnadsstalle',
    ),
  );

type Found = { path: (string | number)[]; problem: 'notJson' | 'tooDeep' };

/** The first place where `value` is not JSON data or is nested deeper than `depth` levels. */
function firstProblem(value: unknown, depth: number, path: (string | number)[] = []): Found | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path, problem: 'notJson' };
  if (typeof value !== 'object') return { path, problem: 'notJson' };
  if (depth <= 0) return { path, problem: 'tooDeep' };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return { path: [...path, i], problem: 'notJson' };
      const found = firstProblem(value[i], depth - 1, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return { path, problem: 'notJson' };
  for (const [key, item] of Object.entries(value)) {
    const found = firstProblem(item, depth - 1, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

const notJson = localizedError(
  'måste vara JSON-data: text, tal, sant/falskt, null, listor och objekt',
  'must be JSON data: text, numbers, true/false, null, lists and objects',
);
const tooDeep = localizedError(
  `är för djupt nästlat (högst ${extensionLimits.depth} nivåer)`,
  `is nested too deeply (at most ${extensionLimits.depth} levels)`,
);

/**
 * One extension's value: JSON data at most `extensionLimits.depth` levels deep. Checked by one
 * bounded walk rather than a recursive schema (`z.json()`), which would recurse as deep as the
 * value goes before any limit applied; in JSON Schema it is any value (`{}`).
 */
export const ExtensionValue = z.unknown().superRefine((value, ctx) => {
  const found = firstProblem(value, extensionLimits.depth);
  if (found) ctx.addIssue({ code: 'custom', path: found.path, ...(found.problem === 'notJson' ? notJson : tooDeep) });
}) as unknown as z.ZodType<JsonValue, JsonValue>;

/** Tillägg — namespaced JSON data of a region's own (see the module's comment for the rules). */
export const Extensions = z
  .record(ExtensionKey, ExtensionValue)
  .superRefine((extensions, ctx) => {
    const keys = Object.keys(extensions).length;
    if (keys > extensionLimits.keys) {
      ctx.addIssue({
        code: 'custom',
        ...localizedError(`får ha högst ${extensionLimits.keys} nycklar`, `may have at most ${extensionLimits.keys} keys`),
      });
      return;
    }
    if (JSON.stringify(extensions).length > extensionLimits.size) {
      ctx.addIssue({
        code: 'custom',
        ...localizedError(
          `är större än högst tillåtna ${formatLimit(extensionLimits.size, 'sv')} tecken (som JSON)`,
          `is larger than the allowed ${formatLimit(extensionLimits.size, 'en')} characters (as JSON)`,
        ),
      });
    }
  })
  .meta({ maxProperties: extensionLimits.keys });
export type Extensions = z.infer<typeof Extensions>;
