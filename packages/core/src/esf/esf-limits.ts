/**
 * The ESF limits on reported time, as constants so the seminar report and the ESF report
 * apply the same numbers.
 */

/**
 * At most 13 hours of work per person and calendar day. Arbetstidslagen (1982:673) §13
 * guarantees 11 consecutive hours of daily rest in every 24-hour period, which leaves at
 * most 13 hours of work; the ESF Council rejects time reports above that.
 */
export const MAX_HOURS_PER_DAY = 13;

/**
 * 1 720 hours: the standard full-time working year of the EU common provisions (Reg.
 * 1303/2013 art. 68a(2), Reg. 2021/1060 art. 55(2)), from which hourly unit costs are
 * derived. A person cannot be charged to a project for more hours than a full year. It is a
 * parameter of `esfReport` because part-time staff, a programme's own rules or a pro-rata
 * year may set a lower cap.
 */
export const DEFAULT_YEARLY_CAP_HOURS = 1720;
