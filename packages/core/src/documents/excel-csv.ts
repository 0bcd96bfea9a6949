/**
 * CSV that Excel in Sweden opens as it should: semicolon between fields (the comma is the
 * decimal sign), UTF-8 with a byte-order mark (so å, ä and ö survive), decimal comma, ISO dates,
 * CRLF line ends. A cell a spreadsheet would read as a formula — one that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return — is neutralised with a leading apostrophe, so a hostile
 * name like `=HYPERLINK(…)` stays text (CSV injection). Written with papaparse.
 */
import Papa from 'papaparse';
import type { DocumentFile } from './meeting-calendar.js';

/** A cell: text, a number (written with a decimal comma), or nothing. */
export type CsvCell = string | number | null | undefined;

/** A number as a Swedish spreadsheet reads it: decimal comma, no thousands separator. */
export function decimalComma(value: number, fractionDigits?: number): string {
  const text = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
  return text.replace('.', ',');
}

/** Makes a cell that a spreadsheet would take for a formula into plain text. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The rows as Excel-friendly CSV text (with the byte-order mark). */
export function excelCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const cell = (value: CsvCell) => (value === null || value === undefined ? '' : typeof value === 'number' ? decimalComma(value) : neutralise(value));
  const body = Papa.unparse(
    { fields: header.map(cell), data: rows.map((row) => row.map(cell)) },
    { delimiter: ';', newline: '\r\n', quotes: false, quoteChar: '"', escapeChar: '"', header: true },
  );
  return `\ufeff${body}\r\n`;
}

/** A CSV file to download. */
export function csvFile(filename: string, header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): DocumentFile {
  return { filename, contentType: 'text/csv; charset=utf-8', text: excelCsv(header, rows) };
}
