/** For tests of snapshots' event ids and command places (not part of the package's entries). */
import type { createMemorySnapshotStore } from './store/memory-snapshot-store.js';

/**
 * A generation's event ids and command places, stream by stream in name order (each stream's
 * command lines sorted: their order within a stream is not part of what a snapshot promises).
 */
export const placesIn = (snapshots: ReturnType<typeof createMemorySnapshotStore>) =>
  [...snapshots.raw()]
    .filter(([stream]) => stream !== '#runtime')
    .map(([stream, text]) => {
      const r = JSON.parse(text) as { eventIds: string; commands: string };
      return [stream, r.eventIds, r.commands.split('\n').sort().join('\n')];
    })
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
