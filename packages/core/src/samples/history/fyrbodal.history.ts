/**
 * The Fyrbodal e-health network's 2019, as commands (seed 004). The sample's today is
 * 2019-11-20: the mandate was reviewed by the network and by socialchefsnätverket and
 * approved as 1.0 (a public record), then a new representative for Bengtsfors was added as
 * 1.1 (Åmål is still vacant). The meetings of 2019 are in different states: three with
 * published minutes (one with a late agenda and an escalation to the commissioner, one moved
 * a week), August's cancelled, October's held with draft minutes past their due date, and
 * December's collecting agenda items. The 2020 meetings are planned.
 */
import type { StaffingPlanInput } from '../../staffing/staffing-plan.schema.js';
import {
  fyrbodalBengtsforsRepresentative as nadja,
  fyrbodalCommissioner as goran,
  fyrbodalMunicipalities,
  fyrbodalProcessLeader as helena,
  fyrbodalRepresentatives,
  fyrbodalStaffingPlan,
  fyrbodalSubstitute as agneta,
} from '../fyrbodal.people.js';
import { sampleReferenceDates } from '../reference-dates.js';
import { swedishTime as t } from '../sample-helpers.js';
import {
  absent,
  byName,
  excused,
  historyOf,
  meetingSteps,
  present,
  substitute,
  type HistoryStep,
  type SampleHistory,
} from './history-helpers.js';

const P = 'fyrbodal';
const mandateId = `${P}:uppdrag-e-halsonatverket`;
const networkId = `${P}:e-halsonatverket`;
const meeting = (day: string) => `${P}:mote-${day}`;
const rep = (name: string) => byName(fyrbodalRepresentatives, name);

const karin = rep('Karin Ekdahl');
const jonas = rep('Jonas Wiklund');
const maria = rep('Maria Sandell');
const anders = rep('Anders Holmqvist');
const lena = rep('Lena Bergkvist');
const sofia = rep('Sofia Lindgren');
const peter = rep('Peter Åberg');
const emma = rep('Emma Strand');
const henrik = rep('Henrik Nyqvist');
const annika = rep('Annika Fors');
const malin = rep('Malin Hedberg');
const olof = rep('Olof Grahn');
const ida = rep('Ida Svedberg');
const erik = rep('Erik Rask');
const johanna = rep('Johanna Lind');
const mikael = rep('Mikael Dahlén');
const sara = rep('Sara Blom');

/** The staffing plan after the commissioner appointed a representative for Bengtsfors. */
const staffingWithBengtsfors: StaffingPlanInput = {
  entries: fyrbodalStaffingPlan.entries.map((entry) =>
    entry.organisationId === fyrbodalMunicipalities[0]!.id ? { ...entry, personIds: [nadja.id] } : entry,
  ),
};

const mandate: HistoryStep[] = [
  {
    type: 'submitMandateForReview',
    by: helena.id,
    at: t('2019-03-01', '10:00'),
    mandateId,
    reviewers: [
      { id: networkId, name: 'e-hälsonätverket' },
      { id: `${P}:socialchefsnatverket`, name: 'socialchefsnätverket' },
    ],
  },
  { type: 'reviewMandate', by: karin.id, at: t('2019-03-14', '15:00'), mandateId, body: networkId, outcome: 'endorsed' },
  {
    type: 'reviewMandate',
    by: goran.id,
    at: t('2019-03-28', '13:00'),
    mandateId,
    body: `${P}:socialchefsnatverket`,
    outcome: 'endorsed',
  },
  { type: 'approveMandate', by: goran.id, at: t('2019-04-04', '10:00'), mandateId },
  {
    type: 'amendMandate',
    by: helena.id,
    at: t('2019-08-20', '10:00'),
    mandateId,
    section: 'staffingPlan',
    change: staffingWithBengtsfors,
    reason: `Socialchefsnätverket har utsett ${nadja.name} till kommunrepresentant för Bengtsfors`,
  },
];

