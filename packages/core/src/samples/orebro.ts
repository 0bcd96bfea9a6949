/**
 * Sample dataset: collaboration leaders in Örebro county (seed 002). A county-wide mandate
 * sets what is common; each of the four sub-county groups refines it into a local mandate
 * (parentMandateId) and drives a local action plan.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import type { MandateInput } from '../mandate/mandate.schema.js';
import type { MeetingSeriesInput } from '../meeting/meeting-series.schema.js';
import {
  orebroCollaborationLeaders,
  orebroCountyManagement,
  orebroCountyManagementRole,
  orebroGroups,
  orebroOrganisations,
  orebroPeople,
  orebroRoles,
  orebroStaffingPlans,
  regionOrebro,
  regionalDevelopment,
  subCounties,
} from './orebro.people.js';
import { networkAdministration, swedishTime } from './sample-helpers.js';

const P = 'orebro';
const countyMandateId = `${P}:uppdrag-samverkansledare-lanet`;

const countyTasks: MandateInput['tasks'] = [
  {
    area: 'Samordning av grupper för samverkan i länsdelarna',
    items: [
      'Tillsammans med ordförande eller arbetsutskott planera och samordna länsdelsgruppens arbete',
      'Kalla till möten och föra minnesanteckningar i länsdelsgrupp',
      'Samordna och leda andra, permanenta eller tillfälliga lokala grupper för samverkan på uppdrag av länsdelsgrupp',
    ],
  },
  {
    area: 'Länsdelens handlingsplan eller motsvarande',
    items: [
      'Agera motor i utvecklingsarbetet med utgångspunkt i handlingsplanens samverkansområden',
      'Informera, samordna, omvärldsbevaka, processa, följa upp och utbilda med utgångspunkt i handlingsplanens samverkansområden',
      'Initiera förbättringsarbete i länsdelen vid behov',
      'Samordna revidering och uppföljning av handlingsplan',
    ],
  },
  {
    area: 'Länsgemensamma uppdrag',
    items: [
      'Stödja fler länsdelar i arbeten där enskild samverkansledare har god kompetens och för att undvika dubbelarbete',
      'Om samverkansledaren ska användas till länsgemensamma uppdrag som påverkar uppdraget i länsdelen ska avstämning ske med länsdelsgruppen',
      'Delta i regionalt nätverk med utvecklingsledare på Regional utveckling, Välfärd och folkhälsa',
      'Delta i arbetet med utveckling och uppföljning av ViSam-modellen samt regelbundet sammankalla metodhandledare i sin länsdel',
      'Dialog och erfarenhetsutbyte med de andra samverkansledarna',
    ],
  },
];

export const orebroCountyMandate: MandateInput = {
  id: countyMandateId,
  title: 'Uppdragsbeskrivning Samverkansledare i Örebro län',
  date: '2024-01-15',
  // The proposal; the sub-county groups review it and the parties approve it as 1.0 on
  // 2024-03-01 in the sample's history.
  version: '0.9',
  background:
    'I Örebro län finns sedan 2015 en samverkansledare knuten till var och en av de fyra länsdelsgrupperna. Samverkansledaren har sin grundanställning i Region Örebro län men är samfinansierad av regionen och länets kommuner, och rollen styrs därför av parterna gemensamt.',
  purpose:
    'Att tydliggöra rollen på en länsövergripande nivå som säkerställer en likvärdighet över länet, samtidigt som uppdraget huvudsakligen regleras lokalt i länsdelen.',
  scope: { text: 'Länsdelsgruppernas samverkan mellan Region Örebro län och länets tolv kommuner.' },
  tasks: countyTasks,
  commissioner: { id: `${P}:parterna`, name: 'Region Örebro län och länets kommuner gemensamt' },
  financiers: [
    { id: regionOrebro.id, name: regionOrebro.name },
    { id: `${P}:kommunerna`, name: 'Länets kommuner' },
  ],
  period: { start: '2024-04-01' },
  organisation: {
    description: 'En samverkansledare per länsdelsgrupp, anställd vid Regional utveckling, Välfärd och folkhälsa.',
    groupIds: orebroGroups.map((g) => g.id),
  },
  staffingPlan: {
    entries: [
      {
        roleId: `${P}:samverkansledare`,
        organisationId: regionalDevelopment.id,
        personIds: orebroCollaborationLeaders.map((p) => p.id),
        min: 4,
        max: 4,
      },
      {
        roleId: orebroCountyManagementRole.id,
        personIds: orebroCountyManagement.map((p) => p.id),
        min: 2,
        max: 4,
        note: 'Region Örebro län och länets kommuner',
      },
    ],
  },
  roles: [orebroRoles[0]!, orebroCountyManagementRole],
  versionHistory: [{ date: '2024-01-15', version: '0.9', issuer: orebroCollaborationLeaders[0]!.name, reason: 'Förslag' }],
  classification: 'internal',
};

/** Each sub-county group meets eight times a year; the collaboration leader convenes. */
const seriesOf = (groupId: string): MeetingSeriesInput => ({
  id: `${groupId}-mote`,
  name: 'Möte i länsdelsgrupp',
  groupId,
  cadence: { meetingsPerYear: 8, intervalWeeks: 5, breakMonths: [7] },
  agendaLeadTimeDays: 7,
  minutesDueDays: 14,
  place: 'Kommunhuset',
  onlineLink: 'https://meet.example.se/orebro-lansdel',
  responsibleRole: 'collaborationLeader',
});

