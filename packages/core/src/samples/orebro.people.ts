/**
 * Who takes part in samverkan in Örebro county (seed 002): Region Örebro län and the twelve
 * municipalities in four sub-county groups (länsdelsgrupper), each with a collaboration
 * leader employed by the region and co-funded by the municipalities, a chair, a working
 * committee and ViSam method supervisors. Every person is invented.
 */
import type { Group } from '../group/group.schema.js';
import type { Organisation } from '../organisation/organisation.schema.js';
import type { Person } from '../person/person.schema.js';
import type { RoleInput } from '../role/role.schema.js';
import type { StaffingPlanInput } from '../staffing/staffing-plan.schema.js';
import { inventedName, municipality, organisation, person, slug } from './sample-helpers.js';

const P = 'orebro';

export const regionOrebro = organisation(P, 'Region Örebro län', 'region');
export const regionalDevelopment = organisation(P, 'Regional utveckling, Välfärd och folkhälsa', 'administration', {
  parentId: regionOrebro.id,
});

/** The four parts of the county and their municipalities. */
export const subCounties: Array<{ name: string; municipalities: Array<[string, string]> }> = [
  { name: 'Norra länsdelen', municipalities: [['Hällefors', '1863'], ['Lindesberg', '1885'], ['Ljusnarsberg', '1864'], ['Nora', '1884']] },
  { name: 'Västra länsdelen', municipalities: [['Degerfors', '1862'], ['Karlskoga', '1883'], ['Laxå', '1860']] },
  { name: 'Södra länsdelen', municipalities: [['Askersund', '1882'], ['Hallsberg', '1861'], ['Kumla', '1881'], ['Lekeberg', '1814']] },
  { name: 'Örebro', municipalities: [['Örebro', '1880']] },
];

export const orebroMunicipalities: Organisation[] = subCounties.flatMap((s) =>
  s.municipalities.map(([name, code]) => municipality(P, name, code)),
);

export const orebroOrganisations: Organisation[] = [regionOrebro, regionalDevelopment, ...orebroMunicipalities];

const subCountyPeople = subCounties.map((s, i) => ({
  key: slug(s.name),
  collaborationLeader: person(P, inventedName(i * 5, 200), regionalDevelopment.id, 'socialWorker', 'Samverkansledare'),
  chair: person(P, inventedName(i * 5 + 1, 200), municipality(P, s.municipalities[0]![0], s.municipalities[0]![1]).id, 'manager', 'Socialchef'),
  committee: person(P, inventedName(i * 5 + 2, 200), regionOrebro.id, 'manager', 'Områdeschef primärvård'),
  methodSupervisor: person(P, inventedName(i * 5 + 3, 200), municipality(P, s.municipalities.at(-1)![0], s.municipalities.at(-1)![1]).id, 'nurse', 'Metodhandledare ViSam'),
}));

export const orebroCollaborationLeaders: Person[] = subCountyPeople.map((s) => s.collaborationLeader);

/**
 * The county-wide management group of the parties (länsgemensam ledningsgrupp): the region
 * and the municipalities govern the role together, so they approve the county-wide mandate.
 */
export const orebroCountyManagement: Person[] = [
  person(P, inventedName(20, 200), regionOrebro.id, 'manager', 'Hälso- och sjukvårdsdirektör'),
  person(P, inventedName(21, 200), municipality(P, 'Örebro', '1880').id, 'manager', 'Socialdirektör'),
];

export const orebroPeople: Person[] = [
  ...subCountyPeople.flatMap((s) => [s.collaborationLeader, s.chair, s.committee, s.methodSupervisor]),
  ...orebroCountyManagement,
];

/** The people of one sub-county group, in the order of `orebroGroups`. */
export const orebroSubCountyPeople = subCountyPeople.map(({ collaborationLeader, chair, committee, methodSupervisor }) => ({
  collaborationLeader,
  chair,
  committee,
  methodSupervisor,
}));

