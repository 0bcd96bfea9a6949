/**
 * Test helper: a schema-valid payload for every command type, targeting an aggregate of the
 * right kind in a dataset. Used by the authority matrix and the fuzz tests, which need
 * commands that get past validation so that authority and lifecycle are what is tested.
 */
import type { Dataset } from '../dataset/dataset.schema.js';
import type { CommandKind } from '../runtime/command-definition.js';
import type { AggregateKind } from '../runtime/state.js';

const at = '2030-06-03T10:00:00+02:00';

/** The field naming what a command acts on: `meetingId`, …; for directory commands a group (or, adding one, a person). */
export function targetFieldOf(kind: CommandKind, type?: string): string {
  if (kind === 'network') return type === 'addPerson' || type === 'addSubstitute' ? 'personId' : 'groupId';
  return `${kind}Id`;
}

/** The commands that create what they act on. */
export const creatingCommands: ReadonlySet<string> = new Set([
  'planMeeting', 'createMandate', 'importApprovedMandate', 'proposeTheme', 'planSeminar', 'planDeliverable', 'planRecurringDeliverable',
  'draftAgreement', 'addPerson', 'addSubstitute', 'setUpGroup',
]);

/** The ids of the dataset's aggregates of each kind (for directory commands: its groups). */
export function firstAggregate(dataset: Dataset, kind: CommandKind): string | undefined {
  if (kind === 'network') return dataset.groups[0]?.id;
  const lists: Record<AggregateKind, Array<{ id: string }>> = {
    mandate: dataset.mandates,
    meeting: dataset.meetings,
    theme: dataset.themes,
    seminar: dataset.seminars,
    deliverable: dataset.deliverables,
    agreement: dataset.agreements,
    communicationPlan: dataset.communicationPlans,
  };
  return lists[kind][0]?.id;
}

