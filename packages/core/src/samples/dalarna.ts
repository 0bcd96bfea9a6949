/**
 * Sample dataset: the transition assignment in Region Dalarna (seed 003) — an 18-month
 * mandate with a possible extension for a transition leader who produces an agreement on
 * home health care between the fifteen municipalities and the region, with its five
 * documentation deliverables, a risk and consequence analysis and reference persons with
 * patient or next-of-kin experience.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import type { MandateInput } from '../mandate/mandate.schema.js';
import type { MeetingSeriesInput } from '../meeting/meeting-series.schema.js';
import {
  dalarnaCommissioner,
  dalarnaOrganisations,
  dalarnaParties,
  dalarnaPeople,
  dalarnaReferencePersons,
  dalarnaRoles,
  dalarnaStaffingPlan,
  dalarnaSteeringGroupMembers,
  regionDalarna,
  rssHealthAndWelfare,
  transitionLeader,
} from './dalarna.people.js';
import { networkAdministration, swedishTime } from './sample-helpers.js';

const P = 'dalarna';
const mandateId = `${P}:uppdrag-omstallningsledare`;
const steeringGroupId = `${P}:styrgrupp-omstallning`;

export const dalarnaSteeringSeries: MeetingSeriesInput = {
  id: `${P}:styrgruppsmote`,
  name: 'Styrgruppsmöte för omställningen',
  groupId: steeringGroupId,
  cadence: { meetingsPerYear: 10, intervalWeeks: 4, breakMonths: [7] },
  agendaLeadTimeDays: 7,
  minutesDueDays: 10,
  place: 'Regionhuset, Falun',
  onlineLink: 'https://meet.example.se/dalarna-omstallning',
  responsibleRole: 'transitionLeader',
  startTime: '13:00',
  durationMinutes: 120,
};

export const dalarnaMandate: MandateInput = {
  id: mandateId,
  title: 'Uppdragsbeskrivning – Omställningsledare för överenskommelse Hälso- och sjukvård i hemmet',
  date: '2025-12-08',
  diaryNumber: 'RD 2026/0042',
  // The proposal; the steering group reviews it and Välfärdsrådet approves it as 1.0 on
  // 2026-01-08 (the seed's date) in the sample's history.
  version: '0.9',
  unit: 'Hälsa och Välfärd',
  summary:
    'Omställningsledaren ansvarar för att ta fram en överenskommelse för hälso- och sjukvård i hemmet som ersätter dagens hemsjukvårdsavtal. Uppdraget sträcker sig initialt över 18 månader med möjlighet till förlängning.',
  background:
    'År 2013 beslutades det första hemsjukvårdsavtalet mellan samtliga 15 kommuner i länet och Region Dalarna. Sedan dess har hemsjukvårdens innehåll förändrats avsevärt. Parallellt med en revidering av avtalet togs en omställningsplan fram för att etablera en ny överenskommelse, där rollen som omställningsledare presenterades.',
  purpose:
    'Att leda, samordna och säkerställa processen för att ta fram en gemensam överenskommelse för hälso- och sjukvård i hemmet. Omställningsledaren ansvarar för förankring, samverkan och strukturering av arbetet mellan kommun och region.',
  scope: { text: 'Hälso- och sjukvård i hemmet i Dalarnas län, mellan länets 15 kommuner och Region Dalarna.' },
  tasks: [
    {
      area: 'Operativt ansvar',
      items: [
        'Leda arbetet med framtagande av överenskommelsen',
        'Samordna grupperingar och möten inom ramen för omställningsarbetet',
        'Säkerställa löpande förankring i berörda organisationer',
      ],
    },
    {
      area: 'Strategiskt ansvar',
      items: [
        'Analysera verksamhetsförutsättningar i länets kommuner och region',
        'Bidra med beslutsunderlag till styrgrupper och ledningsfunktioner',
        'Säkerställa att omställningsarbetet följer omställningsplanens riktning',
      ],
    },
    {
      area: 'Samverkan',
      items: ['Föra dialog med relevanta aktörer inom region och kommun', 'Samverka med systemledningar och utvecklingsledare inom RSS'],
    },
    {
      area: 'Arbets- och referensgrupper',
      items: [
        'Involvera befintliga arbetsgrupper och skapa nya vid behov',
        'Knyta referenspersoner med patient- eller anhörigerfarenhet till processen',
        'Säkerställa samordning mellan parallella processer och revideringar',
      ],
    },
  ],
  competenceRequirements: dalarnaRoles[0]!.competenceRequirements,
  commissioner: { id: `${P}:valfardsradet`, name: 'Välfärdsrådet' },
  period: { start: '2026-02-01', durationMonths: 18, extension: { maxCount: 1, maxMonths: 12 } },
  organisation: {
    description:
      'Omställningsledaren anställs inom RSS-strukturen, avdelningen Hälsa och Välfärd, ingår i styrgruppen utsedd av Välfärdsrådet och rapporterar löpande till Länschefsnätverkets styrgrupp. Arbetet förankras hos ledande politiker och chefer.',
    groupIds: [steeringGroupId, `${P}:referensgrupp`, `${P}:arbetsgrupp-hemsjukvard`],
    reportingLines: [
      { to: 'Länschefsnätverkets styrgrupp', toId: `${P}:lanschefsnatverkets-styrgrupp`, description: 'Löpande rapportering.' },
      { to: 'Välfärdsrådet', toId: `${P}:valfardsradet` },
    ],
  },
  staffingPlan: dalarnaStaffingPlan,
  roles: dalarnaRoles,
  meetings: [dalarnaSteeringSeries],
  deliverables: [
    { kind: 'agreement', description: 'Överenskommelse för Hälso- och sjukvård i hemmet.', due: '2027-06-30' },
    { kind: 'implementationPlan', description: 'Implementeringsplan.', due: '2027-05-31' },
    { kind: 'riskAnalysis', description: 'Risk- och konsekvensanalys.', due: '2026-10-30' },
    { kind: 'finalReport', description: 'Slutrapport.', due: '2027-07-31' },
    { kind: 'communicationPlan', description: 'Kommunikationsplan för förankring i verksamheter.', due: '2026-04-30' },
  ],
  versionHistory: [{ date: '2025-12-08', version: '0.9', issuer: transitionLeader.name, reason: 'Förslag' }],
  classification: 'internal',
};

/** The transition leader administers the assignment's data in the tool. */
export const dalarnaAdministration = networkAdministration(P, transitionLeader);

