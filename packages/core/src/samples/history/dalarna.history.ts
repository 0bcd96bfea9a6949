/**
 * The Dalarna transition assignment up to 22 November 2026, as commands (seed 003). The
 * steering group reviewed the mandate and Välfärdsrådet approved it as 1.0 on 2026-01-08 (the
 * seed's date). The communication plan is published, the risk and consequence analysis
 * approved and the implementation plan being written. The agreement went on referral in May:
 * eight parties adopted it, Älvdalen rejected it, so it was renegotiated and revised as 0.2,
 * which is on referral again with six adoptions so far. The steering group's meetings of 2026
 * have published minutes up to October; November's minutes are drafted and December's
 * meeting is planned.
 */
import type { AgendaItemProposal } from '../../meeting/meeting.events.js';
import type { MinutesInput } from '../../meeting/meeting.schema.js';
import type { Person } from '../../person/person.schema.js';
import {
  dalarnaCommissioner as commissioner,
  dalarnaParties,
  dalarnaPartyContacts,
  dalarnaReferencePersons,
  dalarnaSteeringGroupMembers,
  transitionLeader as leader,
} from '../dalarna.people.js';
import { sampleReferenceDates } from '../reference-dates.js';
import { swedishTime as t } from '../sample-helpers.js';
import { excused, historyOf, meetingSteps, present, type HistoryStep, type SampleHistory } from './history-helpers.js';

const P = 'dalarna';
const mandateId = `${P}:uppdrag-omstallningsledare`;
const steeringGroupId = `${P}:styrgrupp-omstallning`;
const agreementId = `${P}:overenskommelse-hsih`;
const [primaryCare, falunChief, mas] = dalarnaSteeringGroupMembers as [Person, Person, Person];
const [patientRef] = dalarnaReferencePersons as [Person, Person];

const mandate: HistoryStep[] = [
  {
    type: 'submitMandateForReview',
    by: leader.id,
    at: t('2025-12-10', '10:00'),
    mandateId,
    reviewers: [{ id: steeringGroupId, name: 'Styrgrupp för omställningen' }],
  },
  {
    type: 'reviewMandate',
    by: primaryCare.id,
    at: t('2025-12-17', '14:00'),
    mandateId,
    body: steeringGroupId,
    outcome: 'endorsed',
    comment: 'Styrgruppen tillstyrker; förankringen hos ledande politiker bör framgå av kommunikationsplanen.',
  },
  { type: 'approveMandate', by: commissioner.id, at: t('2026-01-08', '10:00'), mandateId, reason: 'Fastställd' },
];

const deliverable = (kind: string) => `${P}:${kind}`;
const deliverables: HistoryStep[] = [
  { type: 'startDrafting', by: leader.id, at: t('2026-02-09', '09:00'), deliverableId: deliverable('communicationPlan') },
  {
    type: 'submitDeliverable',
    by: leader.id,
    at: t('2026-04-07', '09:00'),
    deliverableId: deliverable('communicationPlan'),
    documentUrl: 'https://www.example.se/dalarna/omstallning/kommunikationsplan.pdf',
    version: '1.0',
  },
  {
    type: 'approveDeliverable',
    by: falunChief.id,
    at: t('2026-04-14', '15:30'),
    deliverableId: deliverable('communicationPlan'),
    approvingBody: 'Styrgrupp för omställningen',
  },
  { type: 'publishDeliverable', by: leader.id, at: t('2026-04-20', '09:00'), deliverableId: deliverable('communicationPlan') },
  { type: 'startDrafting', by: leader.id, at: t('2026-03-02', '09:00'), deliverableId: deliverable('agreement') },
  { type: 'startDrafting', by: leader.id, at: t('2026-08-24', '09:00'), deliverableId: deliverable('riskAnalysis') },
  {
    type: 'submitDeliverable',
    by: leader.id,
    at: t('2026-09-30', '15:00'),
    deliverableId: deliverable('riskAnalysis'),
    documentUrl: 'https://www.example.se/dalarna/omstallning/risk-och-konsekvensanalys.pdf',
    version: '0.1',
  },
  {
    type: 'approveDeliverable',
    by: mas.id,
    at: t('2026-10-13', '15:30'),
    deliverableId: deliverable('riskAnalysis'),
    approvingBody: 'Styrgrupp för omställningen',
  },
  { type: 'startDrafting', by: leader.id, at: t('2026-10-19', '09:00'), deliverableId: deliverable('implementationPlan') },
];

