/**
 * Per-stream snapshots (issue 17): a runtime started from snapshots and the events after them is
 * the runtime a full replay gives — state, answers, retries, damage reports — and a snapshot that
 * does not fit (another machine version, unreadable, failing its schema, a log whose event under
 * it differs) is discarded and its stream rebuilt from its events, never misread.
 */
import { describe, expect, it } from 'vitest';
import { samples } from '../samples/index.js';
import { sampleHistories } from '../samples/history/index.js';
import { createSampleRuntime, sampleAdministrators, type SampleId } from '../samples/load-sample.js';
import { createRawLogStore } from '../testing/raw-log-store.js';
import type { CommandInput } from './command-input.js';
import { createSamverkan, DATASET_STREAM, type Samverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { RUNTIME_RECORD } from './snapshot-record.schema.js';
import { createMemorySnapshotStore } from './store/memory-snapshot-store.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EventStore } from './store/store.js';

const sampleIds = Object.keys(sampleHistories) as SampleId[];

/** The sample's store, its history loaded up to `upTo` (all of it by default), and the commands after. */
async function sampleStore(sampleId: SampleId, split = 1): Promise<{ store: EventStore; later: CommandInput[] }> {
  const commands = sampleHistories[sampleId].commands();
  const store = createMemoryStore();
  const cut = Math.floor(commands.length * split);
  // Cut between two instants, so the history up to it is a whole prefix.
  let k = cut;
  while (k > 1 && k < commands.length && commands[k]!.at === commands[k - 1]!.at) k -= 1;
  await createSampleRuntime(sampleId, store, k < commands.length ? { upTo: commands[k - 1]!.at } : {});
  return { store, later: commands.slice(k) as CommandInput[] };
}

async function fullReplay(store: EventStore): Promise<Samverkan> {
  return createSamverkan({ store, identity: trustedRecords() });
}

async function saved(store: EventStore) {
  const snapshots = createMemorySnapshotStore();
  const runtime = await createSamverkan({ store, identity: trustedRecords(), snapshots });
  const result = await runtime.saveSnapshots();
  if (!result.ok) throw new Error(result.message.en);
  return { snapshots, runtime, position: result.position };
}

/** Changes one stored record of a snapshot store. */
function tamper(snapshots: ReturnType<typeof createMemorySnapshotStore>, stream: string, change: (record: Record<string, unknown>) => unknown): void {
  const raw = snapshots.raw();
  const text = raw.get(stream);
  if (text === undefined) throw new Error(`no snapshot of ${stream}`);
  const record = JSON.parse(text) as Record<string, unknown>;
  const changed = change(record);
  raw.set(stream, typeof changed === 'string' ? changed : JSON.stringify(changed ?? record));
}

describe('snapshots', () => {
  it.each(sampleIds)('%s: a runtime started from snapshots is the runtime a full replay gives', async (sampleId) => {
    const { store } = await sampleStore(sampleId);
    const { snapshots } = await saved(store);
    const full = await fullReplay(store);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp).toMatchObject({ from: 'snapshots', rebuilt: 0, replayed: 0, discarded: [] });
    expect(fromSnapshots.startUp.restored).toBeGreaterThan(1);
    expect(full.startUp.from).toBe('log');
    expect(fromSnapshots.getState()).toEqual(full.getState());
  });

  it.each(sampleIds)('%s: snapshots halfway, the events after them replayed: same state, answers and retries as a full replay', async (sampleId) => {
    const { store, later } = await sampleStore(sampleId, 0.5);
    const earlier = (await store.readAll()).filter((e) => e.stream !== DATASET_STREAM);
    const { snapshots, position } = await saved(store);
    // The rest of the history, written after the snapshots by another runtime.
    const writer = await fullReplay(store);
    const half = later.slice(0, Math.ceil(later.length / 2));
    for (const command of half) expect(await writer.dispatch(command)).toMatchObject({ ok: true });

    const full = await fullReplay(store);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp).toMatchObject({ from: 'snapshots', rebuilt: 0, replayed: (await store.readAll(position + 1)).length });
    expect(fromSnapshots.startUp.replayed).toBeGreaterThan(0);
    expect(fromSnapshots.getState()).toEqual(full.getState());

    // A retry of a command recorded before the snapshots is recognised, with the same events.
    const retried = earlier.at(-1)!;
    const original = (await full.history(retried.stream)).filter((e) => e.commandId === retried.commandId);
    const command = [...sampleHistories[sampleId].commands()].find((c) => c.id === retried.commandId);
    if (command) {
      const a = await full.dispatch(command as CommandInput);
      const b = await fromSnapshots.dispatch(command as CommandInput);
      expect(b).toEqual(a);
      expect(b).toMatchObject({ ok: true, duplicate: true, events: original });
      // The same id with other content is refused by both.
      const other = { ...command, id: command.id, at: command.at, reason: 'ändrad' } as unknown as CommandInput;
      expect(await fromSnapshots.dispatchUntrusted({ ...other, extra: 1 })).toEqual(await full.dispatchUntrusted({ ...other, extra: 1 }));
    }

    // The rest: each command gets the same `can` answer from both, and both record it alike.
    for (const next of later.slice(half.length)) {
      expect(fromSnapshots.can(next)).toEqual(full.can(next));
      expect(await fromSnapshots.dispatch(next)).toMatchObject({ ok: true });
      expect(fromSnapshots.getState()).toEqual((await fullReplay(store)).getState());
    }
  });

  it('discards a snapshot of another machine version and rebuilds that stream from its events', async () => {
    const { store } = await sampleStore('fyrbodal');
    const { snapshots } = await saved(store);
    const meeting = [...(await fullReplay(store)).getState().meetings.values()].find((m) => m.version > 2)!;
    tamper(snapshots, meeting.stream, (r) => ({ ...r, machineVersion: (r.machineVersion as number) + 1, state: { value: 'planned', context: {} } }));
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp.discarded).toEqual([{ stream: meeting.stream, reason: expect.stringMatching(/another version of the machine/) }]);
    expect(fromSnapshots.startUp.rebuilt).toBe(2); // the meeting and the dataset its record may start from
    expect(fromSnapshots.getState()).toEqual((await fullReplay(store)).getState());
  });

  it.each([
    ['unreadable', (_r: Record<string, unknown>) => '"not a record"'],
    ['failing its schema', (r: Record<string, unknown>) => ({ ...r, version: 'tre' })],
    ['a state the machine does not have', (r: Record<string, unknown>) => ({ ...r, state: { ...(r.state as object), value: 'noSuchState' } })],
    ['of another generation', (r: Record<string, unknown>) => ({ ...r, generation: 'another' })],
    ['with a hash the log does not hold', (r: Record<string, unknown>) => ({ ...r, hash: 'a'.repeat(64), state: { value: 'planned', context: {} } })],
    ['missing', () => undefined],
    ['one whose commands point past its version', (r: Record<string, unknown>) => ({ ...r, commands: `${String(r.commands)}\nx\t-\t${Number(r.version) + 1}\t1` })],
    ['one whose event ids are one short', (r: Record<string, unknown>) => ({ ...r, eventIds: String(r.eventIds).split('\n').slice(1).join('\n') })],
  ])('discards a snapshot that is %s and rebuilds the stream', async (what, change) => {
    const { store } = await sampleStore('orebro');
    const { snapshots } = await saved(store);
    const full = await fullReplay(store);
    const meeting = [...full.getState().meetings.values()].find((m) => m.version > 2)!;
    if (what === 'missing') snapshots.raw().delete(meeting.stream);
    else tamper(snapshots, meeting.stream, change);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp.from).toBe('snapshots');
    expect(fromSnapshots.startUp.discarded.map((d) => d.stream)).toEqual([meeting.stream]);
    expect(fromSnapshots.getState()).toEqual(full.getState());
    expect(fromSnapshots.getState().meetings.get(meeting.id)?.version).toBe(meeting.version);
  });

  it('rebuilds a stream whose events were changed under its snapshot (the hash no longer matches)', async () => {
    const memory = createMemoryStore();
    await createSampleRuntime('fyrbodal', memory);
    const store = createRawLogStore(await memory.readAll());
    const { snapshots } = await saved(store);
    const meeting = store.log.find((e) => e.stream.startsWith('meeting:') && e.version === 3)!;
    const last = store.log.filter((e) => e.stream === meeting.stream).at(-1)!;
    last.hash = 'b'.repeat(64);
    const full = await fullReplay(store);
    expect(full.getState().damaged.map((d) => d.stream)).toEqual([meeting.stream]);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp.discarded).toEqual([{ stream: meeting.stream, reason: expect.stringMatching(/does not hold the event/) }]);
    expect(fromSnapshots.getState()).toEqual(full.getState());
  });

  it('rebuilds a stream whose log holds an event below the snapshots’ position that its snapshot does not cover', async () => {
    const memory = createMemoryStore();
    await createSampleRuntime('fyrbodal', memory);
    const store = createRawLogStore(await memory.readAll());
    const stream = store.log.find((e) => e.stream.startsWith('meeting:') && e.version === 6)!.stream;
    const last = store.log.filter((e) => e.stream === stream).at(-1)!;
    // Out of the log while the snapshots are written, back in (at its old position) afterwards.
    store.log = store.log.filter((e) => e !== last);
    const { snapshots } = await saved(store);
    store.log = [...store.log, last].sort((a, b) => a.position - b.position);
    const full = await fullReplay(store);
    expect(full.getState().damaged).toEqual([]);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp.discarded).toEqual([{ stream, reason: expect.stringMatching(/does not cover/) }]);
    expect(fromSnapshots.getState()).toEqual(full.getState());
  });

  it('rebuilds a stream the snapshots do not know whose events lie below their position, where the store keeps heads', async () => {
    const memory = createMemoryStore();
    await createSampleRuntime('orebro', memory);
    const raw = createRawLogStore(await memory.readAll());
    const heads = async () => new Map(raw.log.map((e) => [e.stream, e.version]));
    const store: EventStore = Object.assign(raw, { heads });
    // A record created by its first event (not one the dataset describes).
    const stream = raw.log.find((e) => e.version === 1 && 'create' in e.data)!.stream;
    const events = raw.log.filter((e) => e.stream === stream);
    raw.log = raw.log.filter((e) => e.stream !== stream);
    const { snapshots } = await saved(store);
    raw.log = [...raw.log, ...events].sort((a, b) => a.position - b.position);
    const full = await fullReplay(store);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp.discarded).toEqual([{ stream, reason: expect.stringMatching(/does not know/) }]);
    expect(fromSnapshots.getState()).toEqual(full.getState());
    expect(JSON.stringify([...fromSnapshots.getState().deliverables.values(), ...fromSnapshots.getState().meetings.values()])).toContain(stream);
  });

  it('keeps damaged streams out of snapshots and reports them as a full replay does, in the same order', async () => {
    const memory = createMemoryStore();
    await createSampleRuntime('fyrbodal', memory);
    const store = createRawLogStore(await memory.readAll());
    const meetings = [...new Set(store.log.filter((e) => e.stream.startsWith('meeting:') && e.version === 4).map((e) => e.stream))];
    // Two damaged meetings, found in log order: the later one's event first in the log is changed.
    const [a, b] = [meetings[0]!, meetings[3]!];
    store.log.find((e) => e.stream === b && e.version === 2)!.at = '2001-01-01T00:00:00Z';
    store.log.find((e) => e.stream === a && e.version === 4)!.by = 'someone-else';
    const full = await fullReplay(store);
    expect(full.getState().damaged).toHaveLength(2);
    const { snapshots } = await saved(store);
    expect(snapshots.raw().has(a)).toBe(false);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp).toMatchObject({ from: 'snapshots', discarded: [], rebuilt: 3 });
    expect(fromSnapshots.getState().damaged).toEqual(full.getState().damaged);
    expect(fromSnapshots.getState()).toEqual(full.getState());
    // A damaged record still refuses commands.
    expect(fromSnapshots.can({ type: 'approveMinutes', id: 'x', meetingId: a.slice('meeting:'.length), by: 'fyrbodal:person-001', at: '2019-11-20T12:00:00+01:00' } as CommandInput)).toMatchObject({ ok: false, code: 'DAMAGED' });
  });

  it('knows the ids of events before the snapshots: an event after them that repeats one is reported as a full replay reports it', async () => {
    const { store: memory, later } = await sampleStore('fyrbodal', 0.5);
    const store = createRawLogStore(await memory.readAll());
    const { snapshots, position } = await saved(store);
    const writer = await fullReplay(store);
    for (const command of later.slice(0, 6)) expect(await writer.dispatch(command)).toMatchObject({ ok: true });
    const before = store.log.find((e) => e.stream.startsWith('meeting:') && e.position <= position)!;
    const after = store.log.find((e) => e.position > position && e.stream !== before.stream)!;
    after.id = before.id;
    const full = await fullReplay(store);
    expect(full.getState().damaged).toEqual([expect.objectContaining({ stream: after.stream, code: 'duplicate' })]);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp.from).toBe('snapshots');
    expect(fromSnapshots.getState()).toEqual(full.getState());
  });

  it('rebuilds instead of snapshotting a stream whose event ids cannot be written as lines', async () => {
    const store = createMemoryStore();
    let n = 0;
    const history = sampleHistories.orebro;
    const writer = await createSamverkan({ store, identity: trustedRecords(), newId: () => `id\n${(n += 1)}` });
    const commands = history.commands() as CommandInput[];
    const written = await writer.dispatchAll(commands, { load: { dataset: samples.orebro, by: history.loadedBy, at: history.loadedAt } });
    expect(written).toMatchObject({ ok: true });
    const { snapshots } = await saved(store);
    const header = JSON.parse(snapshots.raw().get(RUNTIME_RECORD)!) as { streams: string[]; rebuild: string[] };
    // Only records the dataset describes and no event has touched yet (no ids to write) are kept.
    for (const stream of header.streams) expect(JSON.parse(snapshots.raw().get(stream)!)).toMatchObject({ version: 0 });
    expect(header.rebuild).toContain(DATASET_STREAM);
    expect(header.rebuild.length).toBeGreaterThan(3);
    const fromSnapshots = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp).toMatchObject({ from: 'snapshots', restored: header.streams.length, discarded: [] });
    expect(fromSnapshots.getState()).toEqual((await fullReplay(store)).getState());
  });

  it('sets the whole generation aside for another log (its dataset differs), and replays that log', async () => {
    const { store } = await sampleStore('dalarna');
    const { snapshots } = await saved(store);
    const { store: another } = await sampleStore('dalarna');
    const fromSnapshots = await createSamverkan({ store: another, identity: trustedRecords(), snapshots });
    expect(fromSnapshots.startUp.from).toBe('log');
    expect(fromSnapshots.startUp.discarded).toContainEqual({ stream: RUNTIME_RECORD, reason: expect.stringMatching(/another log/) });
    expect(fromSnapshots.getState()).toEqual((await fullReplay(another)).getState());
  });

  it('replays the whole log when the runtime record is unreadable or the store cannot be read', async () => {
    const { store } = await sampleStore('sjolunda');
    const { snapshots } = await saved(store);
    tamper(snapshots, RUNTIME_RECORD, (r) => ({ ...r, position: -1 }));
    const started = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(started.startUp).toMatchObject({ from: 'log', discarded: [{ stream: RUNTIME_RECORD }] });
    const broken = { ...snapshots, readAll: () => Promise.reject(new Error('disk')) };
    const again = await createSamverkan({ store, identity: trustedRecords(), snapshots: broken });
    expect(again.startUp).toMatchObject({ from: 'log', discarded: [{ stream: RUNTIME_RECORD, reason: expect.stringMatching(/disk/) }] });
    expect(again.getState()).toEqual((await fullReplay(store)).getState());
  });

  it.each(sampleIds)('%s: writes no name or contact detail that only the personal-data part holds', async (sampleId) => {
    const { store } = await sampleStore(sampleId);
    const log = JSON.stringify(await store.readAll());
    const { snapshots } = await saved(store);
    const text = [...snapshots.raw().values()].join('\n');
    const details = (await store.readPersonalData!()).flatMap((p) => Object.values(p.data as Record<string, unknown>)).filter((v): v is string => typeof v === 'string' && v.length > 4 && !log.includes(v));
    expect(details.length).toBeGreaterThan(3);
    for (const detail of details) expect(text).not.toContain(detail);
  });

  it('writes no personal data: no name of anyone in the network, and none after an erasure', async () => {
    const { store } = await sampleStore('fyrbodal');
    const personal = await store.readPersonalData!();
    expect(personal.length).toBeGreaterThan(5);
    const { snapshots, runtime } = await saved(store);
    const text = () => [...snapshots.raw().values()].join('\n');
    // Names that documents in the log mention in their text (a mandate's version history) are
    // the log's; every other name lives only in the personal-data part and must stay there.
    const log = JSON.stringify(await store.readAll());
    const names = personal.map((p) => (p.data as { name?: string }).name).filter((n): n is string => typeof n === 'string' && !log.includes(n));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(text()).not.toContain(name);

    // Erase someone; a runtime started from snapshots (old ones, then new ones) shows the tombstone.
    const person = runtime.getState().dataset.people.find((p) => names.includes(p.name) && p.id !== 'fyrbodal:person-001')!;
    const erased = await runtime.erasePersonalData(person.id, { by: 'fyrbodal:person-001', at: '2025-01-01T00:00:00Z' });
    if (!erased.ok) throw new Error(erased.message.en);
    const fromOld = await createSamverkan({ store, identity: trustedRecords(), snapshots });
    expect(fromOld.getState()).toEqual((await fullReplay(store)).getState());
    expect(fromOld.getState().dataset.people.find((p) => p.id === person.id)).toMatchObject({ erased: true });
    expect(await runtime.saveSnapshots()).toMatchObject({ ok: true });
    expect(text()).not.toContain(person.name);
  });

  it('says so when there is no snapshot store, and forgets the snapshots when the network is cleared', async () => {
    const { store } = await sampleStore('orebro');
    expect(await (await fullReplay(store)).saveSnapshots()).toMatchObject({ ok: false, code: 'VALIDATION', message: { sv: expect.stringMatching(/ögonblicksbilder/) } });
    const { snapshots, runtime } = await saved(store);
    expect(snapshots.raw().size).toBeGreaterThan(1);
    expect(await runtime.clear({ by: sampleAdministrators.orebro })).toEqual({ ok: true });
    expect(snapshots.raw().size).toBe(0);
  });
});
