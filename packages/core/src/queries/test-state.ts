/**
 * Test-only (not exported): builds a `RuntimeState` the way the runtime will — a sample
 * dataset plus one real machine actor per aggregate, driven with real events — and maps each
 * actor's snapshot into a view (status = top-level state, state = dotted value). Every event
 * must be accepted (`snapshot.can`), so a scenario that drifts from the machines fails loudly
 * instead of silently testing an unchanged aggregate.
 */
import { createActor, type Actor, type AnyStateMachine } from 'xstate';
import { agreementMachine } from '../agreement/agreement.machine.js';
import { Dataset, type DatasetInput } from '../dataset/dataset.schema.js';
import { deliverableMachine } from '../deliverable/deliverable.machine.js';
import { mandateMachine } from '../mandate/mandate.machine.js';
import { meetingMachine } from '../meeting/meeting.machine.js';
import type { AggregateKind, RuntimeState } from '../runtime/state.js';
import { dialogueSeminarMachine } from '../seminar/dialogue-seminar.machine.js';
import { themeMachine } from '../seminar/theme.machine.js';
import { communicationPlanMachine } from '../communication/communication-plan.machine.js';
import { dalarna as samplesDalarna } from '../samples/dalarna.js';
import { ehalsalyftet as samplesEhalsalyftet } from '../samples/ehalsalyftet.js';
import { fyrbodal as samplesFyrbodal } from '../samples/fyrbodal.js';
import { parseWith } from '../shared/validation.js';

const machines: Record<AggregateKind, AnyStateMachine> = {
  mandate: mandateMachine,
  meeting: meetingMachine,
  theme: themeMachine,
  seminar: dialogueSeminarMachine,
  deliverable: deliverableMachine,
  agreement: agreementMachine,
  communicationPlan: communicationPlanMachine,
};

/** A machine event as tests write it: a type, who and when, and the payload. */
export type TestEvent = { type: string; by: string; at: string } & Record<string, unknown>;

interface Live {
  kind: AggregateKind;
  id: string;
  actor: Actor<AnyStateMachine>;
  version: number;
}

function stateText(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? ['', ''];
  const rest = stateText(inner);
  return rest === '' ? key : `${key}.${rest}`;
}

export function parseDataset(input: DatasetInput): Dataset {
  const parsed = parseWith(Dataset, input);
  if (!parsed.ok) throw new Error(`sample does not parse: ${parsed.message.en}`);
  return parsed.value;
}

export class TestWorld {
  readonly dataset: Dataset;
  private readonly live = new Map<string, Live>();

  /** Starts one aggregate per mandate, meeting, theme, seminar, deliverable and agreement of the dataset. */
  constructor(input: DatasetInput) {
    this.dataset = parseDataset(input);
    const d = this.dataset;
    const series = [...d.meetingSeries, ...d.mandates.flatMap((m) => m.meetings)];
    for (const mandate of d.mandates) this.start('mandate', mandate.id, { mandate });
    for (const meeting of d.meetings) {
      const s = series.find((x) => x.id === meeting.seriesId);
      if (!s) throw new Error(`no series ${meeting.seriesId}`);
      this.start('meeting', meeting.id, { meeting, series: s });
    }
    for (const theme of d.themes) this.start('theme', theme.id, theme);
    for (const seminar of d.seminars) this.start('seminar', seminar.id, seminar);
    for (const deliverable of d.deliverables) this.start('deliverable', deliverable.id, deliverable);
    for (const agreement of d.agreements) this.start('agreement', agreement.id, agreement);
  }

  /** A new aggregate, as a create command (planMeeting, planDeliverable, …) would make it. */
  start(kind: AggregateKind, id: string, input: unknown): this {
    const actor = createActor(machines[kind], { input }).start();
    this.live.set(`${kind}:${id}`, { kind, id, actor, version: 0 });
    return this;
  }

