/**
 * Loading a network's data and emptying it are the network administrator's acts. Before,
 * `load` and `clear` took anyone: a representative could reload the dataset with her own role
 * widened, or empty the whole network.
 */
import { describe, expect, it } from 'vitest';
import { fyrbodal } from '../samples/fyrbodal.js';
import { fyrbodalCommissioner as goran, fyrbodalProcessLeader as helena, fyrbodalRepresentatives } from '../samples/fyrbodal.people.js';
import { createSampleRuntime, sampleAdministrators } from '../samples/load-sample.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';

const karin = fyrbodalRepresentatives[0]!;
const at = '2019-11-20T12:00:00+01:00';

describe('the first load of a network', () => {
  it('is made by the administrator the dataset names', async () => {
    const store = createMemoryStore();
    const runtime = await createSamverkan({ store, identity: trustedRecords() });
    const byRepresentative = await runtime.load(fyrbodal, { by: karin.id, at: '2018-12-17T08:00:00+01:00' });
    expect(byRepresentative).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'administerNetwork' } });
    expect(!byRepresentative.ok && byRepresentative.message.sv).toContain('networkStaffing');
    expect(await store.readAll()).toEqual([]);
    const byAdministrator = await runtime.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2018-12-17T08:00:00+01:00' });
    expect(byAdministrator).toMatchObject({ ok: true, events: [{ by: helena.id, role: 'fyrbodal:natverksadministrator' }] });
  });

  it('stores the parsed dataset, not the input', async () => {
    const store = createMemoryStore();
    const runtime = await createSamverkan({ store, identity: trustedRecords() });
    await runtime.load({ ...fyrbodal, name: { sv: '  E-hälsa  ', en: 'E-health' } }, { by: helena.id, at: '2018-12-17T08:00:00+01:00' });
    const [event] = await store.readAll();
    expect((event!.data.dataset as { name: { sv: string } }).name.sv).toBe('E-hälsa');
    expect((event!.data.dataset as { meetingSeries: unknown[] }).meetingSeries).toEqual([]);
  });
});

describe('a later load', () => {
  it('may not widen an existing role with an authority the administrator does not hold', async () => {
    const { runtime, store } = await sample();
    const dataset = runtime.getState().dataset;
    const widened = {
      ...dataset,
      roles: dataset.roles.map((r) => (r.id === 'fyrbodal:kommunrepresentant' ? { ...r, authorities: [...r.authorities, 'approveMandate' as const] } : r)),
    };
    const before = await store.readAll();
    const result = await runtime.load(widened, { by: helena.id, at });
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!result.ok && result.message.sv).toContain('Inläsningen ger rollen «Kommunrepresentant» befogenheten «Fastställa uppdragsbeskrivningen»');
    expect(await store.readAll()).toEqual(before);
  });

  it('may not seat someone where a governing authority comes with the seat', async () => {
    const { runtime } = await sample();
    const dataset = runtime.getState().dataset;
    const groups = dataset.groups.map((g) =>
      g.id === 'fyrbodal:socialchefsnatverket'
        ? { ...g, staffingPlan: { entries: g.staffingPlan!.entries.map((e) => ({ ...e, personIds: [...e.personIds, karin.id], max: 2 })) } }
        : g,
    );
    const result = await runtime.load({ ...dataset, groups }, { by: helena.id, at });
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!result.ok && result.message.sv).toContain('Karin Ekdahl');
  });

  it('may set up what the administrator may hand out (a new working group)', async () => {
    const { runtime } = await sample();
    const dataset = runtime.getState().dataset;
    const group = { id: 'fyrbodal:arbetsgrupp', kind: 'workingGroup' as const, name: 'Arbetsgrupp välfärdsteknik', hostOrganisationId: 'fyrbodal:fyrbodals-kommunalforbund' };
    expect(await runtime.load({ ...dataset, groups: [...dataset.groups, group] }, { by: helena.id, at })).toMatchObject({ ok: true });
    expect(runtime.getState().dataset.groups.some((g) => g.id === group.id)).toBe(true);
  });
});

describe('emptying the network', () => {
  it('is refused to anyone but the administrator', async () => {
    const { runtime, store } = await sample();
    const count = (await store.readAll()).length;
    expect(await runtime.clear({ by: goran.id })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'administerNetwork' } });
    expect(await runtime.clear()).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect((await store.readAll()).length).toBe(count);
    expect(await runtime.clear({ by: helena.id })).toEqual({ ok: true });
    expect(await store.readAll()).toEqual([]);
    expect(runtime.getState().meetings.size).toBe(0);
  });
});

async function sample() {
  const store = createMemoryStore();
  const { runtime } = await createSampleRuntime('fyrbodal', store);
  return { runtime, store };
}
