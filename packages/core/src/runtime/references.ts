/**
 * References inside a command must point at something that exists: the presenter of an agenda
 * item, the owner of an action, an attendee and whom a substitute replaces, the organisation
 * they speak for, the items minutes and escalations are about, a seminar's leader and
 * participants, an agreement's parties. Why: the schema checks that an id is well-formed,
 * not that anyone has it, and an action owned by nobody, or minutes that decide an item that
 * was never on the agenda, would become a public record that cannot be followed up. Checked
 * against the runtime's state right after the command's schema, so a dangling reference is a
 * located `VALIDATION` error like any other bad field.
 */
import type { DeliverableOwnerKind } from '../deliverable/deliverable.schema.js';
import type { LocalizedText } from '../shared/localized.js';
import { locatedIssue, type ValidationIssue } from '../shared/validation.js';
import { declaredTerms } from '../shared/vocabulary.schema.js';
import type { CommandContext, CommandDefinition } from './command-definition.js';
import { idsOf } from './directory-index.js';

type Kind = 'person' | 'organisation' | 'group' | 'role' | 'agendaItem' | 'groupKind' | 'roleKind' | 'deliverableKind';

/** One id in a command and what it must name. */
interface Reference {
  path: (string | number)[];
  id: string | undefined;
  kind: Kind;
}

type Command = Record<string, unknown>;
type Path = (string | number)[];

const what: Record<Exclude<Kind, 'agendaItem'>, LocalizedText> = {
  person: { sv: 'personen', en: 'the person' },
  organisation: { sv: 'organisationen', en: 'the organisation' },
  group: { sv: 'gruppen', en: 'the group' },
  role: { sv: 'rollen', en: 'the role' },
  groupKind: { sv: 'gruppslaget', en: 'the kind of group' },
  roleKind: { sv: 'rollslaget', en: 'the kind of role' },
  deliverableKind: { sv: 'leveransslaget', en: 'the kind of deliverable' },
};

/** A region's own kind (`vgr:programomrade`), to be checked against the vocabulary; the seeds' kinds need no check. */
function ownKind(path: Path, value: unknown, kind: 'groupKind' | 'roleKind' | 'deliverableKind'): Reference[] {
  const term = id(value);
  return term !== undefined && term.includes(':') ? [{ path, id: term, kind }] : [];
}

/** The own kinds a mandate's roles, meeting series and deliverables use. */
function mandateKinds(path: Path, mandate: unknown): Reference[] {
  const m = record(mandate);
  return [
    ...list(m.roles).flatMap((r, i) => ownKind([...path, 'roles', i, 'kind'], r.kind, 'roleKind')),
    ...list(m.meetings).flatMap((x, i) => ownKind([...path, 'meetings', i, 'responsibleRole'], x.responsibleRole, 'roleKind')),
    ...list(m.deliverables).flatMap((x, i) => ownKind([...path, 'deliverables', i, 'kind'], x.kind, 'deliverableKind')),
  ];
}

const list = (value: unknown): Command[] => (Array.isArray(value) ? (value as Command[]) : []);
const record = (value: unknown): Command => (typeof value === 'object' && value !== null ? (value as Command) : {});
const id = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The people listed under `key` of each entry of a list (`records[i].personId`, …). */
function each(path: Path, items: unknown, fields: Record<string, Kind>): Reference[] {
  return list(items).flatMap((item, i) =>
    Object.entries(fields).map(([field, kind]) => ({ path: [...path, i, field], id: id(item[field]), kind })),
  );
}

function staffing(path: Path, plan: unknown): Reference[] {
  return list(record(plan).entries).flatMap((entry, i) => [
    { path: [...path, 'entries', i, 'organisationId'], id: id(entry.organisationId), kind: 'organisation' as const },
    { path: [...path, 'entries', i, 'groupId'], id: id(entry.groupId), kind: 'group' as const },
    ...list(entry.personIds).map((person, j) => ({ path: [...path, 'entries', i, 'personIds', j], id: id(person), kind: 'person' as const })),
  ]);
}

/** A staffing plan whose roles must be the network's too (a group's own plan has no roles of its own). */
function staffingWithRoles(path: Path, plan: unknown): Reference[] {
  return [...staffing(path, plan), ...list(record(plan).entries).map((entry, i) => ({ path: [...path, 'entries', i, 'roleId'], id: id(entry.roleId), kind: 'role' as const }))];
}

/** The ids of a list of ids (`preparesForGroupIds`). */
function ids(path: Path, value: unknown, kind: Kind): Reference[] {
  return (Array.isArray(value) ? value : []).map((v, i) => ({ path: [...path, i], id: id(v), kind }));
}