export const dalarna: DatasetInput = {
  id: P,
  name: { sv: 'Omställningen i Dalarna', en: 'The Dalarna transition assignment' },
  description: {
    sv: 'En omställningsledare tar under 18 månader fram en överenskommelse om hälso- och sjukvård i hemmet mellan Dalarnas 15 kommuner och Region Dalarna.',
    en: 'Over 18 months a transition leader produces an agreement on home health care between the 15 municipalities of Dalarna and the region.',
  },
  source: 'Uppdragsbeskrivning – Omställningsledare, Region Dalarna (seed 003)',
  organisations: dalarnaOrganisations,
  people: dalarnaPeople,
  roles: [...dalarnaRoles, dalarnaAdministration.role],
  networkStaffing: dalarnaAdministration.staffing,
  groups: [
    {
      id: `${P}:valfardsradet`,
      kind: 'steeringGroup',
      name: 'Välfärdsrådet',
      hostOrganisationId: regionDalarna.id,
      // The region's director speaks for the council as the assignment's commissioner.
      staffingPlan: { entries: [{ roleId: `${P}:uppdragsgivare`, organisationId: regionDalarna.id, personIds: [dalarnaCommissioner.id] }] },
    },
    {
      id: steeringGroupId,
      kind: 'steeringGroup',
      name: 'Styrgrupp för omställningen',
      description: 'Utsedd av Välfärdsrådet.',
      hostOrganisationId: rssHealthAndWelfare.id,
      parentGroupId: `${P}:valfardsradet`,
      mandateId,
    },
    {
      id: `${P}:lanschefsnatverkets-styrgrupp`,
      kind: 'steeringGroup',
      name: 'Länschefsnätverkets styrgrupp',
      hostOrganisationId: rssHealthAndWelfare.id,
    },
    {
      id: `${P}:referensgrupp`,
      kind: 'referenceGroup',
      name: 'Referensgrupp med patient- och anhörigerfarenhet',
      hostOrganisationId: rssHealthAndWelfare.id,
      parentGroupId: steeringGroupId,
      staffingPlan: {
        entries: [
          { roleId: `${P}:referensperson`, personIds: dalarnaReferencePersons.map((p) => p.id), min: 2, max: 4 },
          { roleId: `${P}:omstallningsledare`, personIds: [transitionLeader.id] },
        ],
      },
    },
    {
      id: `${P}:arbetsgrupp-hemsjukvard`,
      kind: 'workingGroup',
      name: 'Arbetsgrupp hälso- och sjukvård i hemmet',
      hostOrganisationId: rssHealthAndWelfare.id,
      parentGroupId: steeringGroupId,
    },
  ],
  mandates: [dalarnaMandate],
  meetings: [
    '2026-02-17', '2026-03-17', '2026-04-14', '2026-05-19', '2026-06-16',
    '2026-08-18', '2026-09-15', '2026-10-13', '2026-11-17', '2026-12-08',
  ].map((day) => swedishTime(day, '13:00')).map((startsAt, i) => ({
    id: `${P}:styrgrupp-${startsAt.slice(0, 10)}`,
    seriesId: dalarnaSteeringSeries.id,
    groupId: steeringGroupId,
    title: `Styrgruppsmöte ${i + 1}`,
    startsAt,
    durationMinutes: 120,
    place: dalarnaSteeringSeries.place,
    onlineLink: dalarnaSteeringSeries.onlineLink,
  })),
  deliverables: (dalarnaMandate.deliverables ?? []).map((d) => ({
    id: `${P}:${d.kind}`,
    kind: d.kind,
    title: d.description.replace(/\.$/, ''),
    mandateId,
    ownerId: transitionLeader.id,
    due: d.due ?? '2027-07-31',
  })),
  agreements: [
    {
      id: `${P}:overenskommelse-hsih`,
      title: 'Överenskommelse om hälso- och sjukvård i hemmet',
      description: 'Ersätter hemsjukvårdsavtalet från 2013 mellan länets 15 kommuner och Region Dalarna.',
      mandateId,
      parties: dalarnaParties.map((org) => ({ organisationId: org.id, name: org.name })),
      version: '0.1',
    },
  ],
  riskAnalyses: [
    {
      id: `${P}:risk-och-konsekvensanalys`,
      title: 'Risk- och konsekvensanalys för omställningen',
      scope: 'Övergången från hemsjukvårdsavtalet till en ny överenskommelse om hälso- och sjukvård i hemmet.',
      mandateId,
      date: '2026-09-30',
      version: '0.1',
      participantIds: [transitionLeader.id, ...dalarnaSteeringGroupMembers.map((p) => p.id), ...dalarnaReferencePersons.map((p) => p.id)],
      risks: [
        {
          id: 'r1',
          description: 'En eller flera parter antar inte överenskommelsen i tid.',
          consequence: 'Överenskommelsen träder inte i kraft och det gamla avtalet måste förlängas.',
          likelihood: 3,
          impact: 5,
          mitigation: 'Löpande förankring i varje kommuns ledning och tidig dialog med ledande politiker.',
          ownerId: transitionLeader.id,
        },
        {
          id: 'r2',
          description: 'Otydlig ansvarsfördelning mellan kommun och region under övergången.',
          consequence: 'Patienter riskerar glapp i vården i hemmet.',
          likelihood: 2,
          impact: 5,
          mitigation: 'Implementeringsplan med gemensamma rutiner och referensgruppens granskning.',
          ownerId: dalarnaSteeringGroupMembers[0]!.id,
        },
        {
          id: 'r3',
          description: 'Parallella revideringar drar resurser från omställningen.',
          consequence: 'Förseningar i framtagandet av överenskommelsen.',
          likelihood: 3,
          impact: 2,
          mitigation: 'Samordning av parallella processer i styrgruppen.',
        },
      ],
    },
  ],
};

/** People a demo or test can act as. */
export const dalarnaActors = { commissioner: dalarnaCommissioner, transitionLeader };
