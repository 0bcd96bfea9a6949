// Several streams in one read: through the store's own readStreams a page of streams per call,
// else one read per stream — the same lists either way.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.js';
import { readStreams, STREAMS_PER_READ } from './read-streams.js';
import type { EventStore } from './store.js';
import { batch } from './store.contract.js';

async function storeWith(streams: number): Promise<EventStore> {
  const store = createMemoryStore();
  for (let index = 0; index < streams; index += 1) await store.append(`meeting:${index}`, 0, batch(2));
  return store;
}

describe('readStreams', () => {
  it('reads one stream at a time from a store without readStreams', async () => {
    const store = await storeWith(3);
    let reads = 0;
    const counting: EventStore = { ...store, read: (stream, from) => ((reads += 1), store.read(stream, from)) };
    const wanted: Array<[string, number]> = [['meeting:2', 2], ['meeting:0', 1], ['none', 1]];
    expect(await readStreams(counting, wanted)).toEqual(await Promise.all(wanted.map(([stream, from]) => store.read(stream, from))));
    expect(reads).toBe(3);
  });

  it('asks a store with readStreams a page of streams at a time, and keeps the order asked', async () => {
    const store = await storeWith(3);
    const pages: number[] = [];
    const batched: EventStore = {
      ...store,
      read: () => Promise.reject(new Error('read one by one')),
      readStreams: async (wanted) => {
        pages.push(wanted.length);
        return Promise.all(wanted.map(([stream, from]) => store.read(stream, from)));
      },
    };
    const wanted = Array.from({ length: STREAMS_PER_READ + 5 }, (_, index): [string, number] => [`meeting:${index % 3}`, 1 + (index % 2)]);
    const lists = await readStreams(batched, wanted);
    expect(pages).toEqual([STREAMS_PER_READ, 5]);
    expect(lists.map((events) => events.map((e) => `${e.stream}@${e.version}`))).toEqual(wanted.map(([stream, from]) => (from === 1 ? [`${stream}@1`, `${stream}@2`] : [`${stream}@2`])));
  });

  it('refuses an answer with another number of lists than streams asked', async () => {
    const store = await storeWith(1);
    const short: EventStore = { ...store, readStreams: async () => [] };
    await expect(readStreams(short, [['meeting:0', 1]])).rejects.toThrow(/answered 0 lists for 1 streams/);
  });
});