const january = meetingSteps({
  meetingId: meeting('2019-01-24'),
  convener: helena.id,
  call: t('2019-01-02', '09:00'),
  items: [
    {
      by: helena.id,
      at: t('2019-01-02', '09:30'),
      item: {
        id: 'uppstart',
        title: 'Uppstart av nätverket och förväntningar',
        description: 'Representanternas förväntningar sammanställs inför utvärderingen av nätverket.',
        kind: 'discussion',
        durationMinutes: 45,
      },
    },
    {
      by: karin.id,
      at: t('2019-01-03', '10:00'),
      item: { id: 'nattillsyn', title: 'Digital nattillsyn i hemtjänsten', kind: 'information', durationMinutes: 30 },
    },
    {
      by: anders.id,
      at: t('2019-01-07', '13:00'),
      item: { id: 'trygghetslarm', title: 'Gemensam behovsinventering av digitala trygghetslarm', kind: 'decision', durationMinutes: 40 },
    },
    {
      by: johanna.id,
      at: t('2019-01-08', '08:30'),
      item: { id: 'uppdrag', title: 'Innehållet i nätverkets uppdragsbeskrivning', kind: 'discussion', durationMinutes: 30 },
    },
  ],
  agenda: { at: t('2019-01-09', '14:00') },
  invitations: t('2019-01-09', '14:10'),
  held: t('2019-01-24', '09:00'),
  attendance: {
    at: t('2019-01-24', '12:30'),
    records: [
      present(helena),
      present(karin, 'remote'),
      present(jonas),
      excused(maria),
      present(anders),
      present(lena, 'remote'),
      present(sofia),
      present(peter),
      absent(emma),
      present(henrik),
      excused(annika),
      present(malin, 'remote'),
      excused(olof),
      present(ida, 'remote'),
      present(erik),
      present(johanna),
      present(mikael),
      present(sara),
    ],
  },
  minutes: {
    at: t('2019-01-28', '10:00'),
    minutes: {
      items: [
        {
          itemId: 'uppstart',
          discussed:
            'Representanterna beskrev sina förväntningar: erfarenhetsutbyte om välfärdsteknik och en snabbare väg för gemensamma behov till e-rådet.',
        },
        { itemId: 'nattillsyn', informed: 'Dals-Ed berättade om ett års erfarenhet av nattillsyn via kamera i hemtjänsten.' },
        {
          itemId: 'trygghetslarm',
          discussed: 'Flera kommuners avtal för trygghetslarm löper ut 2020.',
          decided: 'Nätverket gör en gemensam behovsinventering av digitala trygghetslarm.',
        },
        { itemId: 'uppdrag', discussed: 'Uppdraget ska utgå från e-rådets ämnesområden och tydliggöra vad som eskaleras till uppdragsgivaren.' },
      ],
      decisions: [{ id: 'b1', itemId: 'trygghetslarm', text: 'Nätverket gör en gemensam behovsinventering av digitala trygghetslarm.' }],
      actions: [
        { id: 'a1', itemId: 'trygghetslarm', text: 'Sammanställa kommunernas avtal och behov av trygghetslarm', ownerId: anders.id, due: '2019-03-07' },
        { id: 'a2', itemId: 'uppdrag', text: 'Ta fram ett utkast till uppdragsbeskrivning', ownerId: helena.id, due: '2019-02-08' },
      ],
    },
  },
  approved: { at: t('2019-01-31', '10:00') },
  published: { at: t('2019-02-01', '09:00') },
});