/** A payload that passes the command's schema; `targetId` names an existing aggregate. */
export function payloadFor(type: string, dataset: Dataset, targetId: string): Record<string, unknown> {
  const person = dataset.people[0]!;
  const org = dataset.organisations[0]!.id;
  const group = dataset.groups.find((g) => g.id === targetId) ?? dataset.groups[0];
  const seat = group?.staffingPlan?.entries[0] ?? { roleId: dataset.roles[0]?.id ?? 'roll', organisationId: undefined };
  switch (type) {
    case 'addPerson':
      return { person: { id: `${targetId}-new`, name: 'Ny Person', organisationId: org, professionalCategory: 'manager' } };
    case 'addSubstitute':
      return {
        person: { id: `${targetId}-new`, name: 'Ny Ersättare', organisationId: person.organisationId, professionalCategory: 'manager' },
        meetingId: dataset.meetings[0]?.id ?? 'm',
        substituteFor: person.id,
      };
    case 'setUpGroup':
      return {
        group: {
          id: `${targetId}-new`,
          kind: 'workingGroup',
          name: 'Ny arbetsgrupp',
          hostOrganisationId: org,
          parentGroupId: targetId,
          staffingPlan: { entries: [{ roleId: seat.roleId, personIds: [person.id] }] },
        },
      };
    case 'closeGroup':
      return { reason: 'Uppdraget är slutfört' };
    case 'changeGroupStaffing':
      // The plan as it is: a change that touches no governing seat, so only the authority decides.
      return { staffingPlan: group?.staffingPlan ?? { entries: [] }, reason: 'Ny bemanning' };
    case 'changeGroupMeetingRules':
      return { meetingRules: { agendaLeadTimeDays: 7, minutesDueDays: 14 } };
    case 'fillGroupSeat':
    case 'leaveGroupSeat':
      return { roleId: seat.roleId, ...(seat.organisationId ? { organisationId: seat.organisationId } : {}), personId: person.id };
    case 'fillSeat':
    case 'leaveSeat': {
      const entry = dataset.mandates.find((m) => m.id === targetId)?.staffingPlan.entries[0] ?? seat;
      return { roleId: entry.roleId, ...(entry.organisationId ? { organisationId: entry.organisationId } : {}), personId: person.id };
    }
    case 'planMeeting':
      return { meeting: { ...dataset.meetings[0]!, id: `${targetId}-new` } };
    case 'assignMeetingRoles':
      return { roles: { hostOrganisationId: org, secretaryId: person.id } };
    case 'proposeAgendaItem':
      return { item: { id: 'p1', title: 'En punkt', kind: 'discussion', durationMinutes: 20 } };
    case 'withdrawAgendaItem':
      return { itemId: 'p1' };
    case 'reorderAgenda':
      return { itemIds: ['p1'] };
    case 'publishAgenda':
      return { lateReason: 'Sent underlag' };
    case 'recordAttendance':
      return { records: [{ personId: person.id, organisationId: person.organisationId, status: 'present', mode: 'remote' }] };
    case 'draftMinutes':
      return { minutes: { items: [], decisions: [], actions: [], escalations: [] } };
    case 'escalateDecision':
      return { escalation: { id: 'e1', text: 'Beslut om resurser', to: 'commissioner', reason: 'Utanför nätverkets mandat' } };
    case 'cancelMeeting':
    case 'cancelSeminar':
    case 'endMandate':
    case 'rejectAmendment':
    case 'abandonAgreement':
      return { reason: 'Ett skäl' };
    case 'rescheduleMeeting':
      return { startsAt: '2031-01-15T09:00:00+01:00', reason: 'Krock' };
    case 'createMandate':
      return { mandate: { ...dataset.mandates[0]!, id: `${targetId}-new` } };
    case 'importApprovedMandate': {
      const m = dataset.mandates[0]!;
      return {
        mandate: { ...m, id: `${targetId}-new`, version: '1.0', classification: 'public', versionHistory: [{ date: '2030-01-01', version: '1.0', issuer: 'Uppdragsgivaren' }] },
        approval: { approvedOn: '2030-01-01', decisionReference: '§ 1/2030' },
      };
    }
    case 'completeCommunicationActivity':
      return { activityId: dataset.communicationPlans[0]?.activities[0]?.id ?? 'a1', note: 'Genomförd' };
    case 'cancelCommunicationActivity':
      return { activityId: dataset.communicationPlans[0]?.activities[0]?.id ?? 'a1', reason: 'Utgår' };
    case 'reviseCommunicationPlan':
      return { version: '9.0', reason: 'Efter tema', activities: dataset.communicationPlans[0]?.activities ?? [] };
    case 'followUpCommunicationPlan':
      return { know: 'met', feel: 'partlyMet', do: 'notMet', comment: 'Uppföljning' };
    case 'followUpGoal':
      return { goalId: 'mal-1', status: 'onTrack', comment: 'Enligt plan' };
    case 'planRecurringDeliverable':
      return { mandateId: dataset.mandates[0]?.id ?? 'm', mandateDeliverableId: 'arsrapport', year: 2030 };
    case 'decideEscalation':
      return { meetingId: dataset.meetings[0]?.id ?? 'm', escalationId: 'e1', outcome: 'approved', decision: 'Bifall' };
    case 'submitMandateForReview':
      return { reviewers: [{ id: 'granskare', name: 'Granskare' }] };
    case 'reviewMandate':
      return { body: 'granskare', outcome: 'endorsed' };
    case 'amendMandate':
      return { section: 'purpose', change: 'Ett nytt syfte.', reason: 'Revidering' };
    case 'extendMandate':
      return { to: '2031-12-31', reason: 'Mer tid behövs' };
    case 'concludeMandate':
      return { summary: 'Klart' };
    case 'proposeTheme':
      return { theme: { ...dataset.themes[0]!, id: `${targetId}-new` } };
    case 'decideTheme':
      return { direction: 'Inriktning' };
    case 'evaluateTheme':
      return { summary: 'Bra tema' };
    case 'planSeminar':
      return { seminar: { ...dataset.seminars[0]!, id: `${targetId}-new` } };
    case 'setSeminarParticipants':
      return { participants: [{ personId: person.id, professionalCategory: person.professionalCategory }] };
    case 'rescheduleSeminar':
      return { plannedAt: at };
    case 'holdSeminar':
      return { attendance: [{ personId: person.id, professionalCategory: person.professionalCategory }] };
    case 'reportSeminar':
      return {
        hours: [{ personId: person.id, hours: 2, professionalCategory: person.professionalCategory }],
        attendance: [{ personId: person.id, professionalCategory: person.professionalCategory }],
      };
    case 'summariseNeeds':
      return { text: 'Behov' };
    case 'reportFeedback':
      return { to: 'management', text: 'Återkoppling' };
    case 'planDeliverable':
      return { deliverable: { ...dataset.deliverables[0]!, id: `${targetId}-new` } };
    case 'requestChanges':
      return { comment: 'Ändra' };
    case 'archiveDeliverable':
      return { reason: 'Utgår' };
    case 'draftAgreement':
      return { agreement: { ...dataset.agreements[0]!, id: `${targetId}-new` } };
    case 'addParty':
      return { party: { organisationId: org, name: 'Part' } };
    case 'removeParty':
      return { organisationId: org };
    case 'recordPartyDecision':
      return { organisationId: org, decision: 'adopted', decidedAt: '2030-06-01', decidingBody: 'Fullmäktige' };
    case 'reviseAgreement':
      return { version: '9.9', reason: 'Revidering' };
    default:
      return {};
  }
}

export function commandFor(type: string, kind: CommandKind, dataset: Dataset, targetId: string, by: string, id: string) {
  const payload = payloadFor(type, dataset, targetId);
  return { type, id, by, at, [targetFieldOf(kind, type)]: creatingCommands.has(type) ? `${targetId}-new` : targetId, ...payload };
}
