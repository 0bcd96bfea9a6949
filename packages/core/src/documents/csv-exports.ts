/**
 * The tables people take to Excel: a meeting's attendance list (deltagarlista), attendance per
 * organisation over a period, the ESF report for the funder, the deliverables and the audit
 * trail. Each is core's query as it is, written as Excel-friendly CSV (`excel-csv.ts`), with
 * headers in the reader's language.
 */
import type { Locale, LocalizedText } from '../shared/localized.js';
import { attendanceModeLabels, attendanceStatusLabels } from '../meeting/meeting.schema.js';
import { professionalCategoryLabels } from '../person/professional-category.js';
import { attendanceByOrganisation, type AttendanceByOrganisationParams } from '../queries/attendance-by-organisation.js';
import type { AuditEntry } from '../queries/audit-trail.js';
import { esfReportQuery, type EsfReportQueryParams } from '../queries/esf-report.js';
import { organisationName, personName } from '../queries/lookup.js';
import type { RuntimeState } from '../runtime/state.js';
import { deliverableKindLabel } from '../deliverable/deliverable-kind.js';
import { deliverableStatusLabels } from '../deliverable/deliverable.schema.js';
import { swedishDate } from '../shared/dates.js';
import { csvFile, type CsvCell } from './excel-csv.js';
import type { DocumentFile } from './meeting-calendar.js';

const header = (locale: Locale, columns: readonly LocalizedText[]) => columns.map((c) => c[locale]);
const day = (at: string | undefined) => (at === undefined ? undefined : swedishDate(at));

/** Deltagarlista — who attended one meeting, how, and for whom a substitute stood in. */
export function meetingAttendanceCsv(state: RuntimeState, meetingId: string, locale: Locale = 'sv'): DocumentFile | undefined {
  const view = state.meetings.get(meetingId);
  if (!view) return undefined;
  const m = view.context;
  const rows: CsvCell[][] = m.attendance.map((r) => [
    day(m.heldAt ?? m.startsAt),
    personName(state, r.personId, locale) ?? r.personId,
    organisationName(state, r.organisationId) ?? r.organisationId,
    attendanceStatusLabels[r.status][locale],
    r.mode === undefined ? undefined : attendanceModeLabels[r.mode][locale],
    r.substituteFor === undefined ? undefined : (personName(state, r.substituteFor, locale) ?? r.substituteFor),
  ]);
  return csvFile(
    `deltagarlista-${day(m.startsAt)}.csv`,
    header(locale, [
      { sv: 'Datum', en: 'Date' },
      { sv: 'Namn', en: 'Name' },
      { sv: 'Organisation', en: 'Organisation' },
      { sv: 'Närvaro', en: 'Attendance' },
      { sv: 'Deltog', en: 'Took part' },
      { sv: 'Ersätter', en: 'Stands in for' },
    ]),
    rows,
  );
}

/** Närvaro per organisation — which organisations were represented, over a period. */
export function attendanceByOrganisationCsv(state: RuntimeState, params: AttendanceByOrganisationParams, locale: Locale = 'sv'): DocumentFile {
  const result = attendanceByOrganisation(state, params);
  const rows: CsvCell[][] = result.organisations.map((o) => [
    o.name ?? o.organisationId,
    o.meetingsHeld,
    o.meetingsAttended,
    o.meetingsWithoutAttendance,
    o.attendanceRate === null ? undefined : Math.round(o.attendanceRate * 1000) / 10,
    o.seatVacant ? (locale === 'sv' ? 'Ja' : 'Yes') : locale === 'sv' ? 'Nej' : 'No',
  ]);
  const period = params.period ? `-${params.period.start}-${params.period.end}` : '';
  return csvFile(
    `narvaro-per-organisation${period}.csv`,
    header(locale, [
      { sv: 'Organisation', en: 'Organisation' },
      { sv: 'Hållna möten', en: 'Meetings held' },
      { sv: 'Närvarande', en: 'Attended' },
      { sv: 'Inte närvarande', en: 'Not attended' },
      { sv: 'Närvaro (%)', en: 'Attendance (%)' },
      { sv: 'Vakant plats', en: 'Vacant seat' },
    ]),
    rows,
  );
}

/** ESF-rapport — hours and amounts per report line, for the funder. */
export function esfReportCsv(state: RuntimeState, params: EsfReportQueryParams = {}, locale: Locale = 'sv'): DocumentFile {
  const report = esfReportQuery(state, params);
  const rows: CsvCell[][] = report.lines.map((l) => [
    l.report.date,
    report.personNames[l.report.personId] ?? l.report.personId,
    professionalCategoryLabels[l.report.professionalCategory][locale],
    l.report.hours,
    l.reimbursedHours,
    l.excessHours + l.withheldHours,
    l.unitCost?.amountPerHour,
    l.amountOre / 100,
  ]);
  const period = params.period ? `-${params.period.start}-${params.period.end}` : '';
  return csvFile(
    `esf-rapport${period}.csv`,
    header(locale, [
      { sv: 'Datum', en: 'Date' },
      { sv: 'Namn', en: 'Name' },
      { sv: 'Yrkeskategori', en: 'Professional category' },
      { sv: 'Timmar', en: 'Hours' },
      { sv: 'Ersatta timmar', en: 'Reimbursed hours' },
      { sv: 'Ej ersatta timmar', en: 'Hours not reimbursed' },
      { sv: 'Enhetskostnad (kr/tim)', en: 'Unit cost (SEK/h)' },
      { sv: 'Belopp (kr)', en: 'Amount (SEK)' },
    ]),
    rows,
  );
}

/** Leveransobjekt — every deliverable with its state and due date. */
export function deliverablesCsv(state: RuntimeState, locale: Locale = 'sv'): DocumentFile {
  const rows: CsvCell[][] = [...state.deliverables.values()].map((d) => [
    d.context.title,
    deliverableKindLabel(d.context.kind, state.dataset.vocabulary)[locale],
    deliverableStatusLabels[d.status as keyof typeof deliverableStatusLabels][locale],
    d.context.due,
    d.context.ownerKind === 'person' ? (personName(state, d.context.ownerId, locale) ?? d.context.ownerId) : d.context.ownerId,
  ]);
  return csvFile(
    'leveransobjekt.csv',
    header(locale, [
      { sv: 'Leveransobjekt', en: 'Deliverable' },
      { sv: 'Typ', en: 'Kind' },
      { sv: 'Läge', en: 'State' },
      { sv: 'Klart senast', en: 'Due' },
      { sv: 'Ansvarig', en: 'Responsible' },
    ]),
    rows,
  );
}

/** Händelselogg — the audit trail as given (from `auditTrail`). */
export function auditTrailCsv(entries: readonly AuditEntry[], locale: Locale = 'sv'): DocumentFile {
  const rows: CsvCell[][] = entries.map((e) => [e.at, e.byName, e.roleName, e.what[locale], e.why ?? undefined, e.stream, e.version]);
  return csvFile(
    'handelselogg.csv',
    header(locale, [
      { sv: 'Tidpunkt', en: 'Time' },
      { sv: 'Vem', en: 'Who' },
      { sv: 'Roll', en: 'Role' },
      { sv: 'Vad', en: 'What' },
      { sv: 'Varför', en: 'Why' },
      { sv: 'Handling', en: 'Record' },
      { sv: 'Version', en: 'Version' },
    ]),
    rows,
  );
}
