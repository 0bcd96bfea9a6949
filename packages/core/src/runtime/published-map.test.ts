import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PublishedMap } from './published-map.js';

/** A sequence of writes: batches of [key, value] pairs over a small key space, so keys repeat. */
const writes = fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }).map(String), fc.integer()), { maxLength: 40 }), { maxLength: 120 });

describe('PublishedMap', () => {
  it('reads and iterates like a Map given the same writes, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }).map(String), fc.integer()), { maxLength: 400 }), writes, (initial, batches) => {
        let published = PublishedMap.of(initial);
        const plain = new Map(initial);
        for (const batch of batches) {
          published = published.with(batch);
          for (const [key, value] of batch) plain.set(key, value);
          expect(published.size).toBe(plain.size);
        }
        expect([...published]).toEqual([...plain]);
        expect([...published.keys()]).toEqual([...plain.keys()]);
        expect([...published.values()]).toEqual([...plain.values()]);
        const each: Array<[string, number]> = [];
        published.forEach((value, key) => each.push([key, value]));
        expect(each).toEqual([...plain.entries()]);
        for (let k = -1; k <= 301; k++) {
          expect(published.has(String(k))).toBe(plain.has(String(k)));
          expect(published.get(String(k))).toBe(plain.get(String(k)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves every earlier map as it was', () => {
    fc.assert(
      fc.property(writes, (batches) => {
        const history: Array<{ map: PublishedMap<string, number>; entries: Array<[string, number]> }> = [];
        let published = PublishedMap.of<string, number>();
        for (const batch of batches) {
          published = published.with(batch);
          history.push({ map: published, entries: [...published] });
        }
        for (const { map, entries } of history) expect([...map]).toEqual(entries);
      }),
      { numRuns: 100 },
    );
  });

  it('is a Map to whoever checks, and refuses to be changed', () => {
    const map = PublishedMap.of([['a', 1]]).with([['b', 2]]);
    expect(map).toBeInstanceOf(Map);
    expect(Object.prototype.toString.call(map)).toBe('[object Map]');
    expect(new Map(map)).toEqual(new Map([['a', 1], ['b', 2]]));
    const writable = map as unknown as Map<string, number>;
    expect(() => writable.set('c', 3)).toThrow(/read-only/);
    expect(() => writable.delete('a')).toThrow(/read-only/);
    expect(() => writable.clear()).toThrow(/read-only/);
    expect([...map]).toEqual([['a', 1], ['b', 2]]);
  });
});
