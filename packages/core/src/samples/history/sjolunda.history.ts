/**
 * Sjölunda's history (the fifth sample), from the directory to "today", 15 October 2025 — every
 * step a command through the public API, as a region would model its own network:
 *
 * - the mandate, approved on paper in December 2024, brought in as approved (with its version
 *   history and the decision's paragraph) by the steering group's chair;
 * - the annual report for 2024 produced from the template and published; the one for 2025 planned;
 * - the steering group sets up a working group under itself; Norrvik adds its nurse and appoints
 *   him, Söderås appoints its own chief — each municipality its own seat;
 * - three meetings as needed, the chair and host rotating: March in Norrvik (chaired by Norrvik,
 *   Söderås approves the minutes with the chair, minutes published), June in Västerlid (minutes
 *   published), October in Söderås (agenda published); the committee of officials proposes items
 *   to each, as it prepares the steering group's matters; a goal followed up;
 * - a matter escalated from the March minutes to the mandate's commissioner, and decided.
 */
import { sampleReferenceDates } from '../reference-dates.js';
import { swedishTime as t } from '../sample-helpers.js';
import { sjolundaIds as I, sjolundaPeople as p } from '../sjolunda.people.js';
import { historyOf, present, excused, type HistoryStep, type SampleHistory } from './history-helpers.js';

const P = 'sjolunda';
const role = (id: string) => `${P}:${id}`;

const mandate = {
  id: I.mandate,
  title: 'Uppdragsbeskrivning – Länsgemensam ledning för vård och omsorg i Sjölunda län',
  version: '2.0',
  classification: 'public' as const,
  diaryNumber: 'RS 2024/412',
  versionHistory: [
    { date: '2023-11-20', version: '1.0', issuer: 'Politisk samverkansberedning', reason: 'Fastställd' },
    { date: '2024-12-09', version: '2.0', issuer: 'Politisk samverkansberedning', reason: 'Reviderad: årsrapport och mål för trygg hemgång' },
  ],
  background: 'Region och kommuner delar ansvaret för vård och omsorg om samma personer. Utan gemensam ledning faller ansvar mellan stolarna.',
  purpose: 'Att leda vård och omsorg i länet tillsammans, så att den enskilde möter en sammanhållen vård.',
  scope: { text: 'Hälso- och sjukvård och socialtjänst för vuxna i Sjölunda län.' },
  tasks: [
    { area: 'Ledning', items: ['Besluta om länsgemensamma rutiner', 'Följa upp överenskommelser mellan region och kommuner'] },
    { area: 'Beredning', items: ['Tjänstepersonsberedningen bereder ärenden till samverkansberedningen'] },
  ],
  commissioner: { id: I.steeringGroup, name: 'Politisk samverkansberedning' },
  period: { start: '2024-01-01', end: '2027-12-31' },
  organisation: { description: 'Samverkansberedningen leder; tjänstepersonsberedningen bereder.', groupIds: [I.steeringGroup] },
  staffingPlan: { entries: [{ roleId: role('samordnare'), personIds: [p.coordinator.id] }] },
  meetings: [
    { id: `${I.mandate}:moten`, name: 'Samverkansberedningens möten (vid behov)', groupId: I.steeringGroup, cadence: {}, agendaLeadTimeDays: 10, minutesDueDays: 21, responsibleRole: 'processLeader' as const },
  ],
  deliverables: [
    {
      id: 'arsrapport',
      kind: 'annualReport' as const,
      title: 'Årsrapport',
      description: 'Samverkans årsrapport till region- och kommunstyrelserna.',
      recurrence: { every: 'year' as const, dueMonth: 3, dueDay: 31, dueInFollowingYear: true },
      templateId: I.template,
      ownerRoleId: role('samordnare'),
    },
  ],
  goals: [
    { id: 'trygg-hemgang', text: 'Alla tre kommuner och regionen följer en gemensam rutin för trygg hemgång.', measure: 'Antal kommuner som följer rutinen', target: '3 av 3', followUpDates: ['2025-11-15'] },
  ],
  followUp: { description: 'Samverkansberedningen följer upp målen i årsrapporten.', checkInEveryMonths: 6 },
};

