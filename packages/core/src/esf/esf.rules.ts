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
  return hoursFormat(locale).format(fromCenti(centi));
}

/** One formatter per language, made when first needed: making one costs far more than using it. */
const hoursFormats = new Map<Locale, Intl.NumberFormat>();
function hoursFormat(locale: Locale): Intl.NumberFormat {
  let format = hoursFormats.get(locale);
  if (!format) hoursFormats.set(locale, (format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 })));
  return format;
}

/** Amount of a report in whole öre: hundredths of hours × öre per hour / 100, rounded half up. */
export function amountInOre(hours: number, amountPerHour: number): number {
  return oreFor(toCenti(hours), amountPerHour);
}

function oreFor(centi: number, amountPerHour: number): number {
  return Math.floor((centi * Math.round(amountPerHour * 100) + 50) / 100);
}

/** The bits of a report's violation codes, in the order the rules are checked (and listed). */
const CODE_BITS: readonly EsfViolationCode[] = ['dailyHoursExceeded', 'yearlyCapExceeded', 'multipleProfessionalCategories', 'missingUnitCost', 'ambiguousUnitCost'];
/** The five running sums of a total: hours, reimbursed, excess, withheld (hundredths), öre. */
const SUMS = 5;

/**
 * Reimbursement and violations of the ESF rules for a set of time reports. See the file comment.
 *
 * Made for national volumes (120 000 reports well under 100 ms): dates, people, projects and
 * categories are numbered once, the reports put in order by a count per date, and each rule
 * is one pass over typed arrays indexed by those numbers, with objects made only for what is
 * returned. Each pass is a function of its own, so that the engine optimises each loop on its
 * own (one long function was deoptimised again and again as each later loop began).
 * `esf-report.equivalence.test.ts` checks it against the straightforward version.
 */
export function esfReport(options: EsfReportOptions): EsfReport {
  const yearlyCapHours = options.yearlyCapHours ?? DEFAULT_YEARLY_CAP_HOURS;
  const maxHoursPerDay = options.maxHoursPerDay ?? MAX_HOURS_PER_DAY;
  if (!(yearlyCapHours > 0)) throw new RangeError(`yearlyCapHours must be positive, was ${yearlyCapHours}`);
  if (!(maxHoursPerDay > 0 && maxHoursPerDay <= 24)) {
    throw new RangeError(`maxHoursPerDay must be more than 0 and at most 24, was ${maxHoursPerDay}`);
  }
  const x = numbered(options.reports);
  const found = new Findings(x);
  capPass(x, found, toCenti(maxHoursPerDay), true);
  capPass(x, found, toCenti(yearlyCapHours), false);
  oneCategoryPerProject(x, found);
  const { lines, totals, containsExampleFigures } = linesAndTotals(x, found, options);
  const { period } = options;
  const listedIds = period === undefined ? undefined : new Set(lines.map((l) => l.report.id));
  const monthsOf = (year: number) => x.months.list.flatMap((_, m) => (x.yearOfMonth[m] === year ? [m] : []));
  const perPeriod = (names: readonly string[], monthsOfPeriod: (p: number) => number[]): EsfPeriodTotals[] =>
    names.flatMap((name, p) => {
      const t = totals.over(monthsOfPeriod(p));
      return t ? [{ period: name, ...t.amounts, byCategory: t.byCategory }] : [];
    });
  const all = totals.over(x.months.list.map((_, m) => m));
  return {
    ...(period === undefined ? {} : { period }),
    yearlyCapHours,
    maxHoursPerDay,
    lines,
    byCategory: all?.byCategory ?? [],
    byMonth: perPeriod(x.months.list, (m) => [m]),
    byYear: perPeriod(x.years.list, monthsOf),
    total: all?.amounts ?? amounts(new Float64Array(SUMS), 0),
    // Without a period every report is listed, and so is every violation.
    violations: listedIds === undefined ? found.violations : found.violations.filter((v) => v.reportIds.some((id) => listedIds.has(id))),
    containsExampleFigures,
  };
}

/** The reports with their dates, people, projects and categories numbered, and their order. */
interface Numbered {
  reports: readonly TimeReport[];
  dates: Numbering<string>;
  people: Numbering<string>;
  projects: Numbering<string>;
  categories: Numbering<ProfessionalCategory>;
  months: Numbering<string>;
  years: Numbering<string>;
  personOf: Int32Array;
  projectOf: Int32Array;
  categoryOf: Int32Array;
  /** Hours in hundredths. */
  centi: Float64Array;
  /** Date numbers in date order (a date's rank is its place here). */
  dayList: number[];
  /** The reports (indexes) in date order, then id: the day of rank k from `order[dayStart[k]]` to before `order[dayStart[k + 1]]`. */
  order: Int32Array;
  dayStart: Int32Array;
  monthOfRank: Int32Array;
  yearOfRank: Int32Array;
  /** The year number of each month number. */
  yearOfMonth: Int32Array;
}

