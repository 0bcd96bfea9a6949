/**
 * Test-only: the ESF report as it was written before it was made fast — straightforward, one
 * pass per rule, grouping by string keys. `esf-report.equivalence.test.ts` checks that
 * `esfReport` gives exactly what this gives, on generated reports. Not exported from core.
 */
import { professionalCategoryLabels, ProfessionalCategory } from '../person/professional-category.js';
import type { Locale } from '../shared/localized.js';
import { DEFAULT_YEARLY_CAP_HOURS, MAX_HOURS_PER_DAY } from './esf-limits.js';
import type { EsfAmounts, EsfCategoryTotals, EsfLine, EsfPeriodTotals, EsfReport, EsfReportOptions, EsfViolation, EsfViolationCode } from './esf.rules.js';
import type { TimeReport } from './time-report.schema.js';
import { unitCostAppliesOn, type UnitCost } from './unit-cost.schema.js';

const toCenti = (hours: number): number => Math.round(hours * 100);
const fromCenti = (centi: number): number => centi / 100;

/** Hours for a message: "13,5" in Swedish, "13.5" in English. */
function hoursText(centi: number, locale: Locale): string {
  return hoursFormat(locale).format(fromCenti(centi));
}

/** One formatter per language, made when first needed: making one costs far more than using it. */
const hoursFormats = new Map<Locale, Intl.NumberFormat>();
function hoursFormat(locale: Locale): Intl.NumberFormat {
  let format = hoursFormats.get(locale);
  if (!format) hoursFormats.set(locale, (format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 })));
  return format;
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
  /** Made for a report when it is first flagged (most reports never are). */
  codes?: Set<EsfViolationCode>;
}