const m1 = `${P}:mote-2025-03-19`;
const m2 = `${P}:mote-2025-10-22`;
const m3 = `${P}:mote-2025-06-11`;

const steps: HistoryStep[] = [
  // The mandate, approved on paper before the tool was used.
  {
    type: 'importApprovedMandate',
    by: p.regionChair.id,
    at: t('2025-01-14', '10:00'),
    mandateId: I.mandate,
    mandate,
    approval: { approvedOn: '2024-12-09', approvedBy: 'Politisk samverkansberedning', decisionReference: '§ 31/2024' },
  },

  // The annual report for 2024, from the template: drafted, approved and published.
  { type: 'planRecurringDeliverable', by: p.coordinator.id, at: t('2025-01-20', '09:00'), deliverableId: `${P}:arsrapport-2024`, mandateId: I.mandate, mandateDeliverableId: 'arsrapport', year: 2024 },
  { type: 'startDrafting', by: p.coordinator.id, at: t('2025-01-21', '09:00'), deliverableId: `${P}:arsrapport-2024` },
  { type: 'submitDeliverable', by: p.coordinator.id, at: t('2025-03-03', '09:00'), deliverableId: `${P}:arsrapport-2024` },
  { type: 'approveDeliverable', by: p.regionChair.id, at: t('2025-03-19', '16:00'), deliverableId: `${P}:arsrapport-2024`, approvingBody: 'Politisk samverkansberedning' },
  { type: 'publishDeliverable', by: p.coordinator.id, at: t('2025-03-26', '09:00'), deliverableId: `${P}:arsrapport-2024`, documentUrl: 'https://www.sjolunda.example/samverkan/arsrapport-2024.pdf' },
  { type: 'planRecurringDeliverable', by: p.coordinator.id, at: t('2025-09-01', '09:00'), deliverableId: `${P}:arsrapport-2025`, mandateId: I.mandate, mandateDeliverableId: 'arsrapport', year: 2025 },

  // March: Norrvik chairs and hosts; Söderås approves the minutes with the chair.
  {
    type: 'planMeeting',
    by: p.coordinator.id,
    at: t('2025-02-03', '09:00'),
    meetingId: m1,
    meeting: {
      id: m1,
      groupId: I.steeringGroup,
      title: 'Samverkansberedningen – trygg hemgång',
      startsAt: t('2025-03-19', '13:00'),
      durationMinutes: 120,
      place: 'Norrviks kommunhus',
      chairId: p.norrvikPolitician.id,
      hostOrganisationId: I.norrvik,
      secretaryId: p.coordinator.id,
      minutesApproverIds: [p.soderasPolitician.id],
    },
  },
  { type: 'openCall', by: p.coordinator.id, at: t('2025-02-04', '09:00'), meetingId: m1 },
  // The committee of officials prepares the matter and proposes it.
  { type: 'proposeAgendaItem', by: p.norrvikChief.id, at: t('2025-02-18', '14:00'), meetingId: m1, item: { id: 'p1', title: 'Gemensam rutin för trygg hemgång', kind: 'decision', durationMinutes: 45, description: 'Beredd av tjänstepersonsberedningen.' } },
  { type: 'proposeAgendaItem', by: p.coordinator.id, at: t('2025-02-19', '09:00'), meetingId: m1, item: { id: 'p2', title: 'Årsrapport 2024', kind: 'decision', durationMinutes: 20 } },
  { type: 'publishAgenda', by: p.coordinator.id, at: t('2025-03-05', '09:00'), meetingId: m1 },
  { type: 'sendInvitations', by: p.coordinator.id, at: t('2025-03-05', '09:05'), meetingId: m1 },
  { type: 'holdMeeting', by: p.coordinator.id, at: t('2025-03-19', '13:00'), meetingId: m1 },
  {
    type: 'recordAttendance',
    by: p.coordinator.id,
    at: t('2025-03-19', '13:10'),
    meetingId: m1,
    records: [present(p.regionChair), present(p.norrvikPolitician), present(p.soderasPolitician, 'remote'), excused(p.vasterlidPolitician)],
  },
  {
    type: 'draftMinutes',
    by: p.coordinator.id,
    at: t('2025-03-19', '16:00'),
    meetingId: m1,
    minutes: {
      items: [
        { itemId: 'p1', discussed: 'Rutinen prövas först i Norrvik och Söderås.', decided: 'Samverkansberedningen ställer sig bakom rutinen och lämnar finansieringen till uppdragsgivaren.' },
        { itemId: 'p2', decided: 'Årsrapporten för 2024 godkänns.' },
      ],
    },
  },
  {
    type: 'escalateDecision',
    by: p.coordinator.id,
    at: t('2025-03-19', '16:30'),
    meetingId: m1,
    escalation: { id: 'e1', itemId: 'p1', text: 'Gemensam finansiering av rutinen för trygg hemgång.', to: 'commissioner', reason: 'Beredningen förfogar inte över medlen.' },
  },
  { type: 'approveMinutes', by: p.norrvikPolitician.id, at: t('2025-03-24', '10:00'), meetingId: m1 },
  { type: 'approveMinutes', by: p.soderasPolitician.id, at: t('2025-03-25', '10:00'), meetingId: m1 },
  { type: 'publishMinutes', by: p.coordinator.id, at: t('2025-03-26', '10:00'), meetingId: m1 },
  // The commissioner's decision, linked back to the minutes that raised it.
  { type: 'decideEscalation', by: p.regionChair.id, at: t('2025-04-15', '10:00'), mandateId: I.mandate, meetingId: m1, escalationId: 'e1', outcome: 'approved', decision: 'Region och kommuner finansierar rutinen gemensamt, efter invånarantal.', reference: '§ 7/2025' },

  // The steering group sets up a working group; each municipality appoints its own.
  {
    type: 'setUpGroup',
    by: p.regionChair.id,
    at: t('2025-04-02', '10:00'),
    groupId: I.workingGroup,
    group: {
      id: I.workingGroup,
      kind: 'workingGroup',
      name: 'Arbetsgruppen för trygg hemgång',
      hostOrganisationId: I.region,
      parentGroupId: I.steeringGroup,
      staffingPlan: {
        entries: [
          { roleId: role('samordnare'), personIds: [p.coordinator.id] },
          { roleId: role('tjansteperson'), organisationId: I.norrvik, personIds: [] },
          { roleId: role('tjansteperson'), organisationId: I.soderas, personIds: [] },
          { roleId: role('tjansteperson'), organisationId: I.vasterlid, personIds: [] },
        ],
      },
    },
  },
  { type: 'addPerson', by: p.norrvikChief.id, at: t('2025-04-07', '09:00'), personId: p.norrvikNurse.id, person: p.norrvikNurse },
  { type: 'fillGroupSeat', by: p.norrvikChief.id, at: t('2025-04-07', '09:05'), groupId: I.workingGroup, roleId: role('tjansteperson'), organisationId: I.norrvik, personId: p.norrvikNurse.id },
  { type: 'fillGroupSeat', by: p.soderasChief.id, at: t('2025-04-09', '11:00'), groupId: I.workingGroup, roleId: role('tjansteperson'), organisationId: I.soderas, personId: p.soderasChief.id },

  // June: Västerlid chairs and hosts; Norrvik approves the minutes with the chair.
  {
    type: 'planMeeting',
    by: p.coordinator.id,
    at: t('2025-04-22', '09:00'),
    meetingId: m3,
    meeting: {
      id: m3,
      groupId: I.steeringGroup,
      title: 'Samverkansberedningen – arbetsgruppens första rapport',
      startsAt: t('2025-06-11', '13:00'),
      durationMinutes: 90,
      place: 'Västerlids kommunhus',
      chairId: p.vasterlidPolitician.id,
      hostOrganisationId: I.vasterlid,
      secretaryId: p.coordinator.id,
      minutesApproverIds: [p.norrvikPolitician.id],
    },
  },
  { type: 'openCall', by: p.coordinator.id, at: t('2025-04-23', '09:00'), meetingId: m3 },
  { type: 'proposeAgendaItem', by: p.vasterlidChief.id, at: t('2025-05-06', '10:00'), meetingId: m3, item: { id: 'p1', title: 'Arbetsgruppens rapport om trygg hemgång', kind: 'information', durationMinutes: 30 } },
  { type: 'proposeAgendaItem', by: p.coordinator.id, at: t('2025-05-07', '09:00'), meetingId: m3, item: { id: 'p2', title: 'Uppföljning av målen', kind: 'discussion', durationMinutes: 20 } },
  { type: 'publishAgenda', by: p.coordinator.id, at: t('2025-05-28', '09:00'), meetingId: m3 },
  { type: 'sendInvitations', by: p.coordinator.id, at: t('2025-05-28', '09:05'), meetingId: m3 },
  { type: 'holdMeeting', by: p.coordinator.id, at: t('2025-06-11', '13:00'), meetingId: m3 },
  {
    type: 'recordAttendance',
    by: p.coordinator.id,
    at: t('2025-06-11', '13:10'),
    meetingId: m3,
    records: [present(p.regionChair, 'remote'), present(p.norrvikPolitician), excused(p.soderasPolitician), present(p.vasterlidPolitician)],
  },
  {
    type: 'draftMinutes',
    by: p.coordinator.id,
    at: t('2025-06-11', '15:00'),
    meetingId: m3,
    minutes: { items: [{ itemId: 'p1', informed: 'Rutinen används i Norrvik och Söderås sedan maj.' }, { itemId: 'p2', discussed: 'Målet om trygg hemgång nås om Västerlid börjar i höst.' }] },
  },
  { type: 'approveMinutes', by: p.vasterlidPolitician.id, at: t('2025-06-16', '10:00'), meetingId: m3 },
  { type: 'approveMinutes', by: p.norrvikPolitician.id, at: t('2025-06-17', '10:00'), meetingId: m3 },
  { type: 'publishMinutes', by: p.coordinator.id, at: t('2025-06-18', '10:00'), meetingId: m3 },
  { type: 'followUpGoal', by: p.coordinator.id, at: t('2025-06-18', '11:00'), mandateId: I.mandate, goalId: 'trygg-hemgang', status: 'onTrack', comment: 'Två av tre kommuner följer rutinen; Västerlid börjar i höst.' },

  // October: Söderås chairs and hosts; Västerlid approves the minutes with the chair.
  {
    type: 'planMeeting',
    by: p.coordinator.id,
    at: t('2025-08-25', '09:00'),
    meetingId: m2,
    meeting: {
      id: m2,
      groupId: I.steeringGroup,
      title: 'Samverkansberedningen – uppföljning av trygg hemgång',
      startsAt: t('2025-10-22', '13:00'),
      durationMinutes: 120,
      place: 'Söderås vård- och omsorgsförvaltning',
      chairId: p.soderasPolitician.id,
      hostOrganisationId: I.soderas,
      secretaryId: p.coordinator.id,
      minutesApproverIds: [p.vasterlidPolitician.id],
    },
  },
  { type: 'openCall', by: p.coordinator.id, at: t('2025-08-26', '09:00'), meetingId: m2 },
  { type: 'proposeAgendaItem', by: p.soderasChief.id, at: t('2025-09-15', '10:00'), meetingId: m2, item: { id: 'p1', title: 'Uppföljning av rutinen för trygg hemgång', kind: 'information', durationMinutes: 30, description: 'Beredd av tjänstepersonsberedningen och arbetsgruppen.' } },
  { type: 'publishAgenda', by: p.coordinator.id, at: t('2025-10-08', '09:00'), meetingId: m2 },
  { type: 'sendInvitations', by: p.coordinator.id, at: t('2025-10-08', '09:05'), meetingId: m2 },
];

export const sjolundaHistory: SampleHistory = {
  referenceDate: sampleReferenceDates.sjolunda,
  loadedAt: t('2025-01-13', '08:00'),
  loadedBy: p.coordinator.id,
  commands: () => historyOf(P, steps),
};
