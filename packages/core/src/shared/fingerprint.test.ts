import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { recordFingerprint } from './fingerprint.js';
import { sha256HexSync as sha256Hex } from './sha256.js';

describe('sha256HexSync and recordFingerprint', () => {
  it('gives the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with Node’s own SHA-256 on any text, Swedish letters and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
    expect(sha256Hex('Fyrbodal – å, ä, ö 🙂')).toBe(createHash('sha256').update('Fyrbodal – å, ä, ö 🙂', 'utf8').digest('hex'));
  });

  it('is the SHA-256 of the canonical JSON, so key order does not matter but content does', () => {
    const record = { version: '1.0', content: { title: 'Uppdrag', purpose: 'Samverkan' } };
    expect(recordFingerprint(record)).toBe(createHash('sha256').update(canonicalJson(record), 'utf8').digest('hex'));
    expect(recordFingerprint({ content: { purpose: 'Samverkan', title: 'Uppdrag' }, version: '1.0' })).toBe(recordFingerprint(record));
    expect(recordFingerprint({ ...record, version: '2.0' })).not.toBe(recordFingerprint(record));
  });
});