/** Reimbursement and violations of the ESF rules for a set of time reports. See the file comment. */
export function referenceEsfReport(options: EsfReportOptions): EsfReport {
  const yearlyCapHours = options.yearlyCapHours ?? DEFAULT_YEARLY_CAP_HOURS;
  const maxHoursPerDay = options.maxHoursPerDay ?? MAX_HOURS_PER_DAY;
  if (!(yearlyCapHours > 0)) throw new RangeError(`yearlyCapHours must be positive, was ${yearlyCapHours}`);
  if (!(maxHoursPerDay > 0 && maxHoursPerDay <= 24)) {
    throw new RangeError(`maxHoursPerDay must be more than 0 and at most 24, was ${maxHoursPerDay}`);
  }
  const dayCap = toCenti(maxHoursPerDay);
  const yearCap = toCenti(yearlyCapHours);

  // A day's month and year, cut once per day rather than once per report.
  const parts = new Map<string, { month: string; year: string }>();
  const partsOf = (date: string) => {
    let p = parts.get(date);
    if (!p) parts.set(date, (p = { month: date.slice(0, 7), year: date.slice(0, 4) }));
    return p;
  };
  const monthOf = (date: string) => partsOf(date).month;
  const yearOf = (date: string) => partsOf(date).year;

  const work: Work[] = [...options.reports]
    .sort((a, b) => (a.date === b.date ? compare(a.id, b.id) : compare(a.date, b.date)))
    .map((report): Work => ({ report, centi: toCenti(report.hours), dayExcess: 0, yearExcess: 0, withheld: false }));
  const violations: EsfViolation[] = [];
  const flag = (items: readonly Work[], violation: EsfViolation) => {
    for (const w of items) (w.codes ??= new Set()).add(violation.code);
    violations.push(violation);
  };

  // The daily limit, over the sum of a person's reports that day. The reports are in date
  // order, so a day's reports lie together: each day is summed per person as it is read (no
  // group per person and day is built; most people report once a day), and a day with someone
  // over the limit is flagged per person, in the order the people first report that day.
  forEachBlock(work, (w) => w.report.date, (block) => {
    const used = new Map<string, number>();
    let over = false;
    for (const w of block) {
      const before = used.get(w.report.personId) ?? 0;
      w.dayExcess = Math.max(0, w.centi - Math.max(0, dayCap - before));
      used.set(w.report.personId, before + w.centi);
      if (before + w.centi > dayCap) over = true;
    }
    if (!over) return;
    for (const day of overLimit(block, used, dayCap)) {
      const total = used.get(day[0]!.report.personId)!;
      const { personId, date } = day[0]!.report;
      flag(day, {
        code: 'dailyHoursExceeded',
        personId,
        date,
        excessHours: fromCenti(total - dayCap),
        message: {
          sv: `${personId} har rapporterat ${hoursText(total, 'sv')} timmar den ${date}; högst ${hoursText(dayCap, 'sv')} per dag ersätts.`,
          en: `${personId} reported ${hoursText(total, 'en')} hours on ${date}; at most ${hoursText(dayCap, 'en')} a day are reimbursed.`,
        },
        reportIds: day.map((w) => w.report.id),
      });
    }
  });

  // The yearly cap, over what is left after the daily limit; a year's reports lie together too.
  forEachBlock(work, (w) => yearOf(w.report.date), (block) => {
    const used = new Map<string, number>();
    let over = false;
    for (const w of block) {
      const afterDay = w.centi - w.dayExcess;
      const before = used.get(w.report.personId) ?? 0;
      w.yearExcess = Math.max(0, afterDay - Math.max(0, yearCap - before));
      used.set(w.report.personId, before + afterDay);
      if (before + afterDay > yearCap) over = true;
    }
    if (!over) return;
    for (const year of overLimit(block, used, yearCap)) {
      const total = used.get(year[0]!.report.personId)!;
      const { personId, date } = year[0]!.report;
      const cut = year.filter((w) => w.yearExcess > 0);
      flag(cut, {
        code: 'yearlyCapExceeded',
        personId,
        year: Number(date.slice(0, 4)),
        excessHours: fromCenti(total - yearCap),
        message: {
          sv: `${personId} har ${hoursText(total, 'sv')} timmar år ${date.slice(0, 4)}; högst ${hoursText(yearCap, 'sv')} per år ersätts.`,
          en: `${personId} has ${hoursText(total, 'en')} hours in ${date.slice(0, 4)}; at most ${hoursText(yearCap, 'en')} a year are reimbursed.`,
        },
        reportIds: cut.map((w) => w.report.id),
      });
    }
  });

  // One professional category per person and project.
  for (const reports of groupBy2(work, (w) => w.report.personId, (w) => w.report.projectId)) {
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

  // A unit cost for the category on the day (worked out once per category and day).
  const unitCostCache = new Map<ProfessionalCategory, Map<string, UnitCost[]>>();
  const unitCostsOn = (category: ProfessionalCategory, date: string): UnitCost[] => {
    let byDate = unitCostCache.get(category);
    if (!byDate) unitCostCache.set(category, (byDate = new Map()));
    let matches = byDate.get(date);
    if (!matches) byDate.set(date, (matches = options.unitCosts.filter((c) => c.professionalCategory === category && unitCostAppliesOn(c, date))));
    return matches;
  };
  for (const w of work) {
    const { personId, date, professionalCategory, id } = w.report;
    const matches = unitCostsOn(professionalCategory, date);
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
  // The totals are summed as the lines are made (integers: hundredths of hours, öre), per
  // category, month and year, instead of keeping a record per line and grouping them after.
  const totals = new Totals();
  const months = new Map<string, Totals>();
  const years = new Map<string, Totals>();
  for (const w of work) {
    if (!inPeriod(w.report.date)) continue;
    const capped = w.centi - w.dayExcess - w.yearExcess;
    const withheld = w.withheld ? capped : 0;
    const reimbursed = capped - withheld;
    const amountOre = w.unitCost === undefined ? 0 : oreFor(reimbursed, w.unitCost.amountPerHour);
    const excess = w.dayExcess + w.yearExcess;
    const category = w.report.professionalCategory;
    const month = monthOf(w.report.date);
    const year = yearOf(w.report.date);
    let ofMonth = months.get(month);
    if (!ofMonth) months.set(month, (ofMonth = new Totals()));
    let ofYear = years.get(year);
    if (!ofYear) years.set(year, (ofYear = new Totals()));
    totals.add(category, w.centi, reimbursed, excess, withheld, amountOre);
    ofMonth.add(category, w.centi, reimbursed, excess, withheld, amountOre);
    ofYear.add(category, w.centi, reimbursed, excess, withheld, amountOre);
    const line: EsfLine = w.unitCost === undefined
      ? { report: w.report, reimbursedHours: fromCenti(reimbursed), excessHours: fromCenti(excess), withheldHours: fromCenti(withheld), amountOre, violations: w.codes ? [...w.codes] : [] }
      : { report: w.report, unitCost: w.unitCost, reimbursedHours: fromCenti(reimbursed), excessHours: fromCenti(excess), withheldHours: fromCenti(withheld), amountOre, violations: w.codes ? [...w.codes] : [] };
    lines.push(line);
  }
  const listed = new Set(lines.map((l) => l.report.id));
  const byPeriod = (periods: ReadonlyMap<string, Totals>): EsfPeriodTotals[] =>
    [...periods].sort(([a], [b]) => compare(a, b)).map(([period, t]) => ({ period, ...t.amounts(), byCategory: t.byCategory() }));

  return {
    ...(options.period === undefined ? {} : { period: options.period }),
    yearlyCapHours,
    maxHoursPerDay,
    lines,
    byCategory: totals.byCategory(),
    byMonth: byPeriod(months),
    byYear: byPeriod(years),
    total: totals.amounts(),
    violations: violations.filter((v) => v.reportIds.some((id) => listed.has(id))),
    containsExampleFigures: lines.some((l) => l.unitCost?.exampleFigure === true),
  };
}

/** Running integer sums (hundredths of hours, öre): in all, and per professional category. */
class Totals {
  readonly #all = new Sums();
  readonly #byCategory = new Map<ProfessionalCategory, Sums>();

  add(category: ProfessionalCategory, hours: number, reimbursed: number, excess: number, withheld: number, amountOre: number): void {
    let ofCategory = this.#byCategory.get(category);
    if (!ofCategory) this.#byCategory.set(category, (ofCategory = new Sums()));
    this.#all.add(hours, reimbursed, excess, withheld, amountOre);
    ofCategory.add(hours, reimbursed, excess, withheld, amountOre);
  }

  amounts(): EsfAmounts {
    return this.#all.amounts();
  }

  /** Totals per category, in the order of the category enum. */
  byCategory(): EsfCategoryTotals[] {
    return ProfessionalCategory.options
      .filter((c) => this.#byCategory.has(c))
      .map((professionalCategory) => ({ professionalCategory, ...this.#byCategory.get(professionalCategory)!.amounts() }));
  }
}

class Sums {
  hours = 0;
  reimbursed = 0;
  excess = 0;
  withheld = 0;
  amountOre = 0;

  add(hours: number, reimbursed: number, excess: number, withheld: number, amountOre: number): void {
    this.hours += hours;
    this.reimbursed += reimbursed;
    this.excess += excess;
    this.withheld += withheld;
    this.amountOre += amountOre;
  }

  amounts(): EsfAmounts {
    return {
      hours: fromCenti(this.hours),
      reimbursedHours: fromCenti(this.reimbursed),
      excessHours: fromCenti(this.excess),
      withheldHours: fromCenti(this.withheld),
      amountOre: this.amountOre,
      amountSek: this.amountOre / 100,
    };
  }
}

/** Calls `fn` with each run of consecutive items that have the same key. */
function forEachBlock<T>(items: readonly T[], key: (item: T) => string, fn: (block: readonly T[]) => void): void {
  let start = 0;
  let current: string | undefined;
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]!);
    if (i > 0 && k !== current) {
      fn(items.slice(start, i));
      start = i;
    }
    current = k;
  }
  if (items.length > 0) fn(items.slice(start));
}

/**
 * The reports of each person whose total in `used` is over `cap`, one list per person in the
 * order the people first occur in `block` (as grouping the block by person would list them).
 */
function overLimit<T extends { report: { personId: string } }>(block: readonly T[], used: ReadonlyMap<string, number>, cap: number): T[][] {
  const lists = new Map<string, T[]>();
  for (const w of block) {
    const personId = w.report.personId;
    if (!(used.get(personId)! > cap)) continue;
    let list = lists.get(personId);
    if (!list) lists.set(personId, (list = []));
    list.push(w);
  }
  return [...lists.values()];
}

/**
 * The groups of items with the same pair of keys, in the order each pair first occurs, without
 * a joined string per item.
 */
function groupBy2<T>(items: readonly T[], first: (item: T) => string, second: (item: T) => string): T[][] {
  const index = new Map<string, Map<string, T[]>>();
  const groups: T[][] = [];
  for (const item of items) {
    const a = first(item);
    let inner = index.get(a);
    if (!inner) index.set(a, (inner = new Map()));
    const b = second(item);
    const group = inner.get(b);
    if (group) group.push(item);
    else {
      const created = [item];
      inner.set(b, created);
      groups.push(created);
    }
  }
  return groups;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
