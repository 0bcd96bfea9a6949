/**
 * What a button says: each command the runtime accepts, as an imperative in Swedish and English
 * ("Publicera agenda"). Core labels what was done for the audit trail ("Publicerade agendan");
 * these are the same acts, asked for.
 */
import type { AuditCommandType } from '../queries/audit-trail.js';
import type { LocalizedText } from '../shared/localized.js';

/** Every command a person can send: the audit trail's types without those the runtime makes itself. */
export type CommandType = Exclude<AuditCommandType, 'loadDataset' | 'erasePersonalData' | 'seminarAdded' | 'seminarStatusChanged'>;

export const commandLabels: Readonly<Record<CommandType, LocalizedText>> = {
  // Meeting
  planMeeting: { sv: 'Planera möte', en: 'Plan a meeting' },
  assignMeetingRoles: { sv: 'Utse roller för mötet', en: 'Name the roles of the meeting' },
  openCall: { sv: 'Öppna för punkter', en: 'Open the call for agenda items' },
  proposeAgendaItem: { sv: 'Föreslå punkt', en: 'Propose an agenda item' },
  withdrawAgendaItem: { sv: 'Dra tillbaka punkt', en: 'Withdraw an agenda item' },
  reorderAgenda: { sv: 'Ändra ordning på dagordningen', en: 'Reorder the agenda' },
  publishAgenda: { sv: 'Publicera agenda', en: 'Publish the agenda' },
  sendInvitations: { sv: 'Skicka kallelse', en: 'Send the invitations' },
  holdMeeting: { sv: 'Markera mötet som genomfört', en: 'Mark the meeting as held' },
  recordAttendance: { sv: 'För deltagarlista', en: 'Record attendance' },
  draftMinutes: { sv: 'För minnesanteckningar', en: 'Draft the minutes' },
  escalateDecision: { sv: 'Eskalera beslut till uppdragsgivaren', en: 'Escalate a decision to the commissioner' },
  approveMinutes: { sv: 'Justera minnesanteckningarna', en: 'Approve the minutes' },
  publishMinutes: { sv: 'Publicera minnesanteckningarna', en: 'Publish the minutes' },
  cancelMeeting: { sv: 'Ställ in mötet', en: 'Cancel the meeting' },
  rescheduleMeeting: { sv: 'Flytta mötet', en: 'Reschedule the meeting' },
  // Mandate
  createMandate: { sv: 'Skapa uppdragsbeskrivning', en: 'Create a mandate' },
  submitMandateForReview: { sv: 'Skicka på granskning', en: 'Submit for review' },
  reviewMandate: { sv: 'Granska uppdragsbeskrivningen', en: 'Review the mandate' },
  approveMandate: { sv: 'Fastställ uppdragsbeskrivningen', en: 'Approve the mandate' },
  amendMandate: { sv: 'Ändra uppdragsbeskrivningen', en: 'Amend the mandate' },
  approveAmendment: { sv: 'Fastställ ändringen', en: 'Approve the amendment' },
  rejectAmendment: { sv: 'Avslå ändringen', en: 'Reject the amendment' },
  extendMandate: { sv: 'Förläng uppdraget', en: 'Extend the mandate' },
  concludeMandate: { sv: 'Lämna slutrapport', en: 'Submit the final report' },
  closeMandate: { sv: 'Avsluta uppdraget', en: 'Close the mandate' },
  endMandate: { sv: 'Avbryt uppdraget i förtid', en: 'End the mandate early' },
  fillSeat: { sv: 'Tillsätt platsen', en: 'Fill the seat' },
  importApprovedMandate: { sv: 'För in fastställt uppdrag', en: 'Bring in an approved mandate' },
  decideEscalation: { sv: 'Besluta i den eskalerade frågan', en: 'Decide the escalated matter' },
  followUpGoal: { sv: 'Följ upp målet', en: 'Follow up the goal' },
  planRecurringDeliverable: { sv: 'Planera årets leverans', en: "Plan the year's deliverable" },
  leaveSeat: { sv: 'Lämna platsen', en: 'Leave the seat' },
  // Communication plan
  completeCommunicationActivity: { sv: 'Markera som genomförd', en: 'Mark as done' },
  cancelCommunicationActivity: { sv: 'Ställ in aktiviteten', en: 'Cancel the activity' },
  reviseCommunicationPlan: { sv: 'Revidera kommunikationsplanen', en: 'Revise the communication plan' },
  followUpCommunicationPlan: { sv: 'Följ upp målen', en: 'Follow up the goals' },
  // Directory
  addPerson: { sv: 'Lägg till person', en: 'Add a person' },
  addSubstitute: { sv: 'Registrera ersättare', en: 'Register a substitute' },
  setUpGroup: { sv: 'Tillsätt grupp', en: 'Set up a group' },
  closeGroup: { sv: 'Avveckla gruppen', en: 'Close the group' },
  changeGroupStaffing: { sv: 'Ändra gruppens bemanning', en: "Change the group's staffing" },
  changeGroupMeetingRules: { sv: 'Ändra gruppens mötesregler', en: "Change the group's meeting rules" },
  fillGroupSeat: { sv: 'Tillsätt platsen i gruppen', en: "Fill the group's seat" },
  leaveGroupSeat: { sv: 'Lämna platsen i gruppen', en: "Leave the group's seat" },
  // Theme
  proposeTheme: { sv: 'Föreslå tema', en: 'Propose a theme' },
  decideTheme: { sv: 'Besluta temats inriktning', en: 'Decide the direction of the theme' },
  holdNetworkMeeting: { sv: 'Håll nätverksträff', en: 'Hold a network meeting' },
  startSeminars: { sv: 'Starta seminarierna', en: 'Start the seminars' },
  evaluateTheme: { sv: 'Utvärdera temat', en: 'Evaluate the theme' },
  closeTheme: { sv: 'Avsluta temat', en: 'Close the theme' },
  // Dialogue seminar
  planSeminar: { sv: 'Planera dialogseminarium', en: 'Plan a dialogue seminar' },
  setSeminarParticipants: { sv: 'Sätt samman seminariegruppen', en: 'Set the seminar group' },
  rescheduleSeminar: { sv: 'Flytta seminariet', en: 'Reschedule the seminar' },
  cancelSeminar: { sv: 'Ställ in seminariet', en: 'Cancel the seminar' },
  holdSeminar: { sv: 'Markera seminariet som genomfört', en: 'Mark the seminar as held' },
  reportSeminar: { sv: 'Rapportera timmar och närvaro', en: 'Report hours and attendance' },
  summariseNeeds: { sv: 'Sammanfatta behov och önskemål', en: 'Summarise the needs' },
  reportFeedback: { sv: 'Återkoppla behoven', en: 'Feed back the needs' },
  // Deliverable
  planDeliverable: { sv: 'Planera leverans', en: 'Plan a deliverable' },
  startDrafting: { sv: 'Påbörja arbetet', en: 'Start drafting' },
  submitDeliverable: { sv: 'Lämna till granskning', en: 'Submit for review' },
  requestChanges: { sv: 'Begär ändringar', en: 'Request changes' },
  approveDeliverable: { sv: 'Godkänn leveransen', en: 'Approve the deliverable' },
  publishDeliverable: { sv: 'Publicera leveransen', en: 'Publish the deliverable' },
  archiveDeliverable: { sv: 'Arkivera leveransen', en: 'Archive the deliverable' },
  // Agreement
  draftAgreement: { sv: 'Ta fram utkast till överenskommelse', en: 'Draft an agreement' },
  addParty: { sv: 'Lägg till part', en: 'Add a party' },
  removeParty: { sv: 'Ta bort part', en: 'Remove a party' },
  sendOnReferral: { sv: 'Skicka ut för beslut', en: 'Send to the parties for decision' },
  recordPartyDecision: { sv: 'Registrera partens beslut', en: "Record the party's decision" },
  reviseAgreement: { sv: 'Revidera överenskommelsen', en: 'Revise the agreement' },
  abandonAgreement: { sv: 'Avbryt överenskommelsen', en: 'Abandon the agreement' },
};
