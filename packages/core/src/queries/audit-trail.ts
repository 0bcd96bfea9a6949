/**
 * Händelselogg — the audit trail of an aggregate from its stored events: who did what, in
 * which role, when and why. Every accepted command is recorded as an event named after the
 * command, so the label map below covers every command the runtime accepts; an event type it
 * does not know is shown as it is written, never dropped and never an error.
 */
import type { RuntimeState } from '../runtime/state.js';
import type { StoredEvent } from '../runtime/store/store.js';
import { swedishDate } from '../shared/dates.js';
import type { Locale, LocalizedText } from '../shared/localized.js';
import { findRole, personName } from './lookup.js';
import { roleDisplayName } from '../role/role.schema.js';

/** The command types the runtime records, in lifecycle order per aggregate. */
export const auditCommandTypes = [
  // Meeting
  'planMeeting',
  'assignMeetingRoles',
  'openCall',
  'proposeAgendaItem',
  'withdrawAgendaItem',
  'reorderAgenda',
  'publishAgenda',
  'sendInvitations',
  'recordAttendance',
  'holdMeeting',
  'draftMinutes',
  'approveMinutes',
  'publishMinutes',
  'escalateDecision',
  'cancelMeeting',
  'rescheduleMeeting',
  // Mandate
  'createMandate',
  'submitMandateForReview',
  'reviewMandate',
  'approveMandate',
  'amendMandate',
  'approveAmendment',
  'rejectAmendment',
  'extendMandate',
  'concludeMandate',
  'closeMandate',
  'endMandate',
  // Theme
  'proposeTheme',
  'decideTheme',
  'holdNetworkMeeting',
  'startSeminars',
  'evaluateTheme',
  'closeTheme',
  'seminarAdded',
  'seminarStatusChanged',
  // Dialogue seminar
  'planSeminar',
  'setSeminarParticipants',
  'rescheduleSeminar',
  'cancelSeminar',
  'holdSeminar',
  'reportSeminar',
  'summariseNeeds',
  'reportFeedback',
  // Deliverable
  'planDeliverable',
  'startDrafting',
  'submitDeliverable',
  'requestChanges',
  'approveDeliverable',
  'publishDeliverable',
  'archiveDeliverable',
  // Agreement
  'draftAgreement',
  'addParty',
  'removeParty',
  'sendOnReferral',
  'recordPartyDecision',
  'reviseAgreement',
  'abandonAgreement',
  'fillSeat',
  'leaveSeat',
  'importApprovedMandate',
  'decideEscalation',
  'followUpGoal',
  'planRecurringDeliverable',
  // Communication plan
  'completeCommunicationActivity',
  'cancelCommunicationActivity',
  'reviseCommunicationPlan',
  'followUpCommunicationPlan',
  // Directory
  'addPerson',
  'addSubstitute',
  'setUpGroup',
  'closeGroup',
  'changeGroupStaffing',
  'changeGroupMeetingRules',
  'fillGroupSeat',
  'leaveGroupSeat',
  // Runtime
  'loadDataset',
  'erasePersonalData',
] as const;
export type AuditCommandType = (typeof auditCommandTypes)[number];

