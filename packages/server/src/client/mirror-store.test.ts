/**
 * The browser's copy of a server's log: the server's positions kept, each event once, read-only
 * to the runtime, and kept in IndexedDB across visits (a cache with a hole is thrown away).
 */
import { IDBFactory } from 'fake-indexeddb';
import type { StoredEvent } from '@samverkan/core/runtime';
import { describe, expect, it } from 'vitest';
import { createMirrorStore, indexedDbCache } from './mirror-store.js';

const event = (position: number, stream = 'meeting:a'): StoredEvent => ({
  id: `e${position}`,
  type: 'openCall',
  at: '2019-01-02T09:00:00+01:00',
  by: 'x:person-001',
  role: 'r',
  commandId: `c${position}`,
  data: { type: 'openCall' },
  stream,
  version: position,
  position,
});

describe('a mirror of a server log', () => {
  it('takes each event once, in the server’s positions, and tells its listeners', async () => {
    const store = await createMirrorStore();
    const heard: number[][] = [];
    store.subscribe((events) => heard.push(events.map((e) => e.position)));
    await store.receive([event(1), event(2)]);
    await store.receive([event(2), event(3)]);
    expect((await store.readAll()).map((e) => e.position)).toEqual([1, 2, 3]);
    expect(heard).toEqual([[1, 2], [3]]);
    expect(store.lastPosition()).toBe(3);
    expect(await store.version('meeting:a')).toBe(3);
    expect((await store.readAll(3)).map((e) => e.id)).toEqual(['e3']);
  });

  it('is read-only: the runtime cannot append to it', async () => {
    const store = await createMirrorStore();
    await expect(store.append('meeting:a', 0, [])).rejects.toThrow(/read-only/);
    await expect(store.appendBatch!([])).rejects.toThrow(/read-only/);
  });

  it('keeps the log and the people in IndexedDB for the next visit, and throws away a cache with a hole', async () => {
    const factory = new IDBFactory();
    const first = await createMirrorStore(indexedDbCache('mirror-test', factory));
    await first.receive([event(1), event(2)]);
    await first.receivePersonal([{ personId: 'x:person-001', data: { name: 'Anna Ek' } }]);
    const again = await createMirrorStore(indexedDbCache('mirror-test', factory));
    expect(again.lastPosition()).toBe(2);
    expect(await again.readPersonalData!()).toEqual([{ personId: 'x:person-001', data: { name: 'Anna Ek' } }]);

    const holed = indexedDbCache('mirror-hole', factory);
    await holed.saveEvents([event(1), event(3)]);
    const fresh = await createMirrorStore(holed);
    expect(fresh.lastPosition()).toBe(0);
    expect((await holed.load()).events).toEqual([]);
  });
});
