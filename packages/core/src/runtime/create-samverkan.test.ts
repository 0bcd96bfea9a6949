import { describe, expect, it } from 'vitest';
import { fyrbodal } from '../samples/fyrbodal.js';
import { createSamverkan, type Samverkan } from './create-samverkan.js';
import { createMemoryStore } from './store/memory-store.js';
import { trustedRecords } from './identity.js';
import type { CommandInput } from './command-input.js';
import type { TestStep } from '../testing/test-network.js';
import { sampleAdministrators } from '../samples/load-sample.js';

const leader = 'fyrbodal:person-001';
const rep = 'fyrbodal:person-003';
const commissioner = 'fyrbodal:person-002';
const meetingId = 'fyrbodal:mote-2019-01-24';
let n = 0;
const id = () => `cmd-${++n}`;

async function runtime(): Promise<Samverkan> {
  const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
  const loaded = await sv.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
  expect(loaded.ok).toBe(true);
  return sv;
}

describe('createSamverkan', () => {
  it('runs a meeting from the call for items to published minutes', async () => {
    const sv = await runtime();
    const send = (c: TestStep<'meetingId'>) => sv.dispatch({ id: id(), meetingId, ...c });
    expect(await send({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' })).toMatchObject({ ok: true });
    expect(
      await send({
        type: 'proposeAgendaItem',
        by: rep,
        at: '2019-01-03T09:00:00+01:00',
        item: { id: 'p1', title: 'Välfärdsteknik', kind: 'decision', durationMinutes: 30 },
      }),
    ).toMatchObject({ ok: true });
    expect(await send({ type: 'publishAgenda', by: leader, at: '2019-01-09T09:00:00+01:00' })).toMatchObject({ ok: true });
    expect(await send({ type: 'sendInvitations', by: leader, at: '2019-01-09T10:00:00+01:00' })).toMatchObject({ ok: true });
    expect(await send({ type: 'holdMeeting', by: leader, at: '2019-01-24T09:05:00+01:00' })).toMatchObject({ ok: true });
    const minutes = { items: [{ itemId: 'p1', decided: 'Nätverket tar fram en gemensam plan.' }], decisions: [{ id: 'd1', itemId: 'p1', text: 'Gemensam plan' }], actions: [], escalations: [] };
    expect(await send({ type: 'draftMinutes', by: leader, at: '2019-01-25T09:00:00+01:00', minutes })).toMatchObject({ ok: true });
    const refused = await send({ type: 'approveMinutes', by: rep, at: '2019-01-26T09:00:00+01:00' });
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'approveMinutes' } });
    expect(await send({ type: 'approveMinutes', by: leader, at: '2019-01-28T09:00:00+01:00' })).toMatchObject({ ok: true });
    expect(await send({ type: 'publishMinutes', by: leader, at: '2019-01-29T09:00:00+01:00' })).toMatchObject({ ok: true });
    expect(sv.getState().meetings.get(meetingId)?.status).toBe('published');
    const trail = await sv.history(`meeting:${meetingId}`);
    expect(trail.map((e) => [e.type, e.by, e.role])).toEqual([
      ['openCall', leader, 'fyrbodal:processledare'],
      ['proposeAgendaItem', rep, 'fyrbodal:kommunrepresentant'],
      ['publishAgenda', leader, 'fyrbodal:processledare'],
      ['sendInvitations', leader, 'fyrbodal:processledare'],
      ['holdMeeting', leader, 'fyrbodal:processledare'],
      ['draftMinutes', leader, 'fyrbodal:processledare'],
      ['approveMinutes', leader, 'fyrbodal:processledare'],
      ['publishMinutes', leader, 'fyrbodal:processledare'],
    ]);
  });

  it('refuses a late agenda without a reason and records it late with one', async () => {
    const sv = await runtime();
    const send = (c: TestStep<'meetingId'>) => sv.dispatch({ id: id(), meetingId, ...c });
    await send({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });
    await send({ type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', item: { id: 'p1', title: 'X', kind: 'information', durationMinutes: 10 } });
    const late = await send({ type: 'publishAgenda', by: leader, at: '2019-01-14T09:00:00+01:00' });
    expect(late).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(!late.ok && late.message.sv).toContain('10 januari 2019');
    expect(!late.ok && late.message.en).toContain('needs a reason');
    const ok = await send({ type: 'publishAgenda', by: leader, at: '2019-01-14T09:00:00+01:00', lateReason: 'Underlag saknades' });
    expect(ok.ok && ok.events[0]?.reason).toBe('Underlag saknades');
    expect(sv.getState().meetings.get(meetingId)?.context.agendaLate).toBe(true);
  });

  it('answers bad input with a typed error in both languages and writes nothing', async () => {
    const sv = await runtime();
    for (const bad of [null, 42, [], { type: 'nope' }, { type: 'openCall' }, { type: 'openCall', id: 'x', by: leader, at: 'igår', meetingId }]) {
      const result = await sv.dispatchUntrusted(bad);
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
      expect(!result.ok && result.message.sv.length > 0 && result.message.en.length > 0).toBe(true);
    }
    expect(await sv.history(`meeting:${meetingId}`)).toEqual([]);
    expect(await sv.dispatch({ type: 'openCall', id: id(), by: leader, at: '2019-01-02T09:00:00+01:00', meetingId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says what state allows an action, without acting', async () => {
    const sv = await runtime();
    const can = sv.can({ type: 'publishMinutes', id: id(), by: leader, at: '2019-01-02T09:00:00+01:00', meetingId });
    expect(can).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', details: { state: 'planned', allowedIn: ['minutesApproved'] } });
    expect(sv.can({ type: 'openCall', id: id(), by: leader, at: '2019-01-02T09:00:00+01:00', meetingId })).toMatchObject({ ok: true, roleId: 'fyrbodal:processledare' });
    expect(await sv.history(`meeting:${meetingId}`)).toEqual([]);
  });

  it('records a retried command once', async () => {
    const sv = await runtime();
    const command = { type: 'openCall', id: 'same', by: leader, at: '2019-01-02T09:00:00+01:00', meetingId } satisfies CommandInput;
    const first = await sv.dispatch(command);
    const again = await sv.dispatch(command);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(again.ok && again.events).toEqual(first.ok && first.events);
    expect(await sv.history(`meeting:${meetingId}`)).toHaveLength(1);
  });

  it('approves the mandate by the commissioner only, as version 1.0', async () => {
    const sv = await runtime();
    const mandateId = 'fyrbodal:uppdrag-e-halsonatverket';
    const send = (c: TestStep<'mandateId'>) => sv.dispatch({ id: id(), mandateId, ...c });
    expect(await send({ type: 'submitMandateForReview', by: leader, at: '2019-03-15T09:00:00+01:00', reviewers: [{ id: 'fyrbodal:socialchefsnatverket', name: 'Socialchefsnätverket' }] })).toMatchObject({ ok: true });
    // A representative is no member of the social-services chiefs' network, so may not review for it.
    expect(await send({ type: 'reviewMandate', by: rep, at: '2019-03-20T09:00:00+01:00', body: 'fyrbodal:socialchefsnatverket', outcome: 'endorsed' })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(await send({ type: 'reviewMandate', by: commissioner, at: '2019-03-20T09:00:00+01:00', body: 'fyrbodal:socialchefsnatverket', outcome: 'endorsed' })).toMatchObject({ ok: true });
    expect(await send({ type: 'approveMandate', by: leader, at: '2019-03-22T09:00:00+01:00' })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(await send({ type: 'approveMandate', by: commissioner, at: '2019-03-22T09:00:00+01:00' })).toMatchObject({ ok: true });
    expect(sv.getState().mandates.get(mandateId)?.context.mandate.version).toBe('1.0');
  });

  it('gives the whole log across streams in recorded order, and from a position', async () => {
    const sv = await runtime();
    const mandateId = 'fyrbodal:uppdrag-e-halsonatverket';
    await sv.dispatch({ id: id(), meetingId, type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });
    await sv.dispatch({ id: id(), mandateId, type: 'approveMandate', by: leader, at: '2019-01-03T09:00:00+01:00' });
    await sv.dispatch({ id: id(), mandateId, type: 'submitMandateForReview', by: leader, at: '2019-01-04T09:00:00+01:00', reviewers: [{ id: 'fyrbodal:socialchefsnatverket', name: 'Socialchefsnätverket' }] });
    const log = await sv.log();
    // The dataset's load, then the meeting's call and the mandate's submission (the refused approval wrote nothing).
    expect(log.map((e) => [e.stream, e.type])).toEqual([
      [log[0]!.stream, log[0]!.type],
      [`meeting:${meetingId}`, 'openCall'],
      [`mandate:${mandateId}`, 'submitMandateForReview'],
    ]);
    expect(log.map((e) => e.position)).toEqual([...log.map((e) => e.position)].sort((a, b) => a - b));
    expect(await sv.log(log[1]!.position)).toEqual(log.slice(1));
  });

  it('replays its log into the same state, and a restored runtime continues', async () => {
    const store = createMemoryStore();
    const live = await createSamverkan({ identity: trustedRecords(), store });
    await live.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
    const send = (sv: Samverkan, c: TestStep<'meetingId'>) => sv.dispatch({ id: id(), meetingId, ...c });
    await send(live, { type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });
    await send(live, { type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', item: { id: 'p1', title: 'X', kind: 'information', durationMinutes: 10 } });

    const restored = await createSamverkan({ identity: trustedRecords(), store });
    expect(restored.getState().meetings).toEqual(live.getState().meetings);
    expect(restored.getState().mandates).toEqual(live.getState().mandates);
    expect(restored.getState().dataset).toEqual(live.getState().dataset);

    const next = await send(restored, { type: 'publishAgenda', by: leader, at: '2019-01-09T09:00:00+01:00' });
    expect(next.ok && next.events[0]?.version).toBe(3);
    // The live runtime follows what the restored one wrote.
    expect(live.getState().meetings.get(meetingId)?.status).toBe('agendaPublished');
  });

  it('refuses a stale writer with CONFLICT, writes nothing, and catches up', async () => {
    const store = createMemoryStore();
    const a = await createSamverkan({ identity: trustedRecords(), store });
    await a.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
    // A second tab that has not heard of the latest events yet.
    const b = await createSamverkan({ identity: trustedRecords(), store: { ...store, subscribe: () => () => undefined } });
    await a.dispatch({ id: id(), meetingId, type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });
    const stale = await b.dispatch({ id: id(), meetingId, type: 'openCall', by: leader, at: '2019-01-02T09:01:00+01:00' });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', details: { expectedVersion: 0, actualVersion: 1 } });
    expect(!stale.ok && stale.message.sv).toContain('hann före');
    expect(await store.read(`meeting:${meetingId}`)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(b.getState().meetings.get(meetingId)?.status).toBe('collectingItems');
  });
});


describe('why a meeting cannot be held yet', () => {
  it('names the start time when the meeting is marked held too early, across time zones', async () => {
    const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
    await sv.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
    const send = (c: TestStep<'meetingId'>) => sv.dispatch({ id: id(), meetingId, ...c });
    await send({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });
    await send({ type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', item: { id: 'p1', title: 'X', kind: 'information', durationMinutes: 10 } });
    await send({ type: 'publishAgenda', by: leader, at: '2019-01-09T09:00:00+01:00' });
    await send({ type: 'sendInvitations', by: leader, at: '2019-01-09T10:00:00+01:00' });
    // 09:30 at +02:00 is 08:30 in Stockholm, half an hour before the 09:00 start (text order says later).
    const early = await send({ type: 'holdMeeting', by: leader, at: '2019-01-24T09:30:00+02:00' });
    expect(early).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(!early.ok && early.message.sv).toContain('kan inte hållas före');
    // 08:30 UTC is 09:30 in Stockholm: held.
    expect(await send({ type: 'holdMeeting', by: leader, at: '2019-01-24T08:30:00Z' })).toMatchObject({ ok: true });
  });
});
