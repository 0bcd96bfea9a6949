/**
 * The ESF report: reimbursement for time, with the ESF rules checked.
 *
 * ESF pays hours × the standard unit cost (schablonsumma) of the person's professional
 * category on the day. The report lists every time report, with what was reimbursed and
 * why not the rest, grouped per professional category, per month and per year.
 *
 * Decisions:
 * - **Money in whole öre.** Hours are counted in hundredths and unit costs in öre, both
 *   integers. Each report's amount is rounded once, half up, to whole öre
 *   (hundredths × öre / 100); every sum after that is an integer sum, so the total equals
 *   the sum over categories and the sum over periods exactly, with no drift.
 * - **Caps cut, they don't void.** Reports are taken in date order (then id). On a day where
 *   a person's reports add up to more than `maxHoursPerDay`, the hours up to the limit are
 *   reimbursed and the rest is excess; likewise for the yearly cap, counted over the hours
 *   left after the daily cut. Excess is shown per report (`excessHours`) and in a violation.
 *   All reported hours count towards the caps, reimbursable or not: the caps are about time
 *   worked.
 * - **Unclear claims are withheld.** A report with no unit cost for its category and date,
 *   with more than one (overlapping table), or of a person who appears under more than one
 *   category in the same project is not reimbursed (`withheldHours`) until corrected: which
 *   category is right cannot be known here, and claiming the wrong one leads to repayment.
 * - Violating reports are always listed, flagged with the codes of their violations.
 * - `period` limits the lines and totals to a date range, but caps are counted over all the
 *   reports passed in — pass the whole year so that a December report sees January's hours.
 */
import { professionalCategoryLabels, ProfessionalCategory } from '../person/professional-category.js';
import type { Locale, LocalizedText } from '../shared/localized.js';
import type { Period } from '../shared/primitives.schema.js';
import { DEFAULT_YEARLY_CAP_HOURS, MAX_HOURS_PER_DAY } from './esf-limits.js';
import type { TimeReport } from './time-report.schema.js';
import { unitCostAppliesOn, type UnitCost } from './unit-cost.schema.js';

export type EsfViolationCode =
  | 'dailyHoursExceeded'
  | 'yearlyCapExceeded'
  | 'multipleProfessionalCategories'
  | 'missingUnitCost'
  | 'ambiguousUnitCost';

/** A breach of the ESF rules, with the reports it concerns. */
export interface EsfViolation {
  code: EsfViolationCode;
  personId: string;
  /** The day (daily limit, unit cost). */
  date?: string;
  /** The calendar year (yearly cap). */
  year?: number;
  /** The project (professional categories). */
  projectId?: string;
  /** Hours above the limit, for the caps. */
  excessHours?: number;
  message: LocalizedText;
  reportIds: string[];
}

/** One time report as the ESF report sees it. `hours = reimbursed + excess + withheld`. */
export interface EsfLine {
  report: TimeReport;
  /** The unit cost applied; missing when none or more than one applies. */
  unitCost?: UnitCost;
  reimbursedHours: number;
  /** Hours above the daily or yearly cap; never reimbursed. */
  excessHours: number;
  /** Hours within the caps that are held back (no unit cost, conflicting categories). */
  withheldHours: number;
  amountOre: number;
  /** The codes of the violations this report is part of. */
  violations: EsfViolationCode[];
}

export interface EsfAmounts {
  hours: number;
  reimbursedHours: number;
  excessHours: number;
  withheldHours: number;
  amountOre: number;
  /** `amountOre / 100`, for display with `formatSek`. */
  amountSek: number;
}

export interface EsfCategoryTotals extends EsfAmounts {
  professionalCategory: ProfessionalCategory;
}

export interface EsfPeriodTotals extends EsfAmounts {
  /** `YYYY-MM` for a month, `YYYY` for a year. */
  period: string;
  byCategory: EsfCategoryTotals[];
}

export interface EsfReport {
  period?: Period;
  yearlyCapHours: number;
  maxHoursPerDay: number;
  lines: EsfLine[];
  byCategory: EsfCategoryTotals[];
  byMonth: EsfPeriodTotals[];
  byYear: EsfPeriodTotals[];
  total: EsfAmounts;
  violations: EsfViolation[];
  /** True when a unit cost used is a made-up sample figure (`exampleFigure`). */
  containsExampleFigures: boolean;
}

export interface EsfReportOptions {
  reports: readonly TimeReport[];
  unitCosts: readonly UnitCost[];
  /** Only reports dated within this range are listed and summed. */
  period?: Period;
  /** Hours per person and calendar year; default `DEFAULT_YEARLY_CAP_HOURS` (1 720). */
  yearlyCapHours?: number;
  /** Hours per person and day; default `MAX_HOURS_PER_DAY` (13). */
  maxHoursPerDay?: number;
}

const toCenti = (hours: number): number => Math.round(hours * 100);
const fromCenti = (centi: number): number => centi / 100;

/** Hours for a message: "13,5" in Swedish, "13.5" in English. */
function hoursText(centi: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(fromCenti(centi));
}