function numbered(reports: readonly TimeReport[]): Numbered {
  const n = reports.length;
  const dates = new Numbering<string>();
  const people = new Numbering<string>();
  const projects = new Numbering<string>();
  const categories = new Numbering<ProfessionalCategory>();
  const dateOf = new Int32Array(n);
  const personOf = new Int32Array(n);
  const projectOf = new Int32Array(n);
  const categoryOf = new Int32Array(n);
  const centi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = reports[i]!;
    dateOf[i] = dates.of(r.date);
    personOf[i] = people.of(r.personId);
    projectOf[i] = projects.of(r.projectId);
    categoryOf[i] = categories.of(r.professionalCategory);
    centi[i] = toCenti(r.hours);
  }
  // Date order (then id): counted per date, then each date's reports sorted by id, stably.
  const dayList = dates.list.map((_, d) => d).sort((a, b) => compare(dates.list[a]!, dates.list[b]!));
  const nDays = dayList.length;
  const rankOf = new Int32Array(nDays);
  dayList.forEach((d, rank) => (rankOf[d] = rank));
  const dayStart = new Int32Array(nDays + 1);
  for (let i = 0; i < n; i++) dayStart[rankOf[dateOf[i]!]! + 1]!++;
  for (let k = 0; k < nDays; k++) dayStart[k + 1]! += dayStart[k]!;
  const order = new Int32Array(n);
  const fill = dayStart.slice(0, nDays);
  for (let i = 0; i < n; i++) order[fill[rankOf[dateOf[i]!]!]!++] = i;
  for (let k = 0; k < nDays; k++) sortById(order, dayStart[k]!, dayStart[k + 1]!, reports);
  // Month and year of each day (by rank); in date order their strings are in order too.
  const months = new Numbering<string>();
  const years = new Numbering<string>();
  const monthOfRank = new Int32Array(nDays);
  const yearOfRank = new Int32Array(nDays);
  for (let k = 0; k < nDays; k++) {
    const date = dates.list[dayList[k]!]!;
    monthOfRank[k] = months.of(date.slice(0, 7));
    yearOfRank[k] = years.of(date.slice(0, 4));
  }
  const yearOfMonth = new Int32Array(months.list.length);
  for (let k = 0; k < nDays; k++) yearOfMonth[monthOfRank[k]!] = yearOfRank[k]!;
  return { reports, dates, people, projects, categories, months, years, personOf, projectOf, categoryOf, centi, dayList, order, dayStart, monthOfRank, yearOfRank, yearOfMonth };
}

/** What the rules found, per report (by index) and in all. */
class Findings {
  /** Bits of `CODE_BITS`. */
  readonly codes: Uint8Array;
  readonly withheld: Uint8Array;
  readonly dayExcess: Float64Array;
  readonly yearExcess: Float64Array;
  readonly violations: EsfViolation[] = [];
  readonly #reports: readonly TimeReport[];
  readonly #texts = new Map<number, { sv: string; en: string }>();

  constructor(x: Numbered) {
    const n = x.reports.length;
    this.#reports = x.reports;
    this.codes = new Uint8Array(n);
    this.withheld = new Uint8Array(n);
    this.dayExcess = new Float64Array(n);
    this.yearExcess = new Float64Array(n);
  }

