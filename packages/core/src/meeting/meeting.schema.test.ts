import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { MeetingEvent } from './meeting.events.js';
import {
  agendaItemKindLabels,
  AgendaItem,
  Attendance,
  AttendanceRecord,
  attendanceStatusLabels,
  Escalation,
  ActionItem,
  Decision,
  ItemMinutes,
  Meeting,
  MeetingContext,
  MeetingMachineInput,
  MeetingWarning,
  Reschedule,
  MeetingStatus,
  meetingStatusLabels,
  Minutes,
  type MeetingInput,
} from './meeting.schema.js';

const item = {
  id: 'p1',
  title: 'Välfärdsteknik i hemtjänsten',
  description: 'Erfarenheter från **Orust**.',
  kind: 'discussion',
  proposedBy: 'fyrbodal:person-012',
  durationMinutes: 30,
  position: 0,
  proposedAt: '2026-02-01T10:00:00+01:00',
};

const meeting: MeetingInput = {
  id: 'm1',
  seriesId: 'fyrbodal:natverksmote',
  groupId: 'fyrbodal:e-halsonatverket',
  title: 'Nätverksmöte mars',
  startsAt: '2026-03-12T09:00:00+01:00',
  durationMinutes: 180,
};

/** The issues of a failed parse, by path: Swedish and English message. */
function issuesOf(schema: Parameters<typeof parseWith>[0], input: unknown) {
  const result = parseWith(schema, input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
}

describe('AgendaItem', () => {
  it('accepts an item with a Markdown description', () => {
    expect(parseWith(AgendaItem, item)).toEqual({ ok: true, value: item });
  });

  it('rejects an unknown kind and a zero duration, naming the paths in both languages', () => {
    const byPath = issuesOf(AgendaItem, { ...item, kind: 'vote', durationMinutes: 0 });
    expect(byPath['kind']?.sv).toContain('«kind» har ett ogiltigt värde ("vote")');
    expect(byPath['kind']?.en).toContain('"information", "discussion", "decision"');
    expect(byPath['durationMinutes']).toEqual({
      sv: '«durationMinutes» måste vara minst 1',
      en: '«durationMinutes» must be at least 1',
    });
  });

  it('labels the kinds information / diskussion / beslut', () => {
    expect(agendaItemKindLabels.decision).toEqual({ sv: 'Beslut', en: 'Decision' });
    expect(agendaItemKindLabels.discussion.sv).toBe('Diskussion');
  });
});

describe('Minutes', () => {
  it('fills empty lists for what a short meeting did not produce', () => {
    const result = parseWith(Minutes, { items: [{ itemId: 'p1', informed: 'Läget i projektet' }] });
    expect(result.ok && result.value).toEqual({
      items: [{ itemId: 'p1', informed: 'Läget i projektet' }],
      decisions: [],
      actions: [],
      escalations: [],
    });
  });

  it('rejects notes on an item that say nothing', () => {
    const byPath = issuesOf(ItemMinutes, { itemId: 'p1' });
    expect(byPath['informed']).toEqual({
      sv: '«informed» ange vad som informerats, diskuterats eller beslutats',
      en: '«informed» state what was informed, discussed or decided',
    });
  });

  it('rejects two decisions with the same id and an action without a valid due date', () => {
    const byPath = issuesOf(Minutes, {
      decisions: [
        { id: 'b1', itemId: 'p1', text: 'Nätverket ställer sig bakom förslaget' },
        { id: 'b1', itemId: 'p2', text: 'Frågan lyfts till e-rådet' },
      ],
      actions: [{ id: 'a1', text: 'Skicka underlag', ownerId: 'x', due: '31/3' }],
    });
    expect(byPath['decisions[1].id']).toEqual({
      sv: '«decisions[1].id» förekommer mer än en gång',
      en: '«decisions[1].id» occurs more than once',
    });
    expect(byPath['actions[0].due']?.en).toContain('YYYY-MM-DD');
  });

  it('escalates only to the commissioner, and always with a reason', () => {
    const byPath = issuesOf(Escalation, { id: 'e1', text: 'Finansiering 2027', to: 'e-rådet' });
    expect(byPath['to']?.en).toContain('must be "commissioner"');
    expect(byPath['reason']).toEqual({ sv: '«reason» saknas men är obligatoriskt', en: '«reason» is missing but required' });
  });
});

describe('AttendanceRecord and Attendance', () => {
  const present = { personId: 'a', organisationId: 'orust', status: 'present', mode: 'remote' };

  it('accepts a substitute who names the person replaced', () => {
    const sub = { personId: 'b', organisationId: 'orust', status: 'substitute', substituteFor: 'c', mode: 'onSite' };
    expect(parseWith(AttendanceRecord, sub).ok).toBe(true);
  });

  it('requires a substitute to name the person replaced', () => {
    const byPath = issuesOf(AttendanceRecord, { personId: 'b', organisationId: 'orust', status: 'substitute' });
    expect(byPath['substituteFor']).toEqual({
      sv: '«substituteFor» en ersättare måste ange vem hen ersätter',
      en: '«substituteFor» a substitute must name the person they replace',
    });
  });

  it('refuses a mode for someone who did not attend', () => {
    const byPath = issuesOf(AttendanceRecord, { personId: 'b', organisationId: 'orust', status: 'excused', mode: 'remote' });
    expect(byPath['mode']?.sv).toBe('«mode» anges bara för den som deltog');
  });

  it('refuses a person twice and a substitute for someone who is present', () => {
    const byPath = issuesOf(Attendance, [
      present,
      { ...present, status: 'absent', mode: undefined },
      { personId: 'b', organisationId: 'orust', status: 'substitute', substituteFor: 'a' },
    ]);
    expect(byPath['[1].personId']?.en).toBe('«[1].personId» the person is already on the attendance list');
    expect(byPath['[2].substituteFor']?.sv).toBe('«[2].substituteFor» den som ersätts är själv närvarande');
  });

  it('labels the statuses in Swedish', () => {
    expect(attendanceStatusLabels.excused.sv).toBe('Anmält förhinder');
    expect(attendanceStatusLabels.substitute.sv).toBe('Ersättare');
  });
});

describe('Meeting', () => {
  it('defaults a planned meeting to an empty agenda, no attendance and an agenda in time', () => {
    const result = parseWith(Meeting, meeting);
    expect(result.ok && result.value).toMatchObject({ agenda: [], attendance: [], agendaLate: false, reschedules: [], warnings: [] });
  });

  it('refuses a late agenda without its reason', () => {
    const byPath = issuesOf(Meeting, { ...meeting, agendaPublishedAt: '2026-03-05T10:00:00+01:00', agendaLate: true });
    expect(byPath['lateReason']).toEqual({
      sv: '«lateReason» en sen agenda måste ha en orsak',
      en: '«lateReason» a late agenda needs a reason',
    });
  });

  it('refuses minutes that refer to an item not on the agenda', () => {
    const byPath = issuesOf(Meeting, {
      ...meeting,
      agenda: [item],
      minutes: { decisions: [{ id: 'b1', itemId: 'p9', text: 'Beslut' }] },
    });
    expect(byPath['minutes.decisions[0].itemId']?.en).toBe(
      '«minutes.decisions[0].itemId» the item "p9" is not on the agenda',
    );
  });

  it('refuses published minutes of a meeting that was never held, and a meeting held before it started', () => {
    expect(issuesOf(Meeting, { ...meeting, publishedAt: '2026-03-20T10:00:00+01:00' })['publishedAt']?.sv).toContain(
      'publiceras först när mötet hållits',
    );
    expect(issuesOf(Meeting, { ...meeting, heldAt: '2026-03-12T07:59:00+00:00' })['heldAt']?.en).toBe(
      '«heldAt» the meeting cannot have been held before its start time',
    );
  });

  it('refuses two agenda items with the same id or place', () => {
    const byPath = issuesOf(Meeting, { ...meeting, agenda: [item, { ...item, title: 'Annat' }] });
    expect(byPath['agenda[1].id']?.sv).toBe('«agenda[1].id» punkten finns redan på dagordningen');
    expect(byPath['agenda[1].position']?.en).toBe('«agenda[1].position» two items have the same place on the agenda');
  });

  it('refuses a cancelled meeting without a reason', () => {
    const byPath = issuesOf(Meeting, { ...meeting, cancelledAt: '2026-03-01T10:00:00+01:00' });
    expect(byPath['cancelledReason']?.en).toBe('«cancelledReason» a cancelled meeting needs a reason');
  });

  it('has a Swedish and English label for every status', () => {
    for (const status of MeetingStatus.options) {
      expect(meetingStatusLabels[status].sv.length).toBeGreaterThan(0);
      expect(meetingStatusLabels[status].en.length).toBeGreaterThan(0);
    }
    expect(meetingStatusLabels.cancelled.sv).toBe('Inställt');
  });
});

describe('MeetingMachineInput', () => {
  it('rejects a negative agenda lead time', () => {
    const byPath = issuesOf(MeetingMachineInput, {
      meeting: { id: 'm1', seriesId: 's', groupId: 'g', title: 'Möte', startsAt: meeting.startsAt, durationMinutes: 60 },
      series: { agendaLeadTimeDays: -1, minutesDueDays: 14 },
    });
    expect(byPath['series.agendaLeadTimeDays']).toEqual({
      sv: '«series.agendaLeadTimeDays» måste vara minst 0',
      en: '«series.agendaLeadTimeDays» must be at least 0',
    });
  });
});

describe('the smaller parts of a meeting', () => {
  it('rejects a decision without text and an action without an owner', () => {
    expect(issuesOf(Decision, { id: 'b1', itemId: 'p1', text: '' })['text']).toEqual({
      sv: '«text» får inte vara tom',
      en: '«text» must not be empty',
    });
    expect(issuesOf(ActionItem, { id: 'a1', text: 'Skicka', due: '2026-04-01' })['ownerId']).toEqual({
      sv: '«ownerId» saknas men är obligatoriskt',
      en: '«ownerId» is missing but required',
    });
  });

  it('rejects a reschedule entry whose new time has no time zone', () => {
    const byPath = issuesOf(Reschedule, { from: meeting.startsAt, to: '2026-03-19', reason: 'Krock', by: 'p', at: meeting.startsAt });
    expect(byPath['to']?.sv).toContain('«to» har fel format');
    expect(byPath['to']?.en).toContain('a date-time with a time zone');
  });

  it('rejects a warning with an unknown code', () => {
    const byPath = issuesOf(MeetingWarning, { code: 'tooLong', message: { sv: 'x', en: 'x' }, at: meeting.startsAt });
    expect(byPath['code']?.sv).toContain('«code» har ett ogiltigt värde ("tooLong")');
    expect(byPath['code']?.en).toContain('"agendaLate"');
  });

  it('rejects a machine context without its agenda deadline', () => {
    const byPath = issuesOf(MeetingContext, { ...meeting, agendaLeadTimeDays: 14, minutesDueDays: 14 });
    expect(byPath['agendaDeadline']).toEqual({
      sv: '«agendaDeadline» saknas men är obligatoriskt',
      en: '«agendaDeadline» is missing but required',
    });
  });
});

describe('JSON Schema', () => {
  it('exports the meeting and its events for editors', () => {
    const meetingSchema = z.toJSONSchema(Meeting, { io: 'input' }) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(meetingSchema.properties)).toEqual(expect.arrayContaining(['agenda', 'attendance', 'minutes', 'lateReason']));
    expect(meetingSchema.required).toEqual(['id', 'groupId', 'title', 'startsAt', 'durationMinutes']);
    const eventSchema = z.toJSONSchema(MeetingEvent) as { oneOf: unknown[] };
    expect(eventSchema.oneOf).toHaveLength(14);
  });
});

describe('MeetingEvent', () => {
  it('rejects an event without who sent it and an empty cancellation reason', () => {
    const byPath = issuesOf(MeetingEvent, { type: 'cancel', at: '2026-03-01T10:00:00+01:00', reason: '  ' });
    expect(byPath['by']?.en).toBe('«by» is missing but required');
    expect(byPath['reason']).toEqual({ sv: '«reason» får inte vara tom', en: '«reason» must not be empty' });
  });

  it('rejects a publication whose time has no time zone', () => {
    const byPath = issuesOf(MeetingEvent, { type: 'publishAgenda', by: 'p', at: '2026-03-01 10:00' });
    expect(byPath['at']?.sv).toContain('tidpunkt med tidszon');
  });

  it('rejects an event type the meeting does not know', () => {
    const result = parseWith(MeetingEvent, { type: 'adjourn', by: 'p', at: '2026-03-01T10:00:00+01:00' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.pathText).toBe('type');
  });
});