  /** Sends an event that the aggregate must accept. */
  send(kind: AggregateKind, id: string, ...events: TestEvent[]): this {
    const live = this.live.get(`${kind}:${id}`);
    if (!live) throw new Error(`no ${kind} ${id}`);
    for (const event of events) {
      const before = live.actor.getSnapshot();
      if (!before.can(event)) {
        throw new Error(`${kind} ${id} in ${stateText(before.value)} refuses ${JSON.stringify(event)}`);
      }
      live.actor.send(event);
      live.version += 1;
    }
    return this;
  }

  /** The current state as the runtime hands it to queries. */
  state(): RuntimeState {
    const maps: Record<AggregateKind, Map<string, unknown>> = {
      mandate: new Map(),
      meeting: new Map(),
      theme: new Map(),
      seminar: new Map(),
      deliverable: new Map(),
      agreement: new Map(),
      communicationPlan: new Map(),
    };
    for (const { kind, id, actor, version } of this.live.values()) {
      const snapshot = actor.getSnapshot();
      const state = stateText(snapshot.value);
      maps[kind].set(id, {
        id,
        kind,
        stream: `${kind}:${id}`,
        version,
        status: state.split('.')[0],
        state,
        context: snapshot.context,
      });
    }
    return {
      dataset: this.dataset,
      mandates: maps.mandate,
      meetings: maps.meeting,
      themes: maps.theme,
      seminars: maps.seminar,
      communicationPlans: maps.communicationPlan,
      deliverables: maps.deliverable,
      agreements: maps.agreement,
      damaged: [],
    } as RuntimeState;
  }
}

// ── Scenarios ────────────────────────────────────────────────────────────────────────────

/** Winter time in Sweden is UTC+01:00; all the Fyrbodal instants below are winter instants. */
const w = (date: string, time: string) => `${date}T${time}:00+01:00`;

export const F = {
  network: 'fyrbodal:e-halsonatverket',
  chiefs: 'fyrbodal:socialchefsnatverket',
  mandate: 'fyrbodal:uppdrag-e-halsonatverket',
  processLeader: 'fyrbodal:person-001',
  commissioner: 'fyrbodal:person-002',
  karin: 'fyrbodal:person-003', // Dals-Ed
  jonas: 'fyrbodal:person-004', // Färgelanda
  maria: 'fyrbodal:person-005', // Färgelanda
  anders: 'fyrbodal:person-006', // Lysekil
  lena: 'fyrbodal:person-007', // Lysekil
  sofia: 'fyrbodal:person-008', // Mellerud
  peter: 'fyrbodal:person-009', // Munkedal
  emma: 'fyrbodal:person-010', // Munkedal
  ida: 'fyrbodal:person-015', // Strömstad
  association: 'fyrbodal:fyrbodals-kommunalforbund',
  m1: 'fyrbodal:mote-2019-01-24',
  m2: 'fyrbodal:mote-2019-03-21',
  m3: 'fyrbodal:mote-2019-05-16',
  m4: 'fyrbodal:mote-2019-08-29',
  x1: 'fyrbodal:extramote-2019-01-31',
  x2: 'fyrbodal:extramote-2019-02-12',
  x3: 'fyrbodal:extramote-2019-02-21',
  minutesDeliverable: 'fyrbodal:minnesanteckningar-2019',
  attendanceDeliverable: 'fyrbodal:deltagarlista-2019',
  evaluationDeliverable: 'fyrbodal:utvarderingsrapport',
  statusReport: 'fyrbodal:statusrapport-2019',
} as const;

const item = (id: string, title: string, kind: 'information' | 'discussion' | 'decision', durationMinutes: number) => ({
  id,
  title,
  kind,
  durationMinutes,
});

/** An extra network meeting, planned by command (not in the dataset), on a winter afternoon. */
function planExtraMeeting(world: TestWorld, id: string, date: string): void {
  const series = world.dataset.mandates[0]!.meetings[0]!;
  world.start('meeting', id, {
    meeting: {
      id,
      seriesId: series.id,
      groupId: F.network,
      title: `Extramöte ${date}`,
      startsAt: w(date, '13:00'),
      durationMinutes: 120,
    },
    series,
  });
}

