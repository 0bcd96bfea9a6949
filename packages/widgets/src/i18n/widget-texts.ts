/**
 * The widgets' own words, Swedish first. What a meeting is and why an action is refused come
 * from core through the server; these are the frame around them — loading, the connection,
 * bad attributes, and the headings the kit does not have.
 */
import type { LocalizedMessage, WidgetLocale } from '../public/widget-types.js';

export const texts = {
  loading: { sv: 'Hämtar …', en: 'Loading …' },
  reconnecting: { sv: 'Anslutningen till Samverkan bröts. Försöker igen …', en: 'The connection to Samverkan was lost. Trying again …' },
  reconnected: { sv: 'Anslutningen är tillbaka.', en: 'The connection is back.' },
  unreachable: {
    sv: 'Samverkan går inte att nå just nu. Widgeten försöker igen av sig själv.',
    en: 'Samverkan cannot be reached right now. The widget tries again by itself.',
  },
  expired: { sv: 'Din inloggning har gått ut. Logga in igen för att se och göra mer.', en: 'Your sign-in has expired. Sign in again to see and do more.' },
  signedOut: { sv: 'Du ser mötets allmänna handlingar. Logga in för att se arbetsmaterialet.', en: "You see the meeting's public records. Sign in to see the working material." },
  notMember: { sv: 'Du är inloggad men inte med i nätverket, så du ser bara allmänna handlingar.', en: 'You are signed in but not part of the network, so you see public records only.' },
  tryAgain: { sv: 'Försök igen', en: 'Try again' },
  close: { sv: 'Stäng', en: 'Close' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  upcoming: { sv: 'Kommande möten', en: 'Upcoming meetings' },
  noUpcoming: { sv: 'Inga kommande möten.', en: 'No upcoming meetings.' },
  noUpcomingPublic: { sv: 'Inga kommande möten med publicerad agenda.', en: 'No upcoming meetings with a published agenda.' },
  when: { sv: 'Tid', en: 'When' },
  place: { sv: 'Plats', en: 'Place' },
  online: { sv: 'Länk till mötet', en: 'Meeting link' },
  group: { sv: 'Grupp', en: 'Group' },
  status: { sv: 'Läge', en: 'Status' },
  agendaDeadline: { sv: 'Sista dag för agenda', en: 'Agenda due by' },
  items: { sv: 'punkter', en: 'items' },
  item: { sv: 'punkt', en: 'item' },
  invitationSent: { sv: 'Kallelse skickad', en: 'Invitation sent' },
  attendance: { sv: 'Närvaro', en: 'Attendance' },
  present: { sv: 'närvarande', en: 'present' },
  absent: { sv: 'frånvarande', en: 'absent' },
  noMinutesYet: { sv: 'Minnesanteckningarna är inte publicerade ännu.', en: 'The minutes are not published yet.' },
  noAgendaYet: { sv: 'Agendan är inte publicerad ännu.', en: 'The agenda is not published yet.' },
  cancelled: { sv: 'Mötet är inställt.', en: 'The meeting is cancelled.' },
  inApp: {
    sv: 'Närvaro, minnesanteckningar och nya tider förs in i Samverkan.',
    en: 'Attendance, minutes and new times are entered in Samverkan.',
  },
  recorded: { sv: 'Klart: ', en: 'Done: ' },
  propose: { sv: 'Föreslå en punkt', en: 'Propose an item' },
  itemTitle: { sv: 'Rubrik', en: 'Title' },
  itemKind: { sv: 'Typ av punkt', en: 'Kind of item' },
  itemMinutes: { sv: 'Tid i minuter', en: 'Time in minutes' },
  itemBackground: { sv: 'Bakgrund (valfri)', en: 'Background (optional)' },
  send: { sv: 'Skicka förslaget', en: 'Send the proposal' },
  reason: { sv: 'Skäl', en: 'Reason' },
  lateReason: { sv: 'Skäl till att agendan publiceras efter sista dagen', en: 'Why the agenda is published after its deadline' },
  errorHeading: { sv: 'Det gick inte', en: 'That did not work' },
  widgetProblem: { sv: 'Widgeten kan inte visas', en: 'The widget cannot be shown' },
  publicRecord: { sv: 'Allmän handling', en: 'Public record' },
  addToCalendar: { sv: 'Lägg till i kalender', en: 'Add to calendar' },
  printNotice: { sv: 'Skriv ut kallelsen', en: 'Print the notice' },
  printMinutes: { sv: 'Skriv ut minnesanteckningarna', en: 'Print the minutes' },
  attendanceCsv: { sv: 'Deltagarlista (CSV för Excel)', en: 'Attendance list (CSV for Excel)' },
  documentsHeading: { sv: 'Dokument', en: 'Documents' },
  printing: { sv: 'Förbereder utskrift …', en: 'Preparing to print …' },
  printBlocked: {
    sv: 'Webbläsaren stoppade utskriftsfönstret. Tillåt popup-fönster för sidan och försök igen.',
    en: 'The browser blocked the print window. Allow pop-ups for the page and try again.',
  },
} as const satisfies Record<string, LocalizedMessage>;

export type TextKey = keyof typeof texts;

export function say(key: TextKey, locale: WidgetLocale): string {
  return texts[key][locale];
}
