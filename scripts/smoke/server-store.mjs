// Smoke test (e): @samverkan/server as npm installs it, in plain Node ESM — PGlite in memory, the
// schema migrated from the SQL files in the tarball, one append and its read-back, and a stale
// expected version answered with CONFLICT.
import { createPostgresStore, openDatabase } from '@samverkan/server';

const sql = await openDatabase({ dataDir: 'memory://' });
const store = await createPostgresStore({ sql, network: 'smoke' });
const event = (id, commandId) => ({ id, type: 'openCall', at: '2019-01-02T09:00:00+01:00', by: 'smoke:person-001', role: 'system', commandId, data: { type: 'openCall' } });

const first = await store.append('meeting:smoke', 0, [event('e1', 'c1')]);
if (!first.ok || first.events[0].position !== 1) throw new Error(`append: ${JSON.stringify(first)}`);
const stale = await store.append('meeting:smoke', 0, [event('e2', 'c2')]);
if (stale.ok || stale.code !== 'CONFLICT') throw new Error(`stale append: ${JSON.stringify(stale)}`);
const log = await store.readAll();
if (log.length !== 1 || log[0].id !== 'e1' || log[0].version !== 1) throw new Error(`readAll: ${JSON.stringify(log)}`);

await store.close();
await sql.close();
console.log('server store: append, CONFLICT and readAll on PGlite ok');
