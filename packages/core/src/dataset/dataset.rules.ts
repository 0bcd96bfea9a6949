import type * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import type { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import type { DatasetFields } from './dataset.schema.js';
import { declaredTerms, type KindList } from '../shared/vocabulary.schema.js';

type DatasetShape = z.infer<typeof DatasetFields>;

/** A reference that points at nothing, or an id used twice; located by path. */
export interface ReferenceIssue {
  path: PropertyKey[];
  message: string;
  params: LocalizedText;
}

const kinds = {
  organisation: { sv: 'organisationen', en: 'the organisation' },
  person: { sv: 'personen', en: 'the person' },
  role: { sv: 'rollen', en: 'the role' },
  group: { sv: 'gruppen', en: 'the group' },
  mandate: { sv: 'uppdraget', en: 'the mandate' },
  series: { sv: 'mötesserien', en: 'the meeting series' },
  theme: { sv: 'temat', en: 'the theme' },
  seminar: { sv: 'seminariet', en: 'the seminar' },
  template: { sv: 'mallen', en: 'the template' },
} satisfies Record<string, LocalizedText>;
type Kind = keyof typeof kinds;

/**
 * Every dangling reference and duplicate id in a dataset. The schemas check each entity on
 * its own; this checks that they fit together, so a region's file fails with "«people[3].
 * organisationId» refers to the organisation «x», which does not exist" rather than later.
 */
export function referenceIssues(d: DatasetShape): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const ids = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((x) => x.id));
  const known: Record<Kind, Set<string>> = {
    organisation: ids(d.organisations),
    person: ids(d.people),
    role: new Set([...d.roles, ...d.mandates.flatMap((m) => m.roles)].map((r) => r.id)),
    group: ids(d.groups),
    mandate: ids(d.mandates),
    series: new Set([...d.meetingSeries, ...d.mandates.flatMap((m) => m.meetings)].map((s) => s.id)),
    theme: ids(d.themes),
    seminar: ids(d.seminars),
    template: ids(d.deliverableTemplates),
  };

  const ref = (path: PropertyKey[], id: string | undefined, kind: Kind) => {
    if (id === undefined || known[kind].has(id)) return;
    const what = kinds[kind];
    issues.push({
      path,
      message: `refers to ${what.en} «${id}», which does not exist`,
      params: { sv: `hänvisar till ${what.sv} «${id}» som inte finns`, en: `refers to ${what.en} «${id}», which does not exist` },
    });
  };
  // A region's own kind (`vgr:programomrade`) must be declared in the dataset's vocabulary.
  const declared = { group: declaredTerms(d.vocabulary, 'group'), role: declaredTerms(d.vocabulary, 'role'), deliverable: declaredTerms(d.vocabulary, 'deliverable') };
  const listName = { group: 'groupKinds', role: 'roleKinds', deliverable: 'deliverableKinds' } as const;
  const term = (path: PropertyKey[], kind: string, list: KindList) => {
    if (!kind.includes(':') || declared[list].has(kind)) return;
    issues.push({
      path,
      message: `is a term of the region's own that «vocabulary.${listName[list]}» does not declare`,
      params: {
        sv: `är ett eget begrepp som inte finns i «vocabulary.${listName[list]}»`,
        en: `is a term of the region's own that «vocabulary.${listName[list]}» does not declare`,
      },
    });
  };
  const unique = (collection: string, list: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) {
        issues.push({
          path: [collection, i, 'id'],
          message: `the id «${x.id}» is used twice`,
          params: { sv: `id:t «${x.id}» används två gånger`, en: `the id «${x.id}» is used twice` },
        });
      }
      seen.add(x.id);
    });
  };
  const staffing = (path: PropertyKey[], plan: StaffingPlan) =>
    plan.entries.forEach((e, i) => {
      ref([...path, 'entries', i, 'roleId'], e.roleId, 'role');
      ref([...path, 'entries', i, 'organisationId'], e.organisationId, 'organisation');
      ref([...path, 'entries', i, 'groupId'], e.groupId, 'group');
      e.personIds.forEach((p, j) => ref([...path, 'entries', i, 'personIds', j], p, 'person'));
    });

  for (const key of ['organisations', 'people', 'roles', 'groups', 'mandates', 'meetingSeries', 'meetings', 'themes', 'seminars', 'deliverables', 'deliverableTemplates', 'agreements'] as const) {
    unique(key, d[key]);
  }
  d.organisations.forEach((o, i) => ref(['organisations', i, 'parentId'], o.parentId, 'organisation'));
  d.groups.forEach((g, i) => term(['groups', i, 'kind'], g.kind, 'group'));
  d.roles.forEach((r, i) => term(['roles', i, 'kind'], r.kind, 'role'));
  d.meetingSeries.forEach((x, i) => term(['meetingSeries', i, 'responsibleRole'], x.responsibleRole, 'role'));
  d.deliverables.forEach((x, i) => term(['deliverables', i, 'kind'], x.kind, 'deliverable'));
  d.deliverableTemplates.forEach((x, i) => term(['deliverableTemplates', i, 'kind'], x.kind, 'deliverable'));
  d.mandates.forEach((m, i) => {
    m.roles.forEach((r, j) => term(['mandates', i, 'roles', j, 'kind'], r.kind, 'role'));
    m.meetings.forEach((x, j) => term(['mandates', i, 'meetings', j, 'responsibleRole'], x.responsibleRole, 'role'));
    m.deliverables.forEach((x, j) => term(['mandates', i, 'deliverables', j, 'kind'], x.kind, 'deliverable'));
  });
  d.people.forEach((p, i) => ref(['people', i, 'organisationId'], p.organisationId, 'organisation'));
  d.groups.forEach((g, i) => {
    ref(['groups', i, 'hostOrganisationId'], g.hostOrganisationId, 'organisation');
    ref(['groups', i, 'parentGroupId'], g.parentGroupId, 'group');
    ref(['groups', i, 'mandateId'], g.mandateId, 'mandate');
    (g.preparesForGroupIds ?? []).forEach((id, j) => ref(['groups', i, 'preparesForGroupIds', j], id, 'group'));
    if (g.parentGroupId === g.id) {
      issues.push({
        path: ['groups', i, 'parentGroupId'],
        message: 'a group cannot be its own parent',
        params: { sv: 'en grupp kan inte höra under sig själv', en: 'a group cannot be its own parent' },
      });
    }
    if (g.staffingPlan) staffing(['groups', i, 'staffingPlan'], g.staffingPlan);
  });
  d.mandates.forEach((m, i) => {
    ref(['mandates', i, 'parentMandateId'], m.parentMandateId, 'mandate');
    m.organisation.groupIds.forEach((g, j) => ref(['mandates', i, 'organisation', 'groupIds', j], g, 'group'));
    m.meetings.forEach((s, j) => ref(['mandates', i, 'meetings', j, 'groupId'], s.groupId, 'group'));
    m.deliverables.forEach((x, j) => {
      ref(['mandates', i, 'deliverables', j, 'templateId'], x.templateId, 'template');
      ref(['mandates', i, 'deliverables', j, 'ownerRoleId'], x.ownerRoleId, 'role');
    });
    staffing(['mandates', i, 'staffingPlan'], m.staffingPlan);
  });
  d.meetingSeries.forEach((s, i) => ref(['meetingSeries', i, 'groupId'], s.groupId, 'group'));
  d.meetings.forEach((m, i) => {
    ref(['meetings', i, 'seriesId'], m.seriesId, 'series');
    ref(['meetings', i, 'groupId'], m.groupId, 'group');
  });
  d.themes.forEach((t, i) => ref(['themes', i, 'steeringGroupId'], t.steeringGroupId, 'group'));
  d.seminars.forEach((s, i) => {
    ref(['seminars', i, 'themeId'], s.themeId, 'theme');
    ref(['seminars', i, 'organisationId'], s.organisationId, 'organisation');
    ref(['seminars', i, 'leaderId'], s.leaderId, 'person');
    s.participants.forEach((p, j) => ref(['seminars', i, 'participants', j, 'personId'], p.personId, 'person'));
  });
  d.timeReports.forEach((r, i) => {
    ref(['timeReports', i, 'personId'], r.personId, 'person');
    ref(['timeReports', i, 'seminarId'], r.seminarId, 'seminar');
  });
  d.deliverables.forEach((x, i) => {
    ref(['deliverables', i, 'mandateId'], x.mandateId, 'mandate');
    ref(['deliverables', i, 'groupId'], x.groupId, 'group');
    ref(['deliverables', i, 'ownerId'], x.ownerId, x.ownerKind === 'role' ? 'role' : 'person');
    ref(['deliverables', i, 'templateId'], x.templateId, 'template');
  });
  d.agreements.forEach((a, i) => {
    ref(['agreements', i, 'mandateId'], a.mandateId, 'mandate');
    a.parties.forEach((p, j) => ref(['agreements', i, 'parties', j, 'organisationId'], p.organisationId, 'organisation'));
  });
  d.actionPlans.forEach((p, i) => ref(['actionPlans', i, 'subCountyGroupId'], p.subCountyGroupId, 'group'));
  staffing(['networkStaffing'], d.networkStaffing);
  return issues;
}