/** What each command did, as the trail says it: Swedish and English. */
export const auditEventLabels: Record<AuditCommandType, LocalizedText> = {
  planMeeting: { sv: 'Planerade mötet', en: 'Planned the meeting' },
  assignMeetingRoles: { sv: 'Utsåg ordförande, värd, sekreterare och justerare för mötet', en: 'Named the chair, host, secretary and approvers of the meeting' },
  openCall: { sv: 'Öppnade för punkter till dagordningen', en: 'Opened the call for agenda items' },
  proposeAgendaItem: { sv: 'Föreslog en punkt till dagordningen', en: 'Proposed an agenda item' },
  withdrawAgendaItem: { sv: 'Drog tillbaka en punkt från dagordningen', en: 'Withdrew an agenda item' },
  reorderAgenda: { sv: 'Ändrade ordningen på dagordningen', en: 'Reordered the agenda' },
  publishAgenda: { sv: 'Publicerade agendan', en: 'Published the agenda' },
  sendInvitations: { sv: 'Skickade kallelsen', en: 'Sent the invitations' },
  recordAttendance: { sv: 'Förde deltagarlistan', en: 'Recorded the attendance' },
  holdMeeting: { sv: 'Markerade mötet som genomfört', en: 'Marked the meeting as held' },
  draftMinutes: { sv: 'Förde minnesanteckningar', en: 'Drafted the minutes' },
  approveMinutes: { sv: 'Justerade minnesanteckningarna', en: 'Approved the minutes' },
  publishMinutes: { sv: 'Publicerade minnesanteckningarna', en: 'Published the minutes' },
  escalateDecision: { sv: 'Eskalerade ett beslut till uppdragsgivaren', en: 'Escalated a decision to the commissioner' },
  cancelMeeting: { sv: 'Ställde in mötet', en: 'Cancelled the meeting' },
  rescheduleMeeting: { sv: 'Flyttade mötet', en: 'Rescheduled the meeting' },
  createMandate: { sv: 'Skapade uppdragsbeskrivningen', en: 'Created the mandate' },
  submitMandateForReview: { sv: 'Skickade uppdragsbeskrivningen på granskning', en: 'Submitted the mandate for review' },
  reviewMandate: { sv: 'Granskade uppdragsbeskrivningen', en: 'Reviewed the mandate' },
  approveMandate: { sv: 'Fastställde uppdragsbeskrivningen', en: 'Approved the mandate' },
  amendMandate: { sv: 'Ändrade uppdragsbeskrivningen', en: 'Amended the mandate' },
  approveAmendment: { sv: 'Fastställde ändringen', en: 'Approved the amendment' },
  rejectAmendment: { sv: 'Avslog ändringen', en: 'Rejected the amendment' },
  extendMandate: { sv: 'Förlängde uppdraget', en: 'Extended the mandate' },
  concludeMandate: { sv: 'Lämnade slutrapport', en: 'Submitted the final report' },
  closeMandate: { sv: 'Avslutade uppdraget', en: 'Closed the mandate' },
  endMandate: { sv: 'Avbröt uppdraget i förtid', en: 'Ended the mandate early' },
  proposeTheme: { sv: 'Föreslog temat', en: 'Proposed the theme' },
  decideTheme: { sv: 'Beslutade temats inriktning', en: 'Decided the direction of the theme' },
  holdNetworkMeeting: { sv: 'Höll nätverksträff', en: 'Held a network meeting' },
  startSeminars: { sv: 'Startade seminarierna', en: 'Started the seminars' },
  evaluateTheme: { sv: 'Utvärderade temat', en: 'Evaluated the theme' },
  closeTheme: { sv: 'Avslutade temat', en: 'Closed the theme' },
  seminarAdded: { sv: 'Ett seminarium lades till temat', en: 'A seminar was added to the theme' },
  seminarStatusChanged: { sv: 'Ett seminarium i temat ändrade status', en: 'A seminar of the theme changed status' },
  planSeminar: { sv: 'Planerade dialogseminariet', en: 'Planned the dialogue seminar' },
  setSeminarParticipants: { sv: 'Satte samman seminariegruppen', en: 'Set the seminar group' },
  rescheduleSeminar: { sv: 'Flyttade seminariet', en: 'Rescheduled the seminar' },
  cancelSeminar: { sv: 'Ställde in seminariet', en: 'Cancelled the seminar' },
  holdSeminar: { sv: 'Genomförde seminariet', en: 'Held the seminar' },
  reportSeminar: { sv: 'Rapporterade timmar och närvaro', en: 'Reported hours and attendance' },
  summariseNeeds: { sv: 'Sammanfattade behov och önskemål', en: 'Summarised the needs' },
  reportFeedback: { sv: 'Återkopplade behoven', en: 'Fed back the needs' },
  planDeliverable: { sv: 'Planerade leveransen', en: 'Planned the deliverable' },
  startDrafting: { sv: 'Påbörjade arbetet med leveransen', en: 'Started drafting the deliverable' },
  submitDeliverable: { sv: 'Lämnade leveransen till granskning', en: 'Submitted the deliverable for review' },
  requestChanges: { sv: 'Begärde ändringar', en: 'Requested changes' },
  approveDeliverable: { sv: 'Godkände leveransen', en: 'Approved the deliverable' },
  publishDeliverable: { sv: 'Publicerade leveransen', en: 'Published the deliverable' },
  archiveDeliverable: { sv: 'Arkiverade leveransen', en: 'Archived the deliverable' },
  draftAgreement: { sv: 'Tog fram utkast till överenskommelse', en: 'Drafted the agreement' },
  addParty: { sv: 'Lade till en part', en: 'Added a party' },
  removeParty: { sv: 'Tog bort en part', en: 'Removed a party' },
  sendOnReferral: { sv: 'Skickade ut överenskommelsen för beslut', en: 'Sent the agreement to the parties for decision' },
  recordPartyDecision: { sv: 'Registrerade en parts beslut', en: "Recorded a party's decision" },
  reviseAgreement: { sv: 'Reviderade överenskommelsen', en: 'Revised the agreement' },
  abandonAgreement: { sv: 'Avbröt överenskommelsen', en: 'Abandoned the agreement' },
  fillSeat: { sv: 'Tillsatte en plats i bemanningsplanen', en: 'Filled a seat of the staffing plan' },
  importApprovedMandate: { sv: 'Förde in ett redan fastställt uppdrag', en: 'Brought in a mandate approved elsewhere' },
  decideEscalation: { sv: 'Beslutade i en eskalerad fråga', en: 'Decided an escalated matter' },
  followUpGoal: { sv: 'Följde upp ett mål', en: 'Followed up a goal' },
  planRecurringDeliverable: { sv: 'Planerade årets återkommande leverans', en: "Planned the year's recurring deliverable" },
  leaveSeat: { sv: 'Lämnade en plats i bemanningsplanen', en: 'Left a seat of the staffing plan' },
  completeCommunicationActivity: { sv: 'Markerade en kommunikationsaktivitet som genomförd', en: 'Marked a communication activity as done' },
  cancelCommunicationActivity: { sv: 'Ställde in en kommunikationsaktivitet', en: 'Cancelled a communication activity' },
  reviseCommunicationPlan: { sv: 'Reviderade kommunikationsplanen', en: 'Revised the communication plan' },
  followUpCommunicationPlan: { sv: 'Följde upp kommunikationsplanens mål', en: "Followed up the communication plan's goals" },
  addPerson: { sv: 'Lade till en person', en: 'Added a person' },
  addSubstitute: { sv: 'Registrerade en ersättare vid mötet', en: 'Registered a substitute at the meeting' },
  setUpGroup: { sv: 'Tillsatte gruppen', en: 'Set up the group' },
  closeGroup: { sv: 'Avvecklade gruppen', en: 'Closed the group' },
  changeGroupStaffing: { sv: 'Ändrade gruppens bemanning', en: "Changed the group's staffing" },
  changeGroupMeetingRules: { sv: 'Ändrade gruppens mötesregler', en: "Changed the group's meeting rules" },
  fillGroupSeat: { sv: 'Tillsatte en plats i gruppen', en: 'Filled a seat of the group' },
  leaveGroupSeat: { sv: 'Lämnade en plats i gruppen', en: 'Left a seat of the group' },
  loadDataset: { sv: 'Läste in data', en: 'Loaded the data' },
  erasePersonalData: { sv: 'Raderade en persons personuppgifter', en: "Erased a person's personal data" },
};

