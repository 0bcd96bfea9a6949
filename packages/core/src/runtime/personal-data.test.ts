/**
 * Personal data that can be erased without rewriting public records. Before, names and
 * e-mail addresses lived inside the `loadDataset` event and person ids were made from names,
 * so only emptying the whole network removed anyone's data.
 */
import { describe, expect, it } from 'vitest';
import { ERASED_NAME } from '../person/person.rules.js';
import { auditTrail } from '../queries/audit-trail.js';
import { upcomingMeetings } from '../queries/upcoming-meetings.js';
import { fyrbodal } from '../samples/fyrbodal.js';
import { fyrbodalCommissioner as goran, fyrbodalProcessLeader as helena, fyrbodalRepresentatives } from '../samples/fyrbodal.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createSamverkan } from './create-samverkan.js';
import { DATASET_STREAM } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EventStore } from './store/store.js';

const karin = fyrbodalRepresentatives[0]!;
const at = '2019-11-20T12:00:00+01:00';

async function sample() {
  const store = createMemoryStore();
  const { runtime } = await createSampleRuntime('fyrbodal', store);
  return { runtime, store };
}

describe('the log', () => {
  it("keeps people by opaque id only: no person's name, title, e-mail or phone is in any event", async () => {
    const { store } = await sample();
    const log = JSON.stringify(await store.readAll());
    for (const person of fyrbodal.people!) {
      expect(person.id).toMatch(/^fyrbodal:person-\d{3}$/);
      if (person.contact?.email) expect(log).not.toContain(person.contact.email);
      if (person.title) expect(log).not.toContain(`"title":"${person.title}"`);
    }
    const load = (await store.read(DATASET_STREAM))[0]!;
    const people = (load.data.dataset as { people: Array<Record<string, unknown>> }).people;
    expect(people.every((p) => !('name' in p) && !('contact' in p) && !('title' in p))).toBe(true);
    // A representative whom no document names appears nowhere in the log by name. (Names a
    // document itself carries — a mandate's version history — stay with the document.)
    const documents = JSON.stringify(fyrbodal.mandates);
    const unnamed = fyrbodalRepresentatives.filter((p) => !documents.includes(p.name));
    expect(unnamed.length).toBeGreaterThan(10);
    for (const person of unnamed) expect(log).not.toContain(person.name);
  });

  it("keeps the personal data in the store's personal-data part, where the runtime reads it back", async () => {
    const { runtime, store } = await sample();
    const records = await store.readPersonalData!();
    expect(records.find((r) => r.personId === karin.id)?.data).toEqual({ name: karin.name, title: karin.title, contact: karin.contact, identityClaims: [{ kind: 'email', value: karin.contact!.email }] });
    const replayed = await createSamverkan({ store, identity: trustedRecords() });
    expect(replayed.getState().dataset.people).toEqual(runtime.getState().dataset.people);
    expect(replayed.getState().dataset.people.find((p) => p.id === karin.id)?.name).toBe(karin.name);
  });
});

