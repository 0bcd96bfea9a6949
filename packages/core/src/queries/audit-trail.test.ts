import { commandTypes } from '../runtime/commands/index.js';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../runtime/store/store.js';
import { auditCommandTypes, auditEventLabels, auditLabel, auditTrail, systemRoleLabel } from './audit-trail.js';
import { F, fyrbodalWorld } from './test-state.js';

const state = fyrbodalWorld().state();
const stream = `meeting:${F.m1}`;

function stored(version: number, position: number, fields: Partial<StoredEvent> & Pick<StoredEvent, 'type' | 'by' | 'role' | 'at'>): StoredEvent {
  return { id: `e${position}`, commandId: `c${position}`, data: {}, stream, version, position, ...fields };
}

/** M1's stream as the runtime would store it, handed over out of order. */
const events: StoredEvent[] = [
  stored(3, 12, {
    type: 'publishAgenda',
    by: F.processLeader,
    role: 'fyrbodal:processledare',
    at: '2019-01-15T10:00:00+01:00',
    reason: 'Julledigheten försenade sammanställningen.',
    data: { lateReason: 'Julledigheten försenade sammanställningen.' },
  }),
  stored(1, 3, { type: 'openCall', by: F.processLeader, role: 'fyrbodal:processledare', at: '2019-01-02T09:00:00+01:00' }),
  stored(2, 7, { type: 'proposeAgendaItem', by: F.karin, role: 'fyrbodal:kommunrepresentant', at: '2019-01-03T10:00:00+01:00' }),
  stored(4, 20, { type: 'agendaRepublishedByMigration', by: 'system', role: 'system', at: '2019-01-15T23:30:00Z' }),
  stored(5, 21, { type: 'holdMeeting', by: 'fyrbodal:okand-person', role: 'fyrbodal:okand-roll', at: '2019-01-24T09:05:00+01:00' }),
];

describe('auditTrail', () => {
  const trail = auditTrail(events, state);

  it('orders the events as they were logged', () => {
    expect(trail.map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
    expect(trail.map((e) => e.position)).toEqual([3, 7, 12, 20, 21]);
  });

  it('says who, in which role, when, what and why', () => {
    expect(trail[2]).toEqual({
      eventId: 'e12',
      stream,
      version: 3,
      position: 12,
      type: 'publishAgenda',
      at: '2019-01-15T10:00:00+01:00',
      date: '2019-01-15',
      by: F.processLeader,
      byName: 'Helena Vik',
      role: 'fyrbodal:processledare',
      roleName: 'Processledare',
      what: { sv: 'Publicerade agendan', en: 'Published the agenda' },
      label: 'Publicerade agendan',
      known: true,
      why: 'Julledigheten försenade sammanställningen.',
    });
    expect(trail[1]).toMatchObject({ byName: 'Karin Ekdahl', roleName: 'Kommunrepresentant', label: 'Föreslog en punkt till dagordningen', why: null });
  });

  it('shows an unknown event type as it is written instead of failing', () => {
    expect(trail[3]).toMatchObject({
      type: 'agendaRepublishedByMigration',
      what: { sv: 'agendaRepublishedByMigration', en: 'agendaRepublishedByMigration' },
      label: 'agendaRepublishedByMigration',
      known: false,
      roleName: systemRoleLabel.sv,
      byName: 'system',
      // 23:30 UTC is the next day in Sweden.
      date: '2019-01-16',
    });
    expect(trail[4]).toMatchObject({ byName: 'fyrbodal:okand-person', roleName: 'fyrbodal:okand-roll', known: true, label: 'Markerade mötet som genomfört' });
  });

  it('speaks English when asked', () => {
    const en = auditTrail(events, state, { locale: 'en' });
    expect(en.map((e) => e.label)).toEqual([
      'Opened the call for agenda items',
      'Proposed an agenda item',
      'Published the agenda',
      'agendaRepublishedByMigration',
      'Marked the meeting as held',
    ]);
    expect(en[3]?.roleName).toBe(systemRoleLabel.en);
    // Roles by their English names, not the mandate's Swedish ones.
    expect(en.slice(0, 3).map((e) => e.roleName)).toEqual(['Process leader', 'Municipal representative', 'Process leader']);
  });

  it('has a label in both languages for every command the runtime records', () => {
    // Every command the runtime accepts, and the four events it writes itself.
    expect(auditCommandTypes).toHaveLength(commandTypes.length + 4);
    expect(Object.keys(auditEventLabels).sort()).toEqual([...auditCommandTypes].sort());
    for (const type of auditCommandTypes) {
      const label = auditLabel(type);
      expect(label.sv.trim(), type).not.toBe('');
      expect(label.en.trim(), type).not.toBe('');
      expect(label.sv, type).not.toBe(type);
    }
    expect(new Set(auditCommandTypes.map((t) => auditEventLabels[t].sv)).size).toBe(auditCommandTypes.length);
  });

  it('does not mistake inherited object keys for event types', () => {
    expect(auditLabel('toString')).toEqual({ sv: 'toString', en: 'toString' });
    expect(auditLabel('constructor')).toEqual({ sv: 'constructor', en: 'constructor' });
  });

  it('gives an empty trail for no events and keeps the input untouched', () => {
    expect(auditTrail([], state)).toEqual([]);
    const copy = events.map((e) => e.position);
    auditTrail(events, state);
    expect(events.map((e) => e.position)).toEqual(copy);
  });
});
