/**
 * Several streams' events, each from its version, through the store's own `readStreams` where it
 * has one (a page of streams per call), else one `read` per stream: what a start from snapshots
 * reads to check the log under every snapshot.
 */
import type { EventStore, StoredEvent } from './store.js';

/** Streams per `readStreams` call: a database's statement stays small however many streams a log has. */
export const STREAMS_PER_READ = 2_000;

export async function readStreams(store: EventStore, wanted: ReadonlyArray<readonly [stream: string, fromVersion: number]>): Promise<StoredEvent[][]> {
  if (!store.readStreams) {
    const lists: StoredEvent[][] = [];
    for (const [stream, fromVersion] of wanted) lists.push(await store.read(stream, fromVersion));
    return lists;
  }
  const lists: StoredEvent[][] = [];
  for (let start = 0; start < wanted.length; start += STREAMS_PER_READ) {
    const page = wanted.slice(start, start + STREAMS_PER_READ);
    const read = await store.readStreams(page);
    if (!Array.isArray(read) || read.length !== page.length) throw new Error(`Event store: readStreams answered ${Array.isArray(read) ? read.length : 'no'} lists for ${page.length} streams.`);
    lists.push(...read);
  }
  return lists;
}