/** The role name shown for events the runtime derives itself. */
export const systemRoleLabel: LocalizedText = { sv: 'Systemet', en: 'The system' };

/** The role id of events the runtime derives (see `NewEvent.role`). */
export const SYSTEM_ROLE = 'system';

export interface AuditTrailParams {
  /** The language of `label`; Swedish when omitted. `what` always carries both. */
  locale?: Locale;
}

export interface AuditEntry {
  eventId: string;
  stream: string;
  version: number;
  position: number;
  type: string;
  /** When, as recorded, and its Swedish calendar day. */
  at: string;
  date: string;
  /** Who: the person id and name (the id itself when the dataset has no such person). */
  by: string;
  byName: string;
  /** In which role: the role id and its name — the mandate's own in Swedish, the role's English name in English. */
  role: string;
  roleName: string;
  /** What, in both languages. */
  what: LocalizedText;
  /** What, in the requested language. */
  label: string;
  /** The event type has a label (false: `what` is the raw type). */
  known: boolean;
  /** Why, where a person gave a reason. */
  why: string | null;
}

function isKnown(type: string): type is AuditCommandType {
  return Object.hasOwn(auditEventLabels, type);
}

/** The label of an event type in both languages; the raw type for a type without one. */
export function auditLabel(type: string): LocalizedText {
  return isKnown(type) ? auditEventLabels[type] : { sv: type, en: type };
}

/** The trail of the given events, oldest first (log position, then stream version). */
export function auditTrail(events: readonly StoredEvent[], state: RuntimeState, params: AuditTrailParams = {}): AuditEntry[] {
  const locale = params.locale ?? 'sv';
  return [...events]
    .sort((a, b) => a.position - b.position || a.version - b.version)
    .map((event) => {
      const what = auditLabel(event.type);
      const role = event.role === SYSTEM_ROLE ? undefined : findRole(state, event.role);
      const roleName = event.role === SYSTEM_ROLE ? systemRoleLabel[locale] : role ? roleDisplayName(role, locale) : event.role;
      return {
        eventId: event.id,
        stream: event.stream,
        version: event.version,
        position: event.position,
        type: event.type,
        at: event.at,
        date: Number.isNaN(Date.parse(event.at)) ? event.at : swedishDate(event.at),
        by: event.by,
        byName: personName(state, event.by, locale) ?? event.by,
        role: event.role,
        roleName,
        what,
        label: what[locale],
        known: isKnown(event.type),
        why: event.reason ?? null,
      };
    });
}
