export {
  SWEDISH_CALENDAR_YEARS,
  SwedishDayOffLabels,
  easterSunday,
  isSwedishDayOff,
  isWeekend,
  isWorkingDay,
  swedishDayOffOn,
  swedishDaysOff,
  swedishPublicHolidays,
  type SwedishDayOff,
  type SwedishDayOffKey,
  type SwedishDayOffKind,
} from './swedish-holidays.js';
export {
  BlockedDate,
  YearPlanOptions,
  type YearPlanOptionsInput,
} from './year-plan.schema.js';
export {
  OTHER_WEEKDAY_PENALTY_DAYS,
  describeMove,
  planMeetingYear,
  planSeriesYear,
  type MoveReasonCode,
  type PlannedMeetingDate,
  type SeriesYearOptions,
  type YearPlanResult,
} from './year-plan.rules.js';
