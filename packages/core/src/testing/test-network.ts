/**
 * Test helper: a small network that is no sample — a region and three municipalities with a
 * steering group (styrgrupp) — for the tests of the shapes real collaborations take: meetings as
 * needed, groups set up by groups, appointments per organisation, meeting roles. Invented people.
 * `startTestNetwork` loads it into a runtime that trusts each command's `by` and `at` (so a test
 * plays several people) with a clock after every date the tests use.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import type { CommandInput, CommandInputOf } from '../runtime/command-input.js';
import { createSamverkan, type Samverkan } from '../runtime/create-samverkan.js';
import { trustedRecords } from '../runtime/identity.js';
import { createMemoryStore } from '../runtime/store/memory-store.js';
import type { EventStore } from '../runtime/store/store.js';

export const T = {
  region: 't:region',
  a: 't:aby',
  b: 't:bby',
  c: 't:cby',
  steeringGroup: 't:styrgrupp',
  /** Process leader (region), network administrator. */
  processLeader: 't:person-001',
  /** The steering group's chair (region). */
  chair: 't:person-002',
  /** Representatives of Aby, Bby, Cby. */
  repA: 't:person-003',
  repB: 't:person-004',
  repC: 't:person-005',
  /** The social services chiefs of Aby and Bby: each appoints their own municipality's representatives. */
  appointerA: 't:person-006',
  appointerB: 't:person-007',
  /** From Aby, in no group: stands in as a substitute. */
  otherA: 't:person-008',
  roles: {
    processLeader: 't:processledare',
    chair: 't:ordforande',
    representative: 't:representant',
    appointer: 't:utseende-chef',
    administrator: 't:natverksadministrator',
  },
} as const;

const person = (id: string, name: string, organisationId: string) => ({ id, name, organisationId, professionalCategory: 'manager' as const });

/** The dataset of the test network. */
export function testNetwork(): DatasetInput {
  return {
    id: 't',
    name: { sv: 'Testlänets samverkan', en: 'The test county collaboration' },
    description: { sv: 'Ett påhittat nätverk för tester.', en: 'An invented network for tests.' },
    organisations: [
      { id: T.region, name: 'Region Testlän', kind: 'region' },
      { id: T.a, name: 'Aby kommun', kind: 'municipality', municipalityCode: '9901' },
      { id: T.b, name: 'Bby kommun', kind: 'municipality', municipalityCode: '9902' },
      { id: T.c, name: 'Cby kommun', kind: 'municipality', municipalityCode: '9903' },
    ],
    people: [
      person(T.processLeader, 'Pia Ledare', T.region),
      person(T.chair, 'Olle Ordförande', T.region),
      person(T.repA, 'Anna Aby', T.a),
      person(T.repB, 'Bo Bby', T.b),
      person(T.repC, 'Cia Cby', T.c),
      person(T.appointerA, 'Agnes Chef', T.a),
      person(T.appointerB, 'Bertil Chef', T.b),
      person(T.otherA, 'Ada Ersättare', T.a),
    ],
    roles: [
      {
        id: T.roles.processLeader,
        kind: 'processLeader',
        name: 'Processledare',
        authorities: ['convene', 'keepMinutes', 'recordAttendance', 'publishRecords', 'escalate', 'draftMandate', 'amendStaffingAndMeetings', 'produceDeliverable', 'proposeAgendaItem', 'followUpGoals', 'communicate'],
      },
      {
        id: T.roles.chair,
        kind: 'chair',
        name: 'Ordförande',
        authorities: ['approveMinutes', 'approveMandate', 'extendMandate', 'endMandate', 'approveDeliverable', 'setUpGroups', 'proposeAgendaItem'],
      },
      { id: T.roles.representative, kind: 'representative', name: 'Kommunrepresentant', authorities: ['proposeAgendaItem', 'reviewMandate'] },
      { id: T.roles.appointer, kind: 'administrator', name: 'Utseende chef', authorities: ['appointMembers'] },
      { id: T.roles.administrator, kind: 'administrator', name: 'Nätverksadministratör', authorities: ['administerNetwork', 'erasePersonalData'] },
    ],
    groups: [
      {
        id: T.steeringGroup,
        kind: 'steeringGroup',
        name: 'Styrgruppen',
        hostOrganisationId: T.region,
        meetingRules: { agendaLeadTimeDays: 10, minutesDueDays: 21 },
        staffingPlan: {
          entries: [
            { roleId: T.roles.chair, personIds: [T.chair] },
            { roleId: T.roles.processLeader, personIds: [T.processLeader] },
            { roleId: T.roles.representative, organisationId: T.a, personIds: [T.repA] },
            { roleId: T.roles.representative, organisationId: T.b, personIds: [T.repB] },
            { roleId: T.roles.representative, organisationId: T.c, personIds: [T.repC] },
            { roleId: T.roles.appointer, organisationId: T.a, personIds: [T.appointerA] },
            { roleId: T.roles.appointer, organisationId: T.b, personIds: [T.appointerB] },
          ],
        },
      },
    ],
    networkStaffing: { entries: [{ roleId: T.roles.administrator, organisationId: T.region, personIds: [T.processLeader] }] },
  };
}

