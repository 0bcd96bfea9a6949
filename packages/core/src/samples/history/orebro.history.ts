/**
 * The Örebro sub-county groups up to 20 October 2026, as commands (seed 002). The county-wide
 * mandate was reviewed by the four groups and approved by the parties' county management
 * group on 2024-03-01; then each group refined it into a local mandate its chair approved in
 * May 2024. The 2025–2026 action plans were approved (one after a request for changes) and
 * mostly published; the 2027–2028 ones are being planned, drafted and reviewed. All the
 * September meetings have published minutes; the October ones are in different states (one
 * moved two weeks and has its agenda out); two groups are collecting items for November.
 */
import type { Person } from '../../person/person.schema.js';
import {
  orebroCollaborationLeaders,
  orebroCountyManagement,
  orebroGroups,
  orebroSubCountyPeople,
} from '../orebro.people.js';
import { sampleReferenceDates } from '../reference-dates.js';
import { swedishTime as t } from '../sample-helpers.js';
import { excused, historyOf, meetingSteps, present, type HistoryStep, type MeetingScript, type SampleHistory } from './history-helpers.js';

const P = 'orebro';
const countyMandateId = `${P}:uppdrag-samverkansledare-lanet`;

/** One sub-county group: its ids, its people and the hour its meetings start. */
const groups = orebroGroups.map((group, g) => ({
  group,
  mandateId: group.mandateId!,
  people: orebroSubCountyPeople[g]!,
  hour: `${String(9 + g).padStart(2, '0')}:00`,
  meetingId: (day: string) => `${group.id}-mote-${day}`,
}));
type SubCounty = (typeof groups)[number];

const countyMandate: HistoryStep[] = [
  {
    type: 'submitMandateForReview',
    by: orebroCollaborationLeaders[0]!.id,
    at: t('2024-01-22', '10:00'),
    mandateId: countyMandateId,
    reviewers: groups.map(({ group }) => ({ id: group.id, name: group.name })),
  },
  ...groups.map(({ group, people }, g): HistoryStep => ({
    type: 'reviewMandate',
    by: people.committee.id,
    at: t(['2024-02-05', '2024-02-08', '2024-02-13', '2024-02-20'][g]!, '15:00'),
    mandateId: countyMandateId,
    body: group.id,
    outcome: 'endorsed',
    ...(g === 1 ? { comment: 'Avstämningen med länsdelsgruppen vid länsgemensamma uppdrag behöver göras i god tid.' } : {}),
  })),
  { type: 'approveMandate', by: orebroCountyManagement[0]!.id, at: t('2024-03-01', '10:00'), mandateId: countyMandateId, reason: 'Fastställd' },
];

/** Each group refines the approved county-wide mandate and its chair approves the local one. */
const localMandates: HistoryStep[] = groups.flatMap(({ group, mandateId, people }, g): HistoryStep[] => [
  {
    type: 'submitMandateForReview',
    by: people.collaborationLeader.id,
    at: t(['2024-04-22', '2024-04-23', '2024-04-24', '2024-04-25'][g]!, '10:00'),
    mandateId,
    reviewers: [{ id: group.id, name: group.name }],
  },
  {
    type: 'reviewMandate',
    by: people.committee.id,
    at: t(['2024-05-06', '2024-05-07', '2024-05-08', '2024-05-13'][g]!, '14:00'),
    mandateId,
    body: group.id,
    outcome: 'endorsed',
  },
  {
    type: 'approveMandate',
    by: people.chair.id,
    at: t(['2024-05-14', '2024-05-15', '2024-05-21', '2024-05-22'][g]!, '10:00'),
    mandateId,
    reason: 'Fastställd lokalt',
  },
]);

const actionPlanId = (sc: SubCounty) => `${sc.group.id}-handlingsplan`;
const nextPlanId = (sc: SubCounty) => `${sc.group.id}-handlingsplan-2027`;
const planUrl = (sc: SubCounty) => `https://www.example.se/orebro/${sc.group.id.split(':')[1]}/handlingsplan-2025-2026.pdf`;

const [norra, vastra, sodra, orebroStad] = groups as [SubCounty, SubCounty, SubCounty, SubCounty];

