import { createHash, webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fyrbodal } from '../samples/fyrbodal.js';
import { createSampleRuntime, resetToSample, sampleAdministrators, type SampleId } from '../samples/load-sample.js';
import { sampleHistories } from '../samples/history/index.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { sha256HexSync } from '../shared/sha256.js';
import { createRawLogStore } from '../testing/raw-log-store.js';
import { createSamverkan, DATASET_STREAM } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { EVENT_FORMAT, eventHash, eventHashInput, GENESIS_HASH, sealEvents } from './event-hash.js';
import { createMemoryStore } from './store/memory-store.js';
import type { NewEvent, StoredEvent } from './store/store.js';

const sampleIds = Object.keys(sampleHistories) as SampleId[];
const meetingStream = 'meeting:fyrbodal:mote-2019-12-05';
const leader = 'fyrbodal:person-001'; // Helena Vik, the process leader
const today = '2019-11-20T12:00:00+01:00';

async function sampleLog(sampleId: SampleId = 'fyrbodal'): Promise<StoredEvent[]> {
  const memory = createMemoryStore();
  await createSampleRuntime(sampleId, memory);
  return memory.readAll();
}

const webCryptoHex = async (text: string) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');

describe('sealed events', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(sampleIds)('%s: every stored event is sealed and chained to the one before it in its stream', async (sampleId) => {
    const log = await sampleLog(sampleId);
    const last = new Map<string, string>();
    for (const event of log) {
      expect(event.format).toBe(EVENT_FORMAT);
      expect(event.previousHash).toBe(last.get(event.stream) ?? GENESIS_HASH);
      expect(event.hash).toBe(eventHash(event));
      last.set(event.stream, event.hash!);
    }
    expect((await createSamverkan({ identity: trustedRecords(), store: createRawLogStore(log) })).getState().damaged).toEqual([]);
  });

  it('hashes what anyone can recompute: SHA-256 of the canonical JSON of the fields, the same with WebCrypto and Node', async () => {
    const [event] = (await sampleLog()).filter((e) => e.stream === meetingStream);
    const text = eventHashInput(event!);
    expect(JSON.parse(text)).toEqual({
      stream: event!.stream,
      version: 1,
      id: event!.id,
      type: 'openCall',
      at: event!.at,
      by: event!.by,
      role: event!.role,
      commandId: event!.commandId,
      commandHash: event!.commandHash,
      data: event!.data,
      format: 2,
      previousHash: GENESIS_HASH,
    });
    expect(event!.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(event!.hash).toBe(await webCryptoHex(text));
    // The pure-JS digest that browsers use gives the same, for every event of every sample.
    for (const sampleId of sampleIds) for (const e of await sampleLog(sampleId)) expect(sha256HexSync(eventHashInput(e))).toBe(e.hash);
  });

  it('writes the hashed text as canonical JSON of exactly the hashed fields (the text is built field by field)', async () => {
    const fields = (e: StoredEvent) => {
      const { stream, version, id, type, at, by, role, commandId, commandHash, data, reason, format, previousHash } = e;
      return { stream, version, id, type, at, by, role, commandId, commandHash, data, reason, format, previousHash };
    };
    const events = (await Promise.all(sampleIds.map((id) => sampleLog(id)))).flat();
    const [first] = events;
    events.push({ ...first!, reason: 'ändrad', commandHash: undefined, data: { z: 1, a: [undefined, { b: 'ö', a: null }] } });
    for (const e of events) expect(eventHashInput(e)).toBe(canonicalJson(fields(e)));
  });

  it('gives every field a say: changing any one of them changes the hash', () => {
    const [sealed] = sealEvents('meeting:a', 0, GENESIS_HASH, [
      { id: 'e1', type: 'proposeAgendaItem', at: today, by: leader, role: 'r', commandId: 'c1', data: { type: 'proposeAgendaItem', item: { id: 'p', title: 'Å', kind: 'information', durationMinutes: 5 } }, reason: 'sent' },
    ]);
    const base = { ...sealed!, stream: 'meeting:a', version: 1 } as StoredEvent;
    expect(eventHash(base)).toBe(sealed!.hash);
    const changes: Array<Partial<StoredEvent>> = [
      { stream: 'meeting:b' },
      { version: 2 },
      { id: 'e2' },
      { type: 'withdrawAgendaItem' },
      { at: '2019-11-20T12:00:01+01:00' },
      { by: 'someone' },
      { role: 'r2' },
      { commandId: 'c2' },
      { commandHash: 'f'.repeat(64) },
      { data: { ...base.data, item: { ...(base.data.item as object), durationMinutes: -5 } } },
      { reason: 'other' },
      { reason: undefined },
      { previousHash: '1'.repeat(64) },
    ];
    for (const change of changes) expect(eventHash({ ...base, ...change })).not.toBe(sealed!.hash);
  });

  it('works without WebCrypto (a plain-http intranet page): the same log, sealed and verified', async () => {
    const log = await sampleLog();
    // An insecure context has getRandomValues but neither crypto.subtle nor randomUUID.
    vi.stubGlobal('crypto', { getRandomValues: <T extends ArrayBufferView>(array: T) => webcrypto.getRandomValues(array as never) as T });
    expect(globalThis.crypto.subtle).toBeUndefined();
    const store = createRawLogStore(log);
    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(sv.getState().damaged).toEqual([]);
    const result = await sv.dispatch({ type: 'proposeAgendaItem', id: 'http-item', meetingId: 'fyrbodal:mote-2019-12-05', by: leader, at: today, item: { id: 'http', title: 'Via http', kind: 'information', durationMinutes: 10 } });
    expect(result).toMatchObject({ ok: true });
    vi.unstubAllGlobals();
    const written = store.log.at(-1)!;
    expect(written.hash).toBe(await webCryptoHex(eventHashInput(written)));
    expect((await createSamverkan({ identity: trustedRecords(), store })).getState().damaged).toEqual([]);
  });

  it('notices an event changed and its own hash recomputed: the next event no longer chains to it', async () => {
    const store = createRawLogStore(await sampleLog());
    const index = store.log.findIndex((e) => e.stream === meetingStream && e.version === 2);
    const changed = store.log[index]!;
    (changed.data.item as { title: string }).title = 'Ändrad rubrik';
    changed.hash = eventHash(changed);

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(sv.getState().damaged).toEqual([expect.objectContaining({ stream: meetingStream, version: 3, code: 'tampered' })]);
  });

  it('notices a change to the last event of a stream whose hash was recomputed, when its content is invalid', async () => {
    const store = createRawLogStore(await sampleLog());
    const last = store.log.filter((e) => e.stream === meetingStream).at(-1)!;
    last.data = { ...last.data, item: { id: 'x', title: 'X', kind: 'information', durationMinutes: -5 } };
    last.hash = eventHash(last);

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(sv.getState().damaged).toEqual([expect.objectContaining({ stream: meetingStream, version: last.version, code: 'invalid' })]);
    expect(sv.getState().damaged[0]!.reason.en).toContain('durationMinutes');
  });

  it('reports an event whose hash was stripped from a sealed stream, and an event of an unknown format', async () => {
    const store = createRawLogStore(await sampleLog());
    const stripped = store.log.find((e) => e.stream === meetingStream && e.version === 2)!;
    delete stripped.hash;
    delete stripped.previousHash;
    delete stripped.format;
    const other = store.log.find((e) => e.stream === 'meeting:fyrbodal:mote-2019-10-17' && e.version === 1)!;
    other.format = 3;

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(sv.getState().damaged).toEqual([
      expect.objectContaining({ stream: 'meeting:fyrbodal:mote-2019-10-17', version: 1, code: 'unknownFormat' }),
      expect.objectContaining({ stream: meetingStream, version: 2, code: 'tampered' }),
    ]);
  });
});