  /** Records a violation of the rule `code` (a place in `CODE_BITS`) concerning the reports `items`. */
  flag(items: readonly number[], code: number, violation: Omit<EsfViolation, 'code' | 'reportIds'>): void {
    for (const i of items) this.codes[i]! |= 1 << code;
    this.violations.push({ code: CODE_BITS[code]!, ...violation, reportIds: items.map((i) => this.#reports[i]!.id) });
  }

  /** Hundredths of hours as a message writes them, in both languages (each figure formatted once). */
  hours(centi: number): { sv: string; en: string } {
    let text = this.#texts.get(centi);
    if (!text) this.#texts.set(centi, (text = { sv: hoursText(centi, 'sv'), en: hoursText(centi, 'en') }));
    return text;
  }
}

/**
 * A cap on each person's hours per block of days, flagged per person in the order the people
 * first report in the block: the daily limit (`daily`: a block is a day, over the hours
 * reported) or the yearly cap (a block is a calendar year, whose days lie together, over what
 * is left after the daily limit; only the reports cut are flagged).
 */
function capPass(x: Numbered, found: Findings, cap: number, daily: boolean): void {
  const { order, dayStart, personOf, centi, reports, yearOfRank } = x;
  const nDays = x.dayList.length;
  const cutBefore = daily ? undefined : found.dayExcess;
  const excess = daily ? found.dayExcess : found.yearExcess;
  const use = new CapUse(x.people.list.length);
  for (let k = 0; k < nDays; ) {
    const first = k;
    const year = yearOfRank[k]!;
    if (daily) k++;
    else while (k < nDays && yearOfRank[k] === year) k++;
    const from = dayStart[first]!;
    const to = dayStart[k]!;
    use.reset();
    let over = false;
    for (let j = from; j < to; j++) {
      const i = order[j]!;
      const hours = cutBefore ? centi[i]! - cutBefore[i]! : centi[i]!;
      const before = use.add(personOf[i]!, hours);
      excess[i] = Math.max(0, hours - Math.max(0, cap - before));
      if (before + hours > cap) over = true;
    }
    if (!over) continue;
    const date = x.dates.list[x.dayList[first]!]!;
    const yearText = x.years.list[year]!;
    for (const ofPerson of use.over(order, from, to, personOf, cap)) {
      const personId = reports[ofPerson[0]!]!.personId;
      const total = use.used(personOf[ofPerson[0]!]!);
      const hours = found.hours(total);
      const most = found.hours(cap);
      const excessHours = fromCenti(total - cap);
      if (daily) {
        found.flag(ofPerson, 0, {
          personId,
          date,
          excessHours,
          message: {
            sv: `${personId} har rapporterat ${hours.sv} timmar den ${date}; högst ${most.sv} per dag ersätts.`,
            en: `${personId} reported ${hours.en} hours on ${date}; at most ${most.en} a day are reimbursed.`,
          },
        });
      } else {
        found.flag(ofPerson.filter((i) => excess[i]! > 0), 1, {
          personId,
          year: Number(yearText),
          excessHours,
          message: {
            sv: `${personId} har ${hours.sv} timmar år ${yearText}; högst ${most.sv} per år ersätts.`,
            en: `${personId} has ${hours.en} hours in ${yearText}; at most ${most.en} a year are reimbursed.`,
          },
        });
      }
    }
  }
}

/**
 * One professional category per person and project: each pair's first category, and whether
 * another follows; only the pairs with several are listed, in the order the pairs first occur.
 */
function oneCategoryPerProject(x: Numbered, found: Findings): void {
  const { order, personOf, projectOf, categoryOf, reports } = x;
  const n = reports.length;
  const nProjects = x.projects.list.length;
  const pairs = new Map<number, number>();
  const pairOf = new Int32Array(n);
  const firstCategory: number[] = [];
  const mixed: boolean[] = [];
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const key = personOf[i]! * nProjects + projectOf[i]!;
    let pair = pairs.get(key);
    if (pair === undefined) {
      pairs.set(key, (pair = firstCategory.length));
      firstCategory.push(categoryOf[i]!);
      mixed.push(false);
    } else if (categoryOf[i] !== firstCategory[pair]) mixed[pair] = true;
    pairOf[i] = pair;
  }
  if (!mixed.includes(true)) return;
  const groups = new Map<number, number[]>();
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const pair = pairOf[i]!;
    if (!mixed[pair]) continue;
    let group = groups.get(pair);
    if (!group) groups.set(pair, (group = []));
    group.push(i);
  }
  for (const group of [...groups].sort(([a], [b]) => a - b).map(([, g]) => g)) {
    const { personId, projectId } = reports[group[0]!]!;
    for (const i of group) found.withheld[i] = 1;
    const names = (locale: Locale) =>
      [...new Set(group.map((i) => reports[i]!.professionalCategory))].map((c) => professionalCategoryLabels[c][locale].toLowerCase()).join(', ');
    found.flag(group, 2, {
      personId,
      projectId,
      message: {
        sv: `${personId} har rapporterat tid som flera yrkeskategorier i projekt ${projectId} (${names('sv')}); tiden ersätts inte förrän det är rättat.`,
        en: `${personId} reported time under several professional categories in project ${projectId} (${names('en')}); the time is not reimbursed until corrected.`,
      },
    });
  }
}

/**
 * Report by report in order: the unit cost for the category on the day (worked out once per
 * category and day), flagged when there is none or more than one; then, for the reports in the
 * period, the line with its amounts, summed as the lines are made (integers: hundredths of
 * hours, öre) in all, per category, per month and per year.
 */
function linesAndTotals(x: Numbered, found: Findings, options: EsfReportOptions): { lines: EsfLine[]; totals: Totals; containsExampleFigures: boolean } {
  const { order, dayStart, dayList, categoryOf, centi, reports, monthOfRank } = x;
  const { dayExcess, yearExcess, withheld, codes } = found;
  const nDays = dayList.length;
  const matchesOf: (UnitCost[] | undefined)[] = [];
  const period = options.period;
  const totals = new Totals(x.categories, x.months.list.length);
  const lines: EsfLine[] = [];
  let containsExampleFigures = false;
  for (let k = 0; k < nDays; k++) {
    const d = dayList[k]!;
    const date = x.dates.list[d]!;
    const listed = period === undefined || (period.start <= date && date <= period.end);
    const month = monthOfRank[k]!;
    for (let j = dayStart[k]!; j < dayStart[k + 1]!; j++) {
      const i = order[j]!;
      const report = reports[i]!;
      const slot = categoryOf[i]! * nDays + d;
      const matches = (matchesOf[slot] ??= options.unitCosts.filter((c) => c.professionalCategory === report.professionalCategory && unitCostAppliesOn(c, date)));
      const unitCost = matches.length === 1 ? matches[0] : undefined;
      if (!unitCost) unitCostProblem(found, i, report, date, matches.length === 0);
      if (!listed) continue;
      const c = centi[i]!;
      const capped = c - dayExcess[i]! - yearExcess[i]!;
      const held = withheld[i] ? capped : 0;
      const reimbursed = capped - held;
      const amountOre = unitCost === undefined ? 0 : oreFor(reimbursed, unitCost.amountPerHour);
      const excess = dayExcess[i]! + yearExcess[i]!;
      totals.add(month, categoryOf[i]!, c, reimbursed, excess, held, amountOre);
      const violations: EsfViolationCode[] = [];
      for (let bit = 0, m = codes[i]!; m !== 0; bit++, m >>= 1) if (m & 1) violations.push(CODE_BITS[bit]!);
      if (unitCost?.exampleFigure === true) containsExampleFigures = true;
      lines.push(unitCost === undefined
        ? { report, reimbursedHours: fromCenti(reimbursed), excessHours: fromCenti(excess), withheldHours: fromCenti(held), amountOre, violations }
        : { report, unitCost, reimbursedHours: fromCenti(reimbursed), excessHours: fromCenti(excess), withheldHours: fromCenti(held), amountOre, violations });
    }
  }
  return { lines, totals, containsExampleFigures };
}

/** Withholds a report with no unit cost for its category and day, or more than one. */
function unitCostProblem(found: Findings, i: number, report: TimeReport, date: string, missing: boolean): void {
  found.withheld[i] = 1;
  const label = professionalCategoryLabels[report.professionalCategory];
  found.flag([i], missing ? 3 : 4, {
    personId: report.personId,
    date,
    message: missing
      ? {
          sv: `Det finns ingen enhetskostnad för ${label.sv.toLowerCase()} den ${date}; tiden ersätts inte.`,
          en: `There is no unit cost for ${label.en.toLowerCase()} on ${date}; the time is not reimbursed.`,
        }
      : {
          sv: `Flera enhetskostnader för ${label.sv.toLowerCase()} gäller den ${date}; tiden ersätts inte förrän tabellen är rättad.`,
          en: `Several unit costs for ${label.en.toLowerCase()} apply on ${date}; the time is not reimbursed until the table is corrected.`,
        },
  });
}

/**
 * Integer sums (hundredths of hours, öre) of the lines per month and category number, `SUMS`
 * numbers each; a year's and the whole report's are added up from its months' when asked for.
 * The sums are of integers, so adding them up by month gives exactly what adding line by line gives.
 */
class Totals {
  readonly #categories: Numbering<ProfessionalCategory>;
  readonly #sums: Float64Array;
  /** Which month and category has had a line. */
  readonly #seen: Uint8Array;

