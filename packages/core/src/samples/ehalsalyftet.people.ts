/**
 * Who takes part in eHälsalyftet (seeds 000 and 001): an ESF-co-funded competence programme
 * in the Stockholm county council, 2016–2018. A steering group of management
 * representatives from each organisation, process supervisors, development leaders who lead
 * dialogue seminars in their own units, a project manager and a communicator, and staff of
 * many professional categories who take part in the seminars. Every person is invented.
 */
import type { Organisation } from '../organisation/organisation.schema.js';
import type { Person } from '../person/person.schema.js';
import type { ProfessionalCategory } from '../person/professional-category.js';
import type { RoleInput } from '../role/role.schema.js';
import type { StaffingPlanInput } from '../staffing/staffing-plan.schema.js';
import { inventedName, organisation, person } from './sample-helpers.js';

const P = 'ehalsalyftet';

export const countyCouncil = organisation(P, 'Stockholms läns landsting', 'region');
export const esfCouncil = organisation(P, 'Svenska ESF-rådet', 'agency');
export const projectOffice = organisation(P, 'eHälsalyftets projektkontor', 'unit', { parentId: countyCouncil.id });

/** Participating organisations and one unit in each where seminars run. */
export const participatingOrganisations: Organisation[] = [
  organisation(P, 'Stockholms läns sjukvårdsområde', 'administration', { parentId: countyCouncil.id }),
  organisation(P, 'Södersjukhuset', 'administration', { parentId: countyCouncil.id }),
  organisation(P, 'Danderyds sjukhus', 'administration', { parentId: countyCouncil.id }),
];
export const seminarUnits: Organisation[] = [
  organisation(P, 'Vårdcentral Norrviken', 'unit', { parentId: participatingOrganisations[0]!.id }),
  organisation(P, 'Geriatriska kliniken', 'unit', { parentId: participatingOrganisations[1]!.id }),
  organisation(P, 'Rehabiliteringsmottagningen', 'unit', { parentId: participatingOrganisations[2]!.id }),
];

export const ehalsalyftetOrganisations: Organisation[] = [
  countyCouncil,
  esfCouncil,
  projectOffice,
  ...participatingOrganisations,
  ...seminarUnits,
];

export const projectManager = person(P, 'Camilla Berglund', projectOffice.id, 'projectManager', 'Projektledare');
export const communicator = person(P, 'Jesper Nyman', projectOffice.id, 'communicator', 'Kommunikatör/administratör');

export const steeringGroup: Person[] = participatingOrganisations.map((org, i) =>
  person(P, inventedName(i, 300), org.id, 'manager', 'Ledningsrepresentant'),
);
export const processSupervisors: Person[] = [
  person(P, inventedName(5, 300), projectOffice.id, 'nurse', 'Processhandledare'),
  person(P, inventedName(6, 300), projectOffice.id, 'occupationalTherapist', 'Processhandledare'),
];
/** Two development leaders per unit, so every unit can run its own seminars. */
export const developmentLeaders: Person[] = seminarUnits.flatMap((unit, i) => [
  person(P, inventedName(10 + i * 2, 300), unit.id, 'nurse', 'Utvecklingsledare'),
  person(P, inventedName(11 + i * 2, 300), unit.id, 'assistantNurse', 'Utvecklingsledare'),
]);

/** The mix of categories in a unit, so seminar groups are cross-professional (~10 people). */
const unitMix: ProfessionalCategory[] = [
  'nurse',
  'nurse',
  'assistantNurse',
  'assistantNurse',
  'physician',
  'administrator',
  'physiotherapist',
  'occupationalTherapist',
  'counsellor',
  'assistantNurse',
];

/** Staff who take part in the seminars: ten per unit. */
export const seminarParticipants: Person[] = seminarUnits.flatMap((unit, u) =>
  unitMix.map((category, i) => person(P, inventedName(20 + u * 10 + i, 300), unit.id, category)),
);

export const ehalsalyftetPeople: Person[] = [
  projectManager,
  communicator,
  ...steeringGroup,
  ...processSupervisors,
  ...developmentLeaders,
  ...seminarParticipants,
];

