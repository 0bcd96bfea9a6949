/**
 * Who takes part in the Dalarna transition assignment (seed 003): Region Dalarna and the
 * county's fifteen municipalities as the sixteen parties, the transition leader in the RSS
 * structure, the steering groups and reference persons with patient or next-of-kin
 * experience. Every person is invented.
 */
import type { Organisation } from '../organisation/organisation.schema.js';
import type { Person } from '../person/person.schema.js';
import type { RoleInput } from '../role/role.schema.js';
import type { StaffingPlanInput } from '../staffing/staffing-plan.schema.js';
import { inventedName, municipality, organisation, person } from './sample-helpers.js';

const P = 'dalarna';

export const regionDalarna = organisation(P, 'Region Dalarna', 'region');
export const rssHealthAndWelfare = organisation(P, 'RSS Dalarna – Hälsa och välfärd', 'administration', {
  parentId: regionDalarna.id,
});

export const dalarnaMunicipalities: Organisation[] = [
  ['Avesta', '2084'],
  ['Borlänge', '2081'],
  ['Falun', '2080'],
  ['Gagnef', '2026'],
  ['Hedemora', '2083'],
  ['Leksand', '2029'],
  ['Ludvika', '2085'],
  ['Malung-Sälen', '2023'],
  ['Mora', '2062'],
  ['Orsa', '2034'],
  ['Rättvik', '2031'],
  ['Smedjebacken', '2061'],
  ['Säter', '2082'],
  ['Vansbro', '2021'],
  ['Älvdalen', '2039'],
].map(([name, code]) => municipality(P, name!, code!));

/** The sixteen parties to the agreement: the region and the fifteen municipalities. */
export const dalarnaParties: Organisation[] = [regionDalarna, ...dalarnaMunicipalities];

export const dalarnaOrganisations: Organisation[] = [regionDalarna, rssHealthAndWelfare, ...dalarnaMunicipalities];

export const transitionLeader = person(P, 'Linnea Hammar', rssHealthAndWelfare.id, 'nurse', 'Omställningsledare');
/** Chairs Välfärdsrådet, which commissions the assignment. */
export const dalarnaCommissioner = person(P, 'Bo Ekström', regionDalarna.id, 'manager', 'Hälso- och sjukvårdsdirektör');

/** One contact per party, who records that party's decision on the agreement. */
export const dalarnaPartyContacts: Person[] = dalarnaParties.map((org, i) =>
  person(P, inventedName(i, 100), org.id, 'manager', org.kind === 'region' ? 'Avdelningschef' : 'Socialchef'),
);

export const dalarnaSteeringGroupMembers: Person[] = [
  person(P, inventedName(20, 100), regionDalarna.id, 'physician', 'Primärvårdsdirektör'),
  person(P, inventedName(21, 100), dalarnaMunicipalities[2]!.id, 'manager', 'Förvaltningschef'),
  person(P, inventedName(22, 100), dalarnaMunicipalities[8]!.id, 'nurse', 'Medicinskt ansvarig sjuksköterska'),
];

export const dalarnaReferencePersons: Person[] = [
  person(P, inventedName(30, 100), dalarnaMunicipalities[5]!.id, 'other', 'Referensperson, patienterfarenhet'),
  person(P, inventedName(31, 100), dalarnaMunicipalities[1]!.id, 'other', 'Referensperson, anhörigerfarenhet'),
];

export const dalarnaPeople: Person[] = [
  transitionLeader,
  dalarnaCommissioner,
  ...dalarnaPartyContacts,
  ...dalarnaSteeringGroupMembers,
  ...dalarnaReferencePersons,
];

