export { DEFAULT_YEARLY_CAP_HOURS, MAX_HOURS_PER_DAY } from './esf-limits.js';
export { TimeActivity, TimeReport, timeActivityLabels } from './time-report.schema.js';
export { UnitCost, UnitCostTable, unitCostAppliesOn, unitCostsOverlap } from './unit-cost.schema.js';
export {
  amountInOre,
  esfReport,
  formatSek,
  type EsfAmounts,
  type EsfCategoryTotals,
  type EsfLine,
  type EsfPeriodTotals,
  type EsfReport,
  type EsfReportOptions,
  type EsfViolation,
  type EsfViolationCode,
} from './esf.rules.js';
export { timeReportsFromSeminar } from './seminar-time-reports.js';
