/**
 * Attacks on authority, each reproduced on the runtime as it was before authority had to come
 * from existing staffing: a person giving themselves power through a draft mandate, a process
 * leader taking the commissioner's seat through a "direct" staffing change, reviews for a body
 * that does not exist or by someone outside it. They stay here as regression tests.
 */
import { describe, expect, it } from 'vitest';
import type { MandateInput } from '../mandate/mandate.schema.js';
import { fyrbodalMandate } from '../samples/fyrbodal.js';
import {
  fyrbodalCommissioner as goran,
  fyrbodalProcessLeader as helena,
  fyrbodalRepresentatives,
  fyrbodalSubstitute as agneta,
} from '../samples/fyrbodal.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createMemoryStore } from './store/memory-store.js';
import { command } from './command-input.js';

const mandateId = 'fyrbodal:uppdrag-e-halsonatverket';
const networkId = 'fyrbodal:e-halsonatverket';
const karin = fyrbodalRepresentatives[0]!;
const now = '2019-11-20T12:00:00+01:00';
let n = 0;
const id = () => `attack-${++n}`;

async function fyrbodal() {
  const store = createMemoryStore();
  const { runtime } = await createSampleRuntime('fyrbodal', store);
  return { runtime, store };
}

/** A draft mandate that seats `personId` as commissioner and process leader of the network. */
function selfMadeMandate(personId: string): MandateInput {
  return {
    ...fyrbodalMandate,
    id: 'fyrbodal:eget-uppdrag',
    title: 'Ett eget uppdrag',
    version: '0.1',
    versionHistory: [],
    commissioner: { id: 'fyrbodal:socialchefsnatverket', name: 'Socialchefsnätverket' },
    staffingPlan: {
      entries: [
        { roleId: 'fyrbodal:uppdragsgivare', organisationId: 'fyrbodal:fyrbodals-kommunalforbund', personIds: [personId] },
        { roleId: 'fyrbodal:processledare', organisationId: 'fyrbodal:fyrbodals-kommunalforbund', personIds: [personId] },
      ],
    },
  };
}

describe('a draft mandate grants nothing', () => {
  it('refuses createMandate from a person who holds no drafting authority through existing staffing', async () => {
    const { runtime, store } = await fyrbodal();
    const before = await store.readAll();
    const created = await runtime.dispatch({ type: 'createMandate', id: id(), by: agneta.id, at: now, mandateId: 'fyrbodal:eget-uppdrag', mandate: selfMadeMandate(agneta.id) });
    expect(created).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'draftMandate' } });
    expect(await store.readAll()).toEqual(before);
  });

  it("does not count a draft's staffing plan for the groups it names (no one cancels the network's meetings through it)", async () => {
    const { runtime } = await fyrbodal();
    // Karin may draft (she is a representative of the network) — but seating herself as
    // process leader in a draft gives her no power over the network's meetings.
    const created = await runtime.dispatch({ type: 'createMandate', id: id(), by: karin.id, at: now, mandateId: 'fyrbodal:eget-uppdrag', mandate: selfMadeMandate(karin.id) });
    expect(created.ok).toBe(true);
    const cancel = command({ type: 'cancelMeeting', id: id(), by: karin.id, at: now, meetingId: 'fyrbodal:mote-2020-01-23', reason: 'Jag bestämmer' });
    expect(runtime.can(cancel)).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(await runtime.dispatch(cancel)).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });

  it('refuses a draft that names its author as commissioner, directly or by a later draft change', async () => {
    const { runtime } = await fyrbodal();
    const ownCommissioner = { ...selfMadeMandate(karin.id), commissioner: { id: karin.id, name: 'Karin' } };
    const created = await runtime.dispatch({ type: 'createMandate', id: id(), by: karin.id, at: now, mandateId: ownCommissioner.id, mandate: ownCommissioner });
    expect(created).toMatchObject({ ok: false, code: 'VALIDATION', details: { issues: [{ path: ['mandate', 'commissioner'] }] } });
    expect(!created.ok && created.message.sv).toContain('kan inte vara uppdragsgivare här');
    const mandate = selfMadeMandate(karin.id);
    expect((await runtime.dispatch({ type: 'createMandate', id: id(), by: karin.id, at: now, mandateId: mandate.id, mandate })).ok).toBe(true);
    const renamed = command({ type: 'amendMandate', id: id(), by: karin.id, at: now, mandateId: mandate.id, section: 'commissioner', change: { id: karin.id, name: 'Karin' } });
    expect(await runtime.dispatch(renamed)).toMatchObject({ ok: false, code: 'VALIDATION', details: { issues: [{ path: ['change', 'commissioner'] }] } });
    const submitted = await runtime.dispatch({
      type: 'submitMandateForReview', id: id(), by: karin.id, at: now, mandateId: mandate.id,
      reviewers: [{ id: 'fyrbodal:pahittat-organ', name: 'Ett påhittat organ' }],
    });
    // A body that does not exist cannot be asked to review.
    expect(submitted).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const review = command({ type: 'reviewMandate', id: id(), by: karin.id, at: now, mandateId: mandate.id, body: 'fyrbodal:pahittat-organ', outcome: 'endorsed' });
    expect((await runtime.dispatch(review)).ok).toBe(false);
    // Even named as commissioner, the draft gives Karin no seat in the network it names.
    const publish = command({ type: 'publishAgenda', id: id(), by: karin.id, at: now, meetingId: 'fyrbodal:mote-2019-12-05', lateReason: 'Jag bestämmer' });
    expect(runtime.can(publish)).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });
});

