/**
 * The sender and the time are not the caller's to invent: who acts comes from the identity
 * policy, when from the runtime's clock. Reproduced before the policy existed: a command named
 * any sender and any time, so a representative could publish as the process leader, and a
 * late agenda could be published "on time" by back-dating it.
 */
import { describe, expect, it } from 'vitest';
import { fyrbodalProcessLeader as helena, fyrbodalRepresentatives } from '../samples/fyrbodal.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createSamverkan } from './create-samverkan.js';
import { demoPersonSwitcher, sessionIdentity } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';
import type { CommandInput } from './command-input.js';

const karin = fyrbodalRepresentatives[0]!;
const december = 'fyrbodal:mote-2019-12-05';
let n = 0;
const id = () => `identity-${++n}`;

/** The Fyrbodal sample with a signed-in person and a clock the test moves. */
async function signedIn(person: string | undefined, now: string) {
  const clock = { now };
  const session = { person };
  const store = createMemoryStore();
  await createSampleRuntime('fyrbodal', store);
  const runtime = await createSamverkan({ store, identity: sessionIdentity(() => session.person), clock: () => clock.now });
  return { runtime, store, clock, session };
}

describe('who acts comes from the session', () => {
  it('refuses a command whose body names another sender', async () => {
    const { runtime, store } = await signedIn(karin.id, '2019-11-20T12:00:00+01:00');
    const before = await store.readAll();
    const forged = { type: 'publishAgenda', id: id(), by: helena.id, meetingId: december, lateReason: 'x' } satisfies CommandInput;
    expect(runtime.can(forged)).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { by: helena.id, actor: karin.id } });
    const result = await runtime.dispatch(forged);
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!result.ok && result.message.sv).toContain('bestäms av inloggningen');
    expect(await store.readAll()).toEqual(before);
  });

  it('records the signed-in person as the sender when the body names none', async () => {
    const { runtime } = await signedIn(karin.id, '2019-11-20T12:00:00+01:00');
    const result = await runtime.dispatch({
      type: 'proposeAgendaItem', id: id(), meetingId: december,
      item: { id: 'fraga', title: 'En fråga', kind: 'information', durationMinutes: 10 },
    });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.events[0]).toMatchObject({ by: karin.id, at: '2019-11-20T12:00:00+01:00' });
  });

  it('refuses every command when nobody is signed in', async () => {
    const { runtime } = await signedIn(undefined, '2019-11-20T12:00:00+01:00');
    const result = await runtime.dispatch({ type: 'openCall', id: id(), meetingId: 'fyrbodal:mote-2020-01-23' });
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', message: { sv: 'Ingen är inloggad. Logga in för att göra detta.' } });
  });

  it("follows the demo's person switcher", async () => {
    const store = createMemoryStore();
    await createSampleRuntime('fyrbodal', store);
    const switcher = demoPersonSwitcher(karin.id);
    const runtime = await createSamverkan({ store, identity: switcher, clock: () => '2019-11-20T12:00:00+01:00' });
    const publish = { type: 'publishAgenda' as const, meetingId: december, lateReason: 'Försenad' };
    expect(runtime.can({ ...publish, id: id() })).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    switcher.switchTo(helena.id);
    expect(runtime.can({ ...publish, id: id() })).toMatchObject({ ok: true });
  });
});

describe("the time is the runtime's clock", () => {
  it('dates a command by the clock, not by its own `at`', async () => {
    const { runtime } = await signedIn(helena.id, '2019-11-20T12:00:00+01:00');
    const result = await runtime.dispatch({ type: 'openCall', id: id(), at: '2019-11-20T12:01:00+01:00', meetingId: 'fyrbodal:mote-2020-01-23' });
    expect(result.ok && result.events[0]!.at).toBe('2019-11-20T12:00:00+01:00');
  });

  it('refuses a back-dated publication: a late agenda cannot be published "on time"', async () => {
    // December's agenda was due on 21 November; on the 25th the process leader back-dates it to the 15th.
    const { runtime } = await signedIn(helena.id, '2019-11-25T12:00:00+01:00');
    const backDated = { type: 'publishAgenda', id: id(), at: '2019-11-15T12:00:00+01:00', meetingId: december } satisfies CommandInput;
    const result = await runtime.dispatch(backDated);
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', details: { issues: [{ path: ['at'] }] } });
    expect(!result.ok && result.message.sv).toContain('15 november 2019 kl. 12:00');
    // Without a date of its own it is late, and needs the reason for it.
    const late = await runtime.dispatch({ type: 'publishAgenda', id: id(), meetingId: december });
    expect(late).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('refuses to hold a meeting before it starts, whatever time the command claims', async () => {
    const { runtime, clock } = await signedIn(helena.id, '2019-11-25T12:00:00+01:00');
    const meeting = runtime.getState().meetings.get(december)!;
    expect(meeting.status).toBe('collectingItems');
    for (const type of ['publishAgenda', 'sendInvitations'] as const) {
      expect(await runtime.dispatch({ type, id: id(), meetingId: december, ...(type === 'publishAgenda' ? { lateReason: 'Sjukdom' } : {}) })).toMatchObject({ ok: true });
    }
    const hold = { type: 'holdMeeting', id: id(), at: '2019-12-05T10:00:00+01:00', meetingId: december } satisfies CommandInput;
    expect(await runtime.dispatch(hold)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await runtime.dispatch({ type: 'holdMeeting', id: id(), meetingId: december })).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    clock.now = '2019-12-05T10:00:00+01:00';
    expect(await runtime.dispatch({ type: 'holdMeeting', id: id(), meetingId: december })).toMatchObject({ ok: true });
  });

  it("never lets a stream's events go back in time (a demo clock moved back)", async () => {
    const { runtime, clock } = await signedIn(helena.id, '2019-11-25T12:00:00+01:00');
    expect(await runtime.dispatch({ type: 'publishAgenda', id: id(), meetingId: december, lateReason: 'Sjukdom' })).toMatchObject({ ok: true });
    clock.now = '2019-11-22T12:00:00+01:00';
    const result = await runtime.dispatch({ type: 'sendInvitations', id: id(), meetingId: december });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', details: { latestAt: '2019-11-25T12:00:00+01:00' } });
  });

  it('refuses an imported record dated after now', async () => {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime('fyrbodal', store, { clock: () => '2019-11-20T12:00:00+01:00' });
    const future = { type: 'openCall', id: id(), by: helena.id, at: '2019-12-24T12:00:00+01:00', meetingId: 'fyrbodal:mote-2020-01-23' } satisfies CommandInput;
    expect(await runtime.dispatch(future)).toMatchObject({ ok: false, code: 'VALIDATION', details: { issues: [{ path: ['at'] }] } });
  });

  it('answers can and dispatch the same for a forged sender or time', async () => {
    const { runtime } = await signedIn(karin.id, '2019-11-20T12:00:00+01:00');
    for (const command of [
      { type: 'openCall', id: id(), by: helena.id, meetingId: 'fyrbodal:mote-2020-01-23' },
      { type: 'openCall', id: id(), at: '2018-01-01T00:00:00Z', meetingId: 'fyrbodal:mote-2020-01-23' },
      { type: 'openCall', id: id(), at: 'igår', meetingId: 'fyrbodal:mote-2020-01-23' },
    ] satisfies CommandInput[]) {
      const predicted = runtime.can(command);
      expect(await runtime.dispatch(command)).toEqual(predicted);
    }
  });
});
