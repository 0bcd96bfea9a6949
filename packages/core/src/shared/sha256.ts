/**
 * SHA-256 of a text (UTF-8), as lower-case hex. WebCrypto where the page has it; intranets are
 * still served over plain http, where `crypto.subtle` is missing (insecure context), so the
 * audited pure-JS implementation of @noble/hashes stands in there — the two give the same
 * digest (tested).
 */
import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 with @noble/hashes: synchronous, for where a digest is needed without awaiting. */
export function sha256HexSync(text: string): string {
  return toHex(sha256(encoder.encode(text)));
}

/** SHA-256 with WebCrypto, or @noble/hashes where WebCrypto is missing. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return sha256HexSync(text);
  return toHex(new Uint8Array(await subtle.digest('SHA-256', encoder.encode(text))));
}