// ── The agreement ────────────────────────────────────────────────────────────

/** A party's decision, recorded by that party's own representative a couple of days later. */
function decision(
  partyName: string,
  decidedAt: string,
  recordedOn: string,
  outcome: 'adopted' | 'rejected',
  extra: { reference?: string; reason?: string } = {},
): HistoryStep {
  const index = dalarnaParties.findIndex((p) => p.name === partyName);
  const party = dalarnaParties[index];
  if (!party) throw new Error(`No party ${partyName}`);
  return {
    type: 'recordPartyDecision',
    by: dalarnaPartyContacts[index]!.id,
    at: t(recordedOn, '10:00'),
    agreementId,
    organisationId: party.id,
    decision: outcome,
    decidedAt,
    decidingBody: party.kind === 'region' ? 'Regionfullmäktige' : 'Kommunfullmäktige',
    ...extra,
  };
}

const agreement: HistoryStep[] = [
  { type: 'sendOnReferral', by: leader.id, at: t('2026-05-25', '10:00'), agreementId },
  decision('Region Dalarna', '2026-06-15', '2026-06-17', 'adopted', { reference: 'RF § 112, dnr RD 2026/0042' }),
  decision('Falun', '2026-06-15', '2026-06-18', 'adopted', { reference: 'KF § 88' }),
  decision('Borlänge', '2026-06-16', '2026-06-18', 'adopted', { reference: 'KF § 74' }),
  decision('Gagnef', '2026-06-22', '2026-06-24', 'adopted'),
  decision('Leksand', '2026-08-24', '2026-08-26', 'adopted'),
  decision('Älvdalen', '2026-08-31', '2026-09-02', 'rejected', {
    reference: 'KF § 61',
    reason: 'Kostnadsfördelningen för läkarmedverkan i glesbygd är inte rimlig för kommunen.',
  }),
  // Decisions taken in the same round are still recorded during the negotiation.
  decision('Mora', '2026-08-31', '2026-09-03', 'adopted'),
  decision('Rättvik', '2026-09-07', '2026-09-09', 'adopted'),
  decision('Säter', '2026-09-14', '2026-09-16', 'adopted'),
  {
    type: 'reviseAgreement',
    by: leader.id,
    at: t('2026-09-21', '10:00'),
    agreementId,
    version: '0.2',
    reason: 'Kostnadsfördelningen för läkarmedverkan i glesbygd omarbetad efter Älvdalens avslag och dialog med parterna.',
  },
  { type: 'sendOnReferral', by: leader.id, at: t('2026-09-28', '10:00'), agreementId },
  decision('Region Dalarna', '2026-10-20', '2026-10-22', 'adopted', { reference: 'RF § 151' }),
  decision('Falun', '2026-10-26', '2026-10-28', 'adopted', { reference: 'KF § 121' }),
  decision('Borlänge', '2026-10-27', '2026-10-29', 'adopted'),
  decision('Älvdalen', '2026-11-02', '2026-11-04', 'adopted', { reference: 'KF § 80' }),
  decision('Mora', '2026-11-09', '2026-11-11', 'adopted'),
  decision('Avesta', '2026-11-16', '2026-11-18', 'adopted'),
];

// ── The steering group's meetings ────────────────────────────────────────────

interface SteeringMeeting {
  day: string;
  call: string;
  agenda: string;
  items: Array<{ by: Person; day: string; item: AgendaItemProposal }>;
  minutes: { day: string; minutes: MinutesInput };
  approved?: string;
  published?: string;
  away?: Person;
  remote?: Person;
  escalation?: { id: string; itemId: string; text: string; reason: string };
}

