import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { graphCoverage } from '../testing/graph-coverage.js';
import type { AgendaItemProposal, MeetingEvent } from './meeting.events.js';
import { meetingMachine } from './meeting.machine.js';
import { recordFingerprint } from '../shared/fingerprint.js';
import { publishedMinutesRecord } from './published-minutes.rules.js';
import { MeetingContext, MeetingStatus, type AttendanceRecord, type MeetingMachineInput, type Minutes } from './meeting.schema.js';

type Snap = SnapshotFrom<typeof meetingMachine>;

/** Fyrbodal's network meeting: agenda at the latest two weeks before, minutes within 14 days. */
const startsAt = '2026-03-12T09:00:00+01:00';
const input: MeetingMachineInput = {
  meeting: {
    id: 'fyrbodal:mote-2026-03',
    seriesId: 'fyrbodal:natverksmote',
    groupId: 'fyrbodal:e-halsonatverket',
    title: 'Nätverksmöte e-hälsa, mars',
    startsAt,
    durationMinutes: 180,
    place: 'Konferensrum, Fyrbodals kommunalförbund',
    onlineLink: 'https://example.invalid/skype/e-halsa',
  },
  series: { agendaLeadTimeDays: 14, minutesDueDays: 14 },
};

const leader = 'fyrbodal:person-001';
const rep = 'fyrbodal:person-012';
const T = {
  early: '2026-02-01T10:00:00+01:00',
  onDeadline: '2026-02-26T16:00:00+01:00',
  tenDaysBefore: '2026-03-02T10:00:00+01:00',
  beforeStart: '2026-03-12T08:59:00+01:00',
  start: startsAt,
  after: '2026-03-12T12:00:00+01:00',
  minutes: '2026-03-16T10:00:00+01:00',
  dueDay: '2026-03-26T16:00:00+01:00',
  afterDue: '2026-03-27T09:00:00+01:00',
};

const proposal = (id: string, extra: Partial<AgendaItemProposal> = {}): AgendaItemProposal => ({
  id,
  title: `Punkt ${id}`,
  kind: 'discussion',
  durationMinutes: 30,
  ...extra,
});

const records: AttendanceRecord[] = [
  { personId: rep, organisationId: 'fyrbodal:orust', status: 'present', mode: 'onSite' },
  { personId: 'fyrbodal:person-016', organisationId: 'fyrbodal:tanum', status: 'excused' },
];

const minutesFor = (itemId = 'p1', extra: Partial<Minutes> = {}): Minutes => ({
  items: [{ itemId, discussed: 'Erfarenheter av digital nattillsyn delades.' }],
  decisions: [],
  actions: [{ id: 'a1', text: 'Sammanställa erfarenheterna', ownerId: leader, due: '2026-04-15', itemId }],
  escalations: [],
  ...extra,
});

const e = {
  openCall: (at = T.early): MeetingEvent => ({ type: 'openCall', by: leader, at }),
  propose: (id = 'p1', extra: Partial<AgendaItemProposal> = {}, at = T.early): MeetingEvent => ({
    type: 'proposeAgendaItem',
    by: rep,
    at,
    item: proposal(id, extra),
  }),
  withdraw: (itemId: string): MeetingEvent => ({ type: 'withdrawAgendaItem', by: rep, at: T.early, itemId }),
  reorder: (itemIds: string[]): MeetingEvent => ({ type: 'reorderAgenda', by: leader, at: T.early, itemIds }),
  publish: (at = T.early, lateReason?: string): MeetingEvent => ({
    type: 'publishAgenda',
    by: leader,
    at,
    ...(lateReason === undefined ? {} : { lateReason }),
  }),
  invite: (at = T.early): MeetingEvent => ({ type: 'sendInvitations', by: leader, at }),
  hold: (at = T.start): MeetingEvent => ({ type: 'hold', by: leader, at }),
  attend: (r: AttendanceRecord[] = records, at = T.after): MeetingEvent => ({ type: 'recordAttendance', by: leader, at, records: r }),
  draft: (minutes: Minutes = minutesFor(), at = T.minutes): MeetingEvent => ({ type: 'draftMinutes', by: leader, at, minutes }),
  approve: (at = T.minutes): MeetingEvent => ({ type: 'approveMinutes', by: rep, at }),
  publishMinutes: (at = T.minutes): MeetingEvent => ({ type: 'publishMinutes', by: leader, at }),
  cancel: (reason = 'För få anmälda', at = T.early): MeetingEvent => ({ type: 'cancel', by: leader, at, reason }),
  reschedule: (to: string, reason = 'Krockar med e-rådet', at = T.early): MeetingEvent => ({
    type: 'reschedule',
    by: leader,
    at,
    startsAt: to,
    reason,
  }),
};

