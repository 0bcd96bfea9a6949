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
  recordAttendance: { sv: 'Registrera närvaro', en: 'Record attendance' },
  draftMinutes: { sv: 'Skriv minnesanteckningar', en: 'Write the minutes' },
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

/**
 * What a person reads once a command is recorded, as a sentence about the result ("Agendan är
 * publicerad."), rather than the button's imperative with «klart» after it.
 */
export const commandDoneLabels: Readonly<Record<CommandType, LocalizedText>> = {
  planMeeting: { sv: 'Mötet är planerat.', en: 'The meeting is planned.' },
  openCall: { sv: 'Mötet tar emot förslag på punkter.', en: 'The meeting is open for agenda items.' },
  proposeAgendaItem: { sv: 'Din punkt är föreslagen.', en: 'Your item has been proposed.' },
  withdrawAgendaItem: { sv: 'Punkten är borttagen från dagordningen.', en: 'The item has been withdrawn from the agenda.' },
  reorderAgenda: { sv: 'Dagordningen har ny ordning.', en: 'The agenda has been reordered.' },
  publishAgenda: { sv: 'Agendan är publicerad.', en: 'The agenda has been published.' },
  sendInvitations: { sv: 'Kallelsen är skickad.', en: 'The invitations have been sent.' },
  holdMeeting: { sv: 'Mötet är markerat som genomfört.', en: 'The meeting is marked as held.' },
  recordAttendance: { sv: 'Närvaron är sparad.', en: 'Attendance has been saved.' },
  draftMinutes: { sv: 'Utkastet till minnesanteckningar är sparat.', en: 'The draft minutes have been saved.' },
  escalateDecision: { sv: 'Beslutet är lämnat till uppdragsgivaren.', en: 'The decision has been escalated to the commissioner.' },
  approveMinutes: { sv: 'Minnesanteckningarna är justerade.', en: 'The minutes have been approved.' },
  publishMinutes: { sv: 'Minnesanteckningarna är publicerade.', en: 'The minutes have been published.' },
  cancelMeeting: { sv: 'Mötet är inställt.', en: 'The meeting has been cancelled.' },
  rescheduleMeeting: { sv: 'Mötet har flyttats.', en: 'The meeting has been moved.' },
  createMandate: { sv: 'Uppdragsbeskrivningen är skapad.', en: 'The mandate has been created.' },
  submitMandateForReview: { sv: 'Uppdragsbeskrivningen är skickad på granskning.', en: 'The mandate has been sent for review.' },
  reviewMandate: { sv: 'Granskningen är registrerad.', en: 'The review has been recorded.' },
  approveMandate: { sv: 'Uppdragsbeskrivningen är fastställd.', en: 'The mandate has been approved.' },
  amendMandate: { sv: 'Ändringen är föreslagen och väntar på uppdragsgivaren.', en: 'The amendment has been proposed and awaits the commissioner.' },
  approveAmendment: { sv: 'Ändringen är fastställd.', en: 'The amendment has been approved.' },
  rejectAmendment: { sv: 'Ändringen är avslagen.', en: 'The amendment has been rejected.' },
  extendMandate: { sv: 'Uppdraget är förlängt.', en: 'The mandate has been extended.' },
  concludeMandate: { sv: 'Slutrapporten är lämnad.', en: 'The final report has been submitted.' },
  closeMandate: { sv: 'Uppdraget är avslutat.', en: 'The mandate has been closed.' },
  endMandate: { sv: 'Uppdraget är avbrutet.', en: 'The mandate has been ended early.' },
  proposeTheme: { sv: 'Temat är föreslaget.', en: 'The theme has been proposed.' },
  decideTheme: { sv: 'Temats inriktning är beslutad.', en: 'The direction of the theme has been decided.' },
  holdNetworkMeeting: { sv: 'Nätverksträffen är registrerad.', en: 'The network meeting has been recorded.' },
  startSeminars: { sv: 'Seminarierna har startat.', en: 'The seminars have started.' },
  evaluateTheme: { sv: 'Temat är utvärderat.', en: 'The theme has been evaluated.' },
  closeTheme: { sv: 'Temat är avslutat.', en: 'The theme has been closed.' },
  planSeminar: { sv: 'Seminariet är planerat.', en: 'The seminar has been planned.' },
  setSeminarParticipants: { sv: 'Seminariegruppen är sparad.', en: 'The seminar group has been saved.' },
  rescheduleSeminar: { sv: 'Seminariet har flyttats.', en: 'The seminar has been moved.' },
  cancelSeminar: { sv: 'Seminariet är inställt.', en: 'The seminar has been cancelled.' },
  holdSeminar: { sv: 'Seminariet är markerat som genomfört.', en: 'The seminar is marked as held.' },
  reportSeminar: { sv: 'Timmar och närvaro är rapporterade.', en: 'Hours and attendance have been reported.' },
  summariseNeeds: { sv: 'Sammanfattningen av behoven är sparad.', en: 'The summary of needs has been saved.' },
  reportFeedback: { sv: 'Behoven är återkopplade.', en: 'The needs have been fed back.' },
  planDeliverable: { sv: 'Leveransen är planerad.', en: 'The deliverable has been planned.' },
  startDrafting: { sv: 'Arbetet med leveransen har börjat.', en: 'Drafting has started.' },
  submitDeliverable: { sv: 'Leveransen är lämnad till granskning.', en: 'The deliverable has been submitted for review.' },
  requestChanges: { sv: 'Ändringar är begärda.', en: 'Changes have been requested.' },
  approveDeliverable: { sv: 'Leveransen är godkänd.', en: 'The deliverable has been approved.' },
  publishDeliverable: { sv: 'Leveransen är publicerad.', en: 'The deliverable has been published.' },
  archiveDeliverable: { sv: 'Leveransen är arkiverad.', en: 'The deliverable has been archived.' },
  draftAgreement: { sv: 'Utkastet till överenskommelse är skapat.', en: 'The draft agreement has been created.' },
  addParty: { sv: 'Parten är tillagd.', en: 'The party has been added.' },
  removeParty: { sv: 'Parten är borttagen.', en: 'The party has been removed.' },
  sendOnReferral: { sv: 'Överenskommelsen är skickad till parterna för beslut.', en: 'The agreement has been sent to the parties for decision.' },
  recordPartyDecision: { sv: 'Partens beslut är registrerat.', en: "The party's decision has been recorded." },
  reviseAgreement: { sv: 'Överenskommelsen är reviderad.', en: 'The agreement has been revised.' },
  abandonAgreement: { sv: 'Överenskommelsen är avbruten.', en: 'The agreement has been abandoned.' },
  assignMeetingRoles: { sv: 'Mötets roller är utsedda.', en: 'The roles of the meeting are named.' },
  fillSeat: { sv: 'Platsen är tillsatt.', en: 'The seat is filled.' },
  importApprovedMandate: { sv: 'Det fastställda uppdraget är infört.', en: 'The approved mandate is brought in.' },
  decideEscalation: { sv: 'Den eskalerade frågan är beslutad.', en: 'The escalated matter is decided.' },
  followUpGoal: { sv: 'Målet är uppföljt.', en: 'The goal is followed up.' },
  planRecurringDeliverable: { sv: 'Årets leverans är planerad.', en: 'This year’s deliverable is planned.' },
  leaveSeat: { sv: 'Platsen är lämnad.', en: 'The seat is left.' },
  completeCommunicationActivity: { sv: 'Aktiviteten är markerad som genomförd.', en: 'The activity is marked as done.' },
  cancelCommunicationActivity: { sv: 'Aktiviteten är inställd.', en: 'The activity is cancelled.' },
  reviseCommunicationPlan: { sv: 'Kommunikationsplanen är reviderad.', en: 'The communication plan is revised.' },
  followUpCommunicationPlan: { sv: 'Kommunikationsplanens mål är uppföljda.', en: 'The communication plan’s goals are followed up.' },
  addPerson: { sv: 'Personen är tillagd.', en: 'The person is added.' },
  addSubstitute: { sv: 'Ersättaren är registrerad.', en: 'The substitute is registered.' },
  setUpGroup: { sv: 'Gruppen är tillsatt.', en: 'The group is set up.' },
  closeGroup: { sv: 'Gruppen är avvecklad.', en: 'The group is closed.' },
  changeGroupStaffing: { sv: 'Gruppens bemanning är ändrad.', en: 'The group’s staffing is changed.' },
  changeGroupMeetingRules: { sv: 'Gruppens mötesregler är ändrade.', en: 'The group’s meeting rules are changed.' },
  fillGroupSeat: { sv: 'Platsen i gruppen är tillsatt.', en: 'The seat in the group is filled.' },
  leaveGroupSeat: { sv: 'Platsen i gruppen är lämnad.', en: 'The seat in the group is left.' },
};