describe('a log written before events were sealed (format 1)', () => {
  /** The sample's log as the previous version wrote it: no format, no hashes. */
  async function unsealedLog(): Promise<StoredEvent[]> {
    return (await sampleLog()).map(({ format: _f, hash: _h, previousHash: _p, ...event }) => event);
  }

  it('is read and shown as it is, every stream reported as unsealed, and nothing can be changed', async () => {
    const store = createRawLogStore(await unsealedLog());
    const sv = await createSamverkan({ identity: trustedRecords(), store });
    const state = sv.getState();
    expect(state.dataset.id).toBe('fyrbodal');
    expect(state.meetings.get('fyrbodal:mote-2019-12-05')?.version).toBe(4);
    const streams = new Set(store.log.map((e) => e.stream));
    expect(state.damaged.map((d) => d.stream).sort()).toEqual([...streams].sort());
    expect(state.damaged.every((d) => d.code === 'unsealed' && d.version === 1)).toBe(true);
    expect(state.damaged[0]!.reason.sv).toContain('innan loggen fick kontrollsummor');

    const before = store.log.length;
    const refused = await sv.dispatch({ type: 'proposeAgendaItem', id: 'x', meetingId: 'fyrbodal:mote-2019-12-05', by: leader, at: today, item: { id: 'x', title: 'X', kind: 'information', durationMinutes: 10 } });
    expect(refused).toMatchObject({ ok: false, code: 'DAMAGED', details: { stream: meetingStream, damage: 'unsealed' } });
    expect(await sv.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: today })).toMatchObject({ ok: false, code: 'DAMAGED', details: { stream: DATASET_STREAM } });
    expect(store.log.length).toBe(before);
  });

  it('is replaced by a sealed log when reset to the sample', async () => {
    const store = createRawLogStore(await unsealedLog());
    expect((await createSamverkan({ identity: trustedRecords(), store })).getState().damaged).not.toEqual([]);
    expect(await resetToSample(store, 'fyrbodal')).toMatchObject({ ok: true });
    expect(store.log.every((e) => e.format === EVENT_FORMAT)).toBe(true);
    expect((await createSamverkan({ identity: trustedRecords(), store })).getState().damaged).toEqual([]);
  });
});

describe('sealEvents', () => {
  it('chains a batch to the given head and leaves the events given unchanged', () => {
    const events: NewEvent[] = [1, 2].map((n) => ({ id: `e${n}`, type: 'openCall', at: today, by: leader, role: 'r', commandId: 'c', data: { type: 'openCall' } }));
    const sealed = sealEvents('meeting:a', 4, '7'.repeat(64), events);
    expect(sealed.map((e) => e.previousHash)).toEqual(['7'.repeat(64), sealed[0]!.hash]);
    expect(sealed[1]!.hash).toBe(eventHash({ ...sealed[1]!, stream: 'meeting:a', version: 6 } as StoredEvent));
    expect(events[0]).not.toHaveProperty('hash');
  });
});
