import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './meeting.schema.js';
import {
  agendaDeadline,
  agendaDeadlineStatus,
  agendaDurationMinutes,
  areMinutesLate,
  decisionItemsWithoutOutcome,
  isAgendaLate,
  minutesDueDate,
  orderedAgenda,
} from './meeting.rules.js';

/** Fyrbodal: "Senast 2 veckor innan mötet". */
const lead = 14;
const startsAt = '2026-03-12T09:00:00+01:00';

describe('agendaDeadline', () => {
  it('is the meeting day minus the lead time', () => {
    expect(agendaDeadline(startsAt, lead)).toBe('2026-02-26');
  });

  it('counts from the Swedish calendar day, even when the instant is written in UTC', () => {
    // 23:30 UTC on 11 March is 00:30 on 12 March in Stockholm.
    expect(agendaDeadline('2026-03-11T23:30:00Z', lead)).toBe('2026-02-26');
  });

  it('crosses the change to summer time without losing a day', () => {
    expect(agendaDeadline('2026-04-09T09:00:00+02:00', lead)).toBe('2026-03-26');
  });
});

describe('isAgendaLate', () => {
  it('flags an agenda published 10 days before the meeting', () => {
    expect(isAgendaLate('2026-03-02T10:00:00+01:00', startsAt, lead)).toBe(true);
  });

  it('accepts an agenda published on the deadline day itself, late in the evening', () => {
    expect(isAgendaLate('2026-02-26T23:30:00+01:00', startsAt, lead)).toBe(false);
  });

  it('flags an agenda published just after midnight Swedish time after the deadline', () => {
    expect(isAgendaLate('2026-02-26T23:30:00Z', startsAt, lead)).toBe(true);
  });

  it('never flags an agenda for a series without lead time published before the meeting day', () => {
    expect(isAgendaLate('2026-03-11T16:00:00+01:00', startsAt, 0)).toBe(false);
  });
});

describe('minutesDueDate and areMinutesLate', () => {
  it('falls due the given number of days after the meeting was held', () => {
    expect(minutesDueDate('2026-03-12T12:00:00+01:00', 14)).toBe('2026-03-26');
  });

  it('treats minutes published on the due day as in time and the day after as late', () => {
    expect(areMinutesLate('2026-03-26T17:00:00+01:00', '2026-03-12T12:00:00+01:00', 14)).toBe(false);
    expect(areMinutesLate('2026-03-27T08:00:00+01:00', '2026-03-12T12:00:00+01:00', 14)).toBe(true);
  });
});

describe('agendaDeadlineStatus', () => {
  const meeting = { startsAt };
  const series = { agendaLeadTimeDays: lead };

  it('is open more than three days before the deadline', () => {
    expect(agendaDeadlineStatus(meeting, series, '2026-02-22T12:00:00+01:00')).toBe('open');
  });

  it('is near three days before the deadline and on the deadline day', () => {
    expect(agendaDeadlineStatus(meeting, series, '2026-02-23T08:00:00+01:00')).toBe('near');
    expect(agendaDeadlineStatus(meeting, series, '2026-02-26T23:00:00+01:00')).toBe('near');
  });

  it('is passed the day after the deadline', () => {
    expect(agendaDeadlineStatus(meeting, series, '2026-02-27T00:10:00+01:00')).toBe('passed');
  });
});

describe('agenda helpers', () => {
  const item = (id: string, position: number, kind: AgendaItem['kind'], durationMinutes = 20): AgendaItem => ({
    id,
    title: `Punkt ${id}`,
    kind,
    proposedBy: 'x',
    durationMinutes,
    position,
    proposedAt: '2026-02-01T10:00:00+01:00',
  });
  const agenda = [item('c', 2, 'decision', 45), item('a', 0, 'information', 10), item('b', 1, 'decision', 30)];

  it('adds up the planned minutes of the agenda', () => {
    expect(agendaDurationMinutes(agenda)).toBe(85);
  });

  it('orders the agenda by position', () => {
    expect(orderedAgenda(agenda).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds decision items the minutes leave without decision, decided text or escalation', () => {
    const none = { items: [], decisions: [], escalations: [] };
    expect(decisionItemsWithoutOutcome(agenda, none).map((i) => i.id)).toEqual(['b', 'c']);
    expect(
      decisionItemsWithoutOutcome(agenda, {
        items: [],
        decisions: [{ id: 'd1', itemId: 'b', text: 'Beslut' }],
        escalations: [{ id: 'e1', itemId: 'c', text: 'Finansiering', to: 'commissioner', reason: 'Utanför mandatet' }],
      }),
    ).toEqual([]);
    expect(
      decisionItemsWithoutOutcome(agenda, { ...none, items: [{ itemId: 'c', decided: 'Bordlades' }] }).map((i) => i.id),
    ).toEqual(['b']);
  });
});
