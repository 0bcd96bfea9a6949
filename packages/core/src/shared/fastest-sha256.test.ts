import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastestSha256Hex } from './fastest-sha256.js';
import { sha256HexSync } from './sha256.js';

describe('fastestSha256Hex', () => {
  it("gives the pure-JS digest for any text, lone surrogates included (Node's where there is Node)", () => {
    expect(fastestSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constant('\ud800 ensam')), (text) => {
        expect(fastestSha256Hex(text)).toBe(sha256HexSync(text));
      }),
      { numRuns: 500 },
    );
  });
});
