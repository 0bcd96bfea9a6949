import { describe, expect, it } from 'vitest';
import { lineAt, PackedLines } from './packed-lines.js';

/** Every line `find` reports for `key`, as owner and line. */
const found = (lines: PackedLines, key: string) => {
  const out: Array<[string, string]> = [];
  lines.find(key, (owner, text, start) => out.push([owner, lineAt(text, start)]));
  return out;
};

describe('PackedLines', () => {
  it('finds a line by its text before the first tab, and nothing else', () => {
    const lines = new PackedLines(true);
    lines.add('a', 'e-1\ne-2\ne-10');
    lines.add('b', 'c-1\t-\t1\t2\nc-2\tabc\t3\t1');
    lines.add('empty', '');
    expect(found(lines, 'e-1')).toEqual([['a', 'e-1']]);
    expect(found(lines, 'e-10')).toEqual([['a', 'e-10']]);
    expect(found(lines, 'c-2')).toEqual([['b', 'c-2\tabc\t3\t1']]);
    // A key is matched whole: not a prefix of a line's key, not a part after a tab.
    for (const key of ['e', 'e-', 'e-100', 'c', 'abc', '-', '1', '']) expect(lines.has(key)).toBe(false);
    expect([...lines.entries()]).toEqual([
      ['a', 'e-1\ne-2\ne-10'],
      ['b', 'c-1\t-\t1\t2\nc-2\tabc\t3\t1'],
      ['empty', ''],
    ]);
  });

  it('finds a line by its whole text where keys do not end at a tab, and never a key with a line break (two lines)', () => {
    const lines = new PackedLines();
    lines.add('a', 'id\n1\nx\ty');
    expect(found(lines, 'id')).toEqual([['a', 'id']]);
    expect(found(lines, 'x\ty')).toEqual([['a', 'x\ty']]);
    for (const key of ['id\n1', 'id\n', '1\n', 'x', 'y']) expect(lines.has(key)).toBe(false);
    const commands = new PackedLines(true);
    commands.add('a', 'id\t-\t1\t1\n1\t-\t2\t1');
    for (const key of ['id\n1', 'id\t-', '-']) expect(commands.has(key)).toBe(false);
  });

  it('reports a key found in several texts in the order they were added', () => {
    const lines = new PackedLines(true);
    lines.add('first', 'x\ty\nk\t1');
    lines.add('second', 'k\t2');
    lines.add('third', 'z\nk\t3');
    expect(found(lines, 'k')).toEqual([
      ['first', 'k\t1'],
      ['second', 'k\t2'],
      ['third', 'k\t3'],
    ]);
  });

  it('keeps finding every key as it grows past many collisions and rehashes, and forgets them all when cleared', () => {
    const lines = new PackedLines();
    const keys = Array.from({ length: 5000 }, (_, i) => `id-${i.toString(36)}`);
    for (let i = 0; i < keys.length; i += 50) lines.add(`s${i}`, keys.slice(i, i + 50).join('\n'));
    for (const [i, key] of keys.entries()) expect(found(lines, key)).toEqual([[`s${i - (i % 50)}`, key]]);
    expect(lines.has('id-')).toBe(false);
    expect(lines.has(`id-${(5000).toString(36)}`)).toBe(false);
    lines.clear();
    expect(lines.has(keys[0]!)).toBe(false);
    expect([...lines.entries()]).toEqual([]);
  });
});