/** The agenda went out after its deadline (7 March) — with the reason, as the rules ask. */
const march = meetingSteps({
  meetingId: meeting('2019-03-21'),
  convener: helena.id,
  call: t('2019-02-25', '09:00'),
  items: [
    {
      by: helena.id,
      at: t('2019-02-25', '09:15'),
      item: { id: 'uppdrag', title: 'Uppdragsbeskrivningen version 0.2', kind: 'information', durationMinutes: 20 },
    },
    {
      by: anders.id,
      at: t('2019-02-27', '11:00'),
      item: { id: 'trygghetslarm', title: 'Behovsinventering av trygghetslarm – resultat', kind: 'decision', durationMinutes: 45 },
    },
    {
      by: malin.id,
      at: t('2019-03-01', '14:00'),
      item: {
        id: 'signering',
        title: 'Gemensam licens för digital signering av delegeringar',
        kind: 'decision',
        durationMinutes: 30,
      },
    },
    {
      by: sara.id,
      at: t('2019-03-05', '09:00'),
      item: { id: 'lakemedel', title: 'Erfarenheter av läkemedelsrobotar i hemsjukvården', kind: 'information', durationMinutes: 30 },
    },
  ],
  agenda: {
    at: t('2019-03-11', '10:00'),
    lateReason: 'Agendan inväntade e-rådets första möte den 8 mars, där nätverkets gränssnitt mot e-rådet bestämdes.',
  },
  invitations: t('2019-03-11', '10:15'),
  held: t('2019-03-21', '09:00'),
  attendance: {
    at: t('2019-03-21', '12:30'),
    records: [
      present(helena),
      present(karin),
      present(jonas, 'remote'),
      present(maria),
      present(anders),
      excused(lena),
      present(sofia, 'remote'),
      excused(peter),
      present(emma),
      present(henrik),
      present(annika, 'remote'),
      present(malin),
      present(olof),
      excused(ida),
      excused(erik),
      substitute(agneta, erik),
      present(johanna),
      present(mikael, 'remote'),
      present(sara),
    ],
  },
  minutes: {
    at: t('2019-03-25', '14:00'),
    minutes: {
      items: [
        { itemId: 'uppdrag', informed: 'Version 0.2 är skickad för granskning till nätverket och socialchefsnätverket.' },
        {
          itemId: 'trygghetslarm',
          discussed: 'Inventeringen visar att nio kommuner har avtal som löper ut under 2020.',
          decided: 'Nätverket föreslår e-rådet en gemensam upphandling av digitala trygghetslarm.',
        },
        {
          itemId: 'signering',
          discussed: 'Alla kommuner ser behov av digital signering, men finansieringen är inte nätverkets beslut.',
        },
        { itemId: 'lakemedel', informed: 'Vänersborg har testat läkemedelsrobotar hos tolv brukare med färre missade doser.' },
      ],
      decisions: [{ id: 'b1', itemId: 'trygghetslarm', text: 'Nätverket föreslår e-rådet en gemensam upphandling av digitala trygghetslarm 2020.' }],
      actions: [
        { id: 'a1', itemId: 'trygghetslarm', text: 'Skriva underlaget om trygghetslarm till e-rådet', ownerId: anders.id, due: '2019-04-30' },
      ],
    },
  },
  escalations: [
    {
      at: t('2019-03-25', '14:30'),
      escalation: {
        id: 'e1',
        itemId: 'signering',
        text: 'Beslut om gemensam finansiering av en licens för digital signering av delegeringar i alla fjorton kommuner.',
        to: 'commissioner',
        reason: 'Beslutet gäller kommunernas kostnader och ligger utanför nätverkets mandat.',
      },
    },
  ],
  approved: { at: t('2019-03-28', '09:00') },
  published: { at: t('2019-03-29', '09:00') },
});