const item = (id: string, title: string, kind: AgendaItemProposal['kind'], durationMinutes: number, presenter?: Person): AgendaItemProposal => ({
  id,
  title,
  kind,
  durationMinutes,
  ...(presenter ? { presenter: presenter.id } : {}),
});

const steeringMeetings: SteeringMeeting[] = [
  {
    day: '2026-02-17',
    call: '2026-01-27',
    agenda: '2026-02-09',
    items: [
      { by: primaryCare, day: '2026-01-28', item: item('uppstart', 'Uppstart av omställningsarbetet och tidplan', 'information', 40, leader) },
      { by: falunChief, day: '2026-02-02', item: item('referenspersoner', 'Referenspersoner med patient- och anhörigerfarenhet', 'decision', 30) },
    ],
    minutes: {
      day: '2026-02-19',
      minutes: {
        items: [
          { itemId: 'uppstart', informed: 'Omställningsledaren presenterade tidplanen: överenskommelsen på remiss i maj, beslut hos parterna under hösten.' },
          { itemId: 'referenspersoner', decided: 'Två referenspersoner, med patient- respektive anhörigerfarenhet, knyts till arbetet.' },
        ],
        decisions: [{ id: 'b1', itemId: 'referenspersoner', text: 'Två referenspersoner knyts till omställningsarbetet.' }],
      },
    },
    approved: '2026-02-23',
    published: '2026-02-24',
  },
  {
    day: '2026-03-17',
    call: '2026-02-24',
    agenda: '2026-03-09',
    items: [
      { by: mas, day: '2026-02-26', item: item('nulage', 'Nulägesanalys av hälso- och sjukvården i hemmet', 'discussion', 45, leader) },
      { by: primaryCare, day: '2026-03-03', item: item('arbetsgrupp', 'Arbetsgruppens sammansättning', 'decision', 30) },
    ],
    minutes: {
      day: '2026-03-19',
      minutes: {
        items: [
          { itemId: 'nulage', discussed: 'Skillnaderna mellan kommunerna gäller främst läkarmedverkan och tillgång till sjuksköterska nattetid.' },
          { itemId: 'arbetsgrupp', decided: 'Arbetsgruppen får en företrädare per länsdel och två från regionen.' },
        ],
        decisions: [{ id: 'b1', itemId: 'arbetsgrupp', text: 'Arbetsgruppen bemannas med en företrädare per länsdel och två från regionen.' }],
        actions: [{ id: 'a1', itemId: 'arbetsgrupp', text: 'Be länsdelarna utse företrädare', ownerId: leader.id, due: '2026-04-10' }],
      },
    },
    approved: '2026-03-23',
    published: '2026-03-24',
    remote: mas,
  },
  {
    day: '2026-04-14',
    call: '2026-03-24',
    agenda: '2026-04-07',
    items: [
      { by: falunChief, day: '2026-03-25', item: item('kommunikationsplan', 'Kommunikationsplan för förankring i verksamheterna', 'decision', 30, leader) },
      { by: patientRef, day: '2026-03-30', item: item('referensgruppen', 'Referensgruppens första möte', 'information', 20) },
    ],
    minutes: {
      day: '2026-04-16',
      minutes: {
        items: [
          { itemId: 'kommunikationsplan', decided: 'Kommunikationsplanen godkänns och publiceras.' },
          { itemId: 'referensgruppen', informed: 'Referensgruppen vill att överenskommelsen beskriver vem patienten ringer dygnet runt.' },
        ],
        decisions: [{ id: 'b1', itemId: 'kommunikationsplan', text: 'Kommunikationsplanen godkänns.' }],
      },
    },
    approved: '2026-04-20',
    published: '2026-04-21',
  },
  {
    day: '2026-05-19',
    call: '2026-04-28',
    agenda: '2026-05-11',
    items: [
      { by: primaryCare, day: '2026-04-29', item: item('utkast', 'Utkast till överenskommelse inför remiss', 'decision', 60, leader) },
      { by: mas, day: '2026-05-04', item: item('ekonomi', 'Ekonomiska konsekvenser för kommunerna', 'discussion', 30) },
    ],
    minutes: {
      day: '2026-05-21',
      minutes: {
        items: [
          { itemId: 'utkast', discussed: 'Texten om läkarmedverkan förtydligades under mötet.', decided: 'Överenskommelsen skickas på remiss till de sexton parterna.' },
          { itemId: 'ekonomi', discussed: 'Glesbygdskommunerna får högre kostnader för läkarmedverkan; frågan följs under remissen.' },
        ],
        decisions: [{ id: 'b1', itemId: 'utkast', text: 'Överenskommelsen version 0.1 skickas på remiss till parterna.' }],
        actions: [{ id: 'a1', itemId: 'utkast', text: 'Skicka överenskommelsen på remiss', ownerId: leader.id, due: '2026-05-29' }],
      },
    },
    approved: '2026-05-25',
    published: '2026-05-26',
    away: falunChief,
  },
  {
    day: '2026-06-16',
    call: '2026-05-26',
    agenda: '2026-06-08',
    items: [
      { by: falunChief, day: '2026-05-27', item: item('remiss', 'Överenskommelsen på remiss – läget', 'information', 20, leader) },
      { by: mas, day: '2026-06-01', item: item('sommar', 'Risker för vården i hemmet under sommaren', 'discussion', 40) },
    ],
    minutes: {
      day: '2026-06-18',
      minutes: {
        items: [
          { itemId: 'remiss', informed: 'Region Dalarna och Falun har antagit överenskommelsen; övriga beslutar i augusti och september.' },
          { itemId: 'sommar', discussed: 'Bemanningen av sjuksköterskor nattetid är ansträngd i tre kommuner.' },
        ],
      },
    },
    approved: '2026-06-22',
    published: '2026-06-23',
  },
  {
    day: '2026-08-18',
    call: '2026-08-03',
    agenda: '2026-08-10',
    items: [
      { by: primaryCare, day: '2026-08-04', item: item('beslutslage', 'Läget i parternas beslut', 'information', 20, leader) },
      { by: mas, day: '2026-08-05', item: item('riskanalys', 'Risk- och konsekvensanalysen – upplägg', 'discussion', 40, leader) },
    ],
    minutes: {
      day: '2026-08-20',
      minutes: {
        items: [
          { itemId: 'beslutslage', informed: 'Fyra parter har antagit överenskommelsen; Älvdalen har aviserat invändningar om kostnadsfördelningen.' },
          { itemId: 'riskanalys', discussed: 'Analysen tas fram med referensgruppen och redovisas i oktober.' },
        ],
        actions: [{ id: 'a1', itemId: 'riskanalys', text: 'Ta fram risk- och konsekvensanalysen', ownerId: leader.id, due: '2026-09-30' }],
      },
    },
    approved: '2026-08-24',
    published: '2026-08-25',
    remote: primaryCare,
  },
  {
    day: '2026-09-15',
    call: '2026-08-25',
    agenda: '2026-09-07',
    items: [
      { by: falunChief, day: '2026-09-03', item: item('avslag', 'Älvdalens avslag och förslag till revidering', 'decision', 45, leader) },
      { by: primaryCare, day: '2026-09-04', item: item('implementering', 'Implementeringsplanens struktur', 'discussion', 30) },
    ],
    minutes: {
      day: '2026-09-17',
      minutes: {
        items: [
          {
            itemId: 'avslag',
            discussed: 'Älvdalen avslog på grund av kostnadsfördelningen för läkarmedverkan i glesbygd.',
            decided: 'Överenskommelsen revideras som version 0.2 och skickas på ny remiss till alla parter.',
          },
          { itemId: 'implementering', discussed: 'Planen följer överenskommelsens avsnitt och anger gemensamma rutiner per länsdel.' },
        ],
        decisions: [{ id: 'b1', itemId: 'avslag', text: 'Överenskommelsen revideras och skickas på ny remiss.' }],
        actions: [{ id: 'a1', itemId: 'avslag', text: 'Revidera kostnadsfördelningen och skicka version 0.2 på remiss', ownerId: leader.id, due: '2026-09-30' }],
      },
    },
    approved: '2026-09-21',
    published: '2026-09-22',
  },
  {
    day: '2026-10-13',
    call: '2026-09-22',
    agenda: '2026-10-05',
    items: [
      { by: mas, day: '2026-09-30', item: item('riskanalys', 'Risk- och konsekvensanalysen för godkännande', 'decision', 40, leader) },
      { by: primaryCare, day: '2026-10-01', item: item('andra-omgangen', 'Andra beslutsomgången', 'information', 15, leader) },
    ],
    minutes: {
      day: '2026-10-15',
      minutes: {
        items: [
          { itemId: 'riskanalys', decided: 'Risk- och konsekvensanalysen godkänns.' },
          { itemId: 'andra-omgangen', informed: 'Version 0.2 skickades på remiss den 28 september; de flesta parter beslutar i oktober och november.' },
        ],
        decisions: [{ id: 'b1', itemId: 'riskanalys', text: 'Risk- och konsekvensanalysen godkänns.' }],
      },
    },
    approved: '2026-10-19',
    published: '2026-10-20',
    away: primaryCare,
  },
  {
    day: '2026-11-17',
    call: '2026-10-27',
    agenda: '2026-11-09',
    items: [
      { by: falunChief, day: '2026-10-28', item: item('beslutslage', 'Läget i andra beslutsomgången', 'information', 20, leader) },
      { by: primaryCare, day: '2026-11-02', item: item('implementering', 'Utkast till implementeringsplan', 'discussion', 45, leader) },
      { by: mas, day: '2026-11-03', item: item('forlangning', 'Behov av att förlänga uppdraget', 'decision', 30, leader) },
    ],
    minutes: {
      day: '2026-11-19',
      minutes: {
        items: [
          { itemId: 'beslutslage', informed: 'Sex parter har antagit version 0.2, däribland Älvdalen; tio beslut återstår.' },
          { itemId: 'implementering', discussed: 'Implementeringen behöver pågå under hela 2027 och följas upp per länsdel.' },
          { itemId: 'forlangning', discussed: 'Styrgruppen ser behov av att förlänga uppdraget med tolv månader för implementeringen.' },
        ],
      },
    },
    remote: mas,
    escalation: {
      id: 'e1',
      itemId: 'forlangning',
      text: 'Förlängning av omställningsledarens uppdrag med tolv månader, till och med juli 2028.',
      reason: 'Förlängning beslutas av uppdragsgivaren, Välfärdsrådet.',
    },
  },
];