/** Opens the call, proposes one item, publishes on `publishOn` and sends the invitations. */
function convene(world: TestWorld, id: string, openOn: string, publishOn: string, lateReason?: string): void {
  world.send(
    'meeting',
    id,
    { type: 'openCall', by: F.processLeader, at: w(openOn, '09:00') },
    { type: 'proposeAgendaItem', by: F.processLeader, at: w(openOn, '09:30'), item: item(`${id}-p1`, 'Läget i kommunerna', 'information', 30) },
    { type: 'publishAgenda', by: F.processLeader, at: w(publishOn, '10:00'), ...(lateReason ? { lateReason } : {}) },
    { type: 'sendInvitations', by: F.processLeader, at: w(publishOn, '11:00') },
  );
}

/**
 * The Fyrbodal e-health network early in 2019 (meetings) and the mandate's first approval:
 * - M1 (24 Jan): agenda published late with a reason, held, attendance recorded, minutes
 *   drafted — waiting for approval, due 7 Feb.
 * - X1 (31 Jan, extra): held, minutes published. X2 (12 Feb): minutes approved, waiting for
 *   publication, due 26 Feb. X3 (21 Feb): held, nothing written, due 7 Mar.
 * - M2 (21 Mar): call open, agenda deadline 7 Mar, three items proposed, one withdrawn, reordered.
 * - M3 (16 May): cancelled. M4 (29 Aug): moved to 5 Sep. The rest: planned.
 * - Deliverables: the attendance list approved, the evaluation report being drafted, the 2019
 *   minutes planned; a status report owned by the process-leader role, due 1 Jun 2019.
 * - Mandate: reviewed by both bodies, approved as 1.0 by the commissioner, meetings changed
 *   directly (1.1), a new purpose waiting for the commissioner.
 */
