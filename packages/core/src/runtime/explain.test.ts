import { describe, expect, it } from 'vitest';
import { fyrbodal } from '../samples/fyrbodal.js';
import { sampleAdministrators } from '../samples/load-sample.js';
import { createSamverkan, type Samverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';
import type { TestStep } from '../testing/test-network.js';

const leader = 'fyrbodal:person-001';
const rep = 'fyrbodal:person-003';
const meetingId = 'fyrbodal:mote-2019-01-24';
let n = 0;
const id = () => `explain-${++n}`;

/** An ISO date or timestamp, as a person should never have to read it. */
const iso = /\d{4}-\d{2}-\d{2}/;

async function runtime(): Promise<{ sv: Samverkan; send: (c: TestStep<'meetingId'>) => ReturnType<Samverkan['dispatch']> }> {
  const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
  await sv.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
  return { sv, send: (c) => sv.dispatch({ id: id(), meetingId, ...c }) };
}

describe('why a command is refused, in words', () => {
  it('names the start time of a meeting held too early as a reader writes it, not as ISO', async () => {
    const { send } = await runtime();
    await send({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });
    await send({ type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', item: { id: 'p1', title: 'X', kind: 'information', durationMinutes: 10 } });
    await send({ type: 'publishAgenda', by: leader, at: '2019-01-09T09:00:00+01:00' });
    await send({ type: 'sendInvitations', by: leader, at: '2019-01-09T10:00:00+01:00' });
    const early = await send({ type: 'holdMeeting', by: leader, at: '2019-01-24T08:00:00+01:00' });
    expect(early.ok).toBe(false);
    if (early.ok) return;
    expect(early.message.sv).toBe('Mötet börjar 24 januari 2019 kl. 09:00 och kan inte hållas före det.');
    expect(early.message.en).toBe('The meeting starts on 24 January 2019 at 09:00 and cannot be held before then.');
    expect(early.message.sv).not.toMatch(iso);
    expect(early.message.en).not.toMatch(iso);
  });

  it('names the agenda deadline in words when a late agenda has no reason', async () => {
    const { send } = await runtime();
    await send({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });
    await send({ type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', item: { id: 'p1', title: 'X', kind: 'information', durationMinutes: 10 } });
    const late = await send({ type: 'publishAgenda', by: leader, at: '2019-01-20T09:00:00+01:00' });
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.message.sv).toContain('Sista dag för agendan var 10 januari 2019.');
    expect(late.message.en).toContain('The agenda was due by 10 January 2019.');
    expect(`${late.message.sv} ${late.message.en}`).not.toMatch(iso);
  });

  it('says what state the record is in and where the command would work, with each language’s quotes', async () => {
    const { sv } = await runtime();
    const answer = sv.can({ id: id(), type: 'sendInvitations', meetingId, by: leader, at: '2019-01-02T09:00:00+01:00' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.code).toBe('NOT_ALLOWED_NOW');
    expect(answer.message.sv).toBe('«Skicka kallelse» går inte nu: mötet är i läget «Planerat». Det går i läget «Agenda publicerad».');
    expect(answer.message.en).toBe('“Send the invitations” is not possible now: the meeting is in the state “Planned”. It is possible in the state “Agenda published”.');
    expect(answer.message.en).not.toContain('«');
  });
});