export const orebroRoles: RoleInput[] = [
  {
    id: `${P}:samverkansledare`,
    kind: 'collaborationLeader',
    name: 'Samverkansledare',
    englishName: 'Collaboration leader',
    purpose: 'Samordnar länsdelsgruppens arbete och driver länsdelens handlingsplan.',
    responsibilities: [
      'Tillsammans med ordförande eller arbetsutskott planera och samordna länsdelsgruppens arbete',
      'Kalla till möten och föra minnesanteckningar i länsdelsgrupp',
      'Samordna och leda andra, permanenta eller tillfälliga lokala grupper för samverkan på uppdrag av länsdelsgrupp',
      'Agera motor i utvecklingsarbetet med utgångspunkt i handlingsplanens samverkansområden',
      'Samordna revidering och uppföljning av handlingsplan',
      'Delta i regionalt nätverk med utvecklingsledare på Regional utveckling, Välfärd och folkhälsa',
      'Regelbundet sammankalla metodhandledare i sin länsdel',
    ],
    authorities: [
      'convene',
      'recordAttendance',
      'keepMinutes',
      'publishRecords',
      'draftMandate',
      'reviseActionPlan',
      'produceDeliverable',
      'escalate',
    ],
  },
  {
    id: `${P}:ordforande`,
    kind: 'chair',
    name: 'Ordförande i länsdelsgrupp',
    englishName: 'Chair of the sub-county group',
    purpose: 'Leder länsdelsgruppen och justerar dess minnesanteckningar.',
    authorities: ['approveMinutes', 'approveMandate', 'approveDeliverable', 'proposeAgendaItem', 'extendMandate', 'endMandate', 'appointMembers'],
  },
  {
    id: `${P}:arbetsutskott`,
    kind: 'workingCommitteeMember',
    name: 'Ledamot i arbetsutskott',
    englishName: 'Working committee member',
    purpose: 'Förbereder ordförandens och länsdelsgruppens arbete.',
    authorities: ['proposeAgendaItem', 'reviewMandate'],
  },
  {
    id: `${P}:metodhandledare`,
    kind: 'methodSupervisor',
    name: 'Metodhandledare ViSam',
    englishName: 'ViSam method supervisor',
    purpose: 'Handleder ViSam-modellen lokalt.',
    authorities: ['proposeAgendaItem'],
  },
];

/** Approves the county-wide mandate on behalf of the parties. */
export const orebroCountyManagementRole: RoleInput = {
  id: `${P}:lansgemensam-ledningsgrupp`,
  kind: 'commissioner',
  name: 'Länsgemensam ledningsgrupp',
  purpose: 'Företräder Region Örebro län och länets kommuner gemensamt, som styr samverkansledarens roll.',
  authorities: ['approveMandate', 'extendMandate', 'endMandate', 'appointMembers'],
};

/** The four sub-county groups, each with its own staffing plan. */
export const orebroGroups: Group[] = subCountyPeople.map((s, i) => ({
  id: `${P}:${s.key}`,
  kind: 'subCountyGroup',
  name: `Länsdelsgrupp ${subCounties[i]!.name}`,
  hostOrganisationId: regionOrebro.id,
  mandateId: `${P}:uppdrag-${s.key}`,
}));

/** The local staffing plan of each sub-county group, keyed by group id. */
export const orebroStaffingPlans: Record<string, StaffingPlanInput> = Object.fromEntries(
  subCountyPeople.map((s) => [
    `${P}:${s.key}`,
    {
      entries: [
        { roleId: `${P}:samverkansledare`, organisationId: regionalDevelopment.id, personIds: [s.collaborationLeader.id] },
        { roleId: `${P}:ordforande`, personIds: [s.chair.id] },
        { roleId: `${P}:arbetsutskott`, personIds: [s.committee.id], min: 1, max: 3 },
        { roleId: `${P}:metodhandledare`, personIds: [s.methodSupervisor.id] },
      ],
    },
  ]),
);