/** The people and host organisation a meeting names for itself. */
function meetingRoles(path: Path, value: unknown): Reference[] {
  const roles = record(value);
  return [
    { path: [...path, 'chairId'], id: id(roles.chairId), kind: 'person' },
    { path: [...path, 'secretaryId'], id: id(roles.secretaryId), kind: 'person' },
    { path: [...path, 'hostOrganisationId'], id: id(roles.hostOrganisationId), kind: 'organisation' },
    ...ids([...path, 'minutesApproverIds'], roles.minutesApproverIds, 'person'),
  ];
}

/** The seat and person of a seat command. */
const seat = (c: Command): Reference[] => [
  { path: ['roleId'], id: id(c.roleId), kind: 'role' },
  { path: ['organisationId'], id: id(c.organisationId), kind: 'organisation' },
  { path: ['personId'], id: id(c.personId), kind: 'person' },
];

function minutes(path: Path, value: unknown): Reference[] {
  const m = record(value);
  return [
    ...each([...path, 'items'], m.items, { itemId: 'agendaItem' }),
    ...each([...path, 'decisions'], m.decisions, { itemId: 'agendaItem' }),
    ...each([...path, 'actions'], m.actions, { itemId: 'agendaItem', ownerId: 'person' }),
    ...each([...path, 'escalations'], m.escalations, { itemId: 'agendaItem' }),
  ];
}

/** The references each command carries, by command type. */
const referencesOf: Record<string, (c: Command) => Reference[]> = {
  addPerson: (c) => [{ path: ['person', 'organisationId'], id: id(record(c.person).organisationId), kind: 'organisation' }],
  addSubstitute: (c) => [
    { path: ['person', 'organisationId'], id: id(record(c.person).organisationId), kind: 'organisation' },
    { path: ['substituteFor'], id: id(c.substituteFor), kind: 'person' },
  ],
  setUpGroup: (c) => {
    const group = record(c.group);
    return [
      ...ownKind(['group', 'kind'], group.kind, 'groupKind'),
      { path: ['group', 'hostOrganisationId'], id: id(group.hostOrganisationId), kind: 'organisation' },
      ...ids(['group', 'preparesForGroupIds'], group.preparesForGroupIds, 'group'),
      ...staffingWithRoles(['group', 'staffingPlan'], group.staffingPlan),
    ];
  },
  changeGroupStaffing: (c) => staffingWithRoles(['staffingPlan'], c.staffingPlan),
  fillGroupSeat: seat,
  leaveGroupSeat: seat,
  fillSeat: seat,
  leaveSeat: seat,
  planMeeting: (c) => [{ path: ['meeting', 'groupId'], id: id(record(c.meeting).groupId), kind: 'group' }, ...meetingRoles(['meeting'], c.meeting)],
  assignMeetingRoles: (c) => meetingRoles(['roles'], c.roles),
  proposeAgendaItem: (c) => [{ path: ['item', 'presenter'], id: id(record(c.item).presenter), kind: 'person' }],
  recordAttendance: (c) => each(['records'], c.records, { personId: 'person', substituteFor: 'person', organisationId: 'organisation' }),
  draftMinutes: (c) => minutes(['minutes'], c.minutes),
  escalateDecision: (c) => [{ path: ['escalation', 'itemId'], id: id(record(c.escalation).itemId), kind: 'agendaItem' }],
  createMandate: (c) => [...staffing(['mandate', 'staffingPlan'], record(c.mandate).staffingPlan), ...mandateKinds(['mandate'], c.mandate)],
  importApprovedMandate: (c) => [...staffing(['mandate', 'staffingPlan'], record(c.mandate).staffingPlan), ...mandateKinds(['mandate'], c.mandate)],
  amendMandate: (c) =>
    c.section === 'staffingPlan'
      ? staffing(['change'], c.change)
      : c.section === 'roles' || c.section === 'meetings' || c.section === 'deliverables'
        ? mandateKinds([], { [c.section]: c.change }).map((r) => ({ ...r, path: ['change', ...r.path.slice(1)] }))
        : [],
  proposeTheme: (c) => [{ path: ['theme', 'steeringGroupId'], id: id(record(c.theme).steeringGroupId), kind: 'group' }],
  holdNetworkMeeting: (c) => list(c.attendeeIds).map((person, i) => ({ path: ['attendeeIds', i], id: id(person), kind: 'person' as const })),
  planSeminar: (c) => {
    const seminar = record(c.seminar);
    return [
      { path: ['seminar', 'organisationId'], id: id(seminar.organisationId), kind: 'organisation' },
      { path: ['seminar', 'leaderId'], id: id(seminar.leaderId), kind: 'person' },
      ...each(['seminar', 'participants'], seminar.participants, { personId: 'person' }),
    ];
  },
  setSeminarParticipants: (c) => each(['participants'], c.participants, { personId: 'person' }),
  holdSeminar: (c) => each(['attendance'], c.attendance, { personId: 'person' }),
  reportSeminar: (c) => [...each(['hours'], c.hours, { personId: 'person' }), ...each(['attendance'], c.attendance, { personId: 'person' })],
  planDeliverable: (c) => {
    const deliverable = record(c.deliverable);
    const ownerKind = (deliverable.ownerKind ?? 'person') as DeliverableOwnerKind;
    return [
      ...ownKind(['deliverable', 'kind'], deliverable.kind, 'deliverableKind'),
      { path: ['deliverable', 'ownerId'], id: id(deliverable.ownerId), kind: ownerKind === 'role' ? 'role' : 'person' },
      { path: ['deliverable', 'groupId'], id: id(deliverable.groupId), kind: 'group' },
    ];
  },
  draftAgreement: (c) => each(['agreement', 'parties'], record(c.agreement).parties, { organisationId: 'organisation' }),
  addParty: (c) => [{ path: ['party', 'organisationId'], id: id(record(c.party).organisationId), kind: 'organisation' }],
};

