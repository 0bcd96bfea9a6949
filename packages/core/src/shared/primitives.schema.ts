/**
 * Building blocks every schema shares: identifiers, dates, instants and the metadata every
 * machine event carries (who sent it and when — machines never read the clock). The string
 * checks are shared with the `zod/mini` forms in `primitives-mini.schema.ts`. Every object
 * schema in core is strict (`z.strictObject`): a field core does not know is refused with its
 * path, never dropped, so a region's modelling mistake shows at once; data of the region's own
 * goes in an `extensions` field (`extensions.schema.ts`). Sizes come from `limits.ts`.
 */
import * as z from 'zod';
import { textLimits } from './limits.js';
import { localizedError } from './validation.js';
import { idChecks, labelChecks, textChecks } from './primitives-mini.schema.js';

/** A stable identifier: letters, digits, `-`, `_`, `.` and `:`; 1–120 characters. */
export const Id = z.string().check(...idChecks);
export type Id = z.infer<typeof Id>;

/** A civil date in Sweden, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant with a time zone, e.g. `2026-03-01T09:00:00+01:00`. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

/**
 * Free text a person writes: NFC-normalised, trimmed (zero-width characters too), never empty,
 * at most 20 000 characters, no bidirectional controls.
 */
export const Text = z.string().check(...textChecks);

/** A short label — a name, a title: as `Text`, at most 300 characters. */
export const Label = z.string().check(...labelChecks);

/** A web address (http or https), at most 2 000 characters. */
export const WebAddress = z.url({ protocol: /^https?$/ }).max(textLimits.url);

/** A version of a document as the seeds write it: `0.1`, `1.0`, `2.3`. */
export const DocumentVersion = z.string().max(textLimits.version).regex(/^\d+\.\d+$/, localizedError(
  'måste vara ett versionsnummer som 0.1 eller 1.0',
  'must be a version number such as 0.1 or 1.0',
));
export type DocumentVersion = z.infer<typeof DocumentVersion>;

/**
 * A message the lifecycle writes itself (a warning), in both languages. It may quote a
 * person's reason, so it is bounded a little above `Text`.
 */
export const MachineMessage = z.strictObject({
  sv: z.string().max(textLimits.machineMessage),
  en: z.string().max(textLimits.machineMessage),
});

/** Who sent an event and when. Every machine event carries it. */
export const EventMeta = z.strictObject({
  /** The person who acts. */
  by: Id,
  /** When it happened; the machine takes the time from here, never from the clock. */
  at: Instant,
});
export type EventMeta = z.infer<typeof EventMeta>;

/** A date range (inclusive). */
export const Period = z
  .strictObject({ start: IsoDate, end: IsoDate })
  .refine((p) => p.start <= p.end, {
    ...localizedError('slutdatum får inte ligga före startdatum', 'the end date must not be before the start date'),
    path: ['end'],
  });
export type Period = z.infer<typeof Period>;