/** A deliverable command of a group's collaboration leader or chair. */
function onDeliverable<T extends DeliverableStep['type']>(type: T, by: Person, at: string, deliverableId: string, ...extra: Partial<FieldsOf<T>> extends FieldsOf<T> ? [FieldsOf<T>?] : [FieldsOf<T>]): HistoryStep {
  return { type, by: by.id, at, deliverableId, ...extra[0] } as HistoryStep;
}
/** The steps on a deliverable, and what each carries besides its sender, time and deliverable. */
type DeliverableStep = Extract<HistoryStep, { deliverableId: string }>;
type FieldsOf<T extends DeliverableStep['type']> = Omit<Extract<DeliverableStep, { type: T }>, 'type' | 'by' | 'at' | 'deliverableId'>;

/** The 2025–2026 action plans (due 2025-03-31), from drafting to approval and publication. */
const actionPlans: HistoryStep[] = [norra, vastra, sodra, orebroStad].flatMap((sc): HistoryStep[] => {
  const id = actionPlanId(sc);
  const { collaborationLeader: leader, chair } = sc.people;
  const approvingBody = sc.group.name;
  const submitted = { documentUrl: planUrl(sc), version: '1.0' };
  switch (sc) {
    case norra:
      return [
        onDeliverable('startDrafting', leader, t('2024-10-01', '09:00'), id),
        onDeliverable('submitDeliverable', leader, t('2025-02-17', '10:00'), id, submitted),
        onDeliverable('approveDeliverable', chair, t('2025-03-04', '11:00'), id, { approvingBody }),
        onDeliverable('publishDeliverable', leader, t('2025-03-10', '09:00'), id),
      ];
    case vastra:
      return [
        onDeliverable('startDrafting', leader, t('2024-10-08', '09:00'), id),
        onDeliverable('submitDeliverable', leader, t('2025-02-24', '10:00'), id, { ...submitted, version: '0.9' }),
        onDeliverable('requestChanges', chair, t('2025-03-03', '14:00'), id, {
          comment: 'Komplettera med ansvariga och tidplan för uppföljningen av SIP.',
        }),
        onDeliverable('submitDeliverable', leader, t('2025-03-17', '10:00'), id, { version: '1.0' }),
        onDeliverable('approveDeliverable', chair, t('2025-03-25', '11:00'), id, { approvingBody }),
        onDeliverable('publishDeliverable', leader, t('2025-03-27', '09:00'), id),
      ];
    case sodra:
      // Approved, not yet published.
      return [
        onDeliverable('startDrafting', leader, t('2024-10-15', '09:00'), id),
        onDeliverable('submitDeliverable', leader, t('2025-03-10', '10:00'), id, submitted),
        onDeliverable('approveDeliverable', chair, t('2025-03-24', '11:00'), id, { approvingBody }),
      ];
    default:
      return [
        onDeliverable('startDrafting', leader, t('2024-11-04', '09:00'), id),
        onDeliverable('submitDeliverable', leader, t('2025-03-20', '10:00'), id, submitted),
        onDeliverable('approveDeliverable', chair, t('2025-03-31', '11:00'), id, { approvingBody }),
        onDeliverable('publishDeliverable', leader, t('2025-04-02', '09:00'), id),
      ];
  }
});

/** The September meetings decided to revise the action plans for 2027–2028; each leader plans one. */
const nextPlans: HistoryStep[] = [
  ...groups.map((sc, g): HistoryStep => ({
    type: 'planDeliverable',
    by: sc.people.collaborationLeader.id,
    at: t(g < 2 ? '2026-09-16' : '2026-09-17', '09:00'),
    deliverableId: nextPlanId(sc),
    deliverable: {
      id: nextPlanId(sc),
      kind: 'actionPlan',
      title: `Handlingsplan ${sc.group.name.replace('Länsdelsgrupp ', '')} 2027–2028`,
      mandateId: sc.mandateId,
      groupId: sc.group.id,
      ownerId: sc.people.collaborationLeader.id,
      due: '2026-12-15',
    },
  })),
  onDeliverable('startDrafting', vastra.people.collaborationLeader, t('2026-09-21', '09:00'), nextPlanId(vastra)),
  onDeliverable('startDrafting', norra.people.collaborationLeader, t('2026-09-28', '09:00'), nextPlanId(norra)),
  onDeliverable('startDrafting', orebroStad.people.collaborationLeader, t('2026-09-30', '09:00'), nextPlanId(orebroStad)),
  onDeliverable('submitDeliverable', vastra.people.collaborationLeader, t('2026-10-16', '10:00'), nextPlanId(vastra), {
    documentUrl: 'https://www.example.se/orebro/vastra-lansdelen/handlingsplan-2027-2028-utkast.pdf',
    version: '0.9',
  }),
];

