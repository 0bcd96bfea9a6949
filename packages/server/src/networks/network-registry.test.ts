// Loading a network reads its log once: the runtime's replay. Where the log ends comes from the
// store's own record of it, not from reading the whole log a second time.
import { afterAll, describe, expect, it } from 'vitest';
import { createNetwork } from '../cli/network-admin.js';
import { silentLogger } from '../server/logger.js';
import { createPgliteClient } from '../store/pglite-client.js';
import { people, subOf, withClaims } from '../test-support/server-test-support.js';
import { NetworkRegistry } from './network-registry.js';
import { postgresNetworkStores, type NetworkStores } from './network-stores.js';

describe('network registry', () => {
  const closing: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const close of closing.reverse()) await close();
  });

  it('loads a network reading its log once, and knows the position where it ends', async () => {
    const stores = postgresNetworkStores(await createPgliteClient({ dataDir: 'memory://' }));
    closing.push(() => stores.close());
    await createNetwork({ stores, network: 'fyrbodal', dataset: withClaims(), admin: { kind: 'sub', value: subOf(people.processLeader) }, clock: () => '2019-01-01T08:00:00+01:00' });

    // Every read of the whole log that loading makes, counted.
    let wholeReads = 0;
    const counting: NetworkStores = {
      ...stores,
      async open(network) {
        const store = await stores.open(network);
        const readAll = store.readAll.bind(store);
        store.readAll = (from) => {
          if ((from ?? 1) <= 1) wholeReads += 1;
          return readAll(from);
        };
        return store;
      },
    };
    const registry = new NetworkRegistry({ stores: counting, clock: () => '2019-01-02T08:00:00+01:00', idleMs: 60_000, log: silentLogger });
    closing.push(() => registry.close());

    const { handle, release } = await registry.lease('fyrbodal');
    try {
      const store = await stores.open('fyrbodal');
      const log = await store.readAll();
      await store.close();
      expect(log.length).toBeGreaterThan(0);
      expect(handle.position()).toBe(log.at(-1)!.position);
      expect(handle.runtime.getState().damaged).toEqual([]);
      // The runtime reads the log a page at a time (readPage); nothing reads it whole.
      expect(wholeReads).toBe(0);
    } finally {
      release();
    }
  });
});
