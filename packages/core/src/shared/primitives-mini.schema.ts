/**
 * The building blocks of `primitives.schema.ts` in `zod/mini` form, and the checks both forms
 * are built from. Why two forms: a classic zod schema carries every method and its JSON Schema
 * support, so a machine that validates with classic schemas brings most of zod into an app's
 * bundle; `zod/mini` schemas bring only what they use. The machines' runtime guards use these;
 * the public classic schemas are built from the same checks, so limits, patterns and messages
 * are written once. This module imports nothing of classic zod.
 */
import * as z from 'zod/mini';
import { localizedError } from './validation.js';

/** The checks of `Id`: 1–120 letters, digits, `-`, `_`, `.` and `:`. */
export const idChecks = [
  z.minLength(1),
  z.maxLength(120),
  z.regex(
    /^[\p{L}\p{N}._:-]+$/u,
    localizedError(
      'får bara innehålla bokstäver, siffror och tecknen . _ : -',
      'may contain only letters, digits and the characters . _ : -',
    ),
  ),
] as const;

/** The checks of `Text`: trimmed, 1–20 000 characters (the order matters: trim first). */
export const textChecks = [z.trim(), z.minLength(1), z.maxLength(20_000)] as const;

/** The checks of `Label`: trimmed, 1–300 characters. */
export const labelChecks = [z.trim(), z.minLength(1), z.maxLength(300)] as const;

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
