/**
 * EsfReportPrint — the ESF report for the funder, to print or save as PDF: per professional
 * category the hours, the reimbursed hours, the unit cost and the amount with the total, then
 * every time report line, and the breaches of the ESF rules. What it contains is core's
 * `esfReportPrintDocument` (the report core computes; nothing is summed here).
 */
import { professionalCategoryLabels, type Locale } from '@samverkan/core/labels';
import type { EsfReportPrintDocument } from '@samverkan/core/documents';
import { useId, type ReactNode } from 'react';
import { formatDate, formatNumber, formatSekAmount } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { PrintDocument } from './print-document.js';

export interface EsfReportPrintProps {
  /** Core's `esfReportPrintDocument(state, params, locale)`. */
  document: EsfReportPrintDocument;
  /** The title; "ESF-rapport" when omitted. */
  title?: string;
  locale?: Locale;
}

const text = {
  kind: { sv: 'ESF-rapport', en: 'ESF report' },
  project: { sv: 'Projekt', en: 'Project' },
  period: { sv: 'Period', en: 'Period' },
  allTime: { sv: 'Hela projekttiden', en: 'The whole project' },
  byCategory: { sv: 'Per yrkeskategori', en: 'By professional category' },
  lines: { sv: 'Tidrapporter', en: 'Time reports' },
  date: { sv: 'Datum', en: 'Date' },
  name: { sv: 'Namn', en: 'Name' },
  category: { sv: 'Yrkeskategori', en: 'Professional category' },
  hours: { sv: 'Timmar', en: 'Hours' },
  reimbursed: { sv: 'Ersatta timmar', en: 'Reimbursed hours' },
  unitCost: { sv: 'Enhetskostnad per timme', en: 'Unit cost per hour' },
  amount: { sv: 'Belopp', en: 'Amount' },
  total: { sv: 'Totalt', en: 'Total' },
  violations: { sv: 'Avvikelser mot ESF-reglerna', en: 'Breaches of the ESF rules' },
  noViolations: { sv: 'Inga avvikelser.', en: 'No breaches.' },
  noLines: { sv: 'Inga tidrapporter under perioden.', en: 'No time reports in the period.' },
  example: {
    sv: 'Enhetskostnaderna är exempelsiffror, inte ESF-rådets belopp.',
    en: 'The unit costs are example figures, not the ESF Council’s amounts.',
  },
} as const;

export function EsfReportPrint({ document: doc, title, locale: localeProp }: EsfReportPrintProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const { report } = doc;
  const facts: Array<readonly [string, ReactNode]> = [];
  if (doc.projectId) facts.push([text.project[locale], doc.projectId]);
  facts.push([
    text.period[locale],
    doc.period ? (
      <>
        <time dateTime={doc.period.start}>{formatDate(doc.period.start, locale)}</time>–<time dateTime={doc.period.end}>{formatDate(doc.period.end, locale)}</time>
      </>
    ) : (
      text.allTime[locale]
    ),
  ]);
  const section = (key: string, heading: string, body: ReactNode) => (
    <section className="sv-print__section" aria-labelledby={`${id}-${key}`}>
      <h2 className="sv-print__heading" id={`${id}-${key}`}>
        {heading}
      </h2>
      {body}
    </section>
  );
  return (
    <PrintDocument
      document="esf-report"
      network={doc.network}
      kind={text.kind[locale]}
      title={title ?? text.kind[locale]}
      facts={facts}
      status={
        report.containsExampleFigures ? (
          <p className="sv-print__status" data-variant="warning">
            {text.example[locale]}
          </p>
        ) : null
      }
    >
      {section(
        'categories',
        text.byCategory[locale],
        <table className="sv-print__table">
          <thead>
            <tr>
              <th scope="col">{text.category[locale]}</th>
              <th scope="col" data-align="end">
                {text.hours[locale]}
              </th>
              <th scope="col" data-align="end">
                {text.reimbursed[locale]}
              </th>
              <th scope="col" data-align="end">
                {text.amount[locale]}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.byCategory.map((c) => (
              <tr key={c.professionalCategory}>
                <th scope="row">{professionalCategoryLabels[c.professionalCategory][locale]}</th>
                <td data-align="end">{formatNumber(c.hours, locale)}</td>
                <td data-align="end">{formatNumber(c.reimbursedHours, locale)}</td>
                <td data-align="end">{formatSekAmount(c.amountSek, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-total="">
              <th scope="row">{text.total[locale]}</th>
              <td data-align="end">{formatNumber(report.total.hours, locale)}</td>
              <td data-align="end">{formatNumber(report.total.reimbursedHours, locale)}</td>
              <td data-align="end">{formatSekAmount(report.total.amountSek, locale)}</td>
            </tr>
          </tfoot>
        </table>,
      )}
      {section(
        'lines',
        text.lines[locale],
        report.lines.length === 0 ? (
          <p>{text.noLines[locale]}</p>
        ) : (
          <table className="sv-print__table">
            <thead>
              <tr>
                <th scope="col">{text.date[locale]}</th>
                <th scope="col">{text.name[locale]}</th>
                <th scope="col">{text.category[locale]}</th>
                <th scope="col" data-align="end">
                  {text.hours[locale]}
                </th>
                <th scope="col" data-align="end">
                  {text.reimbursed[locale]}
                </th>
                <th scope="col" data-align="end">
                  {text.unitCost[locale]}
                </th>
                <th scope="col" data-align="end">
                  {text.amount[locale]}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.lines.map((l, i) => (
                <tr key={i}>
                  <td>
                    <time dateTime={l.report.date}>{formatDate(l.report.date, locale, 'short')}</time>
                  </td>
                  <td>{report.personNames[l.report.personId] ?? l.report.personId}</td>
                  <td>{professionalCategoryLabels[l.report.professionalCategory][locale]}</td>
                  <td data-align="end">{formatNumber(l.report.hours, locale)}</td>
                  <td data-align="end">{formatNumber(l.reimbursedHours, locale)}</td>
                  <td data-align="end">{l.unitCost ? formatSekAmount(l.unitCost.amountPerHour, locale) : '–'}</td>
                  <td data-align="end">{formatSekAmount(l.amountOre / 100, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
      {section(
        'violations',
        text.violations[locale],
        report.violations.length === 0 ? (
          <p>{text.noViolations[locale]}</p>
        ) : (
          <ul>
            {report.violations.map((v, i) => (
              <li key={`${v.code}-${i}`}>
                <strong>{report.personNames[v.personId] ?? v.personId}</strong>: {v.message[locale]}
              </li>
            ))}
          </ul>
        ),
      )}
    </PrintDocument>
  );
}
