/**
 * Sample dataset: the e-health network of the Fyrbodal association of municipalities,
 * 2019–2020 (seed 004) — its mandate with the document's version history, twelve network
 * meetings (six a year), deliverables and the evaluation the follow-up asks for.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import type { MandateInput } from '../mandate/mandate.schema.js';
import type { MeetingSeriesInput } from '../meeting/meeting-series.schema.js';
import {
  fyrbodalAssociation,
  fyrbodalCommissioner,
  fyrbodalOrganisations,
  fyrbodalPeople,
  fyrbodalProcessLeader,
  fyrbodalRepresentatives,
  fyrbodalRoles,
  fyrbodalStaffingPlan,
} from './fyrbodal.people.js';
import { networkAdministration, swedishTime } from './sample-helpers.js';

const P = 'fyrbodal';
const networkId = `${P}:e-halsonatverket`;
const mandateId = `${P}:uppdrag-e-halsonatverket`;

/** The process leader administers the network's data in the tool. */
export const fyrbodalAdministration = networkAdministration(P, fyrbodalProcessLeader);

/** Mötesfrekvens och agenda: 6 a year about 2 months apart, agenda 2 weeks before, room and link. */
export const fyrbodalMeetingSeries: MeetingSeriesInput = {
  id: `${P}:natverksmote`,
  name: 'Möte för nätverk',
  groupId: networkId,
  cadence: { meetingsPerYear: 6, intervalWeeks: 8, breakMonths: [7] },
  agendaLeadTimeDays: 14,
  minutesDueDays: 14,
  place: 'Konferensrum Kungsörn, Fyrbodals kommunalförbund, Vänersborg',
  onlineLink: 'https://meet.example.se/fyrbodal-e-halsa',
  responsibleRole: 'processLeader',
  startTime: '09:00',
  durationMinutes: 180,
};

/** Network meetings 2019–2020, Thursdays, none in July or on a day off. */
const meetingStarts = [
  '2019-01-24', '2019-03-21', '2019-05-16', '2019-08-29', '2019-10-17', '2019-12-05',
  '2020-01-23', '2020-03-19', '2020-05-14', '2020-08-27', '2020-10-15', '2020-12-03',
].map((day) => swedishTime(day, '09:00'));

