/**
 * Sample: the e-health network of the Fyrbodal association of municipalities, 2019–2020
 * (seed 004). Fourteen municipalities with one or two representatives each, two vacancies
 * (Bengtsfors and Åmål), the social-services chiefs' network as commissioner, VästKom as
 * financier and a process leader. Every person is invented.
 */
import type { Organisation } from '../organisation/organisation.schema.js';
import type { Person } from '../person/person.schema.js';
import type { RoleInput } from '../role/role.schema.js';
import type { StaffingPlanInput } from '../staffing/staffing-plan.schema.js';
import { municipality, organisation, person } from './sample-helpers.js';

const P = 'fyrbodal';

export const fyrbodalAssociation = organisation(P, 'Fyrbodals kommunalförbund', 'associationOfMunicipalities');
const vastkom = organisation(P, 'VästKom', 'associationOfMunicipalities');

/** The fourteen member municipalities, with the representatives the staffing plan names. */
const seats: Array<{ name: string; code: string; reps: Array<[string, Person['professionalCategory'], string]> }> = [
  { name: 'Bengtsfors', code: '1460', reps: [] },
  { name: 'Dals-Ed', code: '1438', reps: [['Karin Ekdahl', 'businessDeveloper', 'Verksamhetsutvecklare']] },
  {
    name: 'Färgelanda',
    code: '1439',
    reps: [
      ['Jonas Wiklund', 'itCoordinator', 'IT-samordnare'],
      ['Maria Sandell', 'manager', 'Verksamhetschef'],
    ],
  },
  {
    name: 'Lysekil',
    code: '1484',
    reps: [
      ['Anders Holmqvist', 'digitalisationStrategist', 'Digitaliseringsstrateg'],
      ['Lena Bergkvist', 'nurse', 'Medicinskt ansvarig sjuksköterska'],
    ],
  },
  { name: 'Mellerud', code: '1461', reps: [['Sofia Lindgren', 'businessDeveloper', 'Verksamhetsutvecklare']] },
  {
    name: 'Munkedal',
    code: '1430',
    reps: [
      ['Peter Åberg', 'manager', 'Verksamhetschef'],
      ['Emma Strand', 'businessDeveloper', 'Verksamhetsutvecklare'],
    ],
  },
  {
    name: 'Orust',
    code: '1421',
    reps: [
      ['Henrik Nyqvist', 'itCoordinator', 'IT-samordnare'],
      ['Annika Fors', 'occupationalTherapist', 'Arbetsterapeut'],
    ],
  },
  {
    name: 'Sotenäs',
    code: '1427',
    reps: [
      ['Malin Hedberg', 'businessDeveloper', 'Verksamhetsutvecklare'],
      ['Olof Grahn', 'digitalisationStrategist', 'Digitaliseringsstrateg'],
    ],
  },
  { name: 'Strömstad', code: '1486', reps: [['Ida Svedberg', 'manager', 'Verksamhetschef']] },
  { name: 'Tanum', code: '1435', reps: [['Erik Rask', 'itCoordinator', 'IT-samordnare']] },
  { name: 'Trollhättan', code: '1488', reps: [['Johanna Lind', 'digitalisationStrategist', 'Digitaliseringsstrateg']] },
  { name: 'Uddevalla', code: '1485', reps: [['Mikael Dahlén', 'businessDeveloper', 'Verksamhetsutvecklare']] },
  { name: 'Vänersborg', code: '1487', reps: [['Sara Blom', 'nurse', 'Sjuksköterska']] },
  { name: 'Åmål', code: '1492', reps: [] },
];

export const fyrbodalMunicipalities: Organisation[] = seats.map((s) =>
  municipality(P, s.name, s.code, fyrbodalAssociation.id),
);

export const fyrbodalOrganisations: Organisation[] = [fyrbodalAssociation, vastkom, ...fyrbodalMunicipalities];

export const fyrbodalProcessLeader = person(
  P,
  'Helena Vik',
  fyrbodalAssociation.id,
  'businessDeveloper',
  'E-hälsosamordnare',
);
/** Chairs the social-services chiefs' network, which commissions the network. */
export const fyrbodalCommissioner = person(P, 'Göran Almqvist', fyrbodalMunicipalities[11]!.id, 'manager', 'Socialchef');

export const fyrbodalRepresentatives: Person[] = seats.flatMap((s, i) =>
  s.reps.map(([name, category, title]) => person(P, name, fyrbodalMunicipalities[i]!.id, category, title)),
);

/**
 * Not in the staffing plan when the mandate was drafted: the representative the
 * commissioner appointed for Bengtsfors in August 2019 (the sample's history fills that
 * vacancy; Åmål stays vacant), and a substitute who stands in for Tanum's representative.
 */
