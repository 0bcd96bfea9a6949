/**
 * Building blocks every schema shares: identifiers, dates, instants and the metadata every
 * machine event carries (who sent it and when — machines never read the clock). The string
 * checks are shared with the `zod/mini` forms in `primitives-mini.schema.ts`.
 */
import * as z from 'zod';
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

/** Free text a person writes; trimmed, never empty. */
export const Text = z.string().check(...textChecks);

/** A short label: a name, a title. */
export const Label = z.string().check(...labelChecks);

/** A version of a document as the seeds write it: `0.1`, `1.0`, `2.3`. */
export const DocumentVersion = z.string().regex(/^\d+\.\d+$/, localizedError(
  'måste vara ett versionsnummer som 0.1 eller 1.0',
  'must be a version number such as 0.1 or 1.0',
));
export type DocumentVersion = z.infer<typeof DocumentVersion>;

/** Who sent an event and when. Every machine event carries it. */
export const EventMeta = z.object({
  /** The person who acts. */
  by: Id,
  /** When it happened; the machine takes the time from here, never from the clock. */
  at: Instant,
});
export type EventMeta = z.infer<typeof EventMeta>;

/** A date range (inclusive). */
export const Period = z
  .object({ start: IsoDate, end: IsoDate })
  .refine((p) => p.start <= p.end, {
    ...localizedError('slutdatum får inte ligga före startdatum', 'the end date must not be before the start date'),
    path: ['end'],
  });
export type Period = z.infer<typeof Period>;
