/**
 * The building blocks of `primitives.schema.ts` in `zod/mini` form, and the checks both forms
 * are built from. Why two forms: a classic zod schema carries every method and its JSON Schema
 * support, so a machine that validates with classic schemas brings most of zod into an app's
 * bundle; `zod/mini` schemas bring only what they use. The machines' runtime guards use these;
 * the public classic schemas are built from the same checks, so limits, patterns and messages
 * are written once. This module imports nothing of classic zod.
 */
import * as z from 'zod/mini';
import { textLimits } from './limits.js';
import { localizedError } from './validation.js';

/** The checks of `Id`: 1–120 letters, digits, `-`, `_`, `.` and `:`. */
export const idChecks = [
  z.minLength(1),
  z.maxLength(textLimits.id),
  z.regex(
    /^[\p{L}\p{N}._:-]+$/u,
    localizedError(
      'får bara innehålla bokstäver, siffror och tecknen . _ : -',
      'may contain only letters, digits and the characters . _ : -',
    ),
  ),
] as const;

/**
 * Invisible characters: white space and the zero-width ones (zero-width space, non-joiner and
 * joiner, word joiner, byte-order mark). Trimmed like spaces at both ends of a text, so a text
 * of nothing else is empty.
 */
const invisible = /[\s\u200B-\u200D\u2060\uFEFF]/u;

/**
 * What a person's text is stored as: NFC-normalised (a decomposed "å" — "a" and a combining
 * ring — becomes the one character "å", so the same name is the same string and sorts and
 * searches alike) and trimmed of white space and zero-width characters at both ends. A loop,
 * not a regular expression: `/\s+$/` backtracks quadratically on a long run of spaces.
 */
export function normaliseText(text: string): string {
  const normalised = text.normalize('NFC');
  let start = 0;
  let end = normalised.length;
  while (start < end && invisible.test(normalised[start]!)) start++;
  while (end > start && invisible.test(normalised[end - 1]!)) end--;
  return start === 0 && end === normalised.length ? normalised : normalised.slice(start, end);
}

/**
 * Refuses the bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069): they make a text display differently from what it says ("Trojan Source"),
 * which has no place in a name, a title or a public record.
 */
const noBidiControls = z.regex(
  /^[^\u202A-\u202E\u2066-\u2069]*$/u,
  localizedError(
    'får inte innehålla styrtecken för textriktning (U+202A–U+202E, U+2066–U+2069)',
    'must not contain bidirectional control characters that change the text direction (U+202A–U+202E, U+2066–U+2069)',
  ),
);

/**
 * The checks of `Text`: normalised (see `normaliseText`), 1–20 000 characters, no bidirectional
 * controls. The order matters: normalise and trim first.
 */
export const textChecks = [z.overwrite(normaliseText), z.minLength(1), z.maxLength(textLimits.text), noBidiControls] as const;

/** The checks of `Label`: as `Text`, 1–300 characters. */
export const labelChecks = [z.overwrite(normaliseText), z.minLength(1), z.maxLength(textLimits.label), noBidiControls] as const;

/** A stable identifier (mini form of `Id`). */
export const Id = /* @__PURE__ */ z.string().check(...idChecks);

/** A civil date in Sweden, `YYYY-MM-DD` (mini form of `IsoDate`). */
export const IsoDate = /* @__PURE__ */ z.iso.date();

/** An instant with a time zone (mini form of `Instant`). */
export const Instant = /* @__PURE__ */ z.iso.datetime({ offset: true });

/** Free text a person writes (mini form of `Text`). */
export const Text = /* @__PURE__ */ z.string().check(...textChecks);

/** A short label (mini form of `Label`). */
export const Label = /* @__PURE__ */ z.string().check(...labelChecks);
