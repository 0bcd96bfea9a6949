import { describe, expect, it } from 'vitest';
import { fyrbodal } from '../samples/fyrbodal.js';
import { sampleHistories } from '../samples/history/index.js';
import { createSamverkan, type Samverkan } from './create-samverkan.js';
import type { RuntimeState } from './state.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EventStore, StoredEvent } from './store/store.js';
import { trustedRecords } from './identity.js';
import { sampleAdministrators } from '../samples/load-sample.js';
import type { CommandInput } from './command-input.js';

const leader = 'fyrbodal:person-001';
const rep = 'fyrbodal:person-003';
const meetingId = 'fyrbodal:mote-2019-01-24';
const loadedAt = '2019-01-01T08:00:00+01:00';
let n = 0;
const id = () => `batch-cmd-${++n}`;
/** An event without its random id, and without its hashes (which cover the id). */
const withoutId = ({ id: _id, hash: _hash, previousHash: _previous, ...rest }: StoredEvent) => rest;

const item = { id: 'p1', title: 'Välfärdsteknik', kind: 'decision' as const, durationMinutes: 30 };
/** Three commands where each needs the one before it. */
const threeSteps = () => [
  { id: id(), type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00', meetingId },
  { id: id(), type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', meetingId, item },
  { id: id(), type: 'publishAgenda', by: leader, at: '2019-01-09T09:00:00+01:00', meetingId },
] as const satisfies readonly CommandInput[];

async function loaded(store: EventStore = createMemoryStore()): Promise<Samverkan> {
  const sv = await createSamverkan({ identity: trustedRecords(), store });
  expect((await sv.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: loadedAt })).ok).toBe(true);
  return sv;
}

/** Counts the runtime's notifications. */
function notifications(sv: Samverkan): { count: () => number; last: () => RuntimeState | undefined } {
  const seen: RuntimeState[] = [];
  sv.subscribe((state) => seen.push(state));
  return { count: () => seen.length, last: () => seen.at(-1) };
}

