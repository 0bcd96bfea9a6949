/**
 * A retried command is recorded once; a command id cannot swallow another command. Before the
 * fingerprint, any command whose id was already in the log was answered `ok, duplicate` —
 * another sender's, or one with other content — and nothing was recorded.
 */
import { describe, expect, it } from 'vitest';
import { fyrbodalProcessLeader as helena, fyrbodalRepresentatives } from '../samples/fyrbodal.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createMemoryStore } from './store/memory-store.js';
import { command } from './command-input.js';

const karin = fyrbodalRepresentatives[0]!;
const jonas = fyrbodalRepresentatives[1]!;
const december = 'fyrbodal:mote-2019-12-05';
const at = '2019-11-20T12:00:00+01:00';
const proposal = (by: string, title: string) => command({
  type: 'proposeAgendaItem', id: 'retry-1', by, at, meetingId: december,
  item: { id: `punkt-${title.length}`, title, kind: 'information', durationMinutes: 10 },
});

async function fyrbodal() {
  const store = createMemoryStore();
  const { runtime } = await createSampleRuntime('fyrbodal', store);
  return { runtime, store };
}

describe('a command id', () => {
  it('records a retry with the same content once and answers it with the first events', async () => {
    const { runtime, store } = await fyrbodal();
    const first = await runtime.dispatch(proposal(karin.id, 'Välfärdsteknik'));
    expect(first).toMatchObject({ ok: true, duplicate: false });
    const count = (await store.readAll()).length;
    const retry = await runtime.dispatch({ ...proposal(karin.id, 'Välfärdsteknik'), at: '2019-11-20T12:00:30+01:00' });
    expect(retry).toEqual({ ok: true, events: first.ok && first.events, duplicate: true });
    expect((await store.readAll()).length).toBe(count);
  });

  it('refuses the same id with other content instead of answering it as a duplicate', async () => {
    const { runtime, store } = await fyrbodal();
    expect((await runtime.dispatch(proposal(karin.id, 'Välfärdsteknik'))).ok).toBe(true);
    const before = await store.readAll();
    const other = await runtime.dispatch(proposal(karin.id, 'Något helt annat'));
    expect(other).toMatchObject({ ok: false, code: 'CONFLICT', details: { commandId: 'retry-1' } });
    expect(!other.ok && other.message.sv).toContain('Ett nytt kommando behöver ett nytt id');
    expect(await store.readAll()).toEqual(before);
  });

  it("refuses another sender's command with the same id", async () => {
    const { runtime } = await fyrbodal();
    expect((await runtime.dispatch(proposal(karin.id, 'Välfärdsteknik'))).ok).toBe(true);
    expect(await runtime.dispatch(proposal(jonas.id, 'Välfärdsteknik'))).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses the same id with other content within one batch, and after it', async () => {
    const { runtime, store } = await fyrbodal();
    const before = await store.readAll();
    const batch = await runtime.dispatchAll([proposal(karin.id, 'Välfärdsteknik'), proposal(karin.id, 'Något helt annat')]);
    expect(batch).toMatchObject({ ok: false, index: 1, error: { code: 'CONFLICT' } });
    expect(await store.readAll()).toEqual(before);
    expect((await runtime.dispatchAll([proposal(karin.id, 'Välfärdsteknik'), proposal(karin.id, 'Välfärdsteknik')])).ok).toBe(true);
    expect(await runtime.dispatchAll([proposal(karin.id, 'Något helt annat')])).toMatchObject({ ok: false, index: 0, error: { code: 'CONFLICT' } });
  });

  it('is not confused with an event id: a command may carry an id some event already has', async () => {
    const { runtime, store } = await fyrbodal();
    const eventId = (await store.readAll()).at(-1)!.id;
    const result = await runtime.dispatch({ ...proposal(karin.id, 'Välfärdsteknik'), id: eventId });
    expect(result).toMatchObject({ ok: true, duplicate: false });
  });

  it('recognises a retried dataset load and refuses another dataset under the same id', async () => {
    const { runtime } = await fyrbodal();
    const dataset = runtime.getState().dataset;
    const first = await runtime.load(dataset, { by: helena.id, at, commandId: 'load-2' });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(await runtime.load(dataset, { by: helena.id, at, commandId: 'load-2' })).toMatchObject({ ok: true, duplicate: true });
    const other = { ...dataset, description: { sv: 'Annan', en: 'Other' } };
    expect(await runtime.load(other, { by: helena.id, at, commandId: 'load-2' })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});