describe('the commissioner decides through the relation the mandate names', () => {
  it("lets a member of the commissioning group approve without a seat in the mandate's own plan, and no one else", async () => {
    const { runtime } = await fyrbodal();
    const mandate: MandateInput = {
      ...selfMadeMandate(karin.id),
      commissioner: { id: 'fyrbodal:socialchefsnatverket', name: 'Socialchefsnätverket' },
      staffingPlan: { entries: fyrbodalMandate.staffingPlan.entries.filter((e) => e.roleId === 'fyrbodal:kommunrepresentant') },
    };
    expect(mandate.staffingPlan.entries.some((e) => e.personIds?.includes(goran.id))).toBe(false);
    const target = { mandateId: mandate.id, at: now };
    expect(await runtime.dispatch({ type: 'createMandate', id: id(), by: karin.id, ...target, mandate })).toMatchObject({ ok: true });
    expect(await runtime.dispatch({ type: 'submitMandateForReview', id: id(), by: karin.id, ...target, reviewers: [{ id: networkId, name: 'e-hälsonätverket' }] })).toMatchObject({ ok: true });
    expect(await runtime.dispatch({ type: 'reviewMandate', id: id(), by: karin.id, ...target, body: networkId, outcome: 'endorsed' })).toMatchObject({ ok: true });
    // The author is not the commissioner …
    expect(await runtime.dispatch({ type: 'approveMandate', id: id(), by: karin.id, ...target })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    // … a member of socialchefsnätverket is.
    const approved = await runtime.dispatch({ type: 'approveMandate', id: id(), by: goran.id, ...target });
    expect(approved).toMatchObject({ ok: true, events: [{ role: 'fyrbodal:uppdragsgivare' }] });
    expect(runtime.getState().mandates.get(mandate.id)?.status).toBe('active');
  });
});

describe('no escalation through staffing changes', () => {
  const commissionerSeat = (personId: string) => ({
    entries: fyrbodalMandate.staffingPlan.entries.map((e) => (e.roleId === 'fyrbodal:uppdragsgivare' ? { ...e, personIds: [personId] } : e)),
  });

  it("sends a process leader's change of the commissioner's seat to the commissioner instead of applying it", async () => {
    const { runtime } = await fyrbodal();
    const before = runtime.getState().mandates.get(mandateId)!;
    expect(before.state).toBe('active.stable');
    const amended = await runtime.dispatch({
      type: 'amendMandate', id: id(), by: helena.id, at: now, mandateId, section: 'staffingPlan', change: commissionerSeat(helena.id), reason: 'Jag tar över',
    });
    expect(amended.ok).toBe(true);
    const after = runtime.getState().mandates.get(mandateId)!;
    // Not applied: it waits for the commissioner, and the seat is still Göran's.
    expect(after.state).toBe('active.amendmentPending');
    expect(after.context.mandate.version).toBe(before.context.mandate.version);
    expect(after.context.mandate.staffingPlan.entries.find((e) => e.roleId === 'fyrbodal:uppdragsgivare')?.personIds).toEqual([goran.id]);
    // She cannot approve it herself, nor end the mandate.
    const approve = command({ type: 'approveAmendment', id: id(), by: helena.id, at: now, mandateId });
    expect(await runtime.dispatch(approve)).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(await runtime.dispatch({ type: 'endMandate', id: id(), by: helena.id, at: now, mandateId, reason: 'Klart' })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    // The commissioner decides.
    expect(await runtime.dispatch({ type: 'rejectAmendment', id: id(), by: goran.id, at: now, mandateId, reason: 'Nej' })).toMatchObject({ ok: true });
  });

  it('still applies an ordinary seat change directly, as the mandate says (staffing plan and meetings)', async () => {
    const { runtime } = await fyrbodal();
    const before = runtime.getState().mandates.get(mandateId)!;
    const entries = before.context.mandate.staffingPlan.entries.map((e) =>
      e.roleId === 'fyrbodal:kommunrepresentant' && e.personIds.includes(karin.id) ? { ...e, personIds: [karin.id, agneta.id] } : e,
    );
    const amended = await runtime.dispatch({ type: 'amendMandate', id: id(), by: helena.id, at: now, mandateId, section: 'staffingPlan', change: { entries } });
    expect(amended.ok).toBe(true);
    const after = runtime.getState().mandates.get(mandateId)!;
    expect(after.state).toBe('active.stable');
    expect(after.context.mandate.version).not.toBe(before.context.mandate.version);
  });
});

describe('reviewing for a body', () => {
  it('is refused to someone who is not a member of that body', async () => {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime('fyrbodal', store, { upTo: '2019-03-20T12:00:00+01:00' });
    expect(runtime.getState().mandates.get(mandateId)?.state).toBe('inReview.collecting');
    // Karin is a representative of the network, not a member of socialchefsnätverket.
    const review = command({ type: 'reviewMandate', id: id(), by: karin.id, at: '2019-03-20T13:00:00+01:00', mandateId, body: 'fyrbodal:socialchefsnatverket', outcome: 'endorsed' });
    expect(await runtime.dispatch(review)).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });
});

describe('a network-level act needs the network administrator', () => {
  it('refuses a dataset load from a representative', async () => {
    const { runtime, store } = await fyrbodal();
    const before = await store.readAll();
    const dataset = runtime.getState().dataset;
    const result = await runtime.load(
      { ...dataset, roles: dataset.roles.map((r) => (r.id === 'fyrbodal:kommunrepresentant' ? { ...r, authorities: [...r.authorities, 'approveMandate'] } : r)) },
      { by: karin.id, at: now },
    );
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(await store.readAll()).toEqual(before);
  });
});

export { networkId };