/** Everyone of the group, with the deviations of the day. */
function attendanceOf(people: SubCounty['people'], away: Array<keyof SubCounty['people']> = [], remote: Array<keyof SubCounty['people']> = []) {
  return (['collaborationLeader', 'chair', 'committee', 'methodSupervisor'] as const).map((role) => {
    const person: Person = people[role];
    if (away.includes(role)) return excused(person);
    return present(person, remote.includes(role) ? 'remote' : 'onSite');
  });
}

/** The September meeting of every group: run from the call to published minutes. */
function september(sc: SubCounty, g: number): HistoryStep[] {
  const day = '2026-09-08';
  const { people } = sc;
  const endOf = `${String(11 + g).padStart(2, '0')}:05`;
  return meetingSteps({
    meetingId: sc.meetingId(day),
    convener: people.collaborationLeader.id,
    call: t('2026-08-17', '09:00'),
    items: [
      {
        by: people.chair.id,
        at: t('2026-08-18', '10:00'),
        item: { id: 'handlingsplan', title: 'Uppföljning av handlingsplanen 2025–2026', kind: 'decision', presenter: people.collaborationLeader.id, durationMinutes: 45 },
      },
      {
        by: people.committee.id,
        at: t('2026-08-20', '13:00'),
        item: { id: 'primarvard', title: 'Läget i samverkan med primärvården', kind: 'information', durationMinutes: 30 },
      },
      {
        by: people.methodSupervisor.id,
        at: t('2026-08-24', '09:30'),
        item: { id: 'visam', title: 'ViSam-modellen: nya metodhandledare i hemtjänsten', kind: 'information', durationMinutes: 20 },
      },
    ],
    agenda: { at: t('2026-08-31', '10:00') },
    invitations: t('2026-08-31', '10:10'),
    held: t(day, sc.hour),
    attendance: {
      at: t(day, endOf),
      records: attendanceOf(people, g === 1 ? ['committee'] : [], g === 2 ? ['methodSupervisor'] : g === 3 ? ['chair'] : []),
    },
    minutes: {
      at: t('2026-09-10', '10:00'),
      minutes: {
        items: [
          {
            itemId: 'handlingsplan',
            discussed: 'ViSam används nu i alla kommuner i länsdelen; fallpreventionen är försenad.',
            decided: 'Samverkansledaren tar fram en reviderad handlingsplan för 2027–2028.',
          },
          { itemId: 'primarvard', informed: 'Primärvården inför fasta vårdkontakter för multisjuka äldre under hösten.' },
          { itemId: 'visam', informed: 'Två nya metodhandledare utbildas i oktober.' },
        ],
        decisions: [{ id: 'b1', itemId: 'handlingsplan', text: 'En reviderad handlingsplan för 2027–2028 tas fram till december.' }],
        actions: [
          { id: 'a1', itemId: 'handlingsplan', text: 'Ta fram förslag till handlingsplan 2027–2028', ownerId: people.collaborationLeader.id, due: '2026-12-15' },
        ],
      },
    },
    approved: { at: t('2026-09-14', '10:00'), by: people.chair.id },
    published: { at: t('2026-09-15', '09:00') },
  });
}

const octoberItems = (sc: SubCounty, callDay: string): MeetingScript['items'] => [
  {
    by: sc.people.chair.id,
    at: t(callDay, '14:00'),
    item: { id: 'revidering', title: 'Revideringen av handlingsplanen inför 2027', kind: 'discussion', presenter: sc.people.collaborationLeader.id, durationMinutes: 45 },
  },
  {
    by: sc.people.committee.id,
    at: t(callDay, '15:30'),
    item: { id: 'fallprevention', title: 'Gemensam utbildning i fallprevention', kind: 'information', durationMinutes: 30 },
  },
];

const octoberMinutes = {
  items: [
    { itemId: 'revidering', discussed: 'Barn och unga och psykisk hälsa föreslås som nya samverkansområden 2027–2028.' },
    { itemId: 'fallprevention', informed: 'Utbildningen hålls i februari 2027 för hemtjänst, hemsjukvård och primärvård.' },
  ],
};

