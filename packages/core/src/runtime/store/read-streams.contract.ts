/**
 * The promises of `readStreams` (optional on the port), for the adapters that have it: for each
 * stream and version asked, what `read(stream, version)` gives — in the order asked, a stream
 * asked twice answered twice, an unknown stream or a version past its end answered with an
 * empty list — and copies only.
 */
import { describe, expect, it } from 'vitest';
import type { EventStore } from './store.js';
import { batch } from './store.contract.js';

export function describeReadStreams(name: string, makeStore: () => EventStore | Promise<EventStore>): void {
  describe(`${name} — several streams in one read`, () => {
    it('answers each stream and version as read(stream, version) does, in the order asked, copies only', async () => {
      const store = await makeStore();
      await store.append('meeting:a', 0, batch(3));
      await store.append('meeting:b', 0, batch(2));
      await store.append('meeting:a', 3, batch(2));
      await store.append('mandate:c', 0, batch(1));
      const wanted: Array<[string, number]> = [
        ['meeting:b', 1],
        ['meeting:a', 4],
        ['nobody', 1],
        ['meeting:a', 1],
        ['mandate:c', 2],
        ['meeting:a', 5],
      ];
      const read = await store.readStreams!(wanted);
      expect(read).toEqual(await Promise.all(wanted.map(([stream, version]) => store.read(stream, version))));
      expect(read.map((events) => events.map((e) => `${e.stream}@${e.version}`))).toEqual([
        ['meeting:b@1', 'meeting:b@2'],
        ['meeting:a@4', 'meeting:a@5'],
        [],
        ['meeting:a@1', 'meeting:a@2', 'meeting:a@3', 'meeting:a@4', 'meeting:a@5'],
        [],
        ['meeting:a@5'],
      ]);
      expect(await store.readStreams!([])).toEqual([]);
      read[0]![0]!.data.changed = true;
      expect((await store.readStreams!([['meeting:b', 1]]))[0]![0]!.data).not.toHaveProperty('changed');
      await store.close();
    });
  });
}
