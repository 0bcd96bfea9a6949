/**
 * Random event sequences against a real meeting actor. Each step is an intention: usually an
 * event of a type the current state handles (so runs get deep into the lifecycle), sometimes
 * any event at all; the payload variant (time, reason, item, new start) is random too, so
 * refused events are as common as accepted ones.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import type { AgendaItemProposal, MeetingEvent, MeetingEventType } from './meeting.events.js';
import { meetingEventTypes } from './meeting.events.js';
import { meetingMachine } from './meeting.machine.js';
import { isAgendaLate } from './meeting.rules.js';
import { MeetingContext, type AttendanceRecord, type MeetingMachineInput, type Minutes } from './meeting.schema.js';

type Snap = SnapshotFrom<typeof meetingMachine>;

const A = '2026-03-12T09:00:00+01:00'; // agenda deadline 2026-02-26
const B = '2026-03-02T09:00:00+01:00'; // deadline 2026-02-16
const later = '2026-03-26T09:00:00+01:00'; // deadline 2026-03-12
const earlier = '2026-02-20T09:00:00+01:00'; // deadline 2026-02-06

const input: MeetingMachineInput = {
  meeting: { id: 'm', seriesId: 's', groupId: 'g', title: 'Nätverksmöte', startsAt: A, durationMinutes: 120 },
  series: { agendaLeadTimeDays: 14, minutesDueDays: 14 },
};

const times = [
  '2026-02-01T10:00:00+01:00',
  '2026-02-10T10:00:00+01:00',
  '2026-02-20T10:00:00+01:00',
  '2026-02-26T16:00:00+01:00',
  '2026-03-02T10:00:00+01:00',
  '2026-03-12T08:59:00+01:00',
  '2026-03-12T10:00:00+01:00',
  '2026-03-27T10:00:00+01:00',
  '2026-04-20T10:00:00+01:00',
];
const by = 'p';

const proposal = (id: string, kind: AgendaItemProposal['kind']): AgendaItemProposal => ({
  id,
  title: `Punkt ${id}`,
  kind,
  durationMinutes: 50,
});

const goodAttendance: AttendanceRecord[] = [
  { personId: 'a', organisationId: 'orust', status: 'present', mode: 'remote' },
  { personId: 'b', organisationId: 'tanum', status: 'substitute', substituteFor: 'c' },
];
const badAttendance = [{ personId: 'a', organisationId: 'orust', status: 'substitute' }] as AttendanceRecord[];

const minutesAbout = (itemId: string, withEscalation = false): Minutes => ({
  items: [{ itemId, informed: 'Läget' }],
  decisions: [{ id: 'b1', itemId, text: 'Beslut' }],
  actions: [],
  escalations: withEscalation
    ? [{ id: 'e1', itemId, text: 'Finansiering', to: 'commissioner', reason: 'Utanför nätverkets mandat' }]
    : [],
});

/** Every variant of every event type, given what the meeting looks like now. */
function variants(snap: Snap): Record<MeetingEventType, MeetingEvent[]> {
  const ids = snap.context.agenda.map((i) => i.id);
  const at = times[0]!;
  return {
    openCall: times.slice(0, 3).map((t) => ({ type: 'openCall', by, at: t })),
    proposeAgendaItem: (['p1', 'p2', 'p3'] as const).map((id, n) => ({
      type: 'proposeAgendaItem',
      by,
      at,
      item: proposal(id, (['decision', 'discussion', 'information'] as const)[n]!),
    })),
    withdrawAgendaItem: ['p1', 'p2', 'nope'].map((itemId) => ({ type: 'withdrawAgendaItem', by, at, itemId })),
    reorderAgenda: [[...ids].reverse(), ids.slice(1), [...ids, ...ids.slice(0, 1)]].map((itemIds) => ({
      type: 'reorderAgenda',
      by,
      at,
      itemIds,
    })),
    publishAgenda: [
      ...times.map((t): MeetingEvent => ({ type: 'publishAgenda', by, at: t })),
      ...times.map((t): MeetingEvent => ({ type: 'publishAgenda', by, at: t, lateReason: 'Sjukdom' })),
      { type: 'publishAgenda', by, at: times[6]!, lateReason: '  ' },
    ],
    sendInvitations: [{ type: 'sendInvitations', by, at }],
    recordAttendance: [goodAttendance, badAttendance].map((records) => ({
      type: 'recordAttendance',
      by,
      at: times[6]!,
      records,
    })),
    hold: times.map((t) => ({ type: 'hold', by, at: t })),
    draftMinutes: [minutesAbout(ids[0] ?? 'p1'), minutesAbout(ids[0] ?? 'p1', true), minutesAbout('p9')].map(
      (minutes) => ({ type: 'draftMinutes', by, at: times[7]!, minutes }),
    ),
    approveMinutes: [by, 'justerare'].map((person) => ({ type: 'approveMinutes', by: person, at: times[7]! })),
    assignRoles: [{}, { chairId: by, minutesApproverIds: ['justerare'] }].map((roles) => ({ type: 'assignRoles', by, at, roles })),
    publishMinutes: [times[7]!, times[8]!].map((t) => ({ type: 'publishMinutes', by, at: t })),
    cancel: ['Inga ärenden', ' '].map((reason) => ({ type: 'cancel', by, at, reason })),
    reschedule: [
      ...[A, B, later, earlier].flatMap((startsAt) =>
        [times[0]!, times[4]!].map((t): MeetingEvent => ({ type: 'reschedule', by, at: t, startsAt, reason: 'Krock' })),
      ),
      { type: 'reschedule', by, at, startsAt: later, reason: ' ' },
    ],
  };
}