function run(events: MeetingEvent[], machine = meetingMachine) {
  const actor = createActor(machine, { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

const toCollecting = [e.openCall(), e.propose('p1')];
const toPublished = [...toCollecting, e.publish()];
const toInvited = [...toPublished, e.invite()];
const toHeld = [...toInvited, e.hold()];
const toDrafted = [...toHeld, e.attend(), e.draft()];
const toApproved = [...toDrafted, e.approve()];

/** The sequences that lead to every state before the meeting is held. */
const beforeHeld: Array<[string, MeetingEvent[]]> = [
  ['planned', []],
  ['collectingItems', toCollecting],
  ['agendaPublished', toPublished],
  ['invited', toInvited],
];

describe('meeting machine — planning and the call for agenda items', () => {
  it('starts planned with the meeting, its series rules and its agenda deadline', () => {
    const snap = run([]).getSnapshot();
    expect(snap.value).toBe('planned');
    expect(snap.context).toMatchObject({
      id: 'fyrbodal:mote-2026-03',
      startsAt,
      agenda: [],
      attendance: [],
      agendaLate: false,
      agendaLeadTimeDays: 14,
      minutesDueDays: 14,
      agendaDeadline: '2026-02-26',
    });
    expect(MeetingContext.safeParse(snap.context).success).toBe(true);
  });

  it('opens the call for agenda items', () => {
    const snap = run([e.openCall()]).getSnapshot();
    expect(snap.value).toBe('collectingItems');
    expect(snap.context.callOpenedAt).toBe(T.early);
  });

  it('takes no agenda items before the call is open', () => {
    expect(run([]).getSnapshot().can(e.propose())).toBe(false);
  });

  it('records who proposed an item, when, and puts it last', () => {
    const snap = run([e.openCall(), e.propose('p1'), e.propose('p2', { kind: 'decision', presenter: leader }, T.onDeadline)]).getSnapshot();
    expect(snap.context.agenda).toEqual([
      { ...proposal('p1'), proposedBy: rep, proposedAt: T.early, position: 0 },
      { ...proposal('p2', { kind: 'decision', presenter: leader }), proposedBy: rep, proposedAt: T.onDeadline, position: 1 },
    ]);
  });

  it('refuses a second item with the same id', () => {
    const snap = run(toCollecting).getSnapshot();
    expect(snap.can(e.propose('p1'))).toBe(false);
    expect(snap.can(e.propose('p2'))).toBe(true);
  });

  it('withdraws an item and closes the gap in the order', () => {
    const snap = run([e.openCall(), e.propose('p1'), e.propose('p2'), e.propose('p3'), e.withdraw('p2')]).getSnapshot();
    expect(snap.context.agenda.map((i) => [i.id, i.position])).toEqual([
      ['p1', 0],
      ['p3', 1],
    ]);
    expect(snap.can(e.withdraw('p2'))).toBe(false);
  });

  it('reorders the agenda when the new order names every item once', () => {
    const actor = run([e.openCall(), e.propose('p1'), e.propose('p2'), e.propose('p3')]);
    expect(actor.getSnapshot().can(e.reorder(['p3', 'p1']))).toBe(false);
    expect(actor.getSnapshot().can(e.reorder(['p3', 'p1', 'p1']))).toBe(false);
    expect(actor.getSnapshot().can(e.reorder(['p3', 'p1', 'p9']))).toBe(false);
    actor.send(e.reorder(['p3', 'p1', 'p2']));
    expect(actor.getSnapshot().context.agenda.map((i) => [i.id, i.position])).toEqual([
      ['p3', 0],
      ['p1', 1],
      ['p2', 2],
    ]);
  });
});

describe('meeting machine — publishing the agenda', () => {
  it('refuses to publish an empty agenda', () => {
    const snap = run([e.openCall()]).getSnapshot();
    expect(snap.can(e.publish())).toBe(false);
    expect(snap.can(e.publish(T.tenDaysBefore, 'Sjukdom'))).toBe(false);
  });

  it('publishes an agenda in time without flagging it', () => {
    const snap = run(toPublished).getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context).toMatchObject({ agendaPublishedAt: T.early, agendaLate: false });
    expect(snap.context.lateReason).toBeUndefined();
    expect(snap.context.warnings).toEqual([]);
  });

  it('accepts an agenda published on the deadline day as in time', () => {
    const snap = run([...toCollecting, e.publish(T.onDeadline)]).getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context.agendaLate).toBe(false);
  });

  it('does not record a late reason for an agenda that is in time', () => {
    const snap = run([...toCollecting, e.publish(T.early, 'Onödig orsak')]).getSnapshot();
    expect(snap.context.lateReason).toBeUndefined();
  });

  it('refuses an agenda published 10 days before the meeting without a reason', () => {
    const snap = run(toCollecting).getSnapshot();
    expect(snap.can(e.publish(T.tenDaysBefore))).toBe(false);
    expect(snap.can(e.publish(T.tenDaysBefore, '   '))).toBe(false);
  });

  it('flags an agenda published 10 days before the meeting and keeps its reason', () => {
    const snap = run([...toCollecting, e.publish(T.tenDaysBefore, 'Processledaren var sjuk')]).getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context).toMatchObject({ agendaLate: true, lateReason: 'Processledaren var sjuk' });
    expect(snap.context.warnings).toHaveLength(1);
    expect(snap.context.warnings[0]).toMatchObject({ code: 'agendaLate', at: T.tenDaysBefore });
    // The day as people read it, not as an ISO date.
    expect(snap.context.warnings[0]?.message.sv).toContain('sista dag 26 februari 2026');
    expect(snap.context.warnings[0]?.message.en).toContain('deadline, 26 February 2026');
    expect(snap.context.warnings[0]?.message.en).toContain('Processledaren var sjuk');
  });

  it('warns when the agenda is planned longer than the meeting', () => {
    const snap = run([e.openCall(), e.propose('p1', { durationMinutes: 120 }), e.propose('p2', { durationMinutes: 90 }), e.publish()]).getSnapshot();
    expect(snap.context.warnings.map((w) => w.code)).toEqual(['agendaOverrunsMeeting']);
    expect(snap.context.warnings[0]?.message.en).toContain('210 minutes');
  });

  it('closes the agenda once published', () => {
    const snap = run(toPublished).getSnapshot();
    expect(snap.can(e.propose('p2'))).toBe(false);
    expect(snap.can(e.withdraw('p1'))).toBe(false);
  });
});

