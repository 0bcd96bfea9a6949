/**
 * The first thing done with input from outside: a copy of it as plain JSON data, or located
 * issues saying why it is not. Why: a command is a JavaScript value, and a value can be
 * hostile — a getter that throws or answers differently on every read, a Proxy, a cycle,
 * 10 000 nested lists (a stack overflow in any recursive check), a 20 MB string. Copying once,
 * with every read guarded and every dimension bounded, turns all of these into an ordinary
 * `VALIDATION` answer, and everything after works on a copy no one else can change.
 *
 * What the copy holds: plain objects (prototype `Object.prototype` or `null`) with their own
 * enumerable string keys, lists, strings, finite numbers, booleans and `null`. An object
 * property whose value is `undefined` is left out, as JSON leaves it out; anything else
 * (functions, symbols, big integers, `NaN`, dates, maps, class instances, boxed strings, gaps in
 * a list) is refused where it is.
 */
import { formatLimit, type PlainDataLimits } from './limits.js';
import type { LocalizedText } from './localized.js';
import { locatedIssue, summarise, type ValidationIssue } from './validation.js';

export type PlainDataResult = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[]; message: LocalizedText };

/** Thrown inside the copy to stop at the first problem; never leaves `toPlainData`. */
class Refusal {
  constructor(
    readonly path: readonly PropertyKey[],
    readonly code: string,
    readonly body: LocalizedText,
  ) {}
}

const unreadable: LocalizedText = { sv: 'kunde inte läsas', en: 'could not be read' };

const typeText: Record<string, LocalizedText> = {
  function: { sv: 'en funktion', en: 'a function' },
  symbol: { sv: 'en symbol', en: 'a symbol' },
  bigint: { sv: 'ett stort heltal (BigInt)', en: 'a big integer (BigInt)' },
  undefined: { sv: 'inget värde (undefined)', en: 'no value (undefined)' },
};

const number = (n: number) => formatLimit(n, 'sv');
const numberEn = (n: number) => formatLimit(n, 'en');

/** Copies `value` as plain JSON data within `limits`; never throws. */
export function toPlainData(value: unknown, limits: PlainDataLimits): PlainDataResult {
  let size = 0;
  let nodes = 0;
  /** The objects and lists being copied, from the root down: one met again is a cycle. */
  const ancestors = new Set<object>();

  /** Adds to the size (characters of JSON text) and the number of values; refuses past a limit. */
  const count = (path: readonly PropertyKey[], characters: number, values = 1) => {
    size += characters;
    nodes += values;
    if (size > limits.maxSize) {
      throw new Refusal([], 'too_big', {
        sv: `är större än högst tillåtna ${number(limits.maxSize)} tecken (som JSON)`,
        en: `is larger than the allowed ${numberEn(limits.maxSize)} characters (as JSON)`,
      });
    }
    if (nodes > limits.maxNodes) {
      throw new Refusal(path, 'too_big', {
        sv: `har fler än högst tillåtna ${number(limits.maxNodes)} värden`,
        en: `has more than the allowed ${numberEn(limits.maxNodes)} values`,
      });
    }
  };

  const copy = (input: unknown, path: PropertyKey[], depth: number): unknown => {
    switch (typeof input) {
      case 'string':
        count(path, input.length + 2);
        return input;
      case 'boolean':
        count(path, input ? 4 : 5);
        return input;
      case 'number':
        if (!Number.isFinite(input)) {
          throw new Refusal(path, 'invalid_type', { sv: 'måste vara ett ändligt tal', en: 'must be a finite number' });
        }
        count(path, String(input).length);
        // -0 is 0 in JSON; the copy says the same as the log will.
        return input === 0 ? 0 : input;
      case 'object':
        break;
      default:
        throw new Refusal(path, 'invalid_type', {
          sv: `kan inte vara ${typeText[typeof input]!.sv}`,
          en: `cannot be ${typeText[typeof input]!.en}`,
        });
    }
    if (input === null) {
      count(path, 4);
      return null;
    }
    if (depth >= limits.maxDepth) {
      throw new Refusal(path, 'too_deep', {
        sv: `är för djupt nästlat (högst ${limits.maxDepth} nivåer)`,
        en: `is nested too deeply (at most ${limits.maxDepth} levels)`,
      });
    }
    if (ancestors.has(input)) {
      throw new Refusal(path, 'cycle', { sv: 'innehåller sig självt (en cykel)', en: 'contains itself (a cycle)' });
    }
    const guard = <T>(read: () => T, at: PropertyKey[] = path): T => {
      try {
        return read();
      } catch {
        throw new Refusal(at, 'unreadable', unreadable);
      }
    };
    ancestors.add(input);
    try {
      if (guard(() => Array.isArray(input))) {
        const list = input as unknown[];
        const length = guard(() => list.length);
        count(path, 2 + Math.max(0, length - 1));
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) {
          const at = [...path, i];
          const item = guard(() => (i in list ? list[i] : undefined), at);
          if (item === undefined) {
            throw new Refusal(at, 'invalid_type', { sv: 'saknar värde (en lucka i listan)', en: 'has no value (a gap in the list)' });
          }
          out.push(copy(item, at, depth + 1));
        }
        return out;
      }
      const prototype = guard(() => Object.getPrototypeOf(input) as unknown);
      if (prototype !== Object.prototype && prototype !== null) {
        throw new Refusal(path, 'invalid_type', {
          sv: 'måste vara ett vanligt objekt, en lista, text, ett tal, sant/falskt eller null',
          en: 'must be a plain object, a list, text, a number, true/false or null',
        });
      }
      const keys = guard(() => Object.keys(input));
      count(path, 2 + Math.max(0, keys.length - 1));
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const at = [...path, key];
        const item = guard(() => (input as Record<string, unknown>)[key], at);
        if (item === undefined) continue;
        count(at, key.length + 3, 0);
        const copied = copy(item, at, depth + 1);
        // `__proto__` as an own key stays an own key (plain assignment would set the prototype).
        if (key === '__proto__') Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
        else out[key] = copied;
      }
      return out;
    } finally {
      ancestors.delete(input);
    }
  };

  try {
    return { ok: true, value: copy(value, [], 0) };
  } catch (error) {
    // Only a Refusal gets here (every read is guarded); anything else is answered all the same.
    const refusal = error instanceof Refusal ? error : new Refusal([], 'unreadable', unreadable);
    const issue = locatedIssue(refusal.path, refusal.code, refusal.body);
    return { ok: false, issues: [issue], message: summarise([issue]) };
  }
}