/** Amount of a report in whole öre: hundredths of hours × öre per hour / 100, rounded half up. */
export function amountInOre(hours: number, amountPerHour: number): number {
  return oreFor(toCenti(hours), amountPerHour);
}

function oreFor(centi: number, amountPerHour: number): number {
  return Math.floor((centi * Math.round(amountPerHour * 100) + 50) / 100);
}

interface Work {
  report: TimeReport;
  centi: number;
  dayExcess: number;
  yearExcess: number;
  unitCost?: UnitCost;
  withheld: boolean;
  codes: Set<EsfViolationCode>;
}

/** Reimbursement and violations of the ESF rules for a set of time reports. See the file comment. */
export function esfReport(options: EsfReportOptions): EsfReport {
  const yearlyCapHours = options.yearlyCapHours ?? DEFAULT_YEARLY_CAP_HOURS;
  const maxHoursPerDay = options.maxHoursPerDay ?? MAX_HOURS_PER_DAY;
  if (!(yearlyCapHours > 0)) throw new RangeError(`yearlyCapHours must be positive, was ${yearlyCapHours}`);
  if (!(maxHoursPerDay > 0 && maxHoursPerDay <= 24)) {
    throw new RangeError(`maxHoursPerDay must be more than 0 and at most 24, was ${maxHoursPerDay}`);
  }
  const dayCap = toCenti(maxHoursPerDay);
  const yearCap = toCenti(yearlyCapHours);

  const work: Work[] = [...options.reports]
    .sort((a, b) => (a.date === b.date ? compare(a.id, b.id) : compare(a.date, b.date)))
    .map((report) => ({ report, centi: toCenti(report.hours), dayExcess: 0, yearExcess: 0, withheld: false, codes: new Set() }));
  const violations: EsfViolation[] = [];
  const flag = (items: readonly Work[], violation: EsfViolation) => {
    for (const w of items) w.codes.add(violation.code);
    violations.push(violation);
  };

  // The daily limit, over the sum of a person's reports that day.
  for (const [, day] of groupBy(work, (w) => `${w.report.personId}|${w.report.date}`)) {
    let used = 0;
    for (const w of day) {
      w.dayExcess = Math.max(0, w.centi - Math.max(0, dayCap - used));
      used += w.centi;
    }
    if (used > dayCap) {
      const { personId, date } = day[0]!.report;
      flag(day, {
        code: 'dailyHoursExceeded',
        personId,
        date,
        excessHours: fromCenti(used - dayCap),
        message: {
          sv: `${personId} har rapporterat ${hoursText(used, 'sv')} timmar den ${date}; högst ${hoursText(dayCap, 'sv')} per dag ersätts.`,
          en: `${personId} reported ${hoursText(used, 'en')} hours on ${date}; at most ${hoursText(dayCap, 'en')} a day are reimbursed.`,
        },
        reportIds: day.map((w) => w.report.id),
      });
    }
  }

  // The yearly cap, over what is left after the daily limit.
  for (const [, year] of groupBy(work, (w) => `${w.report.personId}|${w.report.date.slice(0, 4)}`)) {
    let used = 0;
    for (const w of year) {
      const afterDay = w.centi - w.dayExcess;
      w.yearExcess = Math.max(0, afterDay - Math.max(0, yearCap - used));
      used += afterDay;
    }
    if (used > yearCap) {
      const { personId, date } = year[0]!.report;
      const cut = year.filter((w) => w.yearExcess > 0);
      flag(cut, {
        code: 'yearlyCapExceeded',
        personId,
        year: Number(date.slice(0, 4)),
        excessHours: fromCenti(used - yearCap),
        message: {
          sv: `${personId} har ${hoursText(used, 'sv')} timmar år ${date.slice(0, 4)}; högst ${hoursText(yearCap, 'sv')} per år ersätts.`,
          en: `${personId} has ${hoursText(used, 'en')} hours in ${date.slice(0, 4)}; at most ${hoursText(yearCap, 'en')} a year are reimbursed.`,
        },
        reportIds: cut.map((w) => w.report.id),
      });
    }
  }

  // One professional category per person and project.
  for (const [, reports] of groupBy(work, (w) => `${w.report.personId}|${w.report.projectId}`)) {
    const categories = [...new Set(reports.map((w) => w.report.professionalCategory))];
    if (categories.length > 1) {
      const { personId, projectId } = reports[0]!.report;
      for (const w of reports) w.withheld = true;
      const names = (locale: Locale) =>
        categories.map((c) => professionalCategoryLabels[c][locale].toLowerCase()).join(', ');
      flag(reports, {
        code: 'multipleProfessionalCategories',
        personId,
        projectId,
        message: {
          sv: `${personId} har rapporterat tid som flera yrkeskategorier i projekt ${projectId} (${names('sv')}); tiden ersätts inte förrän det är rättat.`,
          en: `${personId} reported time under several professional categories in project ${projectId} (${names('en')}); the time is not reimbursed until corrected.`,
        },
        reportIds: reports.map((w) => w.report.id),
      });
    }
  }

  // A unit cost for the category on the day.
  for (const w of work) {
    const { personId, date, professionalCategory, id } = w.report;
    const matches = options.unitCosts.filter(
      (c) => c.professionalCategory === professionalCategory && unitCostAppliesOn(c, date),
    );
    const category = professionalCategoryLabels[professionalCategory];
    if (matches.length === 1) {
      w.unitCost = matches[0]!;
    } else {
      w.withheld = true;
      const missing = matches.length === 0;
      flag([w], {
        code: missing ? 'missingUnitCost' : 'ambiguousUnitCost',
        personId,
        date,
        message: missing
          ? {
              sv: `Det finns ingen enhetskostnad för ${category.sv.toLowerCase()} den ${date}; tiden ersätts inte.`,
              en: `There is no unit cost for ${category.en.toLowerCase()} on ${date}; the time is not reimbursed.`,
            }
          : {
              sv: `Flera enhetskostnader för ${category.sv.toLowerCase()} gäller den ${date}; tiden ersätts inte förrän tabellen är rättad.`,
              en: `Several unit costs for ${category.en.toLowerCase()} apply on ${date}; the time is not reimbursed until the table is corrected.`,
            },
        reportIds: [id],
      });
    }
  }

  const inPeriod = (date: string) =>
    options.period === undefined || (options.period.start <= date && date <= options.period.end);
  const lines: EsfLine[] = [];
  const sums: Sum[] = [];
  for (const w of work) {
    if (!inPeriod(w.report.date)) continue;
    const capped = w.centi - w.dayExcess - w.yearExcess;
    const withheld = w.withheld ? capped : 0;
    const reimbursed = capped - withheld;
    const amountOre = w.unitCost === undefined ? 0 : oreFor(reimbursed, w.unitCost.amountPerHour);
    const sum: Sum = {
      category: w.report.professionalCategory,
      month: w.report.date.slice(0, 7),
      year: w.report.date.slice(0, 4),
      hours: w.centi,
      reimbursed,
      excess: w.dayExcess + w.yearExcess,
      withheld,
      amountOre,
    };
    sums.push(sum);
    lines.push({
      report: w.report,
      ...(w.unitCost === undefined ? {} : { unitCost: w.unitCost }),
      reimbursedHours: fromCenti(reimbursed),
      excessHours: fromCenti(sum.excess),
      withheldHours: fromCenti(withheld),
      amountOre,
      violations: [...w.codes],
    });
  }
  const listed = new Set(lines.map((l) => l.report.id));

  return {
    ...(options.period === undefined ? {} : { period: options.period }),
    yearlyCapHours,
    maxHoursPerDay,
    lines,
    byCategory: byCategory(sums),
    byMonth: byPeriod(sums, (s) => s.month),
    byYear: byPeriod(sums, (s) => s.year),
    total: amounts(sums),
    violations: violations.filter((v) => v.reportIds.some((id) => listed.has(id))),
    containsExampleFigures: lines.some((l) => l.unitCost?.exampleFigure === true),
  };
}