describe('meeting machine — invitations, holding and attendance', () => {
  it('sends the invitations after the agenda', () => {
    expect(run([...toCollecting]).getSnapshot().can(e.invite())).toBe(false);
    const snap = run(toInvited).getSnapshot();
    expect(snap.value).toBe('invited');
    expect(snap.context.invitationsSentAt).toBe(T.early);
  });

  it('refuses to mark the meeting held before its start time', () => {
    expect(run(toInvited).getSnapshot().can(e.hold(T.beforeStart))).toBe(false);
  });

  it('marks the meeting held from its start time on', () => {
    const snap = run(toHeld).getSnapshot();
    expect(snap.value).toBe('held');
    expect(snap.context.heldAt).toBe(T.start);
  });

  it('does not hold a meeting whose invitations were never sent', () => {
    expect(run(toPublished).getSnapshot().can(e.hold())).toBe(false);
  });

  it('records attendance only once the meeting is held', () => {
    expect(run(toInvited).getSnapshot().can(e.attend())).toBe(false);
    const snap = run([...toHeld, e.attend()]).getSnapshot();
    expect(snap.value).toBe('held');
    expect(snap.context.attendance).toEqual(records);
    expect(snap.context.attendanceRecordedAt).toBe(T.after);
  });

  it('refuses an attendance list with a substitute who names nobody', () => {
    const bad = [{ personId: 'x', organisationId: 'fyrbodal:orust', status: 'substitute' } as AttendanceRecord];
    expect(run(toHeld).getSnapshot().can(e.attend(bad))).toBe(false);
  });

  it('replaces the attendance list when it is corrected with the minutes in draft', () => {
    const corrected: AttendanceRecord[] = [{ personId: rep, organisationId: 'fyrbodal:orust', status: 'present', mode: 'remote' }];
    const snap = run([...toDrafted, e.attend(corrected)]).getSnapshot();
    expect(snap.value).toBe('minutesDrafted');
    expect(snap.context.attendance).toEqual(corrected);
  });

  it('freezes the attendance list once the minutes are approved', () => {
    expect(run(toApproved).getSnapshot().can(e.attend())).toBe(false);
  });
});