export const ehalsalyftetRoles: RoleInput[] = [
  {
    id: `${P}:styrgruppsledamot`,
    kind: 'steeringGroupMember',
    name: 'Ledamot i styrgruppen',
    englishName: 'Steering group member',
    purpose: 'Styrgruppen, med ledningsrepresentanter från varje deltagande organisation, beslutar om inriktningen för varje tema.',
    authorities: ['decideTheme', 'evaluateTheme', 'approveMandate', 'extendMandate', 'endMandate', 'approveDeliverable', 'appointMembers'],
  },
  {
    id: `${P}:processhandledare`,
    kind: 'processSupervisor',
    name: 'Processhandledare',
    englishName: 'Process supervisor',
    purpose: 'Handleder utvecklingsledarna och tar emot deras återkoppling.',
    // Also compiles the needs the seminars fed back into the theme's needs summary.
    authorities: ['convene', 'recordAttendance', 'keepMinutes', 'approveMinutes', 'evaluateTheme', 'draftMandate', 'produceDeliverable'],
  },
  {
    id: `${P}:utvecklingsledare`,
    kind: 'developmentLeader',
    name: 'Utvecklingsledare',
    englishName: 'Development leader',
    purpose: 'Leder dialogseminarier för medarbetare inom sin egen verksamhet.',
    responsibilities: [
      'Leda dialogseminarier för medarbetare inom sin verksamhet',
      'Planera och följa upp dialogseminarier inom sin verksamhet',
      'Ansvara för att rapportera arbetade timmar samt deltagarnärvaro vid dialogseminarium enligt gällande rutiner',
      'Ansvara för att sammanfatta behov och önskemål som framkommer vid dialogseminarierna och återkoppla detta till närmaste processhandledare/verksamhetens ledning',
      'Delta, inför varje nytt dialogseminarietema, i nätverksgrupper tillsammans med andra utvecklingsledare',
      'Delta vid lärandeseminarium inom eHälsalyftet',
    ],
    // The network of development leaders reviews its own mandate before the steering group approves it.
    authorities: ['leadSeminar', 'reportTime', 'proposeAgendaItem', 'reviewMandate'],
    competenceRequirements: [
      'Goda ledaregenskaper och förmåga att på ett pedagogiskt sätt leda dialogseminarier med arbetskamrater',
      'Intresse för verksamhetsutveckling och frågor om eHälsa',
      'God dialog med processhandledaren och verksamhetens ledning',
    ],
  },
  {
    id: `${P}:projektledare`,
    kind: 'projectManager',
    name: 'Projektledare',
    englishName: 'Project manager',
    purpose: 'Leder projektkontoret och rapporterar till ESF.',
    authorities: ['draftMandate', 'produceDeliverable', 'convene', 'publishRecords', 'communicate', 'escalate'],
  },
  {
    id: `${P}:kommunikator`,
    kind: 'communicator',
    name: 'Kommunikatör',
    englishName: 'Communicator',
    purpose: 'Genomför kommunikationsplanen och håller ihop kommunikationsnätverket.',
    authorities: ['communicate', 'produceDeliverable'],
  },
  {
    id: `${P}:deltagare`,
    kind: 'participant',
    name: 'Seminariedeltagare',
    englishName: 'Seminar participant',
    purpose: 'Deltar i ett dialogseminarium per tema.',
  },
];

export const ehalsalyftetStaffingPlan: StaffingPlanInput = {
  entries: [
    { roleId: `${P}:styrgruppsledamot`, personIds: steeringGroup.map((p) => p.id), min: 3, max: 6 },
    { roleId: `${P}:processhandledare`, organisationId: projectOffice.id, personIds: processSupervisors.map((p) => p.id), min: 2, max: 4 },
    ...seminarUnits.map((unit) => ({
      roleId: `${P}:utvecklingsledare`,
      organisationId: unit.id,
      personIds: developmentLeaders.filter((d) => d.organisationId === unit.id).map((d) => d.id),
      min: 1,
      max: 2,
    })),
    { roleId: `${P}:projektledare`, organisationId: projectOffice.id, personIds: [projectManager.id] },
    { roleId: `${P}:kommunikator`, organisationId: projectOffice.id, personIds: [communicator.id] },
    {
      roleId: `${P}:deltagare`,
      personIds: seminarParticipants.map((p) => p.id),
      min: 0,
      max: 1000,
    },
  ],
};
