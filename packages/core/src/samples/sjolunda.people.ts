/**
 * The people, organisations, roles and groups of the fifth sample: the joint governance of health
 * and social care in the invented county of Sjölunda — a region and three municipalities. Modelled
 * on the shape Swedish counties publish for this (*länsgemensam ledning i samverkan*): a political
 * steering group, a committee of officials that prepares its matters, working groups set up as
 * needed. Every person is invented.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import type { Organisation } from '../organisation/organisation.schema.js';
import type { RoleInput } from '../role/role.schema.js';
import { person as samplePerson } from './sample-helpers.js';

const P = 'sjolunda';

export const sjolundaIds = {
  region: `${P}:region`,
  norrvik: `${P}:norrvik`,
  soderas: `${P}:soderas`,
  vasterlid: `${P}:vasterlid`,
  steeringGroup: `${P}:samverkansberedning`,
  committee: `${P}:tjanstepersonsberedning`,
  workingGroup: `${P}:arbetsgrupp-hemgang`,
  mandate: `${P}:uppdrag-lansgemensam-ledning`,
  template: `${P}:mall-arsrapport`,
} as const;
const I = sjolundaIds;

export const sjolundaOrganisations: Organisation[] = [
  { id: I.region, name: 'Region Sjölunda', kind: 'region' },
  { id: I.norrvik, name: 'Norrviks kommun', kind: 'municipality', municipalityCode: '9911' },
  { id: I.soderas, name: 'Söderås kommun', kind: 'municipality', municipalityCode: '9912' },
  { id: I.vasterlid, name: 'Västerlids kommun', kind: 'municipality', municipalityCode: '9913' },
];

/** Numbered in order (`sjolunda:person-001` …), with an e-mail a sign-in recognises them by. */
const person = (name: string, organisationId: string, category: Parameters<typeof samplePerson>[3], title: string) => samplePerson(P, name, organisationId, category, title);

/** Invented people: a coordinator, politicians of each member, the officials who prepare. */
export const sjolundaPeople = {
  coordinator: person('Karin Almgren', I.region, 'businessDeveloper', 'Samordnare för länsgemensam ledning'),
  regionChair: person('Per Ekvall', I.region, 'manager', 'Regionråd'),
  norrvikPolitician: person('Sara Lindqvist', I.norrvik, 'manager', 'Ordförande i socialnämnden'),
  soderasPolitician: person('Jonas Bergfors', I.soderas, 'manager', 'Ordförande i vård- och omsorgsnämnden'),
  vasterlidPolitician: person('Lina Havsten', I.vasterlid, 'manager', 'Kommunalråd'),
  norrvikChief: person('Mats Strömgren', I.norrvik, 'manager', 'Socialchef'),
  soderasChief: person('Eva Dalberg', I.soderas, 'manager', 'Förvaltningschef vård och omsorg'),
  vasterlidChief: person('Ali Stenmark', I.vasterlid, 'manager', 'Socialchef'),
  regionDirector: person('Anna Åsberg', I.region, 'physician', 'Hälso- och sjukvårdsdirektör'),
  /** Joins by command: Norrvik's representative in the working group. */
  norrvikNurse: person('Nils Bryggman', I.norrvik, 'nurse', 'Medicinskt ansvarig sjuksköterska'),
} as const;
const p = sjolundaPeople;

export const sjolundaRoles: RoleInput[] = [
  {
    id: `${P}:samordnare`,
    kind: 'processLeader',
    name: 'Samordnare',
    purpose: 'Kallar till möten, för minnesanteckningar, håller ihop årsrapporten och följer upp målen.',
    authorities: ['convene', 'keepMinutes', 'recordAttendance', 'publishRecords', 'escalate', 'draftMandate', 'produceDeliverable', 'proposeAgendaItem', 'followUpGoals'],
  },
  {
    id: `${P}:ordforande`,
    kind: 'chair',
    name: 'Ordförande i samverkansberedningen',
    authorities: ['approveMandate', 'extendMandate', 'endMandate', 'approveDeliverable', 'setUpGroups', 'decideEscalations', 'proposeAgendaItem'],
  },
  { id: `${P}:ledamot`, kind: 'representative', name: 'Ledamot', authorities: ['proposeAgendaItem', 'reviewMandate'] },
  { id: `${P}:tjansteperson`, kind: 'representative', name: 'Tjänsteperson i beredningen', authorities: ['proposeAgendaItem'] },
  { id: `${P}:utseende-chef`, kind: 'administrator', name: 'Utseende chef', purpose: 'Utser sin organisations företrädare.', authorities: ['appointMembers'] },
];

const seat = (roleId: string, personIds: string[], organisationId?: string) => ({ roleId: `${P}:${roleId}`, personIds, ...(organisationId ? { organisationId } : {}) });

export const sjolundaGroups: NonNullable<DatasetInput['groups']> = [
  {
    id: I.steeringGroup,
    kind: 'steeringGroup',
    name: 'Politisk samverkansberedning',
    hostOrganisationId: I.region,
    // Meets as needed (vid behov): the agenda ten days before, the minutes within three weeks.
    meetingRules: { agendaLeadTimeDays: 10, minutesDueDays: 21 },
    staffingPlan: {
      entries: [
        seat('ordforande', [p.regionChair.id]),
        seat('samordnare', [p.coordinator.id]),
        seat('ledamot', [p.norrvikPolitician.id], I.norrvik),
        seat('ledamot', [p.soderasPolitician.id], I.soderas),
        seat('ledamot', [p.vasterlidPolitician.id], I.vasterlid),
        seat('utseende-chef', [p.norrvikChief.id], I.norrvik),
        seat('utseende-chef', [p.soderasChief.id], I.soderas),
        seat('utseende-chef', [p.vasterlidChief.id], I.vasterlid),
      ],
    },
  },
  {
    id: I.committee,
    kind: 'workingCommittee',
    name: 'Tjänstepersonsberedningen',
    hostOrganisationId: I.region,
    parentGroupId: I.steeringGroup,
    // Prepares the steering group's matters: proposes items to its meetings, and nothing else there.
    preparesForGroupIds: [I.steeringGroup],
    staffingPlan: {
      entries: [
        seat('samordnare', [p.coordinator.id]),
        seat('tjansteperson', [p.regionDirector.id], I.region),
        seat('tjansteperson', [p.norrvikChief.id], I.norrvik),
        seat('tjansteperson', [p.soderasChief.id], I.soderas),
        seat('tjansteperson', [p.vasterlidChief.id], I.vasterlid),
      ],
    },
  },
];
