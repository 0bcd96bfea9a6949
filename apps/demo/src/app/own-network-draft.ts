/**
 * The guided form's draft of a network of one's own, and the dataset it makes: the visitor fills
 * in organisations, people, roles, a group with its meeting rules, its staffing and a mandate,
 * step by step; each step is checked by core's dataset schema (`Dataset`, with every reference
 * checked) and the mandate by core's `can` for `createMandate`. This module only puts the
 * visitor's words where the dataset keeps them — every rule, and every message, is core's.
 */
import { Dataset, parseWith, type Authority, type DatasetInput, type GroupKind, type OrganisationKind, type ProfessionalCategory, type RoleKind, type ValidationIssue } from '@samverkan/core';
import { command } from '@samverkan/core/runtime';
import { newCommandId } from '@samverkan/react';

/** The id prefix of everything the form makes, and the dataset's own id. */
export const OWN = 'eget';

export interface DraftOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
}
export interface DraftPerson {
  id: string;
  name: string;
  organisationId: string;
  professionalCategory: ProfessionalCategory;
  title: string;
}
export interface DraftRole {
  id: string;
  name: string;
  kind: RoleKind;
  authorities: Authority[];
}
export interface DraftSeat {
  key: string;
  roleId: string;
  /** '' for a seat of the whole group (a chair), else the organisation the seat is held for. */
  organisationId: string;
  /** '' for a vacancy (VAKANT). */
  personId: string;
}

export interface NetworkDraft {
  name: string;
  nameEn: string;
  description: string;
  organisations: DraftOrganisation[];
  people: DraftPerson[];
  roles: DraftRole[];
  group: { name: string; kind: GroupKind; hostOrganisationId: string; agendaLeadTimeDays: string; minutesDueDays: string; place: string };
  seats: DraftSeat[];
  administratorId: string;
  mandate: { create: boolean; title: string; background: string; purpose: string; scope: string; tasks: string; start: string; end: string; drafterId: string };
}

/** The steps, in order; each names the parts of the dataset (paths) whose issues it shows. */
export const steps = ['network', 'organisations', 'people', 'roles', 'group', 'staffing', 'mandate', 'review'] as const;
export type Step = (typeof steps)[number];

export const groupId = `${OWN}:grupp-1`;
export const mandateId = `${OWN}:uppdrag-1`;
export const administratorRoleId = `${OWN}:natverksadministrator`;

let counter = 0;
/** A new id for a row the visitor adds; opaque, never made from a name (a name is personal data). */
export function newId(kind: 'organisation' | 'person' | 'roll' | 'plats'): string {
  counter += 1;
  return `${OWN}:${kind}-${Date.now().toString(36)}-${counter}`;
}

/**
 * A start that shows what each step wants: two organisations, three roles as many networks have
 * them (a process leader who convenes and keeps the minutes, a chair, members) — the visitor
 * renames, removes or adds.
 */
export function initialDraft(): NetworkDraft {
  const region = newId('organisation');
  const municipality = newId('organisation');
  return {
    name: '',
    nameEn: '',
    description: '',
    organisations: [
      { id: region, name: '', kind: 'region' },
      { id: municipality, name: '', kind: 'municipality' },
    ],
    people: [],
    roles: [
      { id: `${OWN}:roll-processledare`, name: 'Processledare', kind: 'processLeader', authorities: ['convene', 'keepMinutes', 'recordAttendance', 'publishRecords', 'escalate', 'draftMandate', 'proposeAgendaItem', 'appointMembers'] },
      { id: `${OWN}:roll-ordforande`, name: 'Ordförande', kind: 'chair', authorities: ['approveMinutes', 'approveMandate', 'setUpGroups', 'decideEscalations', 'proposeAgendaItem'] },
      { id: `${OWN}:roll-ledamot`, name: 'Ledamot', kind: 'representative', authorities: ['proposeAgendaItem', 'reviewMandate'] },
    ],
    group: { name: '', kind: 'network', hostOrganisationId: region, agendaLeadTimeDays: '14', minutesDueDays: '14', place: '' },
    seats: [],
    administratorId: '',
    mandate: { create: true, title: '', background: '', purpose: '', scope: '', tasks: '', start: '', end: '', drafterId: '' },
  };
}