const october: HistoryStep[] = [
  // Norra: held, minutes drafted, waiting for the chair (due 27 October).
  ...meetingSteps({
    meetingId: norra.meetingId('2026-10-13'),
    convener: norra.people.collaborationLeader.id,
    call: t('2026-09-21', '09:00'),
    items: octoberItems(norra, '2026-09-22'),
    agenda: { at: t('2026-10-05', '10:00') },
    invitations: t('2026-10-05', '10:10'),
    held: t('2026-10-13', norra.hour),
    attendance: { at: t('2026-10-13', '11:05'), records: attendanceOf(norra.people, ['methodSupervisor']) },
    minutes: { at: t('2026-10-15', '10:00'), minutes: octoberMinutes },
  }),
  // Västra: minutes approved and published within the week.
  ...meetingSteps({
    meetingId: vastra.meetingId('2026-10-13'),
    convener: vastra.people.collaborationLeader.id,
    call: t('2026-09-21', '09:30'),
    items: octoberItems(vastra, '2026-09-23'),
    agenda: { at: t('2026-10-05', '11:00') },
    invitations: t('2026-10-05', '11:10'),
    held: t('2026-10-13', vastra.hour),
    attendance: { at: t('2026-10-13', '12:05'), records: attendanceOf(vastra.people, [], ['committee']) },
    minutes: { at: t('2026-10-14', '10:00'), minutes: octoberMinutes },
    approved: { at: t('2026-10-16', '10:00'), by: vastra.people.chair.id },
    published: { at: t('2026-10-19', '09:00') },
  }),
  // Södra: held a week ago with attendance; the minutes are not written yet (due 27 October).
  ...meetingSteps({
    meetingId: sodra.meetingId('2026-10-13'),
    convener: sodra.people.collaborationLeader.id,
    call: t('2026-09-22', '09:00'),
    items: octoberItems(sodra, '2026-09-24'),
    agenda: { at: t('2026-10-06', '09:00') },
    invitations: t('2026-10-06', '09:10'),
    held: t('2026-10-13', sodra.hour),
    attendance: { at: t('2026-10-13', '13:05'), records: attendanceOf(sodra.people) },
  }),
  // Örebro: moved two weeks before anything was sent; today its agenda is out.
  ...meetingSteps({
    meetingId: orebroStad.meetingId('2026-10-13'),
    convener: orebroStad.people.collaborationLeader.id,
    reschedule: {
      at: t('2026-09-28', '10:00'),
      startsAt: t('2026-10-27', orebroStad.hour),
      reason: 'Den 13 oktober krockar med den länsgemensamma konferensen om ViSam-modellen.',
    },
    call: t('2026-10-05', '09:00'),
    items: octoberItems(orebroStad, '2026-10-07'),
    agenda: { at: t('2026-10-19', '10:00') },
  }),
];

/** Two groups have opened the call for November's items. */
const november: HistoryStep[] = [
  ...meetingSteps({
    meetingId: norra.meetingId('2026-11-17'),
    convener: norra.people.collaborationLeader.id,
    call: t('2026-10-19', '09:00'),
    items: [
      {
        by: norra.people.chair.id,
        at: t('2026-10-19', '14:00'),
        item: { id: 'handlingsplan-2027', title: 'Förslag till handlingsplan 2027–2028', kind: 'decision', presenter: norra.people.collaborationLeader.id, durationMinutes: 60 },
      },
    ],
  }),
  ...meetingSteps({
    meetingId: vastra.meetingId('2026-11-17'),
    convener: vastra.people.collaborationLeader.id,
    call: t('2026-10-19', '09:30'),
    items: [
      {
        by: vastra.people.committee.id,
        at: t('2026-10-20', '09:30'),
        item: { id: 'sip', title: 'Uppföljning av samordnad individuell plan (SIP)', kind: 'discussion', durationMinutes: 40 },
      },
    ],
  }),
];

export const orebroHistory: SampleHistory = {
  referenceDate: sampleReferenceDates.orebro,
  loadedAt: t('2024-01-15', '08:00'),
  loadedBy: orebroCollaborationLeaders[0]!.id,
  commands: () =>
    historyOf(P, [
      ...countyMandate,
      ...localMandates,
      ...actionPlans,
      ...groups.flatMap((sc, g) => september(sc, g)),
      ...nextPlans,
      ...october,
      ...november,
    ]),
};