describe('erasePersonalData', () => {
  it('erases a person and leaves a tombstone that the views render; the log keeps the id', async () => {
    const { runtime, store } = await sample();
    const eventsBefore = (await store.readAll()).filter((e) => e.by === karin.id).length;
    expect(eventsBefore).toBeGreaterThan(0);

    const result = await runtime.erasePersonalData(karin.id, { by: helena.id, at, reason: 'Begäran enligt artikel 17' });

    expect(result).toMatchObject({ ok: true, events: [{ type: 'erasePersonalData', by: helena.id, role: 'fyrbodal:natverksadministrator', data: { personId: karin.id } }] });
    expect(JSON.stringify(result.ok && result.events)).not.toContain(karin.name);
    const person = runtime.getState().dataset.people.find((p) => p.id === karin.id)!;
    expect(person).toEqual({ id: karin.id, organisationId: karin.organisationId, professionalCategory: karin.professionalCategory, name: ERASED_NAME, erased: true });
    expect((await store.readPersonalData!()).some((r) => r.personId === karin.id)).toBe(false);
    expect((await store.readAll()).filter((e) => e.by === karin.id)).toHaveLength(eventsBefore);

    // The audit trail still says who did what — as the tombstone, in the reader's language.
    const trail = auditTrail(await store.readAll(), runtime.getState());
    expect(trail.filter((e) => e.by === karin.id).map((e) => e.byName)).toContain('Raderad person');
    expect(auditTrail(await store.readAll(), runtime.getState(), { locale: 'en' }).find((e) => e.by === karin.id)?.byName).toBe('Erased person');
    expect(trail.at(-1)).toMatchObject({ type: 'erasePersonalData', label: 'Raderade en persons personuppgifter', why: 'Begäran enligt artikel 17' });
    // Her meetings are still hers: the person is the same id.
    expect(upcomingMeetings(runtime.getState(), { now: at, personId: karin.id, limit: 1 })).toHaveLength(1);
  });

  it('stays erased after a replay, and reaches another runtime on the same store', async () => {
    const { runtime, store } = await sample();
    const other = await createSamverkan({ store, identity: trustedRecords() });
    expect((await runtime.erasePersonalData(karin.id, { by: helena.id, at })).ok).toBe(true);
    expect(other.getState().dataset.people.find((p) => p.id === karin.id)?.erased).toBe(true);
    const replayed = await createSamverkan({ store, identity: trustedRecords() });
    expect(replayed.getState().dataset.people.find((p) => p.id === karin.id)).toMatchObject({ name: ERASED_NAME, erased: true });
    expect(replayed.getState().damaged).toEqual([]);
  });

  it('is the network administrator’s act, for someone who exists and is not erased yet', async () => {
    const { runtime, store } = await sample();
    const before = (await store.readAll()).length;
    expect(await runtime.erasePersonalData(karin.id, { by: goran.id, at })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'erasePersonalData' } });
    expect(await runtime.erasePersonalData('fyrbodal:person-999', { by: helena.id, at })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await store.readAll()).length).toBe(before);
    expect((await runtime.erasePersonalData(karin.id, { by: helena.id, at })).ok).toBe(true);
    expect(await runtime.erasePersonalData(karin.id, { by: helena.id, at })).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('is refused where the store keeps people inside the log', async () => {
    const memory = createMemoryStore();
    const { readPersonalData: _omitted, ...withoutPart } = memory;
    const store: EventStore = withoutPart;
    const runtime = await createSamverkan({ store, identity: trustedRecords() });
    expect((await runtime.load(fyrbodal, { by: helena.id, at: '2018-12-17T08:00:00+01:00' })).ok).toBe(true);
    // Such a store keeps the name in the event, and the runtime says it cannot erase it.
    expect(JSON.stringify(await store.readAll())).toContain(karin.name);
    const refused = await runtime.erasePersonalData(karin.id, { by: helena.id, at });
    expect(refused).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(!refused.ok && refused.message.en).toContain('cannot erase');
  });

  it('leaves nothing half-way: a load that conflicts writes no personal data', async () => {
    const { runtime, store } = await sample();
    const before = await store.readPersonalData!();
    const renamed = { ...runtime.getState().dataset, people: runtime.getState().dataset.people.map((p) => (p.id === karin.id ? { ...p, name: 'Karin Ny' } : p)) };
    // Another writer moves the dataset stream first.
    const version = await store.version(DATASET_STREAM);
    const stale = { ...store, version: async () => version - 1 } as EventStore;
    const writer = await createSamverkan({ store: stale, identity: trustedRecords() });
    expect(await writer.load(renamed, { by: helena.id, at })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await store.readPersonalData!()).toEqual(before);
    expect(writer.getState().dataset.people.find((p) => p.id === karin.id)?.name).toBe(karin.name);
  });
});
