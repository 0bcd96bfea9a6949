/**
 * What a person's text is stored as, and what is refused: names and free text are NFC-normalised
 * and trimmed of white space and zero-width characters, text of invisible characters only is
 * empty, and bidirectional controls are refused.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from './primitives-mini.schema.js';
import { Label, Text, WebAddress } from './primitives.schema.js';
import { parseWith } from './validation.js';

describe('Label and Text', () => {
  it('store a decomposed "å" composed, and trim white space and zero-width characters at the ends', () => {
    for (const schema of [Label, Text]) {
      expect(parseWith(schema, 'Va\u030Ardplan')).toEqual({ ok: true, value: 'V\u00E5rdplan' });
      expect(parseWith(schema, '\u200B\uFEFF Budget 2027 \u2060\u200D')).toEqual({ ok: true, value: 'Budget 2027' });
    }
  });

  it('keep zero-width characters inside a text (they join emoji and some scripts)', () => {
    expect(parseWith(Label, 'a\u200Db')).toEqual({ ok: true, value: 'a\u200Db' });
  });

  it('refuse text of invisible characters only as empty', () => {
    for (const input of ['\u200B', ' \u200C\u200D ', '\u2060\uFEFF', '\t\u200B\n']) {
      expect(parseWith(Label, input)).toMatchObject({ ok: false, issues: [{ message: { sv: 'Indata får inte vara tom', en: 'The input must not be empty' } }] });
      expect(parseWith(Text, input).ok).toBe(false);
    }
  });

  it('refuse every bidirectional embedding, override and isolate control, saying so visibly', () => {
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const result = parseWith(Label, `Anna ${control}Berg`);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues[0]!.message.en).toContain('bidirectional control characters');
      // The quoted input shows the control as U+XXXX instead of carrying it.
      expect(result.issues[0]!.message.en).toContain(`U+${control.codePointAt(0)!.toString(16).toUpperCase()}`);
      expect(result.issues[0]!.message.en).not.toContain(control);
      expect(parseWith(Text, `Anna ${control}Berg`).ok).toBe(false);
    }
  });

  it('count the limit after normalisation', () => {
    expect(parseWith(Label, `${'x'.repeat(300)}\u200B  `).ok).toBe(true);
    expect(parseWith(Label, 'x'.repeat(301)).ok).toBe(false);
  });

  it('trim a long run of spaces in linear time', () => {
    const started = performance.now();
    expect(normaliseText(`${' '.repeat(200_000)}x${' '.repeat(200_000)}`)).toBe('x');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('WebAddress', () => {
  it('takes http and https addresses up to 2 000 characters', () => {
    expect(parseWith(WebAddress, 'https://example.se/a').ok).toBe(true);
    expect(parseWith(WebAddress, 'javascript:alert(1)').ok).toBe(false);
    expect(parseWith(WebAddress, `https://example.se/${'a'.repeat(2_000)}`).ok).toBe(false);
  });
});