/**
 * Fält — the fields of a command's payload as a form names them, so a refusal can say «Skäl
 * får inte vara tomt» instead of «reason» and point at the right field. Keyed by the field's
 * path with `[]` for a list's position (`records[].substituteFor`); a command's own entry comes
 * before the shared one (`reason` is «Skäl till att mötet ställs in» when a meeting is cancelled).
 */
const sharedFieldLabels: Readonly<Record<string, LocalizedText>> = {
  reason: { sv: 'Skäl', en: 'Reason' },
  comment: { sv: 'Kommentar', en: 'Comment' },
  title: { sv: 'Rubrik', en: 'Title' },
  text: { sv: 'Text', en: 'Text' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  description: { sv: 'Bakgrund', en: 'Background' },
  kind: { sv: 'Typ', en: 'Kind' },
  durationMinutes: { sv: 'Tid i minuter', en: 'Time in minutes' },
  startsAt: { sv: 'Ny tid', en: 'New time' },
  personId: { sv: 'Person', en: 'Person' },
  organisationId: { sv: 'Organisation', en: 'Organisation' },
  hours: { sv: 'Timmar', en: 'Hours' },
  attendance: { sv: 'Närvaro', en: 'Attendance' },
  to: { sv: 'Till', en: 'To' },
  at: { sv: 'Tidpunkt', en: 'Time' },
};

const commandFieldLabels: Readonly<Partial<Record<CommandType, Readonly<Record<string, LocalizedText>>>>> = {
  proposeAgendaItem: {
    item: { sv: 'Punkten', en: 'The item' },
    'item.title': { sv: 'Rubrik', en: 'Title' },
    'item.kind': { sv: 'Typ av punkt', en: 'Kind of item' },
    'item.durationMinutes': { sv: 'Tid i minuter', en: 'Time in minutes' },
    'item.description': { sv: 'Bakgrund', en: 'Background' },
  },
  publishAgenda: { lateReason: { sv: 'Skäl till sen publicering', en: 'Reason for publishing late' } },
  recordAttendance: {
    records: { sv: 'Närvarolistan', en: 'The attendance list' },
    'records[]': { sv: 'Raden', en: 'The row' },
    'records[].status': { sv: 'Närvaro', en: 'Attendance' },
    'records[].mode': { sv: 'Deltog', en: 'Took part' },
    'records[].substituteFor': { sv: 'Ersätter', en: 'Replaces' },
    'records[].organisationId': { sv: 'Organisation', en: 'Organisation' },
  },
  draftMinutes: {
    minutes: { sv: 'Minnesanteckningarna', en: 'The minutes' },
    'minutes.items[].informed': { sv: 'Informerades', en: 'Informed' },
    'minutes.items[].discussed': { sv: 'Diskuterades', en: 'Discussed' },
    'minutes.items[].decided': { sv: 'Beslutades', en: 'Decided' },
    'minutes.decisions[].text': { sv: 'Beslut', en: 'Decision' },
    'minutes.actions[].text': { sv: 'Åtgärd', en: 'Action' },
    'minutes.actions[].ownerId': { sv: 'Ansvarig', en: 'Owner' },
    'minutes.actions[].due': { sv: 'Klart senast', en: 'Due by' },
  },
  escalateDecision: {
    'escalation.text': { sv: 'Beslut att lämna vidare', en: 'Decision to escalate' },
    'escalation.reason': { sv: 'Skäl', en: 'Reason' },
  },
  cancelMeeting: { reason: { sv: 'Skäl till att mötet ställs in', en: 'Reason for cancelling' } },
  rescheduleMeeting: {
    startsAt: { sv: 'Ny dag och tid', en: 'New date and time' },
    reason: { sv: 'Skäl till flytten', en: 'Reason for the move' },
  },
  amendMandate: {
    section: { sv: 'Avsnitt', en: 'Section' },
    change: { sv: 'Ny text', en: 'New text' },
    reason: { sv: 'Skäl till ändringen', en: 'Reason for the change' },
  },
  rejectAmendment: { reason: { sv: 'Skäl till avslag', en: 'Reason for rejecting' } },
  endMandate: { reason: { sv: 'Skäl till att uppdraget avbryts', en: 'Reason for ending the mandate' } },
  extendMandate: { to: { sv: 'Nytt slutdatum', en: 'New end date' }, reason: { sv: 'Skäl till förlängningen', en: 'Reason for the extension' } },
  concludeMandate: { finalReportId: { sv: 'Slutrapport', en: 'Final report' }, summary: { sv: 'Sammanfattning', en: 'Summary' } },
  reviewMandate: { body: { sv: 'Granskande organ', en: 'Reviewing body' }, outcome: { sv: 'Utfall', en: 'Outcome' } },
  reportSeminar: {
    hours: { sv: 'Timmar per deltagare', en: 'Hours per participant' },
    'hours[].hours': { sv: 'Timmar', en: 'Hours' },
    attendance: { sv: 'Närvaro', en: 'Attendance' },
  },
  cancelSeminar: { reason: { sv: 'Skäl till att seminariet ställs in', en: 'Reason for cancelling' } },
  summariseNeeds: { text: { sv: 'Sammanfattning av behoven', en: 'Summary of the needs' } },
  requestChanges: { comment: { sv: 'Vad som behöver ändras', en: 'What needs to change' } },
  recordPartyDecision: {
    organisationId: { sv: 'Part', en: 'Party' },
    decision: { sv: 'Beslut', en: 'Decision' },
    decidedAt: { sv: 'Beslutsdatum', en: 'Date of decision' },
    decidingBody: { sv: 'Beslutande organ', en: 'Deciding body' },
    reference: { sv: 'Paragraf eller diarienummer', en: 'Paragraph or diary number' },
    reason: { sv: 'Motivering', en: 'Reasoning' },
  },
};

/** `records[8].substituteFor` → `records[].substituteFor`: the path with positions left out. */
function pathPattern(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? '[]' : text === '' ? String(key) : `.${String(key)}`;
  return text;
}

/** Positions in a path, 1-based as a person counts rows: `records[8].substituteFor` → [9]. */
function rowNumbers(path: readonly PropertyKey[]): number[] {
  return path.filter((key): key is number => typeof key === 'number').map((n) => n + 1);
}

/**
 * The field a validation issue of `type` points at, in words: `reason` of `cancelMeeting` is
 * «Skäl till att mötet ställs in»; `records[8].substituteFor` of `recordAttendance` is «Ersätter
 * (rad 9)». A path no form shows is «Uppgifterna» / «The details» — never the path itself.
 */
export function fieldLabel(type: CommandType, path: readonly PropertyKey[]): LocalizedText {
  const own = commandFieldLabels[type] ?? {};
  const withRows = (label: LocalizedText, prefix: readonly PropertyKey[]): LocalizedText => {
    const rows = rowNumbers(prefix);
    if (rows.length === 0) return label;
    return { sv: `${label.sv} (rad ${rows.join('.')})`, en: `${label.en} (row ${rows.join('.')})` };
  };
  // The longest named prefix of the path wins: `records[].substituteFor`, else `records[]`, …
  for (let end = path.length; end > 0; end -= 1) {
    const prefix = path.slice(0, end);
    const label = own[pathPattern(prefix)] ?? (end === path.length ? sharedFieldLabels[pathPattern(prefix)] : undefined);
    if (label) return withRows(label, prefix);
  }
  const last = [...path].reverse().find((k) => typeof k === 'string');
  const shared = typeof last === 'string' ? sharedFieldLabels[last] : undefined;
  return shared ? withRows(shared, path) : { sv: 'Uppgifterna', en: 'The details' };
}

/** A validation issue as core reports it (`details.issues` of a `VALIDATION` refusal). */
export interface IssueLike {
  path: readonly PropertyKey[];
  pathText: string;
  message: LocalizedText;
}

/** An issue of a command in words: the field's name, what is wrong, and both as one sentence. */
export interface IssueInWords {
  /** The path as a form would key its field, e.g. `records.8.substituteFor`. */
  key: string;
  /** The field, e.g. «Skäl till att mötet ställs in». */
  field: LocalizedText;
  /** What is wrong, without the field: «får inte vara tom». */
  problem: LocalizedText;
  /** «Skäl till att mötet ställs in: får inte vara tom». */
  message: LocalizedText;
}

/** What is wrong, without the «path» core put first (`«reason» får inte vara tom` → `får inte vara tom`). */
function withoutPath(issue: IssueLike, locale: 'sv' | 'en'): string {
  const text = issue.message[locale];
  const prefixes = issue.pathText === '' ? [locale === 'sv' ? 'Indata ' : 'The input '] : [`«${issue.pathText}» `];
  for (const prefix of prefixes) if (text.startsWith(prefix)) return text.slice(prefix.length);
  // A message written for a field that names it some other way (e.g. «at» in a sentence): kept whole.
  return text;
}

/** Each validation issue of a refused `type` with its field named in words instead of its path. */
export function issueInWords(type: CommandType, issue: IssueLike): IssueInWords {
  const field = fieldLabel(type, issue.path);
  const problem = { sv: withoutPath(issue, 'sv'), en: withoutPath(issue, 'en') };
  return {
    key: issue.path.map(String).join('.'),
    field,
    problem,
    message: { sv: `${field.sv}: ${problem.sv}`, en: `${field.en}: ${problem.en}` },
  };
}

/** English text quotes with English quotes: «Convene» → “Convene”. */
function englishQuotes(text: string): string {
  return text.replace(/«([^«»]*)»/g, '“$1”');
}

/**
 * Core's refusal of `type` as a person reads it: a `VALIDATION` refusal names its fields in
 * words («Skäl till att mötet ställs in: får inte vara tom»), every other refusal is core's own
 * message, which already speaks in words — in English with English quotes.
 */
export function refusalInWords(
  type: CommandType,
  refusal: { code: string; message: LocalizedText; details?: { issues?: readonly IssueLike[] } },
): LocalizedText {
  const issues = refusal.code === 'VALIDATION' ? (refusal.details?.issues ?? []) : [];
  if (issues.length === 0) return { sv: refusal.message.sv, en: englishQuotes(refusal.message.en) };
  const words = issues.slice(0, 3).map((i) => issueInWords(type, i).message);
  const more = issues.length - words.length;
  const join = (locale: 'sv' | 'en') =>
    words.map((w) => w[locale]).join('; ') + (more > 0 ? (locale === 'sv' ? ` (och ${more} fel till)` : ` (and ${more} more)`) : '');
  return { sv: `Rätta uppgifterna. ${join('sv')}.`, en: englishQuotes(`Please correct the details. ${join('en')}.`) };
}