/** A whole number as typed, or the text itself so that core says what is wrong with it. */
function count(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const upTo = (step: Step, part: Step) => steps.indexOf(step) >= steps.indexOf(part);

/** The dataset the draft makes as far as `step` (the later steps' parts left out). */
export function datasetOf(draft: NetworkDraft, step: Step): DatasetInput {
  const name = draft.name.trim();
  const description = draft.description.trim();
  const dataset: Record<string, unknown> = {
    id: OWN,
    name: { sv: name, en: draft.nameEn.trim() || name },
    description: { sv: description, en: description },
    organisations: upTo(step, 'organisations') ? draft.organisations.map((o) => ({ id: o.id, name: o.name.trim(), kind: o.kind })) : [],
  };
  if (upTo(step, 'people')) {
    dataset.people = draft.people.map((p) => ({
      id: p.id,
      name: p.name.trim(),
      organisationId: p.organisationId,
      professionalCategory: p.professionalCategory,
      ...(p.title.trim() ? { title: p.title.trim() } : {}),
    }));
  }
  if (upTo(step, 'roles')) {
    dataset.roles = [
      ...draft.roles.map((r) => ({ id: r.id, name: r.name.trim(), kind: r.kind, authorities: r.authorities })),
      ...(upTo(step, 'staffing')
        ? [{ id: administratorRoleId, kind: 'administrator', name: 'Nätverksadministratör', englishName: 'Network administrator', authorities: ['administerNetwork', 'erasePersonalData'] }]
        : []),
    ];
  }
  if (upTo(step, 'group')) {
    const g = draft.group;
    dataset.groups = [
      {
        id: groupId,
        kind: g.kind,
        name: g.name.trim(),
        hostOrganisationId: g.hostOrganisationId,
        meetingRules: { agendaLeadTimeDays: count(g.agendaLeadTimeDays), minutesDueDays: count(g.minutesDueDays), ...(g.place.trim() ? { place: g.place.trim() } : {}) },
        ...(upTo(step, 'staffing') ? { staffingPlan: { entries: draft.seats.map(seatEntry) } } : {}),
      },
    ];
  }
  if (upTo(step, 'staffing')) {
    const admin = draft.people.find((p) => p.id === draft.administratorId);
    dataset.networkStaffing = {
      entries: [{ roleId: administratorRoleId, personIds: draft.administratorId ? [draft.administratorId] : [], ...(admin ? { organisationId: admin.organisationId } : {}) }],
    };
  }
  return dataset as DatasetInput;
}

function seatEntry(seat: DraftSeat) {
  return { roleId: seat.roleId, personIds: seat.personId ? [seat.personId] : [], ...(seat.organisationId ? { organisationId: seat.organisationId } : {}) };
}

/** Which step shows an issue of the dataset, by where it lies. */
export function stepOfIssue(path: readonly PropertyKey[]): Step {
  const [head, , sub] = path;
  if (head === 'organisations') return 'organisations';
  if (head === 'people') return 'people';
  if (head === 'roles') return 'roles';
  if (head === 'networkStaffing') return 'staffing';
  if (head === 'groups') return sub === 'staffingPlan' ? 'staffing' : 'group';
  return 'network';
}

/**
 * Core's check of the draft as far as `step`: the issues of that step and those before it
 * (the later steps are not filled in yet). Empty when core accepts it.
 */
export function checkDraft(draft: NetworkDraft, step: Step): ValidationIssue[] {
  const parsed = parseWith(Dataset, datasetOf(draft, step));
  if (parsed.ok) return [];
  return parsed.issues.filter((i) => steps.indexOf(stepOfIssue(i.path)) <= steps.indexOf(step));
}

/** The mandate the draft asks for, as core's `createMandate` command (typed by `command`). */
export function createMandateCommand(draft: NetworkDraft) {
  const m = draft.mandate;
  const groupName = draft.group.name.trim();
  const tasks = m.tasks
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
  return command({
    type: 'createMandate',
    id: newCommandId(),
    mandateId,
    mandate: {
      id: mandateId,
      title: m.title.trim(),
      version: '0.1',
      background: m.background.trim(),
      purpose: m.purpose.trim(),
      scope: { text: m.scope.trim() },
      tasks: [{ area: m.title.trim() || groupName, items: tasks }],
      commissioner: { id: groupId, name: groupName },
      period: { start: m.start.trim(), ...(m.end.trim() ? { end: m.end.trim() } : {}) },
      organisation: { description: groupName, groupIds: [groupId] },
      staffingPlan: { entries: [] },
    },
  });
}

/** Who the demo acts as first: the administrator, in their first seat of the group (else as administrator). */
export function firstActor(draft: NetworkDraft): { personId: string; roleId: string } {
  const seat = draft.seats.find((s) => s.personId === draft.administratorId);
  return { personId: draft.administratorId, roleId: seat?.roleId ?? administratorRoleId };
}
