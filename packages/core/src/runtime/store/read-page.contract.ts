/**
 * The promises of `readPage` (optional on the port), for the adapters that have it: pages of the
 * log in position order, from any position, copies only, and a limit that is a whole number.
 */
import { describe, expect, it } from 'vitest';
import type { EventStore } from './store.js';
import { batch } from './store.contract.js';

export function describeReadPage(name: string, makeStore: () => EventStore | Promise<EventStore>): void {
  describe(`${name} — pages of the log`, () => {
    it('reads the log a page at a time, in order, from any position, copies only', async () => {
      const store = await makeStore();
      await store.append('meeting:a', 0, batch(3));
      await store.append('meeting:b', 0, batch(2));
      await store.append('meeting:a', 3, batch(2));
      const all = await store.readAll();
      expect(all.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(await store.readPage!(1, 3)).toEqual(all.slice(0, 3));
      expect(await store.readPage!(4, 3)).toEqual(all.slice(3, 6));
      expect(await store.readPage!(7, 3)).toEqual(all.slice(6));
      expect(await store.readPage!(8, 3)).toEqual([]);
      expect(await store.readPage!(-5, 2)).toEqual(all.slice(0, 2));
      const page = await store.readPage!(1, 1);
      page[0]!.data.changed = true;
      expect((await store.readPage!(1, 1))[0]!.data).not.toHaveProperty('changed');
      await expect(store.readPage!(1, 0)).rejects.toThrow(RangeError);
      await store.close();
    });
  });
}
