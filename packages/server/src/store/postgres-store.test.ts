// What this adapter promises beyond the shared contract, on PGlite and on a real PostgreSQL
// alike: networks apart in one database, every field of an event kept as given, data JSON
// cannot hold refused before anything is written, and the table layout.
import { batch, newEvent } from '@samverkan/core/testing';
import type { NewEvent } from '@samverkan/core/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgClient } from './pg-client.js';
import { createPgliteClient } from './pglite-client.js';
import type { PostgresEventStore } from './postgres-store.js';
import { createPostgresStore } from './postgres-store.js';
import { describeOnPostgres } from './postgres-test-support.js';
import type { SqlClient } from './sql-client.js';
import { uniqueNetwork } from './store-test-support.js';

function describeStore(name: string, open: () => SqlClient | Promise<SqlClient>): void {
  describe(`PostgreSQL store on ${name}`, () => {
    let client: SqlClient;
    // Starting PGlite takes seconds (more on a busy machine): not part of the first test's time.
    beforeAll(async () => {
      client = await open();
    }, 120_000);
    const database = async () => client;
    const stores: PostgresEventStore[] = [];
    async function store(network = uniqueNetwork()): Promise<PostgresEventStore> {
      const opened = await createPostgresStore({ sql: await database(), network });
      stores.push(opened);
      return opened;
    }
    afterAll(async () => {
      await Promise.all(stores.map((opened) => opened.close()));
      await (await database()).close();
    });

    it('keeps networks apart in one database: their own positions, streams, command ids and clear', async () => {
      const one = await store();
      const other = await store();
      const command = batch(2, 'command-in-both');
      const inOne = await one.append('meeting:a', 0, command);
      const inOther = await other.append('meeting:a', 0, command);
      // The same stream and command id in two networks: two logs, each from position 1.
      expect(inOne.ok && inOne.events.map((event) => [event.version, event.position])).toEqual([
        [1, 1],
        [2, 2],
      ]);
      expect(inOther).toMatchObject({ ok: true, duplicate: false });
      expect(inOther.ok && inOther.events.map((event) => event.position)).toEqual([1, 2]);
      await one.append('meeting:b', 0, batch(1));

      // The same person id in two networks: two records, erased apart.
      await one.append('dataset', 0, batch(1), { put: [{ personId: 'person-1', data: { name: 'Anna Ek' } }] });
      await other.append('dataset', 0, batch(1), { put: [{ personId: 'person-1', data: { name: 'Bo Ås' } }] });
      await other.append('dataset', 1, batch(1), { erase: ['person-1'] });
      expect(await one.readPersonalData()).toEqual([{ personId: 'person-1', data: { name: 'Anna Ek' } }]);
      expect(await other.readPersonalData()).toEqual([]);

      await other.clear();
      expect(await other.readAll()).toEqual([]);
      expect(await one.readAll()).toHaveLength(4);
      expect(await one.heads()).toEqual(new Map([['meeting:a', 2], ['meeting:b', 1], ['dataset', 1]]));
      expect(await other.heads()).toEqual(new Map());
    });

    it('applies the personal data of the parts a batch writes, in order, and none of a retried part', async () => {
      const events = await store();
      const anna = { personId: 'person-anna', data: { name: 'Anna Ek' } };
      const annaMarried = { personId: 'person-anna', data: { name: 'Anna Berg' } };
      const bo = { personId: 'person-bo', data: { name: 'Bo Ås', contact: { email: 'bo.as@example.se' } } };
      const recorded = batch(1, 'command-recorded');
      await events.append('meeting:a', 0, recorded);
      const result = await events.appendBatch([
        { stream: 'dataset', expectedVersion: 0, events: batch(1), personalData: { put: [anna, bo, annaMarried] } },
        // A retry of a recorded command: its personal data is not applied.
        { stream: 'meeting:a', expectedVersion: 0, events: recorded, personalData: { erase: ['person-bo'] } },
        // A part without events writes nothing, personal data included.
        { stream: 'meeting:b', expectedVersion: 0, events: [], personalData: { erase: ['person-bo'] } },
        { stream: 'dataset', expectedVersion: 1, events: batch(1), personalData: { put: [anna], erase: ['person-anna'] } },
      ]);
      expect(result.ok).toBe(true);
      expect(await events.readPersonalData()).toEqual([bo]);
      expect(JSON.stringify(await events.readAll())).not.toMatch(/Anna|Bo Ås|example\.se/);
      await expect(events.append('dataset', 2, batch(1), { put: [{ personId: '', data: { name: 'x' } }] })).rejects.toThrow(/person id/);
      await expect(events.append('dataset', 2, batch(1), { put: [{ personId: 'p', data: { name: 'x', born: new Date() } as never }] })).rejects.toThrow(/cannot be stored/);
      expect(await events.version('dataset')).toBe(2);
    });

    it('keeps every field of an event as given, fields it does not know included', async () => {
      const events = await store();
      const heard: unknown[] = [];
      events.subscribe((appended) => heard.push(...appended));
      const given = {
        ...newEvent({ reason: 'Sent late', commandHash: 'c'.repeat(64), data: { type: 'publishAgenda', items: [{ title: 'Å, ä och ö', minutes: 15, note: null }], nested: { deep: [1.5, -0, 1e21, true] } } }),
        format: 2,
        previousHash: '0'.repeat(64),
        hash: 'f'.repeat(64),
        addedLater: { by: 'a later version of core' },
      } as NewEvent;
      const result = await events.append('meeting:a', 0, [given]);
      const expected = JSON.parse(JSON.stringify({ ...given, stream: 'meeting:a', version: 1, position: 1 }));
      expect(result.ok && result.events).toEqual([expected]);
      expect(await events.read('meeting:a')).toEqual([expected]);
      expect(await events.readAll()).toEqual([expected]);
      expect(heard).toEqual([expected]);
      // Whatever a caller put in stream, version or position is not kept: the store sets them.
      const misplaced = { ...newEvent(), stream: 'elsewhere', version: 99, position: 42 } as NewEvent;
      const placed = await events.append('meeting:a', 1, [misplaced]);
      expect(placed.ok && placed.events.map((event) => [event.stream, event.version, event.position])).toEqual([['meeting:a', 2, 2]]);
      expect((await events.read('meeting:a', 2))[0]).toMatchObject({ stream: 'meeting:a', version: 2, position: 2 });
    });

    it('refuses, and writes nothing of the append, data JSON cannot hold as it is', async () => {
      const events = await store();
      const cyclic: Record<string, unknown> = { type: 'x' };
      cyclic.self = cyclic;
      const refused: Array<[Record<string, unknown>, RegExp]> = [
        [{ type: 'x', when: new Date('2019-01-10T09:00:00Z') }, /event\.data\.when is a Date/],
        [{ type: 'x', people: new Map() }, /event\.data\.people is a Map/],
        [{ type: 'x', count: Number.NaN }, /event\.data\.count is NaN/],
        [{ type: 'x', big: 10n }, /event\.data\.big is a bigint/],
        [{ type: 'x', title: 'a\u0000b' }, /NUL character/],
        [{ type: 'x', title: 'half \uD83D' }, /lone UTF-16 surrogate/],
        [{ type: 'x', list: [1, undefined] }, /event\.data\.list\[1\] is empty/],
        [cyclic, /event\.data\.self refers to itself/],
      ];
      for (const [data, reason] of refused) {
        await expect(events.append('meeting:a', 0, [newEvent(), newEvent({ data })])).rejects.toThrow(/cannot be stored/);
        await expect(events.append('meeting:a', 0, [newEvent({ data })])).rejects.toThrow(reason);
        await expect(events.appendBatch([{ stream: 'meeting:b', expectedVersion: 0, events: batch(1) }, { stream: 'meeting:a', expectedVersion: 0, events: [newEvent({ data })] }])).rejects.toThrow(reason);
      }
      expect(await events.readAll()).toEqual([]);
      expect(await events.heads()).toEqual(new Map());
      // The same object used twice (not a cycle) and a property left undefined are fine.
      const shared = { title: 'Shared' };
      const fine = await events.append('meeting:a', 0, [newEvent({ data: { type: 'x', first: shared, second: shared, gone: undefined } })]);
      expect(fine.ok && fine.events[0]!.data).toEqual({ type: 'x', first: shared, second: shared });
    });

    it('lays out one events table keyed by network and position, with unique (network, stream, version)', async () => {
      const events = await store();
      await events.append('meeting:a', 0, batch(2, 'command-layout'));
      const sql = await database();
      const { rows } = await sql.query<{ position: number | string; stream: string; version: number; command_id: string; batch: number | string }>(
        'SELECT position, stream, version, command_id, batch FROM samverkan.events WHERE network = $1 ORDER BY position',
        [events.network],
      );
      expect(rows.map((row) => [Number(row.position), row.stream, row.version, row.command_id, Number(row.batch)])).toEqual([
        [1, 'meeting:a', 1, 'command-layout', 1],
        [2, 'meeting:a', 2, 'command-layout', 1],
      ]);
      // A second row at a taken version is refused by the database itself, whatever a writer believed.
      await expect(
        sql.query(`INSERT INTO samverkan.events (network, position, stream, version, command_id, batch, event) VALUES ($1, 3, 'meeting:a', 2, 'x', 3, '{}')`, [events.network]),
      ).rejects.toMatchObject({ code: '23505' });
    });

    it('answers CONFLICT from the unique (network, stream, version) when a stream head is behind its events', async () => {
      const events = await store();
      expect((await events.append('meeting:a', 0, batch(2))).ok).toBe(true);
      // Damage the head, as a hand-made edit of the database might.
      await (await database()).query("UPDATE samverkan.streams SET version = 1 WHERE network = $1 AND stream = 'meeting:a'", [events.network]);
      expect(await events.append('meeting:a', 1, batch(2))).toMatchObject({ ok: false, code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
      expect(await events.appendBatch([{ stream: 'meeting:a', expectedVersion: 1, events: batch(1) }])).toMatchObject({ ok: false, index: 0, actualVersion: 2 });
      expect((await events.readAll()).map((event) => event.version)).toEqual([1, 2]);
    });

    it('refuses a network name that is empty or longer than 200 characters', async () => {
      const sql = await database();
      await expect(createPostgresStore({ sql, network: '' })).rejects.toThrow(/network/);
      await expect(createPostgresStore({ sql, network: 'x'.repeat(201) })).rejects.toThrow(/1–200/);
    });
  });
}

describeStore('PGlite', () => createPgliteClient({ dataDir: 'memory://' }));
describeOnPostgres('PostgreSQL store on PostgreSQL', ({ url }) => describeStore('PostgreSQL', () => createPgClient({ connectionString: url })));