export const dalarnaRoles: RoleInput[] = [
  {
    id: `${P}:omstallningsledare`,
    kind: 'transitionLeader',
    name: 'Omställningsledare',
    englishName: 'Transition leader',
    purpose:
      'Leda, samordna och säkerställa processen för att ta fram en gemensam överenskommelse för hälso- och sjukvård i hemmet.',
    responsibilities: [
      'Leda arbetet med framtagande av överenskommelsen',
      'Samordna grupperingar och möten inom ramen för omställningsarbetet',
      'Säkerställa löpande förankring i berörda organisationer',
      'Analysera verksamhetsförutsättningar i länets kommuner och region',
      'Bidra med beslutsunderlag till styrgrupper och ledningsfunktioner',
      'Säkerställa att omställningsarbetet följer omställningsplanens riktning',
      'Föra dialog med relevanta aktörer inom region och kommun',
      'Samverka med systemledningar och utvecklingsledare inom RSS',
      'Involvera befintliga arbetsgrupper och skapa nya vid behov',
      'Knyta referenspersoner med patient- eller anhörigerfarenhet till processen',
      'Säkerställa samordning mellan parallella processer och revideringar',
    ],
    authorities: [
      'draftMandate',
      'convene',
      'recordAttendance',
      'keepMinutes',
      'approveMinutes',
      'publishRecords',
      'escalate',
      'produceDeliverable',
      'negotiateAgreement',
      'communicate',
    ],
    competenceRequirements: [
      'God kännedom om hälso- och sjukvård i hemmet och specialiserad vård',
      'Gedigen erfarenhet av omställningsarbete och samverkansprocesser',
      'Stark kommunikativ och pedagogisk förmåga',
      'Erfarenhet av ledning av grupperingar och projektarbete',
      'Digital kompetens samt förmåga att ta fram rapporter, statistik och dokumentation',
    ],
  },
  {
    id: `${P}:uppdragsgivare`,
    kind: 'commissioner',
    name: 'Uppdragsgivare (Välfärdsrådet)',
    englishName: 'Commissioner (the Welfare Council)',
    purpose: 'Beställer uppdraget, fastställer det och beslutar om förlängning.',
    authorities: ['appointMembers', 'approveMandate', 'extendMandate', 'endMandate', 'approveDeliverable'],
  },
  {
    id: `${P}:styrgruppsledamot`,
    kind: 'steeringGroupMember',
    name: 'Ledamot i styrgruppen',
    englishName: 'Steering group member',
    purpose: 'Styrgruppen utsedd av Välfärdsrådet följer och styr omställningsarbetet.',
    authorities: ['reviewMandate', 'approveDeliverable', 'proposeAgendaItem'],
  },
  {
    id: `${P}:partsrepresentant`,
    kind: 'representative',
    name: 'Partsrepresentant',
    englishName: 'Party representative',
    purpose: 'Företräder sin kommun eller regionen och registrerar partens beslut om överenskommelsen.',
    authorities: ['recordPartyDecision', 'proposeAgendaItem', 'reviewMandate'],
  },
  {
    id: `${P}:referensperson`,
    kind: 'referencePerson',
    name: 'Referensperson',
    englishName: 'Reference person',
    purpose: 'Bidrar med patient- eller anhörigerfarenhet till processen.',
    authorities: ['proposeAgendaItem'],
  },
];

export const dalarnaStaffingPlan: StaffingPlanInput = {
  entries: [
    { roleId: `${P}:uppdragsgivare`, organisationId: regionDalarna.id, personIds: [dalarnaCommissioner.id], note: 'Välfärdsrådet' },
    { roleId: `${P}:omstallningsledare`, organisationId: rssHealthAndWelfare.id, personIds: [transitionLeader.id] },
    {
      roleId: `${P}:styrgruppsledamot`,
      personIds: dalarnaSteeringGroupMembers.map((p) => p.id),
      min: 3,
      max: 8,
      note: 'Styrgrupp utsedd av Välfärdsrådet',
    },
    ...dalarnaParties.map((org, i) => ({
      roleId: `${P}:partsrepresentant`,
      organisationId: org.id,
      personIds: [dalarnaPartyContacts[i]!.id],
    })),
    { roleId: `${P}:referensperson`, personIds: dalarnaReferencePersons.map((p) => p.id), min: 2, max: 4 },
  ],
};