describe('dispatchAll', () => {
  it('records commands that build on each other as one write, and notifies once', async () => {
    const store = createMemoryStore();
    const sv = await loaded(store);
    const heard = notifications(sv);
    const storeCalls: StoredEvent[][] = [];
    store.subscribe((events) => storeCalls.push(events));

    const result = await sv.dispatchAll(threeSteps());

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.results.map((r) => [r.duplicate, r.events.map((e) => [e.type, e.version])])).toEqual([
      [false, [['openCall', 1]]],
      [false, [['proposeAgendaItem', 2]]],
      [false, [['publishAgenda', 3]]],
    ]);
    expect(storeCalls).toHaveLength(1);
    expect(storeCalls[0]).toEqual(result.events);
    expect(heard.count()).toBe(1);
    expect(heard.last()).toBe(sv.getState());
    expect(sv.getState().meetings.get(meetingId)?.status).toBe('agendaPublished');
    expect(sv.getState().meetings.get(meetingId)?.version).toBe(3);
  });

  it('writes and ends in the same state as dispatching one by one (a whole sample history)', async () => {
    const history = sampleHistories.fyrbodal;
    const oneByOne = createMemoryStore();
    // Event ids are unique in a log (replay reports a repeated one), so each runtime counts its own.
    const counter = () => {
      let n = 0;
      return () => `event-${(n += 1)}`;
    };
    const sequential = await createSamverkan({ identity: trustedRecords(), store: oneByOne, newId: counter() });
    await sequential.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: history.loadedAt, commandId: 'load' });
    for (const command of history.commands()) expect((await sequential.dispatch(command)).ok).toBe(true);

    const atOnce = createMemoryStore();
    const batched = await createSamverkan({ identity: trustedRecords(), store: atOnce, newId: counter() });
    const heard = notifications(batched);
    const result = await batched.dispatchAll(history.commands(), { load: { dataset: fyrbodal, by: sampleAdministrators.fyrbodal, at: history.loadedAt, commandId: 'load' } });

    expect(result.ok).toBe(true);
    expect(heard.count()).toBe(1);
    expect((await atOnce.readAll()).map(withoutId)).toEqual((await oneByOne.readAll()).map(withoutId));
    const { dataset: _a, ...live } = batched.getState();
    const { dataset: _b, ...expected } = sequential.getState();
    expect(live).toEqual(expected);
    // A new runtime replaying the batch's log agrees too.
    const { dataset: _c, ...replayed } = (await createSamverkan({ identity: trustedRecords(), store: atOnce })).getState();
    expect(replayed).toEqual(expected);
  });

  it('writes nothing and notifies nobody when the last command is refused, answering as dispatch would', async () => {
    const store = createMemoryStore();
    const sv = await loaded(store);
    const before = await store.readAll();
    const stateBefore = sv.getState();
    const heard = notifications(sv);
    // The representative may propose items but not approve the minutes: refused by authority.
    const commands: CommandInput[] = [...threeSteps(), { id: id(), type: 'sendInvitations', by: rep, at: '2019-01-09T10:00:00+01:00', meetingId }];

    const result = await sv.dispatchAll(commands);

    expect(result).toMatchObject({ ok: false, index: 3, error: { code: 'NOT_AUTHORISED', details: { authority: 'convene' } } });
    expect(await store.readAll()).toEqual(before);
    expect(sv.getState()).toBe(stateBefore);
    expect(heard.count()).toBe(0);
    // The same refusal, word for word, as dispatching the commands one by one.
    const other = await loaded();
    for (const command of commands.slice(0, 3)) await other.dispatch(command);
    const single = await other.dispatch(commands[3]!);
    expect(!result.ok && result.error).toEqual(single);
  });

  it('refuses a command that an earlier command of the same batch makes impossible, writing nothing', async () => {
    const store = createMemoryStore();
    const sv = await loaded(store);
    const before = await store.readAll();
    const [open] = threeSteps();
    const result = await sv.dispatchAll([open, { ...open, id: id(), at: '2019-01-02T10:00:00+01:00' }]);
    expect(result).toMatchObject({ ok: false, index: 1, error: { code: 'NOT_ALLOWED_NOW' } });
    expect(await store.readAll()).toEqual(before);
    expect(sv.getState().meetings.get(meetingId)?.status).toBe('planned');
  });

  it('refuses invalid input at its index with the validation reason, and an unknown person', async () => {
    const sv = await loaded();
    const [open, propose] = threeSteps();
    expect(await sv.dispatchAllUntrusted([open, { ...propose, item: { id: 'p1' } }])).toMatchObject({ ok: false, index: 1, error: { code: 'VALIDATION' } });
    expect(await sv.dispatchAll([{ ...open, by: 'nobody' }])).toMatchObject({ ok: false, index: 0, error: { code: 'NOT_FOUND' } });
    expect(await sv.dispatchAllUntrusted('not a list')).toMatchObject({ ok: false, index: -1, error: { code: 'VALIDATION' } });
    expect(sv.getState().meetings.get(meetingId)?.status).toBe('planned');
  });

  it('answers a hostile list (a Proxy that throws) as bad input, writing nothing', async () => {
    const store = createMemoryStore();
    const sv = await loaded(store);
    const before = await store.readAll();
    const hostile = new Proxy([threeSteps()[0]], {
      get(target, key) {
        if (key === 'length' || typeof key === 'symbol') return Reflect.get(target, key);
        throw new Error('gotcha');
      },
    });
    expect(await sv.dispatchAll(hostile)).toMatchObject({ ok: false, index: -1, error: { code: 'VALIDATION' } });
    expect(await store.readAll()).toEqual(before);
  });

  it('records a command already in the log, or twice in the batch, once', async () => {
    const store = createMemoryStore();
    const sv = await loaded(store);
    const [open, propose, publish] = threeSteps();
    const first = await sv.dispatch(open);
    expect(first.ok).toBe(true);

    const result = await sv.dispatchAll([open, propose, propose, publish]);

    expect(result.ok).toBe(true);
    if (!result.ok || !first.ok) return;
    expect(result.results.map((r) => r.duplicate)).toEqual([true, false, true, false]);
    expect(result.results[0]!.events).toEqual(first.events);
    expect(result.results[2]!.events).toEqual(result.results[1]!.events);
    expect((await store.read(`meeting:${meetingId}`)).map((e) => e.type)).toEqual(['openCall', 'proposeAgendaItem', 'publishAgenda']);
    // Everything already recorded: nothing to write, nobody to notify.
    const heard = notifications(sv);
    const again = await sv.dispatchAll([open, propose, publish]);
    expect(again).toMatchObject({ ok: true, events: [] });
    expect(heard.count()).toBe(0);
  });

  it('loads a dataset in the same write, and writes neither when a command is refused', async () => {
    const store = createMemoryStore();
    const sv = await createSamverkan({ identity: trustedRecords(), store });
    const commands: CommandInput[] = [...threeSteps(), { id: id(), type: 'holdMeeting', by: leader, at: '2019-01-10T09:00:00+01:00', meetingId }];
    const refused = await sv.dispatchAll(commands, { load: { dataset: fyrbodal, by: sampleAdministrators.fyrbodal, at: loadedAt } });
    expect(refused).toMatchObject({ ok: false, index: 3, error: { code: 'NOT_ALLOWED_NOW' } });
    expect(await store.readAll()).toEqual([]);
    expect(sv.getState().dataset.id).toBe('empty');

    const badDataset = await sv.dispatchAll([], { load: { dataset: { ...fyrbodal, people: [{ id: 'x' }] } as never, by: sampleAdministrators.fyrbodal, at: loadedAt } });
    expect(badDataset).toMatchObject({ ok: false, index: -1, error: { code: 'VALIDATION' } });

    const accepted = await sv.dispatchAll(commands.slice(0, 3), { load: { dataset: fyrbodal, by: sampleAdministrators.fyrbodal, at: loadedAt } });
    expect(accepted.ok).toBe(true);
    expect((await store.readAll()).map((e) => [e.stream, e.type])).toEqual([
      ['dataset', 'loadDataset'],
      [`meeting:${meetingId}`, 'openCall'],
      [`meeting:${meetingId}`, 'proposeAgendaItem'],
      [`meeting:${meetingId}`, 'publishAgenda'],
    ]);
    expect(sv.getState().dataset.id).toBe(fyrbodal.id);
  });

  it('answers CONFLICT at the command whose stream another writer moved, writing nothing, and catches up', async () => {
    const store = createMemoryStore();
    const sv = await loaded(store);
    const other = await createSamverkan({ identity: trustedRecords(), store });
    // Another writer gets in between the check and the write.
    const racing: EventStore = {
      ...store,
      appendBatch: async (parts) => {
        await other.dispatch({ id: id(), type: 'openCall', by: leader, at: '2019-01-02T08:00:00+01:00', meetingId });
        return store.appendBatch!(parts);
      },
    };
    const raced = await createSamverkan({ identity: trustedRecords(), store: racing });
    const result = await raced.dispatchAll(threeSteps());
    expect(result).toMatchObject({ ok: false, index: 0, error: { code: 'CONFLICT', details: { stream: `meeting:${meetingId}`, expectedVersion: 0, actualVersion: 1 } } });
    expect((await store.read(`meeting:${meetingId}`)).map((e) => e.type)).toEqual(['openCall']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(raced.getState().meetings.get(meetingId)?.version).toBe(1);
    expect(sv.getState().meetings.get(meetingId)?.version).toBe(1);
  });

  it('works with a store that has no batch append, one append per command after checking all', async () => {
    const store = createMemoryStore();
    const { appendBatch: _none, ...plain } = store;
    const sv = await loaded(plain as EventStore);
    const refused = await sv.dispatchAll([...threeSteps(), { id: id(), type: 'sendInvitations', by: rep, at: '2019-01-09T10:00:00+01:00', meetingId }]);
    expect(refused).toMatchObject({ ok: false, index: 3 });
    expect(await store.read(`meeting:${meetingId}`)).toEqual([]);
    const result = await sv.dispatchAll(threeSteps());
    expect(result.ok && result.events.map((e) => e.version)).toEqual([1, 2, 3]);
    expect(sv.getState().meetings.get(meetingId)?.status).toBe('agendaPublished');
  });
});