/** The ids that exist of each kind, read once per check and only for the kinds asked for. */
function known(kind: Kind, ctx: CommandContext): { has(id: string): boolean } {
  const { dataset } = ctx.state;
  switch (kind) {
    case 'person':
      return idsOf(dataset.people);
    case 'organisation':
      return idsOf(dataset.organisations);
    case 'group':
      return idsOf(dataset.groups);
    case 'role':
      return new Set([
        ...dataset.roles.map((r) => r.id),
        ...dataset.mandates.flatMap((m) => m.roles.map((r) => r.id)),
        ...[...ctx.state.mandates.values()].flatMap((m) => (m.context as { mandate: { roles: Array<{ id: string }> } }).mandate.roles.map((r) => r.id)),
      ]);
    case 'groupKind':
      return declaredTerms(dataset.vocabulary, 'group');
    case 'roleKind':
      return declaredTerms(dataset.vocabulary, 'role');
    case 'deliverableKind':
      return declaredTerms(dataset.vocabulary, 'deliverable');
    case 'agendaItem': {
      const agenda = (ctx.aggregate?.snapshot.context as { agenda?: Array<{ id: string }> } | undefined)?.agenda ?? [];
      return new Set(agenda.map((i) => i.id));
    }
  }
}

function describe(reference: Reference & { id: string }): LocalizedText {
  if (reference.kind === 'agendaItem') {
    return {
      sv: `hänvisar till punkten «${reference.id}» som inte finns på dagordningen`,
      en: `refers to the item «${reference.id}», which is not on the agenda`,
    };
  }
  const noun = what[reference.kind];
  if (reference.kind === 'groupKind' || reference.kind === 'roleKind' || reference.kind === 'deliverableKind') {
    return {
      sv: `är ${noun.sv} «${reference.id}», ett eget begrepp som nätverkets begreppslista (vocabulary) inte har`,
      en: `is ${noun.en} «${reference.id}», a term of the region's own that the network's vocabulary does not declare`,
    };
  }
  return { sv: `hänvisar till ${noun.sv} «${reference.id}» som inte finns`, en: `refers to ${noun.en} «${reference.id}», which does not exist` };
}

/**
 * The references of a parsed command that point at nothing, located by path. Agenda items are
 * checked against the targeted meeting's agenda; where there is no such meeting (the runtime
 * then answers `NOT_FOUND`) they are not checked here.
 */
export function referenceIssues(command: Command, def: CommandDefinition, ctx: CommandContext): ValidationIssue[] {
  const references = referencesOf[def.type]?.(command) ?? [];
  const sets = new Map<Kind, { has(id: string): boolean }>();
  const issues: ValidationIssue[] = [];
  for (const reference of references) {
    if (reference.id === undefined) continue;
    if (reference.kind === 'agendaItem' && ctx.aggregate === undefined) continue;
    let ids = sets.get(reference.kind);
    if (!ids) sets.set(reference.kind, (ids = known(reference.kind, ctx)));
    if (!ids.has(reference.id)) {
      issues.push(locatedIssue(reference.path, 'invalid_reference', describe(reference as Reference & { id: string })));
    }
  }
  return issues;
}