describe('meeting machine — minutes', () => {
  it('records what was informed, discussed and decided, with actions and escalations', () => {
    const minutes = minutesFor('p1', {
      items: [{ itemId: 'p1', informed: 'Läget', discussed: 'Behoven', decided: 'Frågan lyfts' }],
      decisions: [{ id: 'b1', itemId: 'p1', text: 'Nätverket ställer sig bakom förslaget' }],
      escalations: [
        { id: 'e1', itemId: 'p1', text: 'Gemensam upphandling', to: 'commissioner', reason: 'Kräver beslut om finansiering' },
      ],
    });
    const snap = run([...toHeld, e.draft(minutes)]).getSnapshot();
    expect(snap.value).toBe('minutesDrafted');
    expect(snap.context.minutes).toEqual(minutes);
    expect(snap.context.minutesDraftedAt).toBe(T.minutes);
  });

  it('refuses minutes before the meeting is held', () => {
    expect(run(toInvited).getSnapshot().can(e.draft())).toBe(false);
  });

  it('refuses minutes about an item that is not on the agenda', () => {
    const snap = run(toHeld).getSnapshot();
    expect(snap.can(e.draft(minutesFor('p9')))).toBe(false);
    expect(snap.can(e.draft(minutesFor('p1', { decisions: [{ id: 'b1', itemId: 'p7', text: 'Beslut' }] })))).toBe(false);
  });

  it('warns about a decision item without an outcome and drops the warning when the draft is completed', () => {
    const decisionItem = [e.openCall(), e.propose('p1', { kind: 'decision', title: 'Ny mötesplan' }), e.publish(), e.invite(), e.hold()];
    const actor = run([...decisionItem, e.draft()]);
    expect(actor.getSnapshot().context.warnings.map((w) => w.code)).toEqual(['decisionItemWithoutOutcome']);
    expect(actor.getSnapshot().context.warnings[0]?.message.sv).toContain('Ny mötesplan');
    actor.send(e.draft(minutesFor('p1', { decisions: [{ id: 'b1', itemId: 'p1', text: 'Planen antogs' }] })));
    expect(actor.getSnapshot().value).toBe('minutesDrafted');
    expect(actor.getSnapshot().context.warnings).toEqual([]);
  });

  it('approves only drafted minutes and records who approved them', () => {
    expect(run(toHeld).getSnapshot().can(e.approve())).toBe(false);
    const snap = run(toApproved).getSnapshot();
    expect(snap.value).toBe('minutesApproved');
    expect(snap.context).toMatchObject({ minutesApprovedBy: rep, minutesApprovedAt: T.minutes });
  });

  it('warns when minutes are approved without an attendance list', () => {
    const snap = run([...toHeld, e.draft(), e.approve()]).getSnapshot();
    expect(snap.context.warnings.map((w) => w.code)).toEqual(['attendanceMissing']);
  });

  it('refuses to publish minutes that are not approved', () => {
    expect(run(toHeld).getSnapshot().can(e.publishMinutes())).toBe(false);
    expect(run(toDrafted).getSnapshot().can(e.publishMinutes())).toBe(false);
  });

  it('publishes approved minutes as the final step', () => {
    const actor = run([...toApproved, e.publishMinutes(T.dueDay)]);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('published');
    expect(snap.status).toBe('done');
    expect(snap.context.publishedAt).toBe(T.dueDay);
    expect(snap.context.warnings).toEqual([]);
  });

  it('records the SHA-256 fingerprint of the published minutes, which a reader can recompute from the record', () => {
    const snap = run([...toApproved, e.publishMinutes(T.dueDay)]).getSnapshot();
    const record = publishedMinutesRecord(snap.context);
    expect(record).toMatchObject({ publishedAt: T.dueDay, minutes: snap.context.minutes, approvedAt: snap.context.minutesApprovedAt });
    expect(snap.context.minutesFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(snap.context.minutesFingerprint).toBe(recordFingerprint(record));
    // A copy with one decision changed no longer matches.
    const changed = structuredClone(record);
    changed.minutes!.items[0]!.discussed = `${changed.minutes!.items[0]!.discussed ?? ''} (ändrad)`;
    expect(recordFingerprint(changed)).not.toBe(snap.context.minutesFingerprint);
    expect(run(toApproved).getSnapshot().context.minutesFingerprint).toBeUndefined();
  });

  it('warns when minutes are published after they were due', () => {
    const snap = run([...toApproved, e.publishMinutes(T.afterDue)]).getSnapshot();
    expect(snap.context.warnings.map((w) => w.code)).toEqual(['minutesLate']);
    expect(snap.context.warnings[0]?.message.sv).toContain('26 mars 2026');
  });
});

describe('meeting machine — cancelling', () => {
  it.each(beforeHeld)('cancels a meeting that is %s, with its reason', (_state, events) => {
    const snap = run([...events, e.cancel(' Inga ärenden ')]).getSnapshot();
    expect(snap.value).toBe('cancelled');
    expect(snap.status).toBe('done');
    expect(snap.context).toMatchObject({ cancelledAt: T.early, cancelledReason: 'Inga ärenden' });
  });

  it('refuses a cancellation without a reason', () => {
    expect(run([]).getSnapshot().can(e.cancel('  '))).toBe(false);
  });

  it('refuses to cancel a meeting that has been held', () => {
    expect(run(toHeld).getSnapshot().can(e.cancel())).toBe(false);
  });
});

describe('meeting machine — rescheduling', () => {
  const later = '2026-03-26T09:00:00+01:00';
  const earlier = '2026-03-05T09:00:00+01:00'; // deadline 2026-02-19

  it.each([
    ['planned', []],
    ['collectingItems', toCollecting],
  ] as Array<[string, MeetingEvent[]]>)('moves a %s meeting and keeps its state', (state, events) => {
    const snap = run([...events, e.reschedule(later)]).getSnapshot();
    expect(snap.value).toBe(state);
    expect(snap.context.startsAt).toBe(later);
    expect(snap.context.agendaDeadline).toBe('2026-03-12');
    expect(snap.context.reschedules).toEqual([
      { from: startsAt, to: later, reason: 'Krockar med e-rådet', by: leader, at: T.early },
    ]);
  });

  it('keeps a published agenda that is still in time for the new date', () => {
    const snap = run([...toPublished, e.reschedule(later)]).getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context.agendaLate).toBe(false);
  });

  it('returns to the invitations when an invited meeting moves, and says they must be sent again', () => {
    const snap = run([...toInvited, e.reschedule(later)]).getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context.invitationsSentAt).toBeUndefined();
    expect(snap.context.warnings.map((w) => w.code)).toEqual(['invitationsToResend']);
  });

  it('makes a late agenda timely when the meeting moves later', () => {
    const snap = run([...toCollecting, e.publish(T.tenDaysBefore, 'Sjukdom'), e.reschedule(later)]).getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context.agendaLate).toBe(false);
    expect(snap.context.lateReason).toBeUndefined();
  });

  it('keeps a late agenda late, with its reason, when the meeting moves earlier', () => {
    const snap = run([...toCollecting, e.publish(T.tenDaysBefore, 'Sjukdom'), e.reschedule('2026-03-10T09:00:00+01:00', 'Lokalen', T.tenDaysBefore)]).getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context).toMatchObject({ agendaLate: true, lateReason: 'Sjukdom' });
  });

  it('sends an agenda that the move makes late back to be published again with a reason', () => {
    const actor = run([...toCollecting, e.publish(T.onDeadline), e.reschedule(earlier)]);
    let snap = actor.getSnapshot();
    expect(snap.value).toBe('collectingItems');
    expect(snap.context.agendaPublishedAt).toBeUndefined();
    expect(snap.context.agenda.map((i) => i.id)).toEqual(['p1']);
    expect(snap.context.agendaDeadline).toBe('2026-02-19');
    expect(snap.context.warnings.map((w) => w.code)).toEqual(['agendaToRepublish']);
    expect(snap.can(e.publish(T.onDeadline))).toBe(false);
    actor.send(e.publish(T.onDeadline, 'Mötet tidigarelades'));
    snap = actor.getSnapshot();
    expect(snap.value).toBe('agendaPublished');
    expect(snap.context).toMatchObject({ agendaLate: true, lateReason: 'Mötet tidigarelades' });
  });

  it('sends an invited meeting whose agenda the move makes late back to collecting items', () => {
    const snap = run([...toCollecting, e.publish(T.onDeadline), e.invite(), e.reschedule(earlier)]).getSnapshot();
    expect(snap.value).toBe('collectingItems');
    expect(snap.context.invitationsSentAt).toBeUndefined();
    expect(snap.context.warnings.map((w) => w.code)).toEqual(['invitationsToResend', 'agendaToRepublish']);
  });

  it('refuses a move without a reason, to the same time, or into the past', () => {
    const snap = run(toCollecting).getSnapshot();
    expect(snap.can(e.reschedule(later, ' '))).toBe(false);
    expect(snap.can(e.reschedule('2026-03-12T08:00:00Z'))).toBe(false); // the same instant
    expect(snap.can(e.reschedule(T.early, 'För sent', T.onDeadline))).toBe(false);
  });

  it('lets the new start time govern holding the meeting', () => {
    const actor = run([...toInvited, e.reschedule(later), e.invite()]);
    expect(actor.getSnapshot().can(e.hold(T.start))).toBe(false);
    expect(actor.getSnapshot().can(e.hold(later))).toBe(true);
  });

  it('refuses to move a meeting that has been held', () => {
    expect(run(toHeld).getSnapshot().can(e.reschedule(later))).toBe(false);
  });
});