export function fyrbodalWorld(): TestWorld {
  const world = new TestWorld(samplesFyrbodal);

  // M1
  world.send(
    'meeting',
    F.m1,
    { type: 'openCall', by: F.processLeader, at: w('2019-01-02', '09:00') },
    { type: 'proposeAgendaItem', by: F.karin, at: w('2019-01-03', '10:00'), item: item('a1', 'Välfärdsteknik i Dals-Ed', 'information', 30) },
    { type: 'proposeAgendaItem', by: F.processLeader, at: w('2019-01-04', '10:00'), item: item('a2', 'Nätverkets arbetsformer', 'decision', 45) },
    { type: 'publishAgenda', by: F.processLeader, at: w('2019-01-15', '10:00'), lateReason: 'Julledigheten försenade sammanställningen.' },
    { type: 'sendInvitations', by: F.processLeader, at: w('2019-01-15', '11:00') },
    { type: 'hold', by: F.processLeader, at: w('2019-01-24', '09:05') },
    {
      type: 'recordAttendance',
      by: F.processLeader,
      at: w('2019-01-24', '12:00'),
      records: [
        { personId: F.processLeader, organisationId: F.association, status: 'present', mode: 'onSite' },
        { personId: F.karin, organisationId: 'fyrbodal:dals-ed', status: 'present', mode: 'remote' },
        { personId: F.jonas, organisationId: 'fyrbodal:fargelanda', status: 'present', mode: 'onSite' },
        { personId: F.maria, organisationId: 'fyrbodal:fargelanda', status: 'excused' },
        { personId: F.anders, organisationId: 'fyrbodal:lysekil', status: 'absent' },
        { personId: F.lena, organisationId: 'fyrbodal:lysekil', status: 'absent' },
        { personId: F.sofia, organisationId: 'fyrbodal:mellerud', status: 'excused' },
        { personId: F.emma, organisationId: 'fyrbodal:munkedal', status: 'substitute', substituteFor: F.peter, mode: 'onSite' },
      ],
    },
    {
      type: 'draftMinutes',
      by: F.processLeader,
      at: w('2019-01-30', '15:00'),
      minutes: {
        items: [
          { itemId: 'a1', informed: 'Dals-Ed berättade om sitt arbete med digital tillsyn.' },
          { itemId: 'a2', decided: 'Nätverket träffas sex gånger per år.' },
        ],
        decisions: [{ id: 'd1', itemId: 'a2', text: 'Sex möten per år, med konferensrum och länk.' }],
      },
    },
  );

  // X1: published.
  planExtraMeeting(world, F.x1, '2019-01-31');
  convene(world, F.x1, '2019-01-07', '2019-01-16');
  world.send(
    'meeting',
    F.x1,
    { type: 'hold', by: F.processLeader, at: w('2019-01-31', '13:00') },
    {
      type: 'recordAttendance',
      by: F.processLeader,
      at: w('2019-01-31', '16:00'),
      records: [
        { personId: F.processLeader, organisationId: F.association, status: 'present' },
        { personId: F.karin, organisationId: 'fyrbodal:dals-ed', status: 'present' },
      ],
    },
    { type: 'draftMinutes', by: F.processLeader, at: w('2019-02-01', '09:00'), minutes: { items: [{ itemId: `${F.x1}-p1`, informed: 'Lägesrunda.' }] } },
    { type: 'approveMinutes', by: F.karin, at: w('2019-02-04', '09:00') },
    { type: 'publishMinutes', by: F.processLeader, at: w('2019-02-05', '09:00') },
  );

  // X2: minutes approved, not published.
  planExtraMeeting(world, F.x2, '2019-02-12');
  convene(world, F.x2, '2019-01-14', '2019-01-28');
  world.send(
    'meeting',
    F.x2,
    { type: 'hold', by: F.processLeader, at: w('2019-02-12', '13:00') },
    {
      type: 'recordAttendance',
      by: F.processLeader,
      at: w('2019-02-12', '15:00'),
      records: [
        { personId: F.karin, organisationId: 'fyrbodal:dals-ed', status: 'present' },
        { personId: F.ida, organisationId: 'fyrbodal:stromstad', status: 'present', mode: 'remote' },
      ],
    },
    { type: 'draftMinutes', by: F.processLeader, at: w('2019-02-13', '09:00'), minutes: { items: [{ itemId: `${F.x2}-p1`, discussed: 'Gemensam upphandling.' }] } },
    { type: 'approveMinutes', by: F.karin, at: w('2019-02-15', '09:00') },
  );

  // X3: held, nothing written.
  planExtraMeeting(world, F.x3, '2019-02-21');
  convene(world, F.x3, '2019-01-21', '2019-02-06');
  world.send('meeting', F.x3, { type: 'hold', by: F.processLeader, at: w('2019-02-21', '13:10') });

  // M2: collecting items.
  world.send(
    'meeting',
    F.m2,
    { type: 'openCall', by: F.processLeader, at: w('2019-02-25', '09:00') },
    { type: 'proposeAgendaItem', by: F.karin, at: w('2019-02-26', '09:00'), item: item('b1', 'Erfarenheter av nattillsyn', 'discussion', 30) },
    { type: 'proposeAgendaItem', by: F.jonas, at: w('2019-02-27', '09:00'), item: item('b2', 'Ny journalmodul', 'information', 20) },
    { type: 'proposeAgendaItem', by: F.processLeader, at: w('2019-02-28', '09:00'), item: { ...item('b3', 'Remissvar till e-rådet', 'decision', 60), presenter: F.karin } },
    { type: 'withdrawAgendaItem', by: F.jonas, at: w('2019-03-01', '09:00'), itemId: 'b2' },
    { type: 'reorderAgenda', by: F.processLeader, at: w('2019-03-01', '10:00'), itemIds: ['b3', 'b1'] },
  );

  // M3 cancelled, M4 moved a week later.
  world.send('meeting', F.m3, { type: 'cancel', by: F.processLeader, at: w('2019-03-01', '11:00'), reason: 'Krockar med regionens e-hälsodag.' });
  world.send('meeting', F.m4, {
    type: 'reschedule',
    by: F.processLeader,
    at: w('2019-03-01', '11:30'),
    startsAt: '2019-09-05T09:00:00+02:00',
    reason: 'Semesterperioden.',
  });

  // Deliverables.
  world.send(
    'deliverable',
    F.attendanceDeliverable,
    { type: 'startDrafting', by: F.processLeader, at: w('2019-11-01', '09:00') },
    { type: 'submitForReview', by: F.processLeader, at: w('2019-12-02', '09:00') },
    { type: 'approveDeliverable', by: F.commissioner, at: w('2019-12-10', '09:00') },
  );
  world.send('deliverable', F.evaluationDeliverable, { type: 'startDrafting', by: F.processLeader, at: w('2020-02-03', '09:00') });
  world.start('deliverable', F.statusReport, {
    id: F.statusReport,
    kind: 'statusReport',
    title: 'Lägesrapport till e-rådet 2019',
    mandateId: F.mandate,
    groupId: F.network,
    ownerId: 'fyrbodal:processledare',
    ownerKind: 'role',
    due: '2019-06-01',
  });

  // Mandate: review, approval, a direct change and a pending one.
  const mandate = world.dataset.mandates[0]!;
  world.send(
    'mandate',
    F.mandate,
    {
      type: 'submitForReview',
      by: F.processLeader,
      at: w('2019-03-15', '09:00'),
      reviewers: [
        { id: F.network, name: 'E-hälsonätverket' },
        { id: F.chiefs, name: 'Socialchefsnätverket' },
      ],
    },
    { type: 'review', by: F.karin, at: w('2019-03-20', '09:00'), body: F.network, outcome: 'endorsed' },
    { type: 'review', by: F.commissioner, at: '2019-04-02T09:00:00+02:00', body: F.chiefs, outcome: 'endorsed' },
    { type: 'approve', by: F.commissioner, at: '2019-04-05T09:00:00+02:00', asCommissioner: F.chiefs, reason: 'Fastställd av socialchefsnätverket' },
    {
      type: 'amend',
      by: F.processLeader,
      at: '2019-05-02T09:00:00+02:00',
      section: 'meetings',
      change: mandate.meetings.map((s) => ({ ...s, place: 'Konferensrum Tärnan, Vänersborg' })),
      reason: 'Nytt konferensrum',
    },
    {
      type: 'amend',
      by: F.processLeader,
      at: '2019-05-10T09:00:00+02:00',
      section: 'purpose',
      change: `${mandate.purpose} Nätverket ska också bevaka informationssäkerhet.`,
      reason: 'Förtydligat syfte',
    },
  );
  return world;
}