  constructor(categories: Numbering<ProfessionalCategory>, months: number) {
    this.#categories = categories;
    this.#sums = new Float64Array(months * categories.list.length * SUMS);
    this.#seen = new Uint8Array(months * categories.list.length);
  }

  add(month: number, category: number, hours: number, reimbursed: number, excess: number, withheld: number, amountOre: number): void {
    const slot = month * this.#categories.list.length + category;
    const at = slot * SUMS;
    const sums = this.#sums;
    this.#seen[slot] = 1;
    sums[at]! += hours;
    sums[at + 1]! += reimbursed;
    sums[at + 2]! += excess;
    sums[at + 3]! += withheld;
    sums[at + 4]! += amountOre;
  }

  /**
   * The amounts over `months` in all (every category) and per category in the order of the
   * category enum; undefined when none of those months had a line.
   */
  over(months: readonly number[]): { amounts: EsfAmounts; byCategory: EsfCategoryTotals[] } | undefined {
    const n = this.#categories.list.length;
    const all = new Float64Array(SUMS);
    const perCategory = new Float64Array(n * SUMS);
    const seen = new Uint8Array(n);
    for (const m of months) {
      for (let c = 0; c < n; c++) {
        if (!this.#seen[m * n + c]) continue;
        seen[c] = 1;
        addSums(all, 0, this.#sums, (m * n + c) * SUMS);
        addSums(perCategory, c * SUMS, this.#sums, (m * n + c) * SUMS);
      }
    }
    if (!seen.includes(1)) return undefined;
    const byCategory = ProfessionalCategory.options.flatMap((professionalCategory) => {
      const c = this.#categories.find(professionalCategory);
      return c === undefined || !seen[c] ? [] : [{ professionalCategory, ...amounts(perCategory, c * SUMS) }];
    });
    return { amounts: amounts(all, 0), byCategory };
  }
}

/** Adds the five sums from `from` in `source` to those from `at` in `sums`. */
function addSums(sums: Float64Array, at: number, source: Float64Array, from: number): void {
  for (let k = 0; k < SUMS; k++) sums[at + k]! += source[from + k]!;
}

/** The amounts of the five sums from `at` (hundredths of hours, öre). */
function amounts(sums: Float64Array, at: number): EsfAmounts {
  return {
    hours: fromCenti(sums[at]!),
    reimbursedHours: fromCenti(sums[at + 1]!),
    excessHours: fromCenti(sums[at + 2]!),
    withheldHours: fromCenti(sums[at + 3]!),
    amountOre: sums[at + 4]!,
    amountSek: sums[at + 4]! / 100,
  };
}

/**
 * Numbers 0, 1, 2… for values, in the order they are first seen. The last value asked about is
 * remembered: reports come in runs of one date, one project, one category.
 */
class Numbering<T> {
  readonly list: T[] = [];
  readonly #numbers = new Map<T, number>();
  private lastValue: T | undefined;
  /** The last value's number; -1 before the first. */
  private lastNumber = -1;

  of(value: T): number {
    if (this.lastNumber >= 0 && this.lastValue === value) return this.lastNumber;
    let number = this.#numbers.get(value);
    if (number === undefined) {
      this.#numbers.set(value, (number = this.list.length));
      this.list.push(value);
    }
    this.lastValue = value;
    this.lastNumber = number;
    return number;
  }

  find(value: T): number | undefined {
    return this.#numbers.get(value);
  }
}

/**
 * Hours used per person within one block (a day, a year): a sum per person number, made void
 * for the next block by a new block number instead of by clearing.
 */
class CapUse {
  private readonly sums: Float64Array;
  private readonly blockOf: Int32Array;
  private current = 0;

  constructor(people: number) {
    this.sums = new Float64Array(people);
    this.blockOf = new Int32Array(people);
  }

  reset(): void {
    this.current++;
  }

  /** Adds `hours` to the person's sum in this block; returns the sum before. */
  add(person: number, hours: number): number {
    const before = this.used(person);
    this.sums[person] = before + hours;
    this.blockOf[person] = this.current;
    return before;
  }

  used(person: number): number {
    return this.blockOf[person] === this.current ? this.sums[person]! : 0;
  }

  /**
   * The reports (from `order[from]` to before `order[to]`) of each person whose sum is over
   * `cap`, one list per person in the order the people first occur.
   */
  over(order: Int32Array, from: number, to: number, personOf: Int32Array, cap: number): number[][] {
    const lists = new Map<number, number[]>();
    for (let j = from; j < to; j++) {
      const i = order[j]!;
      const person = personOf[i]!;
      if (!(this.used(person) > cap)) continue;
      let list = lists.get(person);
      if (!list) lists.set(person, (list = []));
      list.push(i);
    }
    return [...lists.values()];
  }
}

/** Sorts `order[from..to)` by report id, stably (equal ids keep their order). */
function sortById(order: Int32Array, from: number, to: number, reports: readonly TimeReport[]): void {
  const part = Array.from(order.subarray(from, to)).sort((a, b) => compare(reports[a]!.id, reports[b]!.id));
  order.set(part, from);
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
