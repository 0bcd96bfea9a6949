/**
 * A log someone changed behind the runtime's back (an edited browser database, a bad import):
 * each case below was seen on main — a "-5 min" agenda item, a meeting silently back at
 * *planned*, an empty network, a runtime that would not start, a meeting refused with CONFLICT
 * for ever. Now the runtime starts, names the damaged record (stream, version, why, in Swedish
 * and English), keeps it read-only at its last sound state, and the rest of the network works.
 */
import { describe, expect, it, vi } from 'vitest';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createRawLogStore, type RawLogStore } from '../testing/raw-log-store.js';
import { createSamverkan, DATASET_STREAM, type Samverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';
import type { StoredEvent } from './store/store.js';
import type { CommandInput } from './command-input.js';

const leader = 'fyrbodal:person-001'; // Helena Vik, the process leader
const meeting = 'fyrbodal:mote-2019-12-05';
const meetingStream = `meeting:${meeting}`;
const other = 'fyrbodal:mote-2019-10-17';
const today = '2019-11-20T12:00:00+01:00';

/** A raw copy of the fyrbodal sample's log, to tamper with before a runtime reads it. */
async function sampleLog(): Promise<RawLogStore> {
  const memory = createMemoryStore();
  await createSampleRuntime('fyrbodal', memory);
  return createRawLogStore(await memory.readAll());
}

function eventAt(store: RawLogStore, stream: string, version: number): StoredEvent {
  const found = store.log.find((e) => e.stream === stream && e.version === version);
  if (!found) throw new Error(`no event ${stream}#${version}`);
  return found;
}

/** Another meeting still takes commands: its minutes can be approved. */
async function restStillWorks(sv: Samverkan) {
  const result = await sv.dispatch({ type: 'approveMinutes', id: `approve-${Math.random()}`, meetingId: other, by: leader, at: today });
  expect(result).toMatchObject({ ok: true });
  expect(sv.getState().meetings.get(other)?.status).toBe('minutesApproved');
}

/** A command to the damaged meeting is refused as damaged, and nothing is written. */
async function refusedAsDamaged(sv: Samverkan, store: RawLogStore) {
  const before = store.log.length;
  const command = { type: 'proposeAgendaItem', id: `p-${Math.random()}`, meetingId: meeting, by: leader, at: today, item: { id: 'ny', title: 'Ny punkt', kind: 'information', durationMinutes: 10 } } satisfies CommandInput;
  const refused = await sv.dispatch(command);
  expect(refused).toMatchObject({ ok: false, code: 'DAMAGED', details: { stream: meetingStream } });
  expect(!refused.ok && refused.message.sv).toMatch(/skadad/i);
  expect(!refused.ok && refused.message.en).toMatch(/damaged/i);
  expect(sv.can(command)).toMatchObject({ ok: false, code: 'DAMAGED' });
  expect(store.log.length).toBe(before);
}

function damageOf(sv: Samverkan, stream: string) {
  return sv.getState().damaged.find((d) => d.stream === stream);
}

describe('a tampered log', () => {
  it('reports an invalid payload (an agenda item of -5 minutes) instead of showing it', async () => {
    const store = await sampleLog();
    const event = eventAt(store, meetingStream, 2);
    (event.data as { item: { durationMinutes: number } }).item.durationMinutes = -5;

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    const view = sv.getState().meetings.get(meeting)!;
    expect(view.context.agenda.map((i) => i.durationMinutes)).not.toContain(-5);
    expect(view.version).toBe(1);
    expect(damageOf(sv, meetingStream)).toMatchObject({ stream: meetingStream, version: 2, reason: { sv: expect.any(String), en: expect.any(String) } });
    await refusedAsDamaged(sv, store);
    await restStillWorks(sv);
  });

  it('reports a deleted event instead of silently falling back to planned', async () => {
    const store = await sampleLog();
    store.log = store.log.filter((e) => !(e.stream === meetingStream && e.version === 1));

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(damageOf(sv, meetingStream)).toMatchObject({ version: 1 });
    expect(damageOf(sv, meetingStream)!.reason.en).toMatch(/missing/i);
    expect(damageOf(sv, meetingStream)!.reason.sv).toMatch(/saknas/i);
    await refusedAsDamaged(sv, store);
    await restStillWorks(sv);
  });

  it('reports an event deleted from the middle of a stream and keeps the state before it', async () => {
    const store = await sampleLog();
    store.log = store.log.filter((e) => !(e.stream === meetingStream && e.version === 2));

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(damageOf(sv, meetingStream)).toMatchObject({ version: 2 });
    expect(sv.getState().meetings.get(meeting)).toMatchObject({ version: 1, status: 'collectingItems' });
  });

  it('keeps the last valid dataset when a later dataset event is invalid', async () => {
    const store = await sampleLog();
    const first = eventAt(store, DATASET_STREAM, 1);
    const position = Math.max(...store.log.map((e) => e.position)) + 1;
    store.log.push({ ...structuredClone(first), id: 'tampered-load', commandId: 'tampered-load', version: 2, position, data: { dataset: { id: 'x', organisations: 'none' } } });

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(sv.getState().dataset.id).toBe('fyrbodal');
    expect(sv.getState().meetings.size).toBeGreaterThan(0);
    expect(damageOf(sv, DATASET_STREAM)).toMatchObject({ version: 2 });
    await restStillWorks(sv);
  });

  it('reports an invalid only dataset instead of showing an empty network without a word', async () => {
    const store = await sampleLog();
    (eventAt(store, DATASET_STREAM, 1).data as { dataset: { organisations: unknown } }).dataset.organisations = 'none';

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(damageOf(sv, DATASET_STREAM)).toMatchObject({ version: 1 });
    // Streams that had nothing to start from are reported, not skipped.
    expect(damageOf(sv, meetingStream)).toMatchObject({ version: 1 });
  });

  it('starts with a data: null event, reports it, and the rest works', async () => {
    const store = await sampleLog();
    (eventAt(store, meetingStream, 3) as { data: unknown }).data = null;

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(damageOf(sv, meetingStream)).toMatchObject({ version: 3 });
    expect(sv.getState().meetings.get(meeting)?.version).toBe(2);
    await refusedAsDamaged(sv, store);
    await restStillWorks(sv);
  });

  it('reports a duplicated version instead of applying the event twice', async () => {
    const store = await sampleLog();
    const copy = structuredClone(eventAt(store, meetingStream, 2));
    const at = store.log.findIndex((e) => e.stream === meetingStream && e.version === 2);
    store.log.splice(at + 1, 0, { ...copy, position: copy.position });
    store.log.forEach((e, i) => (e.position = i + 1));

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(damageOf(sv, meetingStream)).toMatchObject({ version: 2 });
    expect(damageOf(sv, meetingStream)!.reason.en).toMatch(/twice|duplicate/i);
    await refusedAsDamaged(sv, store);
    await restStillWorks(sv);
  });

  it('reports a copy of an event stored again under the next version', async () => {
    const store = await sampleLog();
    const last = store.log.filter((e) => e.stream === meetingStream).at(-1)!;
    store.log.push({ ...structuredClone(last), version: last.version + 1, position: Math.max(...store.log.map((e) => e.position)) + 1 });

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(damageOf(sv, meetingStream)).toMatchObject({ version: last.version + 1 });
    await refusedAsDamaged(sv, store);
  });

  it('reports an event of an unknown type and an event in a stream no record has', async () => {
    const store = await sampleLog();
    eventAt(store, meetingStream, 2).data = { type: 'teleport' };
    const position = Math.max(...store.log.map((e) => e.position)) + 1;
    store.log.push({ ...structuredClone(eventAt(store, meetingStream, 1)), id: 'stray', commandId: 'stray', stream: 'spaceship:x', version: 1, position });

    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(damageOf(sv, meetingStream)).toMatchObject({ version: 2 });
    expect(damageOf(sv, 'spaceship:x')).toMatchObject({ version: 1 });
  });

  it('notices damage in events another writer appends after start-up', async () => {
    const store = await sampleLog();
    const sv = await createSamverkan({ identity: trustedRecords(), store });
    expect(sv.getState().damaged).toEqual([]);
    const writer = await createSamverkan({ identity: trustedRecords(), store });
    const ok = await writer.dispatch({ type: 'proposeAgendaItem', id: 'late-item', meetingId: meeting, by: leader, at: today, item: { id: 'sen', title: 'Sen punkt', kind: 'information', durationMinutes: 10 } });
    expect(ok).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(sv.getState().meetings.get(meeting)!.context.agenda.some((i) => i.id === 'sen')).toBe(true));

    // The next one is changed on its way into the log (as if edited in the database).
    const original = store.append.bind(store);
    store.append = async (stream, expected, events) => original(stream, expected, events.map((e) => ({ ...e, data: { ...e.data, item: { id: 'x', title: 'X', kind: 'information', durationMinutes: -5 } } })));
    await writer.dispatch({ type: 'proposeAgendaItem', id: 'later-item', meetingId: meeting, by: leader, at: today, item: { id: 'senare', title: 'Senare', kind: 'information', durationMinutes: 10 } });
    await vi.waitFor(() => expect(damageOf(sv, meetingStream)).toBeDefined());
    expect(sv.getState().meetings.get(meeting)!.context.agenda.map((i) => i.durationMinutes)).not.toContain(-5);
  });
});