export const fyrbodalMandate: MandateInput = {
  id: mandateId,
  title: 'Uppdragsbeskrivning – Nätverket för e-hälsa i Fyrbodal',
  date: '2019-02-08',
  version: '0.2',
  unit: 'Fyrbodals kommunalförbund',
  background:
    'Socialtjänsten och hälso- och sjukvården är välfärdsområden där digitaliseringen bär med sig stora möjligheter. Sedan 2009 finns ett regionalt utvecklingsarbete initierat av VästKom, med fokus på frågor som berör e-hälsa. För att effektivisera arbetet på en delregional nivå behöver kommunerna i Fyrbodal samarbeta mer i frågor rörande e-hälsa. Nätverket för e-hälsa arbetar nära nätverket för e-samhälle och e-rådet i Fyrbodals kommunalförbund.',
  purpose:
    'Nätverket för e-hälsa har ett ansvar att genom erfarenhetsutbyte och intressebevakning av lokala, regionala och nationella digitaliseringsinitiativ skapa bättre förutsättningar för samverkan i våra verksamheter.',
  scope: {
    text: 'Forumets huvudsakliga ämnesområden innefattar verksamhet inom socialtjänst och kommunal hälso- och sjukvård.',
    subjectAreas: [
      'Digital kompetens',
      'Digital trygghet',
      'Digital innovation',
      'Digitalt ledarskap',
      'Digital infrastruktur',
      'Välfärdsteknik',
    ],
  },
  tasks: [
    {
      area: 'Sammanfattning av uppdraget',
      items: [
        'Lyfta fram och bevaka Fyrbodalgemensamma frågor till e-rådet',
        'Fungera som stöd till e-rådet inom specifika frågor rörande ämnesområdena',
        'Vara en resurs för samverkan, kunskapsutveckling och erfarenhetsutbyte inom området för e-hälsa',
        'Vara ett stöd för varandra, att kunna ställa frågor och ge svar på aktuella frågor',
        'Föra en dialog avseende e-hälsa och frågor som aktualiserats i respektive organisation',
      ],
    },
  ],
  competenceRequirements: [
    'God förståelse för både verksamhetsutveckling och kvalitetsarbete samt kännedom om informationsstruktur',
  ],
  commissioner: { id: `${P}:socialchefsnatverket`, name: 'Socialchefsnätverket, Fyrbodals kommunalförbund' },
  financiers: [{ id: `${P}:vastkom`, name: 'VästKom' }],
  period: { start: '2019-01-01', end: '2020-12-31' },
  organisation: {
    description:
      'En till två representanter från varje kommun i Fyrbodals kommunalförbund, förslagsvis en verksamhetsutvecklare, digitaliseringsstrateg, IT-samordnare eller verksamhetschef, samt processledare (e-samordnare).',
    groupIds: [networkId],
    reportingLines: [
      { to: 'E-rådet', toId: `${P}:e-radet`, description: 'Kommungemensamma behov lyfts till e-rådet för vidarehantering.' },
      { to: 'Socialchefsnätverket', toId: `${P}:socialchefsnatverket`, description: 'Behov av beslut eskaleras till uppdragsgivaren.' },
    ],
  },
  staffingPlan: fyrbodalStaffingPlan,
  roles: fyrbodalRoles,
  meetings: [fyrbodalMeetingSeries],
  deliverables: [
    {
      kind: 'minutes',
      description: 'Minnesanteckningar ska föras vid varje möte och ska tydligt visa vad som informerats, diskuterats och beslutats på mötena.',
    },
    { kind: 'attendanceList', description: 'Deltagarlistan visar vilka representanter som närvarat vid vilka mötestillfällen.' },
    {
      kind: 'evaluationReport',
      description: 'En sammanställning av nätverksrepresentanternas förväntningar, upplevelse och aktiviteter under uppdragets tidsperiod.',
      due: '2020-12-15',
    },
  ],
  followUp: {
    description:
      'För att följa upp nätverket ska en utvärdering göras av nätverkets representanter. Vid uppstart sammanställer processledaren representanternas förväntningar; under uppdragstiden dokumenterar processledaren representanternas upplevelse av nätverket. Utvärderingsrapporten kompletterar slutrapporterna kopplade till den regionala och delregionala handlingsplanen.',
    evaluationContents: [
      'Förväntningar på nätverket',
      'Upplevelse av nätverkets syfte',
      'Utvärdering av nätverkets aktiviteter',
      'Rekommendationer inför framtiden',
    ],
  },
  versionHistory: [
    { date: '2019-02-08', version: '0.1', issuer: fyrbodalProcessLeader.name, reason: 'Utkast framtaget' },
    { date: '2019-02-24', version: '0.1', issuer: 'Granskad av e-hälsonätverket' },
    {
      date: '2019-02-25',
      version: '0.2',
      issuer: `${fyrbodalProcessLeader.name}, ${fyrbodalRepresentatives[0]!.name}`,
      reason: 'Input från nätverk',
    },
    // The reviews of 0.2 by the network and by socialchefsnätverket, and the approval as
    // 1.0, are the sample's history (history/fyrbodal.history.ts), recorded by the runtime.
  ],
  classification: 'internal',
  classificationRule: 'Vid fastställande av heltalsversion klassas dokumentet som allmän handling.',
  complianceRule:
    'Processledare och representanterna i nätverket har i uppgift att inför varje nytt år revidera uppdragshandlingen tillsammans. Alla ändringar förutom bemanningsplan och möten ska godkännas av uppdragsgivare.',
};

