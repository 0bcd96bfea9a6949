/**
 * A damaged record (*skadad handling*): a stream whose stored events cannot all be trusted. The
 * runtime reports it in `RuntimeState.damaged` — which stream, from which version, why, in
 * Swedish and English — shows the record as it was before the damage, and refuses commands to it
 * with `DAMAGED`; everything else in the network goes on working. The way out is to restore the
 * log from a copy (or, in the demo, reset to the sample).
 */
import type { LocalizedText } from '../shared/localized.js';
import { commandError, type CommandError } from './errors.js';

/** What is wrong. */
export type DamageCode =
  /** The stored record is not an event: fields missing or of the wrong kind (`data: null`, …). */
  | 'unreadable'
  /** An event (or several) is missing before this version. */
  | 'missing'
  /** An event appears twice: a repeated version or event id. */
  | 'duplicate'
  /** Its hash does not match its fields, or it does not chain to the event before it. */
  | 'tampered'
  /** Written before events carried hashes (format 1): cannot be verified. */
  | 'unsealed'
  /** Written by a newer version of the software (a format this one does not know). */
  | 'unknownFormat'
  /** Its payload does not fit the event's schema (an unknown event type, a negative duration, …). */
  | 'invalid'
  /** The record's lifecycle does not accept it in the state it is in. */
  | 'notApplicable'
  /** The stream names no kind of record, or the record it continues was never started. */
  | 'unknownRecord';

export interface StreamDamage {
  /** The damaged stream, e.g. `meeting:fyrbodal:mote-2019-12-05` (or `dataset`). */
  stream: string;
  /** The version of the first event that could not be applied; the record shows the state before it. */
  version: number;
  code: DamageCode;
  /** What is wrong and what it means, in both languages. */
  reason: LocalizedText;
}

const what: Record<DamageCode, (detail: LocalizedText | undefined) => LocalizedText> = {
  unreadable: (d) => ({ sv: `händelsen går inte att läsa${d ? ` (${d.sv})` : ''}`, en: `the event cannot be read${d ? ` (${d.en})` : ''}` }),
  missing: (d) => ({ sv: `händelser saknas${d ? ` (${d.sv})` : ''}`, en: `events are missing${d ? ` (${d.en})` : ''}` }),
  duplicate: (d) => ({ sv: `händelsen finns två gånger${d ? ` (${d.sv})` : ''}`, en: `the event is stored twice${d ? ` (${d.en})` : ''}` }),
  tampered: (d) => ({ sv: `händelsen har ändrats efter att den sparades${d ? ` (${d.sv})` : ''}`, en: `the event was changed after it was stored${d ? ` (${d.en})` : ''}` }),
  unsealed: () => ({
    sv: 'händelserna sparades innan loggen fick kontrollsummor och kan inte kontrolleras',
    en: 'the events were stored before the log carried hashes and cannot be verified',
  }),
  unknownFormat: (d) => ({ sv: `händelsen har ett okänt format${d ? ` (${d.sv})` : ''}`, en: `the event has an unknown format${d ? ` (${d.en})` : ''}` }),
  invalid: (d) => ({ sv: `händelsens innehåll är ogiltigt${d ? `: ${d.sv}` : ''}`, en: `the event's content is invalid${d ? `: ${d.en}` : ''}` }),
  notApplicable: (d) => ({ sv: `händelsen passar inte handlingens tillstånd${d ? ` (${d.sv})` : ''}`, en: `the event does not fit the record's state${d ? ` (${d.en})` : ''}` }),
  unknownRecord: (d) => ({ sv: `handlingen finns inte${d ? ` (${d.sv})` : ''}`, en: `the record does not exist${d ? ` (${d.en})` : ''}` }),
};

/** A report, its reason written out in full. */
export function streamDamage(stream: string, version: number, code: DamageCode, detail?: LocalizedText): StreamDamage {
  const why = what[code](detail);
  const reason: LocalizedText =
    code === 'unsealed'
      ? {
          sv: `«${stream}»: ${why.sv}. Den visas som den är men kan inte ändras.`,
          en: `«${stream}»: ${why.en}. It is shown as it is but cannot be changed.`,
        }
      : {
          sv: `«${stream}» är skadad vid version ${version}: ${why.sv}. Handlingen visas som den var före version ${version} och kan inte ändras.`,
          en: `«${stream}» is damaged at version ${version}: ${why.en}. The record is shown as it was before version ${version} and cannot be changed.`,
        };
  return { stream, version, code, reason };
}

/** The refusal of a command to a damaged (read-only) stream. */
export function damagedRefusal(damage: StreamDamage): CommandError {
  const message =
    damage.code === 'unsealed'
      ? { sv: `Handlingen kan inte kontrolleras och kan därför inte ändras. ${damage.reason.sv}`, en: `The record cannot be verified, so it cannot be changed. ${damage.reason.en}` }
      : { sv: `Handlingen är skadad och kan inte ändras. ${damage.reason.sv}`, en: `The record is damaged and cannot be changed. ${damage.reason.en}` };
  return commandError(
    'DAMAGED',
    message,
    { stream: damage.stream, version: damage.version, damage: damage.code },
  );
}