export const E = {
  programme: 'ehalsalyftet',
  steeringGroup: 'ehalsalyftet:styrgrupp',
  theme1: 'ehalsalyftet:tema-1',
  theme2: 'ehalsalyftet:tema-2',
  theme3: 'ehalsalyftet:tema-3',
  extraSeminar: 'ehalsalyftet:tema-1-extra',
} as const;

/**
 * eHälsalyftet in 2017: theme 1 running, its first seminar fed back (hours already in the
 * dataset's time reports), the second held but not reported, the third cancelled, and a
 * fourth known only from the theme; theme 2 decided, its first seminar held and reported
 * (hours only through the seminar); theme 3 proposed.
 */
export function ehalsalyftetWorld(): TestWorld {
  const world = new TestWorld(samplesEhalsalyftet);
  const d = world.dataset;
  const seminarsOf = (themeId: string) => d.seminars.filter((s) => s.themeId === themeId);
  const [s1, s2, s3] = seminarsOf(E.theme1) as [Seminar, Seminar, Seminar];
  const t2s1 = seminarsOf(E.theme2)[0]!;
  const by = d.people.find((p) => p.title === 'Projektledare')!.id;
  const st = (date: string, time = '09:00') => `${date}T${time}:00+02:00`;

  world.send(
    'theme',
    E.theme1,
    { type: 'decideTheme', by, at: st('2016-08-20'), decidedBy: E.steeringGroup, direction: 'Digitala vårdmöten i vardagen.' },
    { type: 'holdNetworkMeeting', by, at: st('2016-09-01') },
    { type: 'startSeminars', by, at: st('2016-09-05') },
    ...[s1, s2, s3].map((s) => ({ type: 'seminarAdded', by, at: st('2016-09-05', '10:00'), seminarId: s.id })),
    { type: 'seminarAdded', by, at: st('2016-09-05', '11:00'), seminarId: E.extraSeminar },
  );

  const report = (s: Seminar, leaderHours: number, participantHours: number) => {
    const leader = d.people.find((p) => p.id === s.leaderId)!;
    return {
      hours: [
        { personId: leader.id, hours: leaderHours, professionalCategory: leader.professionalCategory },
        ...s.participants.map((p) => ({ personId: p.personId, hours: participantHours, professionalCategory: p.professionalCategory })),
      ],
      attendance: s.participants,
    };
  };
  const heldOn = (s: Seminar) => s.plannedAt.replace('T13:00', 'T16:00');

  world.send(
    'seminar',
    s1.id,
    { type: 'holdSeminar', by: s1.leaderId, at: heldOn(s1), attendance: s1.participants },
    { type: 'reportSeminar', by: s1.leaderId, at: heldOn(s1).replace('T16:00', 'T17:00'), ...report(s1, 3, 2) },
    { type: 'summariseNeeds', by: s1.leaderId, at: st('2016-10-20'), text: 'Behov av stöd för videomöten.' },
    { type: 'reportFeedback', by: s1.leaderId, at: st('2016-10-27'), to: 'management', text: 'Behoven återkopplade till ledningen.' },
  );
  world.send('theme', E.theme1, { type: 'seminarStatusChanged', by, at: st('2016-10-27', '10:00'), seminarId: s1.id, status: 'fedBack' });
  world.send('seminar', s2.id, { type: 'holdSeminar', by: s2.leaderId, at: heldOn(s2), attendance: s2.participants });
  world.send('seminar', s3.id, { type: 'cancelSeminar', by: s3.leaderId, at: st('2016-10-01'), reason: 'Verksamheten hade inte bemanning.' });

  world.send('theme', E.theme2, { type: 'decideTheme', by, at: st('2017-02-15'), decidedBy: E.steeringGroup, direction: 'Journalen via nätet.' });
  world.send(
    'seminar',
    t2s1.id,
    { type: 'holdSeminar', by: t2s1.leaderId, at: heldOn(t2s1), attendance: t2s1.participants },
    { type: 'reportSeminar', by: t2s1.leaderId, at: heldOn(t2s1).replace('T16:00', 'T18:00'), ...report(t2s1, 3.5, 2.25) },
  );
  return world;
}

type Seminar = Dataset['seminars'][number];

export const D = {
  agreement: 'dalarna:overenskommelse-hsih',
  transitionLeader: 'dalarna:person-001',
} as const;

/** The Dalarna agreement sent to its 16 parties, with the given decisions recorded in order. */
export function dalarnaWorld(
  decisions: Array<{ party: number; decision: 'adopted' | 'rejected'; decidedAt: string; reason?: string }>,
): TestWorld {
  const world = new TestWorld(samplesDalarna);
  const parties = world.dataset.agreements[0]!.parties;
  world.send('agreement', D.agreement, { type: 'sendOnReferral', by: D.transitionLeader, at: '2026-10-01T10:00:00+02:00' });
  for (const d of decisions) {
    world.send('agreement', D.agreement, {
      type: 'recordPartyDecision',
      by: D.transitionLeader,
      at: `${d.decidedAt}T15:00:00+01:00`,
      organisationId: parties[d.party]!.organisationId,
      decision: d.decision,
      decidedAt: d.decidedAt,
      decidingBody: d.party === 0 ? 'Regionstyrelsen' : 'Kommunfullmäktige',
      reference: `§ ${40 + d.party}`,
      ...(d.reason ? { reason: d.reason } : {}),
    });
  }
  return world;
}