function steeringSteps(m: SteeringMeeting): HistoryStep[] {
  const people = [leader, ...dalarnaSteeringGroupMembers];
  const records = people.map((p) => (p === m.away ? excused(p) : present(p, p === m.remote ? 'remote' : 'onSite')));
  return meetingSteps({
    meetingId: `${P}:styrgrupp-${m.day}`,
    convener: leader.id,
    call: t(m.call, '09:00'),
    items: m.items.map(({ by, day, item: proposal }) => ({ by: by.id, at: t(day, '10:00'), item: proposal })),
    agenda: { at: t(m.agenda, '10:00') },
    invitations: t(m.agenda, '10:10'),
    held: t(m.day, '13:00'),
    attendance: { at: t(m.day, '15:05'), records },
    minutes: { at: t(m.minutes.day, '10:00'), minutes: m.minutes.minutes },
    ...(m.escalation
      ? { escalations: [{ at: t(m.minutes.day, '10:30'), escalation: { ...m.escalation, to: 'commissioner' as const } }] }
      : {}),
    ...(m.approved ? { approved: { at: t(m.approved, '10:00') } } : {}),
    ...(m.published ? { published: { at: t(m.published, '09:00') } } : {}),
  });
}

export const dalarnaHistory: SampleHistory = {
  referenceDate: sampleReferenceDates.dalarna,
  loadedAt: t('2025-12-01', '08:00'),
  loadedBy: leader.id,
  commands: () => historyOf(P, [...mandate, ...deliverables, ...agreement, ...steeringMeetings.flatMap(steeringSteps)]),
};