/** When the test network is loaded; every test command comes after. */
export const loadedAt = '2030-01-01T08:00:00+01:00';

/** The test network loaded into a runtime that trusts each command's own `by` and `at`. */
export async function startTestNetwork(dataset: DatasetInput = testNetwork(), store: EventStore = createMemoryStore()): Promise<{ sv: Samverkan; store: EventStore }> {
  const sv = await createSamverkan({ store, identity: trustedRecords(), clock: () => '2032-01-01T00:00:00Z' });
  const loaded = await sv.load(dataset, { by: T.processLeader, at: loadedAt });
  if (!loaded.ok) throw new Error(`The test network did not load: ${loaded.message.en}`);
  return { sv, store };
}

let n = 0;
/**
 * A command as a test writes it before a helper adds its `id` and the fields `K` (the target's
 * id …; only commands that have them), with its sender and time: typed by its `type`, so a
 * test's typo is a compile error.
 */
export type TestStep<K extends string = never> = Without<Extract<CommandInput, Record<K, unknown>>, 'id' | K> & { by: string; at: string };
/** `Omit` over each member of a union. */
type Without<C, K extends string> = C extends unknown ? Omit<C, K> : never;

/** A command with a fresh id, typed as the runtime's `CommandInput` (a typo is a compile error). */
export function cmd<T extends CommandInput['type']>(command: Without<CommandInputOf<T>, 'id'> & { type: T; by: string; at: string }): CommandInputOf<T> & { by: string; at: string } {
  return { id: `t-${++n}`, ...command } as CommandInputOf<T> & { by: string; at: string };
}

/** A mandate for the steering group, commissioned by the steering group itself; a draft (0.1). */
export function testMandate(id = 't:uppdrag', extra: Record<string, unknown> = {}) {
  return {
    id,
    title: 'Uppdragsbeskrivning – Testlänets samverkan',
    version: '0.1',
    background: 'Kommunerna och regionen behöver samordna sitt arbete.',
    purpose: 'Att samordna arbetet i länet.',
    scope: { text: 'Vård och omsorg.' },
    tasks: [{ area: 'Uppdraget', items: ['Samordna'] }],
    commissioner: { id: T.steeringGroup, name: 'Styrgruppen' },
    period: { start: '2030-01-01', end: '2031-12-31' },
    organisation: { description: 'Styrgruppen leder arbetet.', groupIds: [T.steeringGroup] },
    staffingPlan: { entries: [{ roleId: T.roles.processLeader, personIds: [T.processLeader] }] },
    meetings: [
      {
        id: `${id}:serie`,
        name: 'Styrgruppsmöte',
        groupId: T.steeringGroup,
        cadence: { meetingsPerYear: 4 },
        agendaLeadTimeDays: 20,
        minutesDueDays: 10,
        responsibleRole: 'processLeader' as const,
      },
    ],
    ...extra,
  };
}