/** Integer sums (hundredths of hours, öre) of one line. */
interface Sum {
  category: ProfessionalCategory;
  month: string;
  year: string;
  hours: number;
  reimbursed: number;
  excess: number;
  withheld: number;
  amountOre: number;
}

function amounts(sums: readonly Sum[]): EsfAmounts {
  let hours = 0;
  let reimbursed = 0;
  let excess = 0;
  let withheld = 0;
  let amountOre = 0;
  for (const s of sums) {
    hours += s.hours;
    reimbursed += s.reimbursed;
    excess += s.excess;
    withheld += s.withheld;
    amountOre += s.amountOre;
  }
  return {
    hours: fromCenti(hours),
    reimbursedHours: fromCenti(reimbursed),
    excessHours: fromCenti(excess),
    withheldHours: fromCenti(withheld),
    amountOre,
    amountSek: amountOre / 100,
  };
}

/** Totals per category, in the order of the category enum. */
function byCategory(sums: readonly Sum[]): EsfCategoryTotals[] {
  const groups = groupBy(sums, (s) => s.category);
  return ProfessionalCategory.options
    .filter((c) => groups.has(c))
    .map((professionalCategory) => ({ professionalCategory, ...amounts(groups.get(professionalCategory)!) }));
}

function byPeriod(sums: readonly Sum[], key: (s: Sum) => string): EsfPeriodTotals[] {
  return [...groupBy(sums, key)]
    .sort(([a], [b]) => compare(a, b))
    .map(([period, group]) => ({ period, ...amounts(group), byCategory: byCategory(group) }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An amount in kronor as Swedish (default) or English readers write it:
 * `formatSek(1234.5)` → "1 234,50 kr", `formatSek(1234.5, 'en')` → "SEK 1,234.50".
 * Swedish uses a no-break space between groups and before "kr", so the figure never wraps.
 */
export function formatSek(amount: number, locale: Locale = 'sv'): string {
  return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { style: 'currency', currency: 'SEK' }).format(amount);
}