export const fyrbodalBengtsforsRepresentative = person(
  P,
  'Nadja Borg',
  fyrbodalMunicipalities[0]!.id,
  'digitalisationStrategist',
  'Digitaliseringsstrateg',
);
export const fyrbodalSubstitute = person(P, 'Agneta Rehn', fyrbodalMunicipalities[9]!.id, 'manager', 'Enhetschef, ersättare');

export const fyrbodalPeople: Person[] = [
  fyrbodalProcessLeader,
  fyrbodalCommissioner,
  ...fyrbodalRepresentatives,
  fyrbodalBengtsforsRepresentative,
  fyrbodalSubstitute,
];

/** Bilaga 1 — Ansvar och befogenheter för organisationens roller. */
export const fyrbodalRoles: RoleInput[] = [
  {
    id: `${P}:uppdragsgivare`,
    kind: 'commissioner',
    name: 'Uppdragsgivare',
    englishName: 'Commissioner',
    purpose: 'Har mandat att starta och avsluta uppdraget och utser de representanter som behövs för nätverket.',
    responsibilities: ['Tillgängliggöra representanter att medverka vid nätverkens möten'],
    authorities: ['appointMembers', 'reviewMandate', 'approveMandate', 'extendMandate', 'endMandate', 'approveDeliverable'],
  },
  {
    id: `${P}:finansiar`,
    kind: 'financier',
    name: 'Finansiär',
    englishName: 'Financier',
    purpose: 'Finansierar nätverkets arbete.',
  },
  {
    id: `${P}:processledare`,
    kind: 'processLeader',
    name: 'Processledare',
    englishName: 'Process leader',
    purpose: 'Sköter planering och alla administrativa uppgifter för nätverket.',
    responsibilities: [
      'Ansvarar för att kalla till nätverksmöte utifrån fastställda mötesregler',
      'Rapportera och eskalera behov av beslut till uppdragsgivare',
      'Publicera offentliga handlingar på nätverkets offentliga sida på Fyrbodals hemsida',
      'Sammanställa och publicera mötesanteckningar för nätverksmöten',
      'Sammanställa en utvärdering av nätverksrepresentanternas förväntningar och upplevelser av nätverket',
    ],
    authorities: [
      'draftMandate',
      'amendStaffingAndMeetings',
      'convene',
      'recordAttendance',
      'keepMinutes',
      'approveMinutes',
      'publishRecords',
      'escalate',
      'produceDeliverable',
      // Plans the meetings: puts the standing items (start-up, follow-up) on the agenda.
      'proposeAgendaItem',
    ],
  },
  {
    id: `${P}:kommunrepresentant`,
    kind: 'representative',
    name: 'Kommunrepresentant',
    englishName: 'Municipal representative',
    purpose:
      'Företräder sin kommun i nätverket och har tillgång till en kommunövergripande utvecklings- eller ledningsgrupp.',
    responsibilities: [
      'Inkomma med önskemål gällande punkter på agenda på nätverksträffar',
      'Föra kommunens talan utifrån uppdragets avgränsningar',
      'Förankra, informera och samordna de frågor och ärenden som lyfts i nätverket i berörd förvaltningsledning och dess verksamhet',
      'Att prioritera nätverkets möten',
      'Att delta i arbetet med uppföljningsrapporten',
      'Att lyfta upp kommungemensamma behov till e-rådet för vidarehantering',
    ],
    authorities: ['proposeAgendaItem', 'reviewMandate', 'draftMandate'],
    competenceRequirements: [
      'God förståelse för både verksamhetsutveckling och kvalitetsarbete samt kännedom om informationsstruktur',
    ],
  },
];

/** Bemanningsplan — one or two representatives per municipality; Bengtsfors and Åmål VAKANT. */
export const fyrbodalStaffingPlan: StaffingPlanInput = {
  entries: [
    { roleId: `${P}:finansiar`, organisationId: vastkom.id, personIds: [], min: 0, note: 'VästKom' },
    {
      roleId: `${P}:uppdragsgivare`,
      organisationId: fyrbodalAssociation.id,
      personIds: [fyrbodalCommissioner.id],
      note: 'Socialchefsnätverket, Fyrbodals kommunalförbund',
    },
    {
      roleId: `${P}:processledare`,
      organisationId: fyrbodalAssociation.id,
      personIds: [fyrbodalProcessLeader.id],
      note: 'E-hälsosamordnare, Fyrbodals kommunalförbund',
    },
    ...fyrbodalMunicipalities.map((m) => ({
      roleId: `${P}:kommunrepresentant`,
      organisationId: m.id,
      personIds: fyrbodalRepresentatives.filter((r) => r.organisationId === m.id).map((r) => r.id),
      min: 1,
      max: 2,
    })),
  ],
};