describe('meeting machine — structure', () => {
  it('has exactly the lifecycle states MeetingStatus names', () => {
    expect(Object.keys(meetingMachine.root.states).sort()).toEqual([...MeetingStatus.options].sort());
  });

  it('names its guards so a runtime or test can replace them', () => {
    const lenient = meetingMachine.provide({ guards: { hasStarted: () => true } });
    expect(run(toInvited, lenient).getSnapshot().can(e.hold(T.beforeStart))).toBe(true);
  });
});

describe('meeting machine — graph coverage', () => {
  const A = startsAt; // deadline 2026-02-26
  const B = '2026-03-02T09:00:00+01:00'; // deadline 2026-02-16
  const mid = '2026-02-20T10:00:00+01:00'; // in time for A, late for B
  const lateForBoth = '2026-03-01T10:00:00+01:00';

  const candidates = (snap: Snap): MeetingEvent[] => {
    if (snap.status === 'done') return [];
    const ids = snap.context.agenda.map((i) => i.id);
    const missing = ['p1', 'p2'].find((id) => !ids.includes(id));
    const other = snap.context.startsAt === A ? B : A;
    return [
      e.openCall(),
      ...(missing ? [e.propose(missing, { kind: missing === 'p1' ? 'decision' : 'information' })] : []),
      e.propose('p1'),
      e.withdraw('p1'),
      e.withdraw('nope'),
      e.reorder([...ids].reverse()),
      e.publish(T.early),
      e.publish(mid),
      e.publish(lateForBoth),
      e.publish(lateForBoth, 'Sjukdom'),
      e.invite(),
      e.hold(T.beforeStart),
      e.hold(T.after),
      e.attend(),
      e.draft(minutesFor(ids[0] ?? 'p1')),
      e.draft(minutesFor('p9')),
      e.approve(),
      // A chair and a justerare named for the meeting approve it between them.
      { type: 'approveMinutes', by: 'ordforande', at: T.after },
      { type: 'approveMinutes', by: 'justerare', at: T.after },
      ...(snap.context.chairId ? [] : [{ type: 'assignRoles' as const, by: 'p-leader', at: T.early, roles: { chairId: 'ordforande', minutesApproverIds: ['justerare'] } }]),
      e.publishMinutes(),
      e.cancel(),
      e.cancel(' '),
      e.reschedule(other),
      e.reschedule(snap.context.startsAt),
    ];
  };

  it('reaches every state and takes every transition', () => {
    const report = graphCoverage(meetingMachine, {
      input,
      events: candidates,
      serializeState: (s) =>
        JSON.stringify([
          s.value,
          s.context.startsAt,
          s.context.agenda.map((i) => i.id),
          s.context.agendaPublishedAt,
          s.context.agendaLate,
          s.context.attendance.length > 0,
          s.context.minutes !== undefined,
          s.context.chairId ?? null,
          s.context.minutesApprovals.length,
        ]),
    });
    expect(report.states).toHaveLength(MeetingStatus.options.length);
    expect(report.unreachedStates).toEqual([]);
    expect(report.untakenTransitions).toEqual([]);
  });
});
