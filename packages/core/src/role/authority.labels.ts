/**
 * Befogenheter without zod: the list of authorities, their type and their Swedish and English
 * names, for views that explain who may do what. `Authority` (the schema, in `authority.ts`) is
 * built from this list, so each authority is written once.
 */
import type { LocalizedText } from '../shared/localized.js';

/**
 * Befogenheter — what a role may decide or do. These are the permissions: every command in
 * the runtime names the one authority it needs, and a person holds it only through a role.
 */
export const authorities = [
  /** Utse representanter — appoint members (commissioner). */
  'appointMembers',
  /** Ta fram och revidera uppdragsbeskrivningen — draft, revise and submit the mandate. */
  'draftMandate',
  /** Granska uppdragsbeskrivningen — review the mandate as a named body. */
  'reviewMandate',
  /** Fastställa uppdraget — approve a version of the mandate (commissioner). */
  'approveMandate',
  /** Ändra bemanningsplan och möten — staffing and meeting changes that apply directly. */
  'amendStaffingAndMeetings',
  /** Förlänga uppdraget (commissioner). */
  'extendMandate',
  /** Starta och avsluta uppdraget (commissioner). */
  'endMandate',
  /** Inkomma med punkter till agendan — propose agenda items. */
  'proposeAgendaItem',
  /** Kalla till möte — plan, convene, publish the agenda, send invitations, cancel, reschedule. */
  'convene',
  /** Föra deltagarlista — record attendance. */
  'recordAttendance',
  /** Föra minnesanteckningar — draft the minutes. */
  'keepMinutes',
  /** Justera minnesanteckningar — approve the minutes. */
  'approveMinutes',
  /** Publicera offentliga handlingar — publish public records. */
  'publishRecords',
  /** Eskalera behov av beslut till uppdragsgivaren. */
  'escalate',
  /** Besluta om tema — decide a seminar theme (steering group). */
  'decideTheme',
  /** Leda dialogseminarier — plan, lead and report seminars. */
  'leadSeminar',
  /** Rapportera arbetade timmar och närvaro. */
  'reportTime',
  /** Utvärdera tema — evaluate a theme. */
  'evaluateTheme',
  /** Ta fram leveransobjekt — draft and submit deliverables. */
  'produceDeliverable',
  /** Godkänna leveransobjekt. */
  'approveDeliverable',
  /** Förhandla överenskommelse — draft the agreement and send it on referral. */
  'negotiateAgreement',
  /** Registrera en parts beslut om överenskommelsen. */
  'recordPartyDecision',
  /** Revidera handlingsplan — revise and follow up the action plan. */
  'reviseActionPlan',
  /** Kommunicera — run the communication plan. */
  'communicate',
  /** Förvalta nätverket — load the network's data and empty it (network administrator). */
  'administerNetwork',
  /** Radera personuppgifter — erase a person's personal data (network administrator). */
  'erasePersonalData',
  /**
   * Tillsätta och avveckla grupper — set up a group under this one (a working group, a
   * committee), name its members, and close it.
   */
  'setUpGroups',
  /** Besluta i eskalerade frågor — record the commissioner's decision on a matter escalated from minutes. */
  'decideEscalations',
  /** Följa upp mål — record the follow-up of a mandate's goals at their check-ins. */
  'followUpGoals',
] as const;
export type Authority = (typeof authorities)[number];

/** Swedish and English names of the authorities, for explanations in the UI. */
export const authorityLabels: Record<Authority, LocalizedText> = {
  appointMembers: { sv: 'Utse representanter', en: 'Appoint members' },
  draftMandate: { sv: 'Ta fram och revidera uppdragsbeskrivningen', en: 'Draft and revise the mandate' },
  reviewMandate: { sv: 'Granska uppdragsbeskrivningen', en: 'Review the mandate' },
  approveMandate: { sv: 'Fastställa uppdragsbeskrivningen', en: 'Approve the mandate' },
  amendStaffingAndMeetings: { sv: 'Ändra bemanningsplan och möten', en: 'Change staffing and meetings' },
  extendMandate: { sv: 'Förlänga uppdraget', en: 'Extend the mandate' },
  endMandate: { sv: 'Avsluta uppdraget', en: 'End the mandate' },
  proposeAgendaItem: { sv: 'Föreslå punkter till agendan', en: 'Propose agenda items' },
  convene: { sv: 'Kalla till möte', en: 'Convene meetings' },
  recordAttendance: { sv: 'Föra deltagarlista', en: 'Record attendance' },
  keepMinutes: { sv: 'Föra minnesanteckningar', en: 'Keep the minutes' },
  approveMinutes: { sv: 'Justera minnesanteckningar', en: 'Approve the minutes' },
  publishRecords: { sv: 'Publicera allmänna handlingar', en: 'Publish public records' },
  escalate: { sv: 'Eskalera beslut till uppdragsgivaren', en: 'Escalate decisions to the commissioner' },
  decideTheme: { sv: 'Besluta om tema', en: 'Decide themes' },
  leadSeminar: { sv: 'Leda dialogseminarier', en: 'Lead dialogue seminars' },
  reportTime: { sv: 'Rapportera tid och närvaro', en: 'Report hours and attendance' },
  evaluateTheme: { sv: 'Utvärdera tema', en: 'Evaluate themes' },
  produceDeliverable: { sv: 'Ta fram leveransobjekt', en: 'Produce deliverables' },
  approveDeliverable: { sv: 'Godkänna leveransobjekt', en: 'Approve deliverables' },
  negotiateAgreement: { sv: 'Förhandla överenskommelse', en: 'Negotiate the agreement' },
  recordPartyDecision: { sv: 'Registrera parts beslut', en: "Record a party's decision" },
  reviseActionPlan: { sv: 'Revidera handlingsplan', en: 'Revise the action plan' },
  communicate: { sv: 'Genomföra kommunikationsplanen', en: 'Run the communication plan' },
  administerNetwork: { sv: 'Förvalta nätverket', en: 'Administer the network' },
  erasePersonalData: { sv: 'Radera personuppgifter', en: 'Erase personal data' },
  setUpGroups: { sv: 'Tillsätta och avveckla grupper', en: 'Set up and close groups' },
  decideEscalations: { sv: 'Besluta i eskalerade frågor', en: 'Decide escalated matters' },
  followUpGoals: { sv: 'Följa upp mål', en: 'Follow up goals' },
};