/** The event types the current state has transitions for. */
function handledTypes(snap: Snap): MeetingEventType[] {
  const node = meetingMachine.root.states[String(snap.value)];
  return Object.keys(node?.on ?? {}) as MeetingEventType[];
}

const intention = fc.record({
  /** Mostly pick among the types the state handles, so runs reach the end of the lifecycle. */
  relevant: fc.oneof({ arbitrary: fc.constant(true), weight: 17 }, { arbitrary: fc.constant(false), weight: 3 }),
  typePick: fc.nat(),
  variantPick: fc.nat(),
});
type Intention = typeof intention extends fc.Arbitrary<infer T> ? T : never;

/** Cancelling ends a run, so it is drawn less often than the steps that move a meeting on. */
const weight: Partial<Record<MeetingEventType, number>> = { cancel: 1, reschedule: 2 };

function choose(snap: Snap, step: Intention): MeetingEvent {
  const handled = handledTypes(snap);
  const types = (step.relevant && handled.length > 0 ? handled : [...meetingEventTypes]).flatMap((t) =>
    Array<MeetingEventType>(weight[t] ?? 6).fill(t),
  );
  const type = types[step.typePick % types.length]!;
  const list = variants(snap)[type];
  return list[step.variantPick % list.length]!;
}

const hasText = (s: string | undefined) => s !== undefined && s.trim() !== '';

describe('meeting machine — invariants over random event sequences', () => {
  // Sending to a finished actor is part of what is tested; xstate warns about it on the console.
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('keeps the lifecycle rules whatever happens', () => {
    const reached = { published: 0, cancelled: 0, lateAgenda: 0, republish: 0, refused: 0 };

    fc.assert(
      fc.property(fc.array(intention, { minLength: 5, maxLength: 50, size: 'max' }), (steps) => {
        const actor = createActor(meetingMachine, { input }).start();
        let frozen: Snap | undefined;
        const seen = { published: false, cancelled: false, lateAgenda: false, republish: false };

        for (const step of steps) {
          const before = actor.getSnapshot();
          const event = choose(before, step);
          const allowed = before.can(event);
          actor.send(event);
          const snap = actor.getSnapshot();
          const c = snap.context;

          // A refused event changes nothing: `can` is how the runtime detects a refusal.
          if (!allowed) {
            reached.refused++;
            expect(snap.value).toEqual(before.value);
            expect(snap.context).toEqual(before.context);
          }

          // The context is always a valid meeting document.
          expect(MeetingContext.safeParse(c).success).toBe(true);

          // Minutes are never published before the meeting is held (and the minutes approved).
          if (c.publishedAt !== undefined || snap.value === 'published') {
            expect(snap.value).toBe('published');
            expect(c.heldAt).toBeDefined();
            expect(Date.parse(c.heldAt!)).toBeGreaterThanOrEqual(Date.parse(c.startsAt));
            expect(c.minutesApprovedAt).toBeDefined();
          }

          // An agenda published after its deadline is always recorded as late, with its reason;
          // and an agenda is never flagged late when it was in time.
          if (c.agendaPublishedAt !== undefined) {
            const late = isAgendaLate(c.agendaPublishedAt, c.startsAt, c.agendaLeadTimeDays);
            expect(c.agendaLate).toBe(late);
            if (late) expect(hasText(c.lateReason)).toBe(true);
          } else {
            expect(c.agendaLate).toBe(false);
          }

          // Cancelled and published are final: nothing changes afterwards.
          if (frozen) {
            expect(snap.value).toEqual(frozen.value);
            expect(snap.context).toEqual(frozen.context);
            expect(snap.status).toBe('done');
          } else if (snap.value === 'cancelled' || snap.value === 'published') {
            expect(snap.status).toBe('done');
            frozen = snap;
          }

          if (snap.value === 'published') seen.published = true;
          if (snap.value === 'cancelled') seen.cancelled = true;
          if (c.agendaLate) seen.lateAgenda = true;
          if (c.warnings.some((w) => w.code === 'agendaToRepublish')) seen.republish = true;
        }
        actor.stop();
        for (const key of Object.keys(seen) as Array<keyof typeof seen>) if (seen[key]) reached[key]++;
      }),
      { numRuns: 1000 },
    );

    // The runs explored the lifecycle rather than bouncing off the first guard.
    expect(reached.published).toBeGreaterThan(20);
    expect(reached.cancelled).toBeGreaterThan(20);
    expect(reached.lateAgenda).toBeGreaterThan(20);
    expect(reached.republish).toBeGreaterThan(5);
    expect(reached.refused).toBeGreaterThan(1000);
  });
});