export const fyrbodal: DatasetInput = {
  id: P,
  name: { sv: 'E-hälsonätverket i Fyrbodal', en: 'The Fyrbodal e-health network' },
  description: {
    sv: 'Ett nätverk med en till två representanter från var och en av Fyrbodals 14 kommuner, 2019–2020. Uppdragsgivare är socialchefsnätverket och finansiär VästKom.',
    en: 'A network of one or two representatives from each of the 14 Fyrbodal municipalities, 2019–2020, commissioned by the social-services chiefs’ network and financed by VästKom.',
  },
  source: 'Uppdragsbeskrivning för e-hälsonätverket i Fyrbodal (seed 004)',
  organisations: fyrbodalOrganisations,
  people: fyrbodalPeople,
  roles: [...fyrbodalRoles, fyrbodalAdministration.role],
  networkStaffing: fyrbodalAdministration.staffing,
  groups: [
    {
      id: networkId,
      kind: 'network',
      name: 'E-hälsonätverket',
      hostOrganisationId: fyrbodalAssociation.id,
      parentGroupId: `${P}:e-radet`,
      mandateId,
    },
    {
      id: `${P}:socialchefsnatverket`,
      kind: 'network',
      name: 'Socialchefsnätverket',
      description: 'Uppdragsgivare för e-hälsonätverket.',
      hostOrganisationId: fyrbodalAssociation.id,
      // Its chair speaks for it: only he reviews the mandate on its behalf.
      staffingPlan: {
        entries: [{ roleId: `${P}:uppdragsgivare`, organisationId: fyrbodalAssociation.id, personIds: [fyrbodalCommissioner.id] }],
      },
    },
    {
      id: `${P}:e-radet`,
      kind: 'steeringGroup',
      name: 'E-rådet',
      description: 'Etablerat av kommundirektörsnätverket 2019-02-22 för att arbeta strategiskt med digitalisering.',
      hostOrganisationId: fyrbodalAssociation.id,
    },
  ],
  mandates: [fyrbodalMandate],
  meetings: meetingStarts.map((startsAt, i) => ({
    id: `${P}:mote-${startsAt.slice(0, 10)}`,
    seriesId: fyrbodalMeetingSeries.id,
    groupId: networkId,
    title: `Nätverksmöte ${i % 6 + 1}/${startsAt.slice(0, 4)}`,
    startsAt,
    durationMinutes: 180,
    place: fyrbodalMeetingSeries.place,
    onlineLink: fyrbodalMeetingSeries.onlineLink,
  })),
  deliverables: [
    {
      id: `${P}:minnesanteckningar-2019`,
      kind: 'minutes',
      title: 'Minnesanteckningar från nätverksmötena 2019',
      mandateId,
      groupId: networkId,
      ownerId: fyrbodalProcessLeader.id,
      due: '2019-12-19',
    },
    {
      id: `${P}:deltagarlista-2019`,
      kind: 'attendanceList',
      title: 'Deltagarlista 2019',
      mandateId,
      groupId: networkId,
      ownerId: fyrbodalProcessLeader.id,
      due: '2019-12-19',
    },
    {
      id: `${P}:utvarderingsrapport`,
      kind: 'evaluationReport',
      title: 'Utvärderingsrapport för e-hälsonätverket 2019–2020',
      mandateId,
      groupId: networkId,
      ownerId: fyrbodalProcessLeader.id,
      due: '2020-12-15',
    },
  ],
  evaluations: [
    {
      id: `${P}:utvardering-2019-2020`,
      title: 'Utvärdering av e-hälsonätverket 2019–2020',
      mandateId,
      groupId: networkId,
      period: { start: '2019-01-01', end: '2020-12-31' },
      compiledBy: fyrbodalProcessLeader.id,
      contributors: fyrbodalRepresentatives.slice(0, 3).map((r) => ({ personId: r.id, organisationId: r.organisationId, role: 'Kommunrepresentant' })),
      expectations: [
        { text: 'Att få ett forum för erfarenhetsutbyte om välfärdsteknik mellan kommunerna.', contributorId: fyrbodalRepresentatives[0]!.id, collectedAt: '2019-01-24' },
        { text: 'Att gemensamma behov når e-rådet snabbare.', contributorId: fyrbodalRepresentatives[1]!.id, collectedAt: '2019-01-24' },
      ],
      experiences: [
        { text: 'Mötena med både konferensrum och länk gör det lätt att delta från de mindre kommunerna.', contributorId: fyrbodalRepresentatives[2]!.id, collectedAt: '2019-10-17' },
      ],
      recommendations: ['Fortsätt med sex möten per år och bjud in e-rådet till ett möte per termin.'],
    },
  ],
};

/** The commissioner and process leader, for tests and demos that act as them. */
export const fyrbodalActors = { commissioner: fyrbodalCommissioner, processLeader: fyrbodalProcessLeader };