/** Moved a week before anything was sent, then run as usual. */
const may = meetingSteps({
  meetingId: meeting('2019-05-16'),
  convener: helena.id,
  reschedule: {
    at: t('2019-04-01', '09:00'),
    startsAt: t('2019-05-23', '09:00'),
    reason: 'Den 16 maj krockar med socialchefsnätverkets länsträff, där flera representanter deltar.',
  },
  call: t('2019-04-23', '09:00'),
  items: [
    {
      by: helena.id,
      at: t('2019-04-23', '09:15'),
      item: { id: 'signering', title: 'Återkoppling: eskalerat ärende om digital signering', kind: 'information', durationMinutes: 15 },
    },
    {
      by: olof.id,
      at: t('2019-04-25', '10:30'),
      item: { id: 'distansmoten', title: 'Informationssäkerhet vid distansmöten med brukare', kind: 'discussion', durationMinutes: 45 },
    },
    {
      by: emma.id,
      at: t('2019-04-29', '13:00'),
      item: { id: 'kompetens', title: 'Gemensam plan för digital kompetens', kind: 'decision', durationMinutes: 45 },
    },
  ],
  agenda: { at: t('2019-05-07', '13:00') },
  invitations: t('2019-05-07', '13:10'),
  held: t('2019-05-23', '09:00'),
  attendance: {
    at: t('2019-05-23', '12:30'),
    records: [
      present(helena),
      present(karin, 'remote'),
      excused(jonas),
      present(maria),
      present(anders),
      present(lena),
      present(sofia),
      present(peter, 'remote'),
      present(emma),
      excused(henrik),
      present(annika),
      present(malin),
      present(olof),
      present(ida, 'remote'),
      present(erik, 'remote'),
      present(johanna),
      excused(mikael),
      present(sara),
    ],
  },
  minutes: {
    at: t('2019-05-27', '10:00'),
    minutes: {
      items: [
        { itemId: 'signering', informed: 'Socialchefsnätverket beslutade den 26 april att finansiera licensen gemensamt 2019–2020.' },
        { itemId: 'distansmoten', discussed: 'Kommunerna har olika rutiner för säker identifiering vid videomöten med brukare.' },
        {
          itemId: 'kompetens',
          discussed: 'Planen ska bygga på en gemensam självskattning av digital kompetens i alla kommuner.',
          decided: 'Nätverket tar fram en gemensam plan för digital kompetens.',
        },
      ],
      decisions: [{ id: 'b1', itemId: 'kompetens', text: 'Nätverket tar fram en gemensam plan för digital kompetens.' }],
      actions: [
        { id: 'a1', itemId: 'kompetens', text: 'Ta fram förslag till gemensam kompetensplan', ownerId: emma.id, due: '2019-09-30' },
        { id: 'a2', itemId: 'distansmoten', text: 'Sammanställa kommunernas rutiner för distansmöten', ownerId: olof.id, due: '2019-08-30' },
      ],
    },
  },
  approved: { at: t('2019-05-29', '10:00') },
  published: { at: t('2019-06-03', '09:00') },
});

const august = meetingSteps({
  meetingId: meeting('2019-08-29'),
  convener: helena.id,
  call: t('2019-08-05', '09:00'),
  items: [
    {
      by: ida.id,
      at: t('2019-08-08', '10:00'),
      item: { id: 'sarskilt-boende', title: 'Välfärdsteknik i särskilt boende', kind: 'information', durationMinutes: 30 },
    },
  ],
  cancelled: {
    at: t('2019-08-13', '10:00'),
    reason: 'För få representanter kan delta i slutet av semesterperioden; punkterna flyttas till oktobermötet.',
  },
});

/** Held, minutes drafted but not approved: due 31 October, so waiting and overdue today. */
const october = meetingSteps({
  meetingId: meeting('2019-10-17'),
  convener: helena.id,
  call: t('2019-09-09', '09:00'),
  items: [
    {
      by: helena.id,
      at: t('2019-09-09', '09:15'),
      item: { id: 'utvardering', title: 'Nätverkets första år – underlag till utvärderingen', kind: 'discussion', durationMinutes: 45 },
    },
    {
      by: ida.id,
      at: t('2019-09-10', '11:00'),
      item: { id: 'sarskilt-boende', title: 'Välfärdsteknik i särskilt boende', kind: 'information', durationMinutes: 30 },
    },
    {
      by: emma.id,
      at: t('2019-09-20', '14:00'),
      item: { id: 'kompetens', title: 'Förslag till gemensam kompetensplan', kind: 'decision', durationMinutes: 45 },
    },
    {
      by: nadja.id,
      at: t('2019-09-24', '10:00'),
      item: { id: 'bengtsfors', title: 'Bengtsfors digitaliseringsplan för äldreomsorgen', kind: 'information', durationMinutes: 20 },
    },
  ],
  agenda: { at: t('2019-10-02', '15:00') },
  invitations: t('2019-10-02', '15:10'),
  held: t('2019-10-17', '09:00'),
  attendance: {
    at: t('2019-10-17', '12:30'),
    records: [
      present(helena),
      present(nadja),
      present(karin),
      present(jonas),
      excused(maria),
      present(anders, 'remote'),
      present(lena),
      present(sofia),
      present(peter),
      present(emma),
      present(henrik, 'remote'),
      excused(annika),
      present(malin),
      present(olof, 'remote'),
      present(ida),
      present(erik),
      excused(johanna),
      present(mikael),
      present(sara, 'remote'),
    ],
  },
  minutes: {
    at: t('2019-10-22', '10:00'),
    minutes: {
      items: [
        { itemId: 'utvardering', discussed: 'Representanterna uppskattar erfarenhetsutbytet men vill ha fler gemensamma beslut att ta till e-rådet.' },
        { itemId: 'sarskilt-boende', informed: 'Strömstad visade erfarenheter av sensorer och digitala lås på två särskilda boenden.' },
        {
          itemId: 'kompetens',
          discussed: 'Förslaget bygger på självskattningen som tolv kommuner har genomfört.',
          decided: 'Nätverket antar den gemensamma kompetensplanen och lämnar den till e-rådet.',
        },
        { itemId: 'bengtsfors', informed: 'Bengtsfors presenterade sin plan för digitalisering av äldreomsorgen 2020–2022.' },
      ],
      decisions: [{ id: 'b1', itemId: 'kompetens', text: 'Den gemensamma kompetensplanen antas och lämnas till e-rådet.' }],
      actions: [{ id: 'a1', itemId: 'kompetens', text: 'Presentera kompetensplanen för e-rådet', ownerId: emma.id, due: '2019-11-29' }],
    },
  },
});

