import { describe, expect, it } from 'vitest';
import { agendaItemKindLabels } from '../meeting/meeting.schema.js';
import { agendaItemsAwaitingPublication } from './agenda-items-awaiting-publication.js';
import { F, fyrbodalWorld } from './test-state.js';

const state = fyrbodalWorld().state();

describe('agendaItemsAwaitingPublication', () => {
  it('lists the meetings whose agenda is not published, soonest first', () => {
    const list = agendaItemsAwaitingPublication(state);
    // M2 collects items; M4–M6 and the six 2020 meetings are planned. Published, held and
    // cancelled meetings are not listed.
    expect(list).toHaveLength(10);
    expect(list[0]).toMatchObject({ meetingId: F.m2, status: 'collectingItems', callOpen: true, agendaDeadline: '2019-03-07' });
    expect(list[1]).toMatchObject({ meetingId: F.m4, status: 'planned', callOpen: false, items: [] });
    expect(list.map((m) => m.meetingId)).not.toContain(F.m3);
  });

  it('gives the proposed items in agenda order, without withdrawn ones, with who proposed them', () => {
    const [m2] = agendaItemsAwaitingPublication(state);
    expect(m2!.items.map((i) => [i.itemId, i.position])).toEqual([
      ['b3', 0],
      ['b1', 1],
    ]);
    expect(m2!.items[0]).toMatchObject({
      title: 'Remissvar till e-rådet',
      kind: 'decision',
      kindLabel: agendaItemKindLabels.decision,
      proposedBy: F.processLeader,
      proposedByName: 'Helena Vik',
      presenterName: 'Karin Ekdahl',
      durationMinutes: 60,
    });
    expect(m2!.items[1]).toMatchObject({ proposedByName: 'Karin Ekdahl', presenter: undefined });
    expect(m2!).toMatchObject({ agendaMinutes: 90, durationMinutes: 180, overrunsMeeting: false });
  });

  it('flags an agenda longer than the meeting', () => {
    const world = fyrbodalWorld().send('meeting', F.m2, {
      type: 'proposeAgendaItem',
      by: F.karin,
      at: '2019-03-02T09:00:00+01:00',
      item: { id: 'b4', title: 'Workshop om välfärdsteknik', kind: 'discussion', durationMinutes: 91 },
    });
    const [m2] = agendaItemsAwaitingPublication(world.state());
    expect(m2).toMatchObject({ agendaMinutes: 181, overrunsMeeting: true });
    expect(m2!.items.at(-1)?.itemId).toBe('b4');
  });

  it('filters by group and by person', () => {
    expect(agendaItemsAwaitingPublication(state, { groupId: F.network })).toHaveLength(10);
    expect(agendaItemsAwaitingPublication(state, { groupId: F.chiefs })).toEqual([]);
    expect(agendaItemsAwaitingPublication(state, { personId: F.jonas })).toHaveLength(10);
    expect(agendaItemsAwaitingPublication(state, { personId: 'fyrbodal:nobody' })).toEqual([]);
  });

  it('leaves out meetings before today when given now, keeping today’s', () => {
    expect(agendaItemsAwaitingPublication(state, { now: '2019-03-21T20:00:00+01:00' })[0]?.meetingId).toBe(F.m2);
    expect(agendaItemsAwaitingPublication(state, { now: '2019-03-22T08:00:00+01:00' })[0]?.meetingId).toBe(F.m4);
  });
});
