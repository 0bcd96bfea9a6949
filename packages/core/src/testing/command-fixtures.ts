/**
 * Test helper: a schema-valid payload for every command type, targeting an aggregate of the
 * right kind in a dataset. Used by the authority matrix and the fuzz tests, which need
 * commands that get past validation so that authority and lifecycle are what is tested.
 */
import type { Dataset } from '../dataset/dataset.schema.js';
import type { AggregateKind } from '../runtime/state.js';

const at = '2030-06-03T10:00:00+02:00';

export function targetFieldOf(kind: AggregateKind): string {
  return `${kind}Id`;
}

/** The ids of the dataset's aggregates of each kind. */
export function firstAggregate(dataset: Dataset, kind: AggregateKind): string | undefined {
  const lists: Record<AggregateKind, Array<{ id: string }>> = {
    mandate: dataset.mandates,
    meeting: dataset.meetings,
    theme: dataset.themes,
    seminar: dataset.seminars,
    deliverable: dataset.deliverables,
    agreement: dataset.agreements,
  };
  return lists[kind][0]?.id;
}

/** A payload that passes the command's schema; `targetId` names an existing aggregate. */
export function payloadFor(type: string, dataset: Dataset, targetId: string): Record<string, unknown> {
  const person = dataset.people[0]!;
  const org = dataset.organisations[0]!.id;
  switch (type) {
    case 'planMeeting':
      return { meeting: { ...dataset.meetings[0]!, id: `${targetId}-new` } };
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

export function commandFor(type: string, kind: AggregateKind, dataset: Dataset, targetId: string, by: string, id: string) {
  const payload = payloadFor(type, dataset, targetId);
  const creating = ['planMeeting', 'createMandate', 'proposeTheme', 'planSeminar', 'planDeliverable', 'draftAgreement'].includes(type);
  return { type, id, by, at, [targetFieldOf(kind)]: creating ? `${targetId}-new` : targetId, ...payload };
}