/** The local mandates: the county-wide one refined with each part's own focus. */
export const orebroLocalMandates: MandateInput[] = orebroGroups.map((group, i) => ({
  id: group.mandateId!,
  title: `Lokal uppdragsbeskrivning Samverkansledare – ${subCounties[i]!.name}`,
  date: '2024-04-15',
  // Each group approves its local refinement in May 2024, after the county-wide mandate (history).
  version: '0.9',
  background: orebroCountyMandate.background,
  purpose: `Att med utgångspunkt i den länsgemensamma uppdragsbeskrivningen anpassa samverkansledarens uppdrag till förutsättningarna i ${subCounties[i]!.name}.`,
  scope: { text: `Samverkan mellan ${subCounties[i]!.municipalities.map(([m]) => m).join(', ')} och Region Örebro län.` },
  tasks: [
    ...countyTasks,
    { area: 'Lokalt fokus', items: [`Driva länsdelens prioriterade samverkansområden i ${subCounties[i]!.name}`] },
  ],
  commissioner: { id: group.id, name: group.name },
  period: { start: '2024-06-01' },
  organisation: { description: `${group.name} med ordförande, arbetsutskott och samverkansledare.`, groupIds: [group.id] },
  staffingPlan: orebroStaffingPlans[group.id]!,
  roles: orebroRoles,
  meetings: [seriesOf(group.id)],
  deliverables: [{ kind: 'actionPlan', description: 'Länsdelens handlingsplan, reviderad och uppföljd årligen.', due: '2025-03-31' }],
  versionHistory: [{ date: '2024-04-15', version: '0.9', issuer: orebroCollaborationLeaders[i]!.name, reason: 'Förslag' }],
  classification: 'internal',
  parentMandateId: countyMandateId,
}));

/** The first sub-county group's collaboration leader administers the county's data in the tool. */
export const orebroAdministration = networkAdministration(P, orebroCollaborationLeaders[0]!);

