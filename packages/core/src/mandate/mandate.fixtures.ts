/**
 * Test fixtures: two draft mandates shaped after the seeds (Fyrbodal's e-health network and
 * Dalarna's transition leader). Not part of the public API; people are invented ids.
 */
import { Mandate, type MandateInput } from './mandate.schema.js';

export const fyrbodalDraftInput: MandateInput = {
  id: 'fyrbodal:uppdrag-e-halsa',
  title: 'Uppdragsbeskrivning för nätverket för e-hälsa',
  date: '2019-02-08',
  version: '0.1',
  background:
    'Sedan 2009 finns ett regionalt utvecklingsarbete initierat av VästKom, med fokus på frågor som berör e-hälsa.',
  purpose:
    'Nätverket för e-hälsa har ett ansvar att genom erfarenhetsutbyte och intressebevakning skapa bättre förutsättningar för samverkan.',
  scope: {
    text: 'Verksamhet inom socialtjänst och kommunal hälso- och sjukvård.',
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
      items: ['Lyfta fram och bevaka Fyrbodalgemensamma frågor till e-rådet.'],
    },
  ],
  competenceRequirements: ['God förståelse för både verksamhetsutveckling och kvalitetsarbete.'],
  commissioner: { id: 'fyrbodal:socialchefsnatverket', name: 'Socialchefsnätverket, Fyrbodals kommunalförbund' },
  financiers: [{ id: 'fyrbodal:vastkom', name: 'VästKom' }],
  period: { start: '2019-01-01', end: '2020-12-31' },
  organisation: {
    description: 'En till två representanter från varje kommun i Fyrbodals kommunalförbund samt processledare.',
    groupIds: ['fyrbodal:e-halsonatverket'],
    reportingLines: [{ to: 'E-rådet', description: 'Lyfter kommungemensamma behov för vidarehantering.' }],
  },
  staffingPlan: {
    entries: [
      { roleId: 'fyrbodal:uppdragsgivare', organisationId: 'fyrbodal:forbundet', personIds: ['fyrbodal:p-commissioner'] },
      { roleId: 'fyrbodal:processledare', organisationId: 'fyrbodal:forbundet', personIds: ['fyrbodal:p-leader'] },
      { roleId: 'fyrbodal:kommunrepresentant', organisationId: 'fyrbodal:bengtsfors', personIds: [], max: 2 },
      { roleId: 'fyrbodal:kommunrepresentant', organisationId: 'fyrbodal:dals-ed', personIds: ['fyrbodal:p-rep1'], max: 2 },
    ],
  },
  roles: [
    { id: 'fyrbodal:uppdragsgivare', kind: 'commissioner', name: 'Uppdragsgivare', authorities: ['approveMandate'] },
    { id: 'fyrbodal:processledare', kind: 'processLeader', name: 'Processledare', authorities: ['draftMandate'] },
    { id: 'fyrbodal:kommunrepresentant', kind: 'representative', name: 'Kommunrepresentant' },
  ],
  meetings: [
    {
      id: 'fyrbodal:natverksmote',
      name: 'Möte för nätverk',
      groupId: 'fyrbodal:e-halsonatverket',
      cadence: { meetingsPerYear: 6, intervalWeeks: 8 },
      agendaLeadTimeDays: 14,
      place: 'Konferensrum',
      onlineLink: 'https://meet.example.se/e-halsa',
      responsibleRole: 'processLeader',
    },
  ],
  deliverables: [
    { kind: 'minutes', description: 'Vad som informerats, diskuterats och beslutats på mötena.' },
    { kind: 'attendanceList', description: 'Vilka representanter som närvarat vid vilka möten.' },
    { kind: 'evaluationReport', description: 'Förväntningar, upplevelse och aktiviteter under perioden.', due: '2020-12-31' },
  ],
  followUp: {
    description: 'En utvärdering görs av nätverkets representanter.',
    evaluationContents: [
      'Förväntningar på nätverket',
      'Upplevelse av nätverkets syfte',
      'Utvärdering av nätverkets aktiviteter',
      'Rekommendationer inför framtiden',
    ],
  },
  versionHistory: [{ date: '2019-02-08', version: '0.1', issuer: 'fyrbodal:p-leader', reason: 'Utkast framtaget' }],
  classification: 'internal',
  classificationRule: 'Vid fastställande av heltalsversion klassas dokumentet som allmän handling.',
  complianceRule: 'Alla ändringar förutom bemanningsplan och möten ska godkännas av uppdragsgivare.',
};

export const dalarnaDraftInput: MandateInput = {
  id: 'dalarna:omstallningsledare',
  title: 'Uppdragsbeskrivning – Omställningsledare för överenskommelse Hälso- och sjukvård i hemmet',
  date: '2026-01-08',
  diaryNumber: 'XXXXXX',
  version: '0.1',
  unit: 'Hälsa och Välfärd',
  summary: 'Omställningsledaren tar fram en överenskommelse för Hälso- och sjukvård i hemmet.',
  background: 'År 2013 beslutades det första hemsjukvårdsavtalet mellan samtliga 15 kommuner i länet och Region Dalarna.',
  purpose: 'Att leda, samordna och säkerställa processen för att ta fram en gemensam överenskommelse.',
  scope: { text: 'Från start till färdig slutprodukt.' },
  tasks: [
    { area: 'Operativt ansvar', items: ['Leda arbetet med framtagande av överenskommelsen.'] },
    { area: 'Strategiskt ansvar', items: ['Bidra med beslutsunderlag till styrgrupper och ledningsfunktioner.'] },
    { area: 'Samverkan', items: ['Föra dialog med relevanta aktörer inom region och kommun.'] },
    { area: 'Arbets- och referensgrupper', items: ['Knyta referenspersoner med patient- eller anhörigerfarenhet till processen.'] },
  ],
  competenceRequirements: ['Gedigen erfarenhet av omställningsarbete och samverkansprocesser.'],
  commissioner: { id: 'dalarna:valfardsradet', name: 'Välfärdsrådet' },
  financiers: [{ id: 'dalarna:region', name: 'Region Dalarna' }],
  period: { start: '2026-02-01', durationMonths: 18, extension: {} },
  organisation: {
    description: 'Omställningsledaren anställs inom RSS-strukturen, avdelningen Hälsa och Välfärd.',
    groupIds: ['dalarna:styrgrupp'],
    reportingLines: [{ to: 'Länschefsnätverkets styrgrupp', description: 'Rapporterar löpande.' }],
  },
  staffingPlan: { entries: [{ roleId: 'dalarna:omstallningsledare', personIds: [] }] },
  deliverables: [
    { kind: 'agreement', description: 'Överenskommelse för Hälso- och sjukvård i hemmet.' },
    { kind: 'finalReport', description: 'Slutrapport.' },
  ],
  versionHistory: [{ date: '2026-01-08', version: '0.1', issuer: 'dalarna:p-author', reason: 'Utkast framtaget' }],
};

/** The fixtures parsed (defaults applied), as the machine takes them. */
export const fyrbodalDraft: Mandate = Mandate.parse(fyrbodalDraftInput);
export const dalarnaDraft: Mandate = Mandate.parse(dalarnaDraftInput);
