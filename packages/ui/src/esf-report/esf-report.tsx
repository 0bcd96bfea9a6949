/**
 * EsfReport — ESF reimbursement as core computes it: per professional category the hours
 * reported, the hours reimbursed, the unit cost and the amount (hours × unit cost), the
 * rule violations (daily and yearly caps, missing unit costs), and a note when the unit
 * costs are made-up example figures.
 */
import { professionalCategoryLabels, type Locale } from '@samverkan/core/labels';
import type { EsfReportQueryResult } from '@samverkan/core/runtime';
import { useId } from 'react';
import { formatNumber, formatSekAmount } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

export interface EsfReportProps {
  report: EsfReportQueryResult;
  /** The heading; "ESF-ersättning" when omitted. */
  heading?: string;
  locale?: Locale;
}

const text = {
  heading: { sv: 'ESF-ersättning', en: 'ESF reimbursement' },
  category: { sv: 'Yrkeskategori', en: 'Professional category' },
  hours: { sv: 'Timmar', en: 'Hours' },
  reimbursed: { sv: 'Ersättningsgilla timmar', en: 'Reimbursable hours' },
  unitCost: { sv: 'Enhetskostnad per timme', en: 'Unit cost per hour' },
  amount: { sv: 'Belopp', en: 'Amount' },
  total: { sv: 'Totalt', en: 'Total' },
  violations: { sv: 'Avvikelser mot ESF-reglerna', en: 'Breaches of the ESF rules' },
  noViolations: { sv: 'Inga avvikelser.', en: 'No breaches.' },
  example: {
    sv: 'Enhetskostnaderna är exempelsiffror, inte ESF-rådets belopp.',
    en: 'The unit costs are example figures, not the ESF Council’s amounts.',
  },
} as const;

export function EsfReport({ report, heading, locale: localeProp }: EsfReportProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const unitCostOf = (category: string) => report.lines.find((l) => l.unitCost?.professionalCategory === category)?.unitCost?.amountPerHour;
  const rows = [
    ...report.byCategory.map((c) => ({
      key: c.professionalCategory,
      label: professionalCategoryLabels[c.professionalCategory][locale],
      amounts: c,
      unitCost: unitCostOf(c.professionalCategory),
    })),
    { key: 'total', label: text.total[locale], amounts: report.total, unitCost: undefined },
  ];
  return (
    <section className="sv-esf-report" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {heading ?? text.heading[locale]}
      </h2>
      {report.containsExampleFigures ? (
        <p className="sv-notice" data-variant="warning" role="note">
          {text.example[locale]}
        </p>
      ) : null}
      <ScrollRegion label={heading ?? text.heading[locale]} locale={locale}>
        <table className="sv-table sv-esf-report__table" aria-labelledby={`${id}-heading`}>
          <thead>
<tr>
            <th scope="col" className="sv-table__column">
              {text.category[locale]}
            </th>
            <th scope="col" className="sv-table__column" data-align="end">
              {text.hours[locale]}
            </th>
            <th scope="col" className="sv-table__column" data-align="end">
              {text.reimbursed[locale]}
            </th>
            <th scope="col" className="sv-table__column" data-align="end">
              {text.unitCost[locale]}
            </th>
            <th scope="col" className="sv-table__column" data-align="end">
              {text.amount[locale]}
            </th>
          </tr>
</thead>
          <tbody>
{rows.map((row) => (
              <tr key={row.key} className="sv-table__row" data-total={row.key === 'total' || undefined}>
                <th scope="row" className="sv-table__cell">{row.label}</th>
                <td className="sv-table__cell" data-align="end">
                  {formatNumber(row.amounts.hours, locale)}
                </td>
                <td className="sv-table__cell" data-align="end">
                  {formatNumber(row.amounts.reimbursedHours, locale)}
                </td>
                <td className="sv-table__cell" data-align="end">
                  {row.unitCost === undefined ? '–' : formatSekAmount(row.unitCost, locale)}
                </td>
                <td className="sv-table__cell" data-align="end">
                  {formatSekAmount(row.amounts.amountSek, locale)}
                </td>
              </tr>
            ))}
</tbody>
        </table>
      </ScrollRegion>
      <h3 className="sv-subheading">{text.violations[locale]}</h3>
      {report.violations.length === 0 ? (
        <p className="sv-description">{text.noViolations[locale]}</p>
      ) : (
        <ul className="sv-esf-report__violations">
          {report.violations.map((v, i) => (
            <li key={`${v.code}-${v.personId}-${i}`} className="sv-notice" data-variant="danger">
              <strong>{report.personNames[v.personId] ?? v.personId}</strong>: {v.message[locale]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