export const orebro: DatasetInput = {
  id: P,
  name: { sv: 'Länsdelsgrupperna i Örebro län', en: 'The sub-county groups of Örebro county' },
  description: {
    sv: 'Fyra länsdelsgrupper med var sin samverkansledare, en länsgemensam uppdragsbeskrivning som varje länsdel förfinar lokalt och lokala handlingsplaner.',
    en: 'Four sub-county groups, each with a collaboration leader, a county-wide mandate that every group refines locally, and local action plans.',
  },
  source: 'Uppdragsbeskrivning Samverkansledare i Örebro län (seed 002)',
  organisations: orebroOrganisations,
  people: orebroPeople,
  roles: [...orebroRoles, orebroCountyManagementRole, orebroAdministration.role],
  networkStaffing: orebroAdministration.staffing,
  groups: [
    ...orebroGroups,
    {
      // The parties decide together: the county-wide management group speaks for them.
      id: `${P}:parterna`,
      kind: 'steeringGroup',
      name: 'Parterna gemensamt',
      description: 'Region Örebro län och länets kommuner, som gemensamt styr samverkansledarens roll genom den länsgemensamma ledningsgruppen.',
      hostOrganisationId: regionOrebro.id,
      staffingPlan: { entries: [{ roleId: orebroCountyManagementRole.id, personIds: orebroCountyManagement.map((p) => p.id), min: 2, max: 4 }] },
    },
    {
      id: `${P}:regionalt-natverk-utvecklingsledare`,
      kind: 'network',
      name: 'Regionalt nätverk för utvecklingsledare',
      hostOrganisationId: regionalDevelopment.id,
      staffingPlan: {
        entries: [{ roleId: `${P}:samverkansledare`, personIds: orebroCollaborationLeaders.map((p) => p.id), min: 4, max: 10 }],
      },
    },
  ],
  mandates: [orebroCountyMandate, ...orebroLocalMandates],
  meetings: orebroGroups.flatMap((group, g) =>
    ['2026-09-08', '2026-10-13', '2026-11-17', '2026-12-15'].map((day, i) => ({
      id: `${group.id}-mote-${day}`,
      seriesId: `${group.id}-mote`,
      groupId: group.id,
      title: `${group.name}, möte ${i + 1}`,
      startsAt: swedishTime(day, `${String(9 + g).padStart(2, '0')}:00`),
      durationMinutes: 120,
      place: 'Kommunhuset',
    })),
  ),
  deliverables: orebroGroups.map((group, i) => ({
    id: `${group.id}-handlingsplan`,
    kind: 'actionPlan',
    title: `Handlingsplan ${subCounties[i]!.name} 2025–2026`,
    mandateId: group.mandateId,
    groupId: group.id,
    ownerId: orebroCollaborationLeaders[i]!.id,
    due: '2025-03-31',
  })),
  actionPlans: orebroGroups.map((group, i) => ({
    id: `${group.id}-handlingsplan-2025`,
    title: `Handlingsplan ${subCounties[i]!.name} 2025–2026`,
    subCountyGroupId: group.id,
    period: { start: '2025-01-01', end: '2026-12-31' },
    areas: [
      {
        id: 'aldre',
        name: 'Äldres hälsa',
        activities: [
          { id: 'visam', text: 'Sprida ViSam-modellen till alla hemtjänstgrupper', responsible: 'Samverkansledare och metodhandledare', due: '2025-12-31', status: 'ongoing' },
          { id: 'fallprevention', text: 'Gemensam utbildning i fallprevention', responsible: 'Arbetsutskottet', due: '2026-06-30' },
        ],
      },
      {
        id: 'barn-unga',
        name: 'Barn och unga',
        activities: [{ id: 'sip', text: 'Följa upp användningen av samordnad individuell plan (SIP)', responsible: 'Samverkansledare', due: '2026-03-31', status: 'notStarted' }],
      },
    ],
    followUps: [{ date: '2025-11-20', text: 'Halvårsuppföljning i länsdelsgruppen: ViSam används i två av tre kommuner.', by: orebroCollaborationLeaders[i]!.id }],
    revisions: [{ date: '2025-01-15', version: '1.0', reason: 'Ny handlingsplan för 2025–2026' }],
  })),
};