/** Today the call is open: representatives have proposed items; the agenda is due 21 November. */
const december = meetingSteps({
  meetingId: meeting('2019-12-05'),
  convener: helena.id,
  call: t('2019-11-04', '09:00'),
  items: [
    {
      by: johanna.id,
      at: t('2019-11-06', '10:00'),
      item: { id: 'digitala-moten', title: 'Gemensam plattform för digitala möten med brukare', kind: 'discussion', durationMinutes: 45 },
    },
    {
      by: malin.id,
      at: t('2019-11-12', '13:30'),
      item: { id: 'motesplan-2020', title: 'Nätverkets möten 2020', kind: 'decision', durationMinutes: 30 },
    },
    {
      by: nadja.id,
      at: t('2019-11-18', '09:00'),
      item: { id: 'lasplattor', title: 'Erfarenheter av läsplattor på korttidsboende', kind: 'information', durationMinutes: 20 },
    },
  ],
});

const deliverables: HistoryStep[] = [
  { type: 'startDrafting', by: helena.id, at: t('2019-01-24', '13:00'), deliverableId: `${P}:deltagarlista-2019` },
  { type: 'startDrafting', by: helena.id, at: t('2019-02-01', '09:30'), deliverableId: `${P}:minnesanteckningar-2019` },
  {
    type: 'planDeliverable',
    by: helena.id,
    at: t('2019-09-02', '09:00'),
    deliverableId: `${P}:lagesrapport-e-radet-2019`,
    deliverable: {
      id: `${P}:lagesrapport-e-radet-2019`,
      kind: 'statusReport',
      title: 'Lägesrapport till e-rådet hösten 2019',
      description: 'Kommungemensamma behov som nätverket lyfter till e-rådet för vidarehantering.',
      mandateId,
      groupId: networkId,
      ownerId: helena.id,
      due: '2019-10-31',
    },
  },
  { type: 'startDrafting', by: helena.id, at: t('2019-09-16', '09:00'), deliverableId: `${P}:lagesrapport-e-radet-2019` },
  {
    type: 'submitDeliverable',
    by: helena.id,
    at: t('2019-11-15', '10:00'),
    deliverableId: `${P}:deltagarlista-2019`,
    documentUrl: 'https://www.example.se/fyrbodal/e-halsa/deltagarlista-2019.pdf',
    version: '0.9',
  },
];

export const fyrbodalHistory: SampleHistory = {
  referenceDate: sampleReferenceDates.fyrbodal,
  loadedAt: t('2018-12-17', '08:00'),
  loadedBy: helena.id,
  commands: () => historyOf(P, [...mandate, ...january, ...march, ...may, ...august, ...october, ...december, ...deliverables]),
};
