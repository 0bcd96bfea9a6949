/**
 * The SHA-256 fingerprint (*fingeravtryck*) of a public record — an approved mandate version,
 * published minutes — over its canonical JSON, as 64 lowercase hex digits. A reader holding a
 * printed or exported record checks it against the log by computing `recordFingerprint` of the
 * record and comparing it with the one shown beside it.
 *
 * Why a pure-JS SHA-256 (@noble/hashes, audited) computed inside the machines, rather than
 * WebCrypto in the runtime: machines are pure and synchronous, and the record is made by the
 * machine (the approved version gets its number, date and history entry in the transition).
 * Computing the fingerprint there, in the same step, means the fingerprint is always of exactly
 * what the machine froze, replay recomputes it from the log (nothing to carry on the event and
 * nothing to trust), and it works on plain-http intranet pages, where `crypto.subtle` does not
 * exist. A record is approved or published a handful of times a year, but replay recomputes every
 * fingerprint in the log, so in Node it uses Node's SHA-256 (the same digests, `fastest-sha256.ts`).
 */
import { canonicalJson } from './canonical-json.js';
import { fastestSha256Hex } from './fastest-sha256.js';

/** The SHA-256 fingerprint of a record: the SHA-256 of its canonical JSON, as 64 hex digits. */
export function recordFingerprint(record: unknown): string {
  return fastestSha256Hex(canonicalJson(record));
}
