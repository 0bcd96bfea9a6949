/**
 * The promises of the snapshot store port (`SnapshotStore`), which every adapter keeps — memory,
 * IndexedDB, and one written elsewhere (PostgreSQL in `@samverkan/server`): records kept as given,
 * copies handed out, replaced as a whole, cleared, and nothing read or written once closed.
 */
import { describe, expect, it } from 'vitest';
import type { SnapshotStore } from './snapshot-store.js';

export function describeSnapshotStoreContract(name: string, makeStore: () => SnapshotStore | Promise<SnapshotStore>): void {
  describe(`${name} — snapshot store contract`, () => {
    it('keeps records as given, hands out copies, and replaces them as a whole', async () => {
      const store = await makeStore();
      expect(await store.readAll()).toEqual([]);
      const a = { stream: 'meeting:a', version: 2, state: { value: 'planned', context: { items: [1, 2], text: 'Åsa ”citat” \\ \u2028' } } };
      await store.replace([a, { stream: '#runtime', position: 7 }]);
      const read = (await store.readAll()) as Array<{ stream: string }>;
      expect(read.sort((x, y) => x.stream.localeCompare(y.stream))).toEqual([{ stream: '#runtime', position: 7 }, a]);
      (read[1] as typeof a).state.context.items.push(3);
      a.state.context.items.push(4);
      expect(((await store.readAll()) as Array<typeof a>).find((r) => r.stream === 'meeting:a')?.state.context.items).toEqual([1, 2]);

      await store.replace([{ stream: 'meeting:b' }]);
      expect(await store.readAll()).toEqual([{ stream: 'meeting:b' }]);
      await store.clear();
      expect(await store.readAll()).toEqual([]);
      await store.close();
      await expect(store.readAll()).rejects.toThrow(/closed/);
      await expect(store.replace([])).rejects.toThrow(/closed/);
    });
  });
}
